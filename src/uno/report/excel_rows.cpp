#include "uno/report/excel_rows.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>

#include <vector>

namespace p8::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

constexpr double kRoom = 1.10;

std::vector<Reference<css::beans::XPropertySet>> textSizedRows(const Reference<css::frame::XModel>& doc) {
  std::vector<Reference<css::beans::XPropertySet>> out;
  Reference<css::container::XIndexAccess> sheets(
      Reference<css::sheet::XSpreadsheetDocument>(doc, UNO_QUERY_THROW)->getSheets(), UNO_QUERY_THROW);
  for (sal_Int32 s = 0; s < sheets->getCount(); ++s) {
    Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(s), UNO_QUERY_THROW);
    Reference<css::sheet::XSheetCellCursor> cursor = sheet->createCursor();
    Reference<css::sheet::XUsedAreaCursor>(cursor, UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
    const sal_Int32 last = Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress().EndRow;
    Reference<css::container::XIndexAccess> rows(
        Reference<css::table::XColumnRowRange>(sheet, UNO_QUERY_THROW)->getRows(), UNO_QUERY_THROW);
    for (sal_Int32 r = 0; r <= last && r < rows->getCount(); ++r) {
      Reference<css::beans::XPropertySet> row(rows->getByIndex(r), UNO_QUERY_THROW);
      bool optimal = false;
      row->getPropertyValue("OptimalHeight") >>= optimal;
      if (optimal) out.push_back(row);
    }
  }
  return out;
}

}  // namespace

void withRoomForExcel(const Reference<css::frame::XModel>& doc, const std::function<void()>& store) {
  const auto rows = textSizedRows(doc);
  for (const auto& row : rows) {
    sal_Int32 h = 0;
    row->getPropertyValue("Height") >>= h;
    row->setPropertyValue("Height", Any(static_cast<sal_Int32>(h * kRoom)));
  }
  auto restore = [&] {
    for (const auto& row : rows) row->setPropertyValue("OptimalHeight", Any(true));
  };
  try {
    store();
  } catch (...) {
    restore();
    throw;
  }
  restore();
}

}  // namespace p8::uno
