#include "uno/check/doc_read.hpp"

#include "core/plan/plan_review.hpp"

#include "uno/check/results_sheet.hpp"
#include "uno/common/args.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/sheet/XUniqueCellFormatRangesSupplier.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/text/XText.hpp>

namespace p8::uno {

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

void readValues(const Reference<css::table::XCellRange>& range, Grid& g) {
  auto data = Reference<css::sheet::XCellRangeData>(range, UNO_QUERY_THROW)->getDataArray();
  auto formulas = Reference<css::sheet::XCellRangeFormula>(range, UNO_QUERY_THROW)->getFormulaArray();
  for (sal_Int32 r = 0; r < data.getLength() && r < g.rows; ++r) {
    const auto& row = data[r];
    for (sal_Int32 c = 0; c < row.getLength() && c < g.cols; ++c) {
      Cell& cell = g.at(r, c);
      double d;
      rtl::OUString s;
      if (row[c] >>= d) {
        cell.type = Cell::Type::Number;
        cell.number = d;
      } else if ((row[c] >>= s) && !s.isEmpty()) {
        cell.type = Cell::Type::Text;
        cell.text = utf8(s);
      }
      if (r < formulas.getLength() && c < formulas[r].getLength() &&
          formulas[r][c].startsWith("="))
        cell.formula = utf8(formulas[r][c]);
    }
  }
}

// Error cells are rare: one query per sheet, then one call per error cell for its text.
void readErrors(const Reference<css::table::XCellRange>& range, Grid& g) {
  Reference<css::sheet::XCellRangesQuery> query(range, UNO_QUERY);
  if (!query.is()) return;
  Reference<css::sheet::XSheetCellRanges> found =
      query->queryFormulaCells(css::sheet::FormulaResult::ERROR);
  if (!found.is()) return;
  for (const auto& a : found->getRangeAddresses())
    for (sal_Int32 r = a.StartRow; r <= a.EndRow; ++r)
      for (sal_Int32 c = a.StartColumn; c <= a.EndColumn; ++c) {
        Reference<css::text::XText> text(range->getCellByPosition(c, r), UNO_QUERY);
        Cell& cell = g.at(r, c);
        cell.type = Cell::Type::Error;
        cell.text = text.is() ? utf8(text->getString()) : "#ERR";
        if (cell.text.empty()) cell.text = "#ERR";
      }
}

void addMerge(Grid& g, const MergedArea& m) {
  g.merges.push_back(m);
  for (int r = m.top; r <= m.bottom; ++r)
    for (int c = m.left; c <= m.right; ++c)
      if (r != m.top || c != m.left) g.at(r, c).mergedCovered = true;
}

// Cells of one format group share their merge attribute: the group's first cell tells
// whether the group's cells anchor merges, and of which size.
void readMerges(const Reference<css::sheet::XSpreadsheet>& sheet,
                const Reference<css::table::XCellRange>& used, Grid& g) {
  Reference<css::sheet::XUniqueCellFormatRangesSupplier> sup(used, UNO_QUERY);
  if (!sup.is()) return;
  Reference<css::container::XIndexAccess> groups = sup->getUniqueCellFormatRanges();
  for (sal_Int32 i = 0; groups.is() && i < groups->getCount(); ++i) {
    Reference<css::sheet::XSheetCellRanges> ranges(groups->getByIndex(i), UNO_QUERY);
    if (!ranges.is()) continue;
    auto addrs = ranges->getRangeAddresses();
    if (!addrs.hasElements()) continue;
    Reference<css::sheet::XSheetCellCursor> cur = sheet->createCursorByRange(
        Reference<css::sheet::XSheetCellRange>(
            sheet->getCellRangeByPosition(addrs[0].StartColumn, addrs[0].StartRow,
                                          addrs[0].StartColumn, addrs[0].StartRow), UNO_QUERY_THROW));
    cur->collapseToMergedArea();
    auto m = Reference<css::sheet::XCellRangeAddressable>(cur, UNO_QUERY_THROW)->getRangeAddress();
    int h = m.EndRow - m.StartRow, w = m.EndColumn - m.StartColumn;
    if (h == 0 && w == 0) continue;
    if (m.StartRow != addrs[0].StartRow || m.StartColumn != addrs[0].StartColumn) continue;  // covered cells
    for (const auto& a : addrs)
      for (sal_Int32 r = a.StartRow; r <= a.EndRow; ++r)
        for (sal_Int32 c = a.StartColumn; c <= a.EndColumn; ++c)
          addMerge(g, MergedArea{int(r), int(c), int(r) + h, int(c) + w});
  }
}

// One query of the visible cells: a row (column) is hidden, or filtered out, when no
// visible cell lies in it. When nothing is visible rows and columns cannot be told apart:
// say nothing.
void readHidden(const Reference<css::table::XCellRange>& used, Grid& g) {
  Reference<css::sheet::XCellRangesQuery> query(used, UNO_QUERY);
  if (!query.is()) return;
  const auto visible = query->queryVisibleCells()->getRangeAddresses();
  if (!visible.hasElements()) return;
  g.hiddenRows.assign(g.rows, true);
  g.hiddenCols.assign(g.cols, true);
  for (const auto& a : visible) {
    for (sal_Int32 r = std::max<sal_Int32>(a.StartRow, 0); r <= a.EndRow && r < g.rows; ++r) g.hiddenRows[r] = false;
    for (sal_Int32 c = std::max<sal_Int32>(a.StartColumn, 0); c <= a.EndColumn && c < g.cols; ++c) g.hiddenCols[c] = false;
  }
}

// The area to read: the used area when it is small; else the block of typed content
// (numbers, dates, texts), cut where content far away from the rest begins (mainBlockEnd: a
// stray cell a million rows down must not make us read a million rows), plus the formula
// cells near that block. Formula cells alone never stretch the area: `=""` across a whole
// row or a formula filled down a whole column is no table, and must not cost gigabytes.
css::table::CellRangeAddress readArea(const Reference<css::sheet::XSpreadsheet>& sheet, std::string& skipped) {
  Reference<css::sheet::XSheetCellCursor> cursor = sheet->createCursor();
  Reference<css::sheet::XUsedAreaCursor>(cursor, UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
  auto end = Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
  if (end.EndRow <= kMaxRowGap && end.EndColumn <= kMaxColGap) return end;
  Reference<css::sheet::XCellRangesQuery> query(sheet, UNO_QUERY_THROW);
  using namespace css::sheet::CellFlags;
  auto typed = query->queryContentCells(VALUE | DATETIME | STRING)->getRangeAddresses();
  std::vector<std::pair<int, int>> rows, cols;
  for (const auto& a : typed) {
    rows.emplace_back(a.StartRow, a.EndRow);
    cols.emplace_back(a.StartColumn, a.EndColumn);
  }
  int skipRow = -1, skipCol = -1;
  int lastRow = mainBlockEnd(rows, kMaxRowGap, &skipRow);
  int lastCol = mainBlockEnd(cols, kMaxColGap, &skipCol);
  if (skipRow >= 0 || skipCol >= 0) {
    for (const auto& a : typed)   // the first cell left out, for the finding
      if ((skipRow >= 0 && a.StartRow >= skipRow) || (skipCol >= 0 && a.StartColumn >= skipCol)) {
        skipped = cellA1(a.StartRow, a.StartColumn);
        break;
      }
  }
  const int reachRow = lastRow + kMaxRowGap, reachCol = lastCol + kMaxColGap;
  int formulaRow = lastRow, formulaCol = lastCol;
  for (const auto& a : query->queryContentCells(FORMULA)->getRangeAddresses()) {
    if (a.StartRow > reachRow || a.StartColumn > reachCol) continue;
    formulaRow = std::max(formulaRow, std::min<int>(a.EndRow, reachRow));
    formulaCol = std::max(formulaCol, std::min<int>(a.EndColumn, reachCol));
  }
  end.EndRow = std::max(0, std::min<int>(end.EndRow, formulaRow));
  end.EndColumn = std::max(0, std::min<int>(end.EndColumn, formulaCol));
  return end;
}

Grid readSheet(const Reference<css::sheet::XSpreadsheet>& sheet, const std::string& name) {
  std::string skipped;
  const auto end = readArea(sheet, skipped);
  Grid g(name, end.EndRow + 1, end.EndColumn + 1);
  g.skippedFrom = skipped;
  Reference<css::table::XCellRange> used = sheet->getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow);
  readValues(used, g);
  readErrors(used, g);
  readMerges(sheet, used, g);
  readHidden(used, g);
  return g;
}

}  // namespace

std::vector<Grid> readWorkbook(const Reference<css::sheet::XSpreadsheetDocument>& doc,
                               const std::function<void(int, int)>& progress) {
  std::vector<Grid> out;
  Reference<css::container::XIndexAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
  const int n = sheets->getCount();
  const int ours = ownedResultsSheet(doc);
  for (int i = 0; i < n; ++i) {
    if (progress) progress(i, n);
    Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(i), UNO_QUERY_THROW);
    std::string name = utf8(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
    if (i == ours || looksLikeResultsSheet(sheet)) continue;   // p8calc's own output, not data
    Grid g = readSheet(sheet, name);
    if (isPlanReviewSheet(g)) continue;   // the review of a plan made from this workbook: p8calc's too
    out.push_back(std::move(g));
  }
  return out;
}

}  // namespace p8::uno
