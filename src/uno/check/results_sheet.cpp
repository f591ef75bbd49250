#include "uno/check/results_sheet.hpp"

#include "uno/common/args.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/util/XProtectable.hpp>

namespace p8::uno {

const char* const kFindingsSheet = "P8 Kết quả kiểm tra";

namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

const char* const kOwnerName = "P8calc_KetQua";   // the named range that says which sheet is ours

Reference<css::sheet::XNamedRanges> namedRanges(const Reference<css::sheet::XSpreadsheetDocument>& doc) {
  Reference<css::beans::XPropertySet> props(doc, UNO_QUERY);
  Reference<css::sheet::XNamedRanges> ranges;
  if (props.is()) props->getPropertyValue("NamedRanges") >>= ranges;
  return ranges;
}

std::string quoteSheet(const rtl::OUString& name) {
  std::string q = "$'";
  for (char c : utf8(name)) q += c == '\'' ? std::string("''") : std::string(1, c);
  return q + "'";
}

void registerOwned(const Reference<css::sheet::XSpreadsheetDocument>& doc, const rtl::OUString& name, int index) {
  auto ranges = namedRanges(doc);
  if (!ranges.is()) return;
  const rtl::OUString owner = ustr(kOwnerName);
  if (ranges->hasByName(owner)) ranges->removeByName(owner);
  ranges->addNewByName(owner, ustr(quoteSheet(name) + ".$A$1"), css::table::CellAddress(sal_Int16(index), 0, 0), 0);
}

void unregisterOwned(const Reference<css::sheet::XSpreadsheetDocument>& doc) {
  auto ranges = namedRanges(doc);
  const rtl::OUString owner = ustr(kOwnerName);
  if (ranges.is() && ranges->hasByName(owner)) ranges->removeByName(owner);
}

// "P8 Kết quả kiểm tra", or "… (2)", "… (3)" when a sheet of the user's has the name.
rtl::OUString freeName(const Reference<css::sheet::XSpreadsheets>& sheets) {
  std::string base = kFindingsSheet, name = base;
  for (int i = 2; sheets->hasByName(ustr(name)); ++i) name = base + " (" + std::to_string(i) + ")";
  return ustr(name);
}

Reference<css::sheet::XSpreadsheet> sheetAt(const Reference<css::sheet::XSpreadsheetDocument>& doc, int index) {
  Reference<css::container::XIndexAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
  return Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(index), UNO_QUERY_THROW);
}

rtl::OUString sheetName(const Reference<css::sheet::XSpreadsheet>& sheet) {
  return Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName();
}

}  // namespace

int ownedResultsSheet(const Reference<css::sheet::XSpreadsheetDocument>& doc) {
  try {
    auto ranges = namedRanges(doc);
    const rtl::OUString owner = ustr(kOwnerName);
    if (!ranges.is() || !ranges->hasByName(owner)) return -1;
    Reference<css::sheet::XCellRangeReferrer> ref(ranges->getByName(owner), UNO_QUERY);
    Reference<css::sheet::XCellRangeAddressable> cells(ref.is() ? ref->getReferredCells() : nullptr, UNO_QUERY);
    return cells.is() ? cells->getRangeAddress().Sheet : -1;   // #REF!: the sheet was deleted
  } catch (const css::uno::Exception&) {
    return -1;
  }
}

Reference<css::sheet::XSpreadsheet> ownResultsSheet(const Reference<css::sheet::XSpreadsheetDocument>& doc,
                                                    const std::function<void()>& relock) {
  int index = ownedResultsSheet(doc);
  if (index >= 0) {
    auto sheet = sheetAt(doc, index);
    Reference<css::beans::XPropertySet>(sheet, UNO_QUERY_THROW)->setPropertyValue("IsVisible", Any(true));
    if (relock) relock();
    return sheet;
  }
  Reference<css::sheet::XSpreadsheets> sheets = doc->getSheets();
  const rtl::OUString name = freeName(sheets);
  index = Reference<css::container::XIndexAccess>(sheets, UNO_QUERY_THROW)->getCount();
  sheets->insertNewByName(name, sal_Int16(index));
  if (relock) relock();
  registerOwned(doc, name, index);
  return sheetAt(doc, index);
}

bool looksLikeResultsSheet(const Reference<css::sheet::XSpreadsheet>& sheet) {
  const std::string first = utf8(sheet->getCellByPosition(0, 0)->getFormula());
  return first == "KẾT QUẢ KIỂM TRA DỰ ÁN 8" || first == "PROJECT 8 CHECK RESULTS";
}

void clearSheet(const Reference<css::sheet::XSpreadsheet>& sheet) {
  using namespace css::sheet::CellFlags;
  Reference<css::sheet::XSheetOperation>(sheet, UNO_QUERY_THROW)
      ->clearContents(VALUE | DATETIME | STRING | ANNOTATION | FORMULA | HARDATTR | STYLES | OBJECTS | EDITATTR |
                      FORMATTED);
}

ResultsSheetState captureResultsSheet(const Reference<css::sheet::XSpreadsheetDocument>& doc) {
  ResultsSheetState s;
  s.index = ownedResultsSheet(doc);
  if (s.index < 0) return s;
  auto sheet = sheetAt(doc, s.index);
  bool visible = true;
  Reference<css::beans::XPropertySet>(sheet, UNO_QUERY_THROW)->getPropertyValue("IsVisible") >>= visible;
  if (!visible) return ResultsSheetState{};   // emptied by an undo: as good as absent
  s.present = true;
  s.name = sheetName(sheet);
  auto cursor = sheet->createCursor();
  Reference<css::sheet::XUsedAreaCursor>(cursor, UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
  auto end = Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
  s.formulas = Reference<css::sheet::XCellRangeFormula>(
                   sheet->getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow), UNO_QUERY_THROW)
                   ->getFormulaArray();
  return s;
}

bool removeResultsSheet(const Reference<css::sheet::XSpreadsheetDocument>& doc) {
  int index = ownedResultsSheet(doc);
  if (index < 0) return false;
  doc->getSheets()->removeByName(sheetName(sheetAt(doc, index)));
  unregisterOwned(doc);
  return true;
}

void restoreResultsSheet(const Reference<css::sheet::XSpreadsheetDocument>& doc, const ResultsSheetState& state,
                         const std::function<void()>& relock) {
  if (!state.present) {
    removeResultsSheet(doc);
    return;
  }
  Reference<css::sheet::XSpreadsheets> sheets = doc->getSheets();
  int index = ownedResultsSheet(doc);
  if (index < 0) {
    // Put it back where it was, under its name (an undo runs in the order the edits were
    // made, so the place is free; a free variant of the name if not).
    const rtl::OUString name = sheets->hasByName(state.name) ? freeName(sheets) : state.name;
    const int count = Reference<css::container::XIndexAccess>(sheets, UNO_QUERY_THROW)->getCount();
    index = std::min<int>(state.index, count);
    sheets->insertNewByName(name, sal_Int16(index));
    if (relock) relock();
    registerOwned(doc, name, index);
  }
  auto sheet = sheetAt(doc, index);
  Reference<css::beans::XPropertySet>(sheet, UNO_QUERY_THROW)->setPropertyValue("IsVisible", Any(true));
  if (relock) relock();
  clearSheet(sheet);
  const auto& f = state.formulas;
  if (f.getLength() > 0 && f[0].getLength() > 0)
    Reference<css::sheet::XCellRangeFormula>(
        sheet->getCellRangeByPosition(0, 0, f[0].getLength() - 1, f.getLength() - 1), UNO_QUERY_THROW)
        ->setFormulaArray(f);
}

void fillResultsSheet(const Reference<css::sheet::XSpreadsheet>& sheet,
                      const Sequence<Sequence<rtl::OUString>>& formulas) {
  clearSheet(sheet);
  sal_Int32 width = 0;
  for (const auto& row : formulas) width = std::max(width, row.getLength());
  if (formulas.getLength() == 0 || width == 0) return;
  Sequence<Sequence<rtl::OUString>> rect(formulas.getLength());
  for (sal_Int32 r = 0; r < formulas.getLength(); ++r) {
    Sequence<rtl::OUString> line(width);
    for (sal_Int32 c = 0; c < formulas[r].getLength(); ++c) line.getArray()[c] = formulas[r][c];
    rect.getArray()[r] = line;
  }
  Reference<css::sheet::XCellRangeFormula>(sheet->getCellRangeByPosition(0, 0, width - 1, formulas.getLength() - 1),
                                           UNO_QUERY_THROW)
      ->setFormulaArray(rect);
}

bool structureProtected(const Reference<css::sheet::XSpreadsheetDocument>& doc) {
  Reference<css::util::XProtectable> p(doc, UNO_QUERY);
  return p.is() && p->isProtected();
}

}  // namespace p8::uno
