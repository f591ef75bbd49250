// Report charts (see the header). The chart's two columns (labels, figures) are one range whose
// first column labels the bars; horizontal bars so long unit names read.
// An empty figure (a unit that has not reported) is an empty bar beside its labelled name.
#include "uno/report/report_chart.hpp"

#include "uno/common/args.hpp"

#include <com/sun/star/awt/Point.hpp>
#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart/ChartDataCaption.hpp>
#include <com/sun/star/chart/XAxisYSupplier.hpp>
#include <com/sun/star/chart/XChartDocument.hpp>
#include <com/sun/star/chart/XDiagram.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableChart.hpp>
#include <com/sun/star/table/XTableCharts.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>

namespace p8::uno {
namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using Props = Reference<css::beans::XPropertySet>;

css::awt::Rectangle area(const Reference<css::sheet::XSpreadsheet>& sheet, const CellRect& r) {
  css::awt::Point a, b;
  css::awt::Size bs;
  Props(sheet->getCellByPosition(r.left, r.top), UNO_QUERY_THROW)->getPropertyValue("Position") >>= a;
  Props last(sheet->getCellByPosition(r.right, r.bottom), UNO_QUERY_THROW);
  last->getPropertyValue("Position") >>= b;
  last->getPropertyValue("Size") >>= bs;
  return css::awt::Rectangle(a.X, a.Y + 200, b.X + bs.Width - a.X, b.Y + bs.Height - a.Y - 400);
}

void style(const Reference<css::chart::XChartDocument>& chart, const ReportModel& model, const ReportChart& c) {
  Reference<css::lang::XMultiServiceFactory> factory(chart, UNO_QUERY_THROW);
  chart->setDiagram(Reference<css::chart::XDiagram>(factory->createInstance("com.sun.star.chart.BarDiagram"), UNO_QUERY_THROW));
  Props diagram(chart->getDiagram(), UNO_QUERY_THROW);
  diagram->setPropertyValue("Vertical", Any(true));   // bars run across: one line per unit
  Props doc(chart, UNO_QUERY_THROW);
  doc->setPropertyValue("HasMainTitle", Any(true));
  doc->setPropertyValue("HasLegend", Any(false));
  Props title(chart->getTitle(), UNO_QUERY_THROW);
  title->setPropertyValue("String", Any(ustr(c.title)));
  title->setPropertyValue("CharFontName", Any(ustr(model.fontName)));
  title->setPropertyValue("CharHeight", Any(float(model.fontSize)));
  title->setPropertyValue("CharWeight", Any(float(150.0)));
  // Shares start at 0: Calc's automatic minimum (e.g. 25 %) would make a bar twice the other's
  // for a unit a few points ahead.
  if (Reference<css::chart::XAxisYSupplier> axes{chart->getDiagram(), UNO_QUERY}; axes.is()) {
    Props y(axes->getYAxis(), UNO_QUERY_THROW);
    y->setPropertyValue("AutoMin", Any(false));
    y->setPropertyValue("Min", Any(0.0));
  }
  Props series(chart->getDiagram()->getDataRowProperties(0), UNO_QUERY);
  if (series.is()) {   // the share written at the end of each bar
    series->setPropertyValue("DataCaption", Any(sal_Int32(css::chart::ChartDataCaption::VALUE)));
    series->setPropertyValue("FillColor", Any(sal_Int32(0x2A6099)));
  }
}

// A formula's A1 references moved `rows` up ("=AVERAGE(D45:P45)" → "=AVERAGE(D3:P3)" for 42),
// texts in quotes and function names ("LOG10(") left alone. False when a reference would
// leave the sheet (the formula reads cells above the block, which stay on the first sheet).
bool shiftRows(std::string& formula, int rows) {
  std::string out;
  bool quoted = false;
  auto letter = [](char c) { return c >= 'A' && c <= 'Z'; };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (std::size_t i = 0; i < formula.size();) {
    const char c = formula[i];
    if (c == '"') quoted = !quoted;
    const char before = i > 0 ? formula[i - 1] : ' ';
    if (quoted || !(letter(c) || c == '$') || letter(before) || digit(before) || before == '_' || before == '.') {
      out += c;
      ++i;
      continue;
    }
    std::size_t j = i + (c == '$' ? 1 : 0), col = j;
    while (j < formula.size() && letter(formula[j])) ++j;
    const std::size_t colEnd = j;
    if (j < formula.size() && formula[j] == '$') ++j;
    const std::size_t row = j;
    while (j < formula.size() && digit(formula[j])) ++j;
    const bool ref = colEnd > col && colEnd - col <= 3 && j > row && (j == formula.size() || formula[j] != '(') &&
                     (j == formula.size() || !(letter(formula[j]) || formula[j] == '_'));
    if (!ref) {
      out.append(formula, i, colEnd - i);
      i = colEnd;
      continue;
    }
    const int r = std::stoi(formula.substr(row, j - row)) - rows;
    if (r < 1) return false;
    out.append(formula, i, row - i);
    out += std::to_string(r);
    i = j;
  }
  formula = out;
  return true;
}

}  // namespace

std::vector<ReportModel> chartSheetApart(const ReportModel& model, const std::string& sheetName) {
  int top = -1;
  for (const ReportChart& c : model.charts)
    if (c.pageBreak >= 0 && (top < 0 || c.pageBreak < top)) top = c.pageBreak;
  if (top < 0) return {model};
  ReportModel table = model, block = model;
  table.cells.clear();
  table.merges.clear();
  table.rowHeightsMm.clear();
  table.charts.clear();
  block.cells.clear();
  block.merges.clear();
  block.rowHeightsMm.clear();
  block.charts.clear();
  block.validations.clear();
  block.notes.clear();
  block.sheetName = sheetName;
  block.tableTop = block.headerBottom = block.tableBottom = 0;
  block.page.repeatHeader = false;     // no table here: no title rows above the chart
  block.page.numberFirstPage = true;   // its first page follows the report's pages
  auto up = [top](CellRect r) {
    r.top -= top;
    r.bottom -= top;
    return r;
  };
  for (ReportCell c : model.cells) {
    if (c.row < top) {
      table.cells.push_back(c);
      continue;
    }
    c.row -= top;
    if (c.kind == ReportCell::Kind::Formula && !shiftRows(c.text, top)) return {model};   // reads the table: stays
    block.cells.push_back(c);
  }
  for (const CellRect& m : model.merges) (m.top < top ? table.merges : block.merges).push_back(m.top < top ? m : up(m));
  for (const auto& [r, mm] : model.rowHeightsMm) (r < top ? table.rowHeightsMm[r] : block.rowHeightsMm[r - top]) = mm;
  for (ReportChart c : model.charts) {
    if (c.pageBreak < 0) {   // a chart in the table's own pages stays there
      table.charts.push_back(c);
      continue;
    }
    c.categories = up(c.categories);
    c.values = up(c.values);
    c.place = up(c.place);
    c.pageBreak = -1;
    block.charts.push_back(c);
  }
  return {table, block};
}

int addCharts(const Reference<css::frame::XModel>&, const Reference<css::sheet::XSpreadsheet>& sheet,
              const ReportModel& model) {
  if (model.charts.empty()) return 0;
  Reference<css::table::XTableCharts> charts =
      Reference<css::table::XTableChartsSupplier>(sheet, UNO_QUERY_THROW)->getCharts();
  int added = 0;
  for (const ReportChart& c : model.charts) {
    // Labels and figures side by side, without the header row: Calc takes a first figure that
    // is "" (a unit without figures) for part of a header, so the chart names no series.
    css::table::CellRangeAddress range = Reference<css::sheet::XCellRangeAddressable>(
        sheet->getCellRangeByPosition(c.categories.left, c.categories.top + 1, c.values.right, c.values.bottom),
        UNO_QUERY_THROW)->getRangeAddress();
    if (c.pageBreak >= 0)
      Props(Reference<css::container::XIndexAccess>(
                Reference<css::table::XColumnRowRange>(sheet, UNO_QUERY_THROW)->getRows(), UNO_QUERY_THROW)
                ->getByIndex(c.pageBreak), UNO_QUERY_THROW)->setPropertyValue("IsStartOfNewPage", Any(true));
    const rtl::OUString name = ustr(c.name);
    if (charts->hasByName(name)) charts->removeByName(name);
    charts->addNewByName(name, area(sheet, c.place), css::uno::Sequence<css::table::CellRangeAddress>(&range, 1),
                         false, true);
    Reference<css::document::XEmbeddedObjectSupplier> embedded(
        Reference<css::container::XNameAccess>(charts, UNO_QUERY_THROW)->getByName(name), UNO_QUERY_THROW);
    style(Reference<css::chart::XChartDocument>(embedded->getEmbeddedObject(), UNO_QUERY_THROW), model, c);
    ++added;
  }
  return added;
}

}  // namespace p8::uno
