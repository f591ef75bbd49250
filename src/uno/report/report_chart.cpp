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
  Props series(chart->getDiagram()->getDataRowProperties(0), UNO_QUERY);
  if (series.is()) {   // the share written at the end of each bar
    series->setPropertyValue("DataCaption", Any(sal_Int32(css::chart::ChartDataCaption::VALUE)));
    series->setPropertyValue("FillColor", Any(sal_Int32(0x2A6099)));
  }
}

}  // namespace

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
