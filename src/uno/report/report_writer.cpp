#include "uno/report/report_writer.hpp"

#include "uno/report/excel_rows.hpp"
#include "uno/report/report_chart.hpp"
#include "uno/report/report_page.hpp"

#include "uno/common/args.hpp"
#include "uno/common/doc_props.hpp"
#include "uno/common/plans.hpp"

#include <algorithm>

#include <com/sun/star/awt/FontSlant.hpp>
#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/TableValidationVisibility.hpp>
#include <com/sun/star/sheet/ValidationAlertStyle.hpp>
#include <com/sun/star/sheet/ValidationType.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSheetCondition.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/BorderLine2.hpp>
#include <com/sun/star/table/CellHoriJustify.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/util/CellProtection.hpp>
#include <com/sun/star/util/XMergeable.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>
#include <com/sun/star/util/XProtectable.hpp>
#include <osl/file.hxx>

#include <map>

namespace p8::uno {
namespace {

// The report's plan, for the check of the filled-in file: a built-in id by name; any other plan
// (a province's own plan file) kept whole in the document (P8PlanData), so a template sent to
// the districts and communes carries its plan and is checked on their machines without the
// .json; a plan that cannot be loaded here by name (a kept plan's id) only by name.
void keepPlanOf(const css::uno::Reference<css::frame::XModel>& doc, const std::string& planRef) {
  if (planRef.empty()) return;
  const auto ids = builtinPlanIds();
  if (std::find(ids.begin(), ids.end(), planRef) == ids.end()) {
    try {
      keepDocumentPlan(doc, *loadPlan(planRef));
      return;
    } catch (const PlanLoadError&) {
    }
  }
  setUserProperty(doc, kPlanProperty, planRef);
}

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using Props = Reference<css::beans::XPropertySet>;

sal_Int32 hmm(double mm) { return sal_Int32(mm * 100 + 0.5); }

// Number format codes in en-US syntax, shown the vi-VN way (1.234 · 12,5 %).
const char* formatCode(const std::string& format) {
  if (format == "integer") return "#,##0";
  if (format == "decimal") return "#,##0.0#";
  if (format == "percent") return "0.0 %";
  return nullptr;
}

// `replace`: the first sheet makes every style anew; a later sheet of the same document only
// adds the styles still missing (removing a style in use would reset the cells that use it).
void makeStyles(const Reference<css::frame::XModel>& doc, const ReportModel& model, bool replace) {
  Reference<css::container::XNameContainer> family(
      Reference<css::style::XStyleFamiliesSupplier>(doc, UNO_QUERY_THROW)->getStyleFamilies()->getByName("CellStyles"),
      UNO_QUERY_THROW);
  if (replace) {
    Props def(family->getByName("Default"), UNO_QUERY_THROW);
    def->setPropertyValue("CharFontName", Any(ustr(model.fontName)));
    def->setPropertyValue("CharHeight", Any(float(model.fontSize)));
  }
  auto formats = Reference<css::util::XNumberFormatsSupplier>(doc, UNO_QUERY_THROW)->getNumberFormats();
  const css::lang::Locale en("en", "US", ""), vi("vi", "VN", "");
  std::map<std::string, sal_Int32> keys;
  css::table::BorderLine2 line;
  line.OuterLineWidth = 26;
  line.LineWidth = 26;
  Reference<css::lang::XMultiServiceFactory> factory(doc, UNO_QUERY_THROW);
  for (const auto& [name, s] : model.styles) {
    const rtl::OUString full = ustr("P8 " + name);
    if (family->hasByName(full)) {
      if (!replace) continue;
      family->removeByName(full);
    }
    Props style(factory->createInstance("com.sun.star.style.CellStyle"), UNO_QUERY_THROW);
    family->insertByName(full, Any(style));
    style->setPropertyValue("CharFontName", Any(ustr(model.fontName)));
    style->setPropertyValue("CharHeight", Any(float(s.size > 0 ? s.size : model.fontSize)));
    style->setPropertyValue("CharWeight", Any(float(s.bold ? 150.0 : 100.0)));
    style->setPropertyValue("CharPosture", Any(s.italic ? css::awt::FontSlant_ITALIC : css::awt::FontSlant_NONE));
    style->setPropertyValue("CharUnderline", Any(sal_Int16(s.underline ? 1 : 0)));
    style->setPropertyValue("HoriJustify", Any(s.align == "center" ? css::table::CellHoriJustify_CENTER
                                               : s.align == "right" ? css::table::CellHoriJustify_RIGHT
                                                                    : css::table::CellHoriJustify_LEFT));
    style->setPropertyValue("VertJustify", Any(sal_Int32(s.valign == "top" ? 1 : s.valign == "bottom" ? 3 : 2)));
    style->setPropertyValue("IsTextWrapped", Any(s.wrap));
    if (s.border) {   // a little air between the text and the cell's lines
      style->setPropertyValue("ParaLeftMargin", Any(sal_Int32(s.align == "left" ? 100 : 0)));
      style->setPropertyValue("ParaRightMargin", Any(sal_Int32(s.align == "right" ? 100 : 0)));
    }
    if (s.border)
      for (const char* side : {"TopBorder", "BottomBorder", "LeftBorder", "RightBorder"})
        style->setPropertyValue(rtl::OUString::createFromAscii(side), Any(line));
    if (const char* code = formatCode(s.format)) {
      if (!keys.count(s.format)) keys[s.format] = formats->addNewConverted(rtl::OUString::createFromAscii(code), en, vi);
      style->setPropertyValue("NumberFormat", Any(keys[s.format]));
    }
    css::util::CellProtection p;
    p.IsLocked = s.locked;
    style->setPropertyValue("CellProtection", Any(p));
  }
}

void writeCells(const Reference<css::frame::XModel>& doc, const Reference<css::sheet::XSpreadsheet>& sheet,
                const ReportModel& model, int rows, int cols) {
  Sequence<Sequence<Any>> data(rows);
  for (int r = 0; r < rows; ++r) {
    Sequence<Any> row(cols);
    for (int c = 0; c < cols; ++c) row.getArray()[c] <<= rtl::OUString();
    data.getArray()[r] = row;
  }
  for (const ReportCell& c : model.cells) {
    if (c.kind == ReportCell::Kind::Text) data.getArray()[c.row].getArray()[c.col] <<= ustr(shownText(model, c));
    else if (c.kind == ReportCell::Kind::Number) data.getArray()[c.row].getArray()[c.col] <<= c.number;
  }
  Reference<css::sheet::XCellRangeData>(sheet->getCellRangeByPosition(0, 0, cols - 1, rows - 1), UNO_QUERY_THROW)
      ->setDataArray(data);
  Reference<css::lang::XMultiServiceFactory> factory(doc, UNO_QUERY_THROW);
  for (const ReportCell& c : model.cells) {
    auto cell = sheet->getCellByPosition(c.col, c.row);
    if (c.kind == ReportCell::Kind::Formula) cell->setFormula(ustr(c.text));
    if (!c.style.empty()) Props(cell, UNO_QUERY_THROW)->setPropertyValue("CellStyle", Any(ustr("P8 " + c.style)));
  }
}

// A later sheet's own page style (a copy would share the first sheet's margins and numbers).
void ownPageStyle(const Reference<css::frame::XModel>& doc, const Reference<css::sheet::XSpreadsheet>& sheet,
                  const std::string& name) {
  Reference<css::container::XNameContainer> pages(
      Reference<css::style::XStyleFamiliesSupplier>(doc, UNO_QUERY_THROW)->getStyleFamilies()->getByName("PageStyles"),
      UNO_QUERY_THROW);
  const rtl::OUString full = ustr("P8 " + name);
  if (!pages->hasByName(full))
    pages->insertByName(full, Any(Reference<css::lang::XMultiServiceFactory>(doc, UNO_QUERY_THROW)
                                      ->createInstance("com.sun.star.style.PageStyle")));
  Props(sheet, UNO_QUERY_THROW)->setPropertyValue("PageStyle", Any(full));
  // Page numbers go on from the sheets before (a new page style would start at 1 again).
  Props(pages->getByName(full), UNO_QUERY_THROW)->setPropertyValue("FirstPageNumber", Any(sal_Int16(0)));
}

// One model on one sheet of the document: cells, styles, widths, merges, lists, print area
// and title rows, page, row heights, rule lines, charts, protection.
void writeSheet(const Reference<css::frame::XModel>& doc, const Reference<css::sheet::XSpreadsheet>& sheet,
                const ReportModel& model, bool first) {
  makeStyles(doc, model, first);
  int rows = 1, cols = int(model.columnWidthsMm.size());
  for (const auto& c : model.cells) {
    rows = std::max(rows, c.row + 1);
    cols = std::max(cols, c.col + 1);
  }
  cols = std::max(cols, 1);
  writeCells(doc, sheet, model, rows, cols);
  Reference<css::table::XColumnRowRange> cr(sheet, UNO_QUERY_THROW);
  Reference<css::container::XIndexAccess> columns(cr->getColumns(), UNO_QUERY_THROW);
  for (std::size_t i = 0; i < model.columnWidthsMm.size(); ++i)
    Props(columns->getByIndex(sal_Int32(i)), UNO_QUERY_THROW)->setPropertyValue("Width", Any(hmm(model.columnWidthsMm[i])));
  for (const auto& m : model.merges)
    Reference<css::util::XMergeable>(sheet->getCellRangeByPosition(m.left, m.top, m.right, m.bottom), UNO_QUERY_THROW)
        ->merge(true);
  for (const auto& list : model.validations) {
    Props range(sheet->getCellRangeByPosition(list.range.left, list.range.top, list.range.right, list.range.bottom),
                UNO_QUERY_THROW);
    Props v(range->getPropertyValue("Validation"), UNO_QUERY_THROW);
    std::string formula;
    for (const auto& item : list.items) formula += (formula.empty() ? "" : ";") + formulaString(item);
    v->setPropertyValue("Type", Any(css::sheet::ValidationType_LIST));
    // Formula1 is XSheetCondition's, not a property of the validation object.
    Reference<css::sheet::XSheetCondition>(v, UNO_QUERY_THROW)->setFormula1(ustr(formula));
    v->setPropertyValue("ShowList", Any(css::sheet::TableValidationVisibility::UNSORTED));
    v->setPropertyValue("ShowErrorMessage", Any(true));
    v->setPropertyValue("ErrorAlertStyle", Any(css::sheet::ValidationAlertStyle_STOP));
    v->setPropertyValue("ErrorMessage", Any(ustr("Chọn một đơn vị trong danh sách. / Choose a unit from the list.")));
    range->setPropertyValue("Validation", Any(v));
  }
  Reference<css::sheet::XPrintAreas> print(sheet, UNO_QUERY_THROW);
  css::table::CellRangeAddress all(0, 0, 0, cols - 1, rows - 1);
  print->setPrintAreas(Sequence<css::table::CellRangeAddress>(&all, 1));
  if (model.page.repeatHeader && model.headerBottom >= model.tableTop) {
    print->setTitleRows(css::table::CellRangeAddress(0, 0, model.tableTop, cols - 1, model.headerBottom));
    print->setPrintTitleRows(true);
  }
  setUpPage(doc, sheet, model);
  Reference<css::sheet::XCalculatable>(doc, UNO_QUERY_THROW)->calculateAll();
  Reference<css::table::XTableRows> tableRows = cr->getRows();
  Props(tableRows, UNO_QUERY_THROW)->setPropertyValue("OptimalHeight", Any(true));
  // A row keeps Calc's optimal height wherever that is room enough, so Calc lays it out again
  // where the user opens it: a visible Calc measures text taller than this hidden office
  // does (a fixed height from here clipped wrapped names on screen, 18.4 mm for 19.9 mm).
  // Only a row that needs more than its cells' text (merged cells, a chart, space to sign)
  // gets a fixed height.
  for (const auto& [r, mm] : model.rowHeightsMm) {
    Props row(Reference<css::container::XIndexAccess>(tableRows, UNO_QUERY_THROW)->getByIndex(r), UNO_QUERY_THROW);
    sal_Int32 h = 0;
    row->getPropertyValue("Height") >>= h;
    if (hmm(mm) > h) row->setPropertyValue("Height", Any(hmm(mm)));
  }
  drawRules(doc, sheet, model);   // once the rows have their heights: the lines sit under the texts
  addCharts(doc, sheet, model);
  if (model.protect) Reference<css::util::XProtectable>(sheet, UNO_QUERY_THROW)->protect("");
}

void nameSheet(const Reference<css::sheet::XSpreadsheet>& sheet, const std::string& name) {
  try {
    Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->setName(ustr(name));
  } catch (const css::uno::RuntimeException&) {   // a name Calc refuses keeps "Sheet1"
  }
}

}  // namespace

Reference<css::frame::XModel> writeReport(const Reference<css::uno::XComponentContext>& ctx, const ReportModel& model,
                                          const std::string& planRef, bool hidden) {
  return writeReport(ctx, std::vector<ReportModel>{model}, planRef, hidden);
}

Reference<css::frame::XModel> writeReport(const Reference<css::uno::XComponentContext>& ctx,
                                          const std::vector<ReportModel>& models, const std::string& planRef,
                                          bool hidden) {
  if (models.empty()) throw ArgError("no sheet to write");
  auto desktop = css::frame::Desktop::create(ctx);
  css::beans::PropertyValue hide;
  hide.Name = "Hidden";
  hide.Value <<= hidden;
  Reference<css::frame::XModel> doc(
      desktop->loadComponentFromURL("private:factory/scalc", "_blank", 0, Sequence<css::beans::PropertyValue>(&hide, 1)),
      UNO_QUERY_THROW);
  doc->lockControllers();
  try {
    Props(doc, UNO_QUERY_THROW)->setPropertyValue("CharLocale", Any(css::lang::Locale("vi", "VN", "")));
    Reference<css::sheet::XSpreadsheets> sheets = Reference<css::sheet::XSpreadsheetDocument>(doc, UNO_QUERY_THROW)->getSheets();
    Reference<css::container::XIndexAccess> byIndex(sheets, UNO_QUERY_THROW);
    for (std::size_t i = 0; i < models.size(); ++i) {
      if (i > 0) {
        std::string name = models[i].sheetName;
        if (name.empty() || sheets->hasByName(ustr(name))) name = "Sheet" + std::to_string(i + 1);
        try {
          sheets->insertNewByName(ustr(name), sal_Int16(i));
        } catch (const css::uno::RuntimeException&) {   // a name Calc refuses
          sheets->insertNewByName(ustr("Sheet" + std::to_string(i + 1)), sal_Int16(i));
        }
      }
      Reference<css::sheet::XSpreadsheet> sheet(byIndex->getByIndex(sal_Int32(i)), UNO_QUERY_THROW);
      if (i == 0) nameSheet(sheet, models[i].sheetName);
      else ownPageStyle(doc, sheet, models[i].sheetName.empty() ? "Sheet" + std::to_string(i + 1) : models[i].sheetName);
      writeSheet(doc, sheet, models[i], i == 0);
    }
    auto props = Reference<css::document::XDocumentPropertiesSupplier>(doc, UNO_QUERY_THROW)->getDocumentProperties();
    props->setTitle(ustr(models.front().title));
    props->setGenerator("p8calc");
    keepPlanOf(doc, planRef);
  } catch (...) {
    doc->unlockControllers();
    throw;
  }
  doc->unlockControllers();
  return doc;
}

void storeByExtension(const Reference<css::frame::XModel>& doc, const std::string& path) {
  auto dot = path.rfind('.');
  std::string ext = dot == std::string::npos ? "" : path.substr(dot);
  const char* filter = ext == ".ods" ? "calc8" : ext == ".xlsx" ? "Calc MS Excel 2007 XML"
                     : ext == ".pdf" ? "calc_pdf_Export" : nullptr;
  if (!filter) throw ArgError("unknown output format " + ext + " (use .ods, .xlsx or .pdf)");
  rtl::OUString url;
  if (osl::FileBase::getFileURLFromSystemPath(ustr(path), url) != osl::FileBase::E_None)
    throw ArgError("bad output path " + path);
  Sequence<css::beans::PropertyValue> props(2);
  props.getArray()[0].Name = "FilterName";
  props.getArray()[0].Value <<= rtl::OUString::createFromAscii(filter);
  props.getArray()[1].Name = "Overwrite";
  props.getArray()[1].Value <<= true;
  Reference<css::frame::XStorable> storable(doc, UNO_QUERY_THROW);
  if (ext == ".xlsx") withRoomForExcel(doc, [&] { storable->storeToURL(url, props); });
  else storable->storeToURL(url, props);
}

}  // namespace p8::uno
