// What a check leaves in the document — the results sheet and the marks over the cells — as
// exactly ONE undo step, whose undo and redo never crash and never cost the user's own
// history. The rules that make this so:
// - Calc records nothing of our writing (its undo manager is locked meanwhile), except the
//   removal of earlier marks, which it must own (its history may point at those shapes).
// - Our one undo action hides/shows the marks it drew (it never deletes a shape) and puts the
//   results sheet's cells back as they were; it never inserts or removes a sheet (CheckUndo
//   says why), so undoing the first check, or clearing, leaves our sheet with a one-line note.
// - A check right after a check replaces it in the history instead of stacking a new step, so
//   repeated checks never push the user's edits out of the 100-step history.
#pragma once
#include "uno/check/results.hpp"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace p8::uno {

namespace css = com::sun::star;

extern const char* const kCheckUndoTitle;
extern const char* const kClearUndoTitle;

// Writes the findings sheet (unless the workbook's structure is protected: then it says so in
// `result.note_vi/en`) and the marks; fills result.highlighted / highlightsCapped.
void writeCheckOutput(const css::uno::Reference<css::uno::XComponentContext>& ctx,
                      const css::uno::Reference<css::frame::XModel>& model, DocResult& result, const std::string& lang);

// Removes the marks and empties the results sheet (a note stays), as one undo step. Returns the marks removed.
int clearCheckOutput(const css::uno::Reference<css::uno::XComponentContext>& ctx,
                     const css::uno::Reference<css::frame::XModel>& model);

}  // namespace p8::uno
