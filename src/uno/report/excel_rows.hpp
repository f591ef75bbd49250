// Room for text in a report stored as .xlsx: rows that Calc sizes to their text are stored with
// the height this hidden office measured, and neither Calc nor Excel measures them again when
// the user opens the file. A visible Calc needs about 8 % more for the same wrapped text (seen:
// 18.4 mm stored, 19.9 mm needed on screen, the end of the text cut off), so while a report is
// stored as .xlsx those rows are given 10 % more, and their optimal height back afterwards.
#pragma once

#include <com/sun/star/frame/XModel.hpp>

#include <functional>

namespace p8::uno {

// Runs store() with every text-sized row of every sheet of doc made 10 % taller, then gives
// those rows their optimal height back (also when store() throws).
void withRoomForExcel(const css::uno::Reference<css::frame::XModel>& doc, const std::function<void()>& store);

}  // namespace p8::uno
