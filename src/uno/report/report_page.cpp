// Page style and rule lines of a report (see the header). Facts verified on Calc 7.4: the
// page style has FirstPageHeaderIsShared/FirstPageHeaderContent, so "no number on the first
// page" is an empty first-page header; ODS keeps it (style:header-first), XLSX as
// differentFirst with an empty firstHeader, and the PDF of either shows no number on page 1.
// A drawing TextShape that grows with its text gives a text's width in the cell's own layout
// engine (char properties must be set after the string, else they are reset).
// Calc prints the header and footer at the sheet's print scale (fit to width), the margins
// not: at 81 % a 10 mm margin + 10 mm header put the text 18 mm from the edge (seen in the PDF
// and the print preview), so the header's height is divided by that scale (fitZoom).
#include "uno/report/report_page.hpp"

#include "uno/common/args.hpp"

#include <com/sun/star/awt/FontSlant.hpp>
#include <com/sun/star/awt/Point.hpp>
#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/drawing/XDrawPage.hpp>
#include <com/sun/star/drawing/XDrawPageSupplier.hpp>
#include <com/sun/star/drawing/XShape.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XHeaderFooterContent.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextCursor.hpp>

#include <algorithm>
#include <cmath>
#include <set>

namespace p8::uno {
namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using Props = Reference<css::beans::XPropertySet>;

sal_Int32 hmm(double mm) { return sal_Int32(mm * 100 + 0.5); }

// The page number alone, in the layout's font, centred: the first page's own content stays
// empty when the first page shows no number.
void numberPages(const Reference<css::frame::XModel>& doc, const Props& ps, const PageSetup& page,
                 const std::string& font) {
  const bool top = page.numbers == "top";
  const char* on = top ? "HeaderIsOn" : "FooterIsOn";
  const rtl::OUString content = rtl::OUString::createFromAscii(top ? "RightPageHeaderContent" : "RightPageFooterContent");
  const rtl::OUString first = rtl::OUString::createFromAscii(top ? "FirstPageHeaderContent" : "FirstPageFooterContent");
  ps->setPropertyValue(rtl::OUString::createFromAscii(on), Any(true));
  ps->setPropertyValue(top ? rtl::OUString("FirstPageHeaderIsShared") : rtl::OUString("FirstPageFooterIsShared"),
                       Any(page.numberFirstPage));
  Reference<css::sheet::XHeaderFooterContent> hf(ps->getPropertyValue(content), UNO_QUERY_THROW);
  for (auto text : {hf->getLeftText(), hf->getCenterText(), hf->getRightText()}) text->setString("");
  Reference<css::text::XText> center = hf->getCenterText();
  center->insertTextContent(center->getEnd(), Reference<css::text::XTextContent>(
      Reference<css::lang::XMultiServiceFactory>(doc, UNO_QUERY_THROW)->createInstance("com.sun.star.text.TextField.PageNumber"),
      UNO_QUERY_THROW), false);
  Reference<css::text::XTextCursor> all = center->createTextCursor();
  all->gotoStart(false);
  all->gotoEnd(true);
  Props(all, UNO_QUERY_THROW)->setPropertyValue("CharFontName", Any(ustr(font)));
  Props(all, UNO_QUERY_THROW)->setPropertyValue("CharHeight", Any(float(page.numberSize)));
  ps->setPropertyValue(content, Any(hf));
  if (!page.numberFirstPage) {
    Reference<css::sheet::XHeaderFooterContent> none(ps->getPropertyValue(first), UNO_QUERY_THROW);
    for (auto text : {none->getLeftText(), none->getCenterText(), none->getRightText()}) text->setString("");
    ps->setPropertyValue(first, Any(none));
  }
}

// A text's width and height (1/100 mm) as Calc lays it out, from a shape that grows with it.
css::awt::Size measure(const Reference<css::frame::XModel>& doc, const Reference<css::drawing::XDrawPage>& page,
                       const std::string& text, const std::string& font, double size, const LayoutStyle& s) {
  Reference<css::drawing::XShape> shape(
      Reference<css::lang::XMultiServiceFactory>(doc, UNO_QUERY_THROW)->createInstance("com.sun.star.drawing.TextShape"),
      UNO_QUERY_THROW);
  page->add(shape);
  css::awt::Size out(0, 0);
  try {
    Props p(shape, UNO_QUERY_THROW);
    p->setPropertyValue("TextAutoGrowWidth", Any(true));
    p->setPropertyValue("TextAutoGrowHeight", Any(true));
    p->setPropertyValue("TextWordWrap", Any(false));
    for (const char* d : {"TextLeftDistance", "TextRightDistance", "TextUpperDistance", "TextLowerDistance"})
      p->setPropertyValue(rtl::OUString::createFromAscii(d), Any(sal_Int32(0)));
    Reference<css::text::XText>(shape, UNO_QUERY_THROW)->setString(ustr(text));
    p->setPropertyValue("CharFontName", Any(ustr(font)));
    p->setPropertyValue("CharHeight", Any(float(size)));
    p->setPropertyValue("CharWeight", Any(float(s.bold ? 150.0 : 100.0)));
    p->setPropertyValue("CharPosture", Any(s.italic ? css::awt::FontSlant_ITALIC : css::awt::FontSlant_NONE));
    out = shape->getSize();
  } catch (...) {
    page->remove(shape);
    throw;
  }
  page->remove(shape);
  return out;
}

// The scale Calc prints the sheet at when it fits it one page wide: the width between the
// margins against the print area's (Calc takes the largest whole percent that fits). 1 when
// the sheet is not fitted or fits as it is. Read once the columns have their widths.
double fitZoom(const Reference<css::sheet::XSpreadsheet>& sheet, const PageSetup& page, double paperWidthMm) {
  if (!page.fitWidth) return 1.0;
  const auto areas = Reference<css::sheet::XPrintAreas>(sheet, UNO_QUERY_THROW)->getPrintAreas();
  if (!areas.hasElements()) return 1.0;
  const css::table::CellRangeAddress& a = areas[0];
  css::awt::Point first, last;
  css::awt::Size size;
  Props(sheet->getCellByPosition(a.StartColumn, a.StartRow), UNO_QUERY_THROW)->getPropertyValue("Position") >>= first;
  Props end(sheet->getCellByPosition(a.EndColumn, a.StartRow), UNO_QUERY_THROW);
  end->getPropertyValue("Position") >>= last;
  end->getPropertyValue("Size") >>= size;
  const double widthMm = (last.X + size.Width - first.X) / 100.0;
  const double printable = paperWidthMm - page.left - page.right;
  if (widthMm <= printable || widthMm <= 0) return 1.0;
  return std::max(0.1, std::floor(100 * printable / widthMm) / 100);
}

}  // namespace

std::string shownText(const ReportModel& model, const ReportCell& cell) {
  auto it = model.styles.find(cell.style);
  return it != model.styles.end() && it->second.caps ? upperVi(cell.text) : cell.text;
}

void setUpPage(const Reference<css::frame::XModel>& doc, const Reference<css::sheet::XSpreadsheet>& sheet,
               const ReportModel& model) {
  rtl::OUString styleName;
  Props(sheet, UNO_QUERY_THROW)->getPropertyValue("PageStyle") >>= styleName;
  Props ps(Reference<css::container::XNameAccess>(
               Reference<css::style::XStyleFamiliesSupplier>(doc, UNO_QUERY_THROW)->getStyleFamilies()->getByName("PageStyles"),
               UNO_QUERY_THROW)->getByName(styleName), UNO_QUERY_THROW);
  const PageSetup& page = model.page;
  double w = page.paper == "A3" ? 297 : 210, h = page.paper == "A3" ? 420 : 297;
  if (model.landscape) std::swap(w, h);
  ps->setPropertyValue("IsLandscape", Any(model.landscape));
  ps->setPropertyValue("Size", Any(css::awt::Size(hmm(w), hmm(h))));
  ps->setPropertyValue("LeftMargin", Any(hmm(page.left)));
  ps->setPropertyValue("RightMargin", Any(hmm(page.right)));
  ps->setPropertyValue("CenterHorizontally", Any(true));
  ps->setPropertyValue("HeaderIsOn", Any(false));
  ps->setPropertyValue("FooterIsOn", Any(false));
  // The margin is where the text begins: the number sits inside it (ND 30/2020, "trong phần
  // lề trên"), so Calc's margin is the edge-to-number distance and the header fills the rest,
  // its height divided by the print scale z (Calc shrinks the header with the sheet). An XLSX
  // keeps margin + header as its top margin, which Excel does not scale: the room for the
  // number shrinks when needed so that this stays within the decree's 5 mm more (20–25 mm).
  const double z = fitZoom(sheet, page, w);
  auto margin = [&](bool top, double mm) {
    const bool numbered = page.numbers == (top ? "top" : "bottom");
    double room = numbered ? std::max(0.5, std::min(10.0, mm - 5)) : 0;
    if (numbered && z < 1) room = std::max(0.5, std::min(room, 5 * z / (1 - z)));
    ps->setPropertyValue(top ? rtl::OUString("TopMargin") : rtl::OUString("BottomMargin"), Any(hmm(std::max(0.0, mm - room))));
    if (!numbered) return;
    const std::string prefix = top ? "Header" : "Footer";
    ps->setPropertyValue(ustr(prefix + "IsDynamicHeight"), Any(false));
    ps->setPropertyValue(ustr(prefix + "BodyDistance"), Any(hmm(std::min(2.5, room / 2) / z)));
    ps->setPropertyValue(ustr(prefix + "Height"), Any(hmm(room / z)));
  };
  margin(true, page.top);
  margin(false, page.bottom);
  if (page.numbers != "none") numberPages(doc, ps, page, model.fontName);
  if (page.fitWidth) {
    ps->setPropertyValue("ScaleToPagesX", Any(sal_Int16(1)));   // one page wide, as many down as needed
    ps->setPropertyValue("ScaleToPagesY", Any(sal_Int16(0)));
  }
}

int drawRules(const Reference<css::frame::XModel>& doc, const Reference<css::sheet::XSpreadsheet>& sheet,
              const ReportModel& model) {
  Reference<css::drawing::XDrawPage> page = Reference<css::drawing::XDrawPageSupplier>(sheet, UNO_QUERY_THROW)->getDrawPage();
  Reference<css::lang::XMultiServiceFactory> factory(doc, UNO_QUERY_THROW);
  auto ruled = [&](const ReportCell& cell) {
    auto st = model.styles.find(cell.style);
    return st != model.styles.end() && st->second.ruleBelow > 0 && cell.kind == ReportCell::Kind::Text && !cell.text.empty();
  };
  // Room for the line under the text: its row 1.5 mm taller (before any position is read).
  std::set<int> rows;
  for (const ReportCell& cell : model.cells)
    if (ruled(cell) && rows.insert(cell.row).second) {
      Props row(Reference<css::container::XIndexAccess>(
                    Reference<css::table::XColumnRowRange>(sheet, UNO_QUERY_THROW)->getRows(), UNO_QUERY_THROW)
                    ->getByIndex(cell.row), UNO_QUERY_THROW);
      sal_Int32 h = 0;
      row->getPropertyValue("Height") >>= h;
      row->setPropertyValue("Height", Any(sal_Int32(h + 150)));
    }
  int drawn = 0;
  for (const ReportCell& cell : model.cells) {
    if (!ruled(cell)) continue;
    auto st = model.styles.find(cell.style);
    const LayoutStyle& s = st->second;
    int right = cell.col;   // the merged area the text is centred in
    for (const auto& m : model.merges)
      if (m.top <= cell.row && cell.row <= m.bottom && m.left == cell.col) right = std::max(right, m.right);
    css::awt::Point a, b;
    css::awt::Size bs;
    Props(sheet->getCellByPosition(cell.col, cell.row), UNO_QUERY_THROW)->getPropertyValue("Position") >>= a;
    Props last(sheet->getCellByPosition(right, cell.row), UNO_QUERY_THROW);
    last->getPropertyValue("Position") >>= b;
    last->getPropertyValue("Size") >>= bs;
    const sal_Int32 x0 = a.X, x1 = b.X + bs.Width, rowTop = a.Y, rowHeight = bs.Height;
    const css::awt::Size text = measure(doc, page, shownText(model, cell), model.fontName,
                                        s.size > 0 ? s.size : model.fontSize, s);
    const sal_Int32 shown = std::min(text.Width, x1 - x0);
    const sal_Int32 length = std::max<sal_Int32>(100, sal_Int32(shown * s.ruleBelow));
    const sal_Int32 mid = s.align == "center" ? (x0 + x1) / 2
                        : s.align == "right"  ? x1 - 100 - shown / 2
                                              : x0 + 100 + shown / 2;   // the cell's 1 mm indent
    const sal_Int32 textBottom = s.valign == "top"      ? rowTop + text.Height
                               : s.valign == "bottom" ? rowTop + rowHeight
                                                      : rowTop + (rowHeight + text.Height) / 2;
    Reference<css::drawing::XShape> line(factory->createInstance("com.sun.star.drawing.LineShape"), UNO_QUERY_THROW);
    page->add(line);
    Props p(line, UNO_QUERY_THROW);
    // Anchored first: Calc moves a shape to the cell it is anchored to; placed after, it stays.
    p->setPropertyValue("Anchor", Any(sheet->getCellByPosition(cell.col, cell.row)));   // moves with its row
    line->setPosition(css::awt::Point(mid - length / 2, std::min(textBottom + 60, rowTop + rowHeight - 20)));
    line->setSize(css::awt::Size(length, 0));
    p->setPropertyValue("LineWidth", Any(sal_Int32(18)));   // ~0.5 pt: a thin solid line
    p->setPropertyValue("LineColor", Any(sal_Int32(0)));
    Reference<css::container::XNamed>(line, UNO_QUERY_THROW)->setName(ustr("P8 rule " + cell.style));
    ++drawn;
  }
  return drawn;
}

}  // namespace p8::uno
