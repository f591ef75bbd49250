#include "uno/check/highlights.hpp"

#include "uno/common/args.hpp"

#include <com/sun/star/awt/Point.hpp>
#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/drawing/FillStyle.hpp>
#include <com/sun/star/drawing/XDrawPage.hpp>
#include <com/sun/star/drawing/XDrawPageSupplier.hpp>
#include <com/sun/star/drawing/XShape.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/XCell.hpp>

#include <cctype>

namespace p8::uno {
namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

const std::string kMarkPrefix = "p8calc-mark|";

sal_Int32 colour(Severity s) {
  return s == Severity::Error ? 0xC9211E : 0xE8A202;   // red for errors, amber for warnings
}

// A sheet's shapes are reachable only through XDrawPageSupplier (deprecated in the IDL for
// documents, still the one way for a Calc sheet).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
Reference<css::drawing::XDrawPage> drawPage(const Reference<css::uno::XInterface>& sheet) {
  return Reference<css::drawing::XDrawPageSupplier>(sheet, UNO_QUERY_THROW)->getDrawPage();
}
#pragma GCC diagnostic pop

std::vector<std::string> splitBar(const std::string& s) {
  std::vector<std::string> out(1);
  for (char c : s) {
    if (c == '|') out.emplace_back();
    else out.back() += c;
  }
  return out;
}

}  // namespace

int drawMarks(const Reference<css::sheet::XSpreadsheetDocument>& doc, const std::vector<Mark>& marks,
              const std::string& tag) {
  int drawn = 0;
  Reference<css::lang::XMultiServiceFactory> factory(doc, UNO_QUERY_THROW);
  Reference<css::container::XNameAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
  for (const Mark& m : marks) {
    int row, col;
    const rtl::OUString sheetName = ustr(m.sheet);
    if (!parseA1(m.cell, row, col) || !sheets->hasByName(sheetName)) continue;
    Reference<css::sheet::XSpreadsheet> sheet(sheets->getByName(sheetName), UNO_QUERY_THROW);
    Reference<css::table::XCell> cell = sheet->getCellByPosition(col, row);
    Reference<css::beans::XPropertySet> cellProps(cell, UNO_QUERY_THROW);
    css::awt::Point pos;
    css::awt::Size size;
    cellProps->getPropertyValue("Position") >>= pos;
    cellProps->getPropertyValue("Size") >>= size;
    Reference<css::drawing::XShape> shape(
        factory->createInstance("com.sun.star.drawing.RectangleShape"), UNO_QUERY_THROW);
    drawPage(sheet)->add(shape);
    shape->setPosition(pos);
    shape->setSize(size);
    Reference<css::beans::XPropertySet> p(shape, UNO_QUERY_THROW);
    p->setPropertyValue("Anchor", Any(cell));   // moves and hides with its cell
    p->setPropertyValue("FillStyle", Any(css::drawing::FillStyle_NONE));
    p->setPropertyValue("LineColor", Any(colour(m.severity)));
    p->setPropertyValue("LineWidth", Any(sal_Int32(53)));   // 1/100 mm: a 1.5 pt frame
    p->setPropertyValue("Printable", Any(false));
    p->setPropertyValue("MoveProtect", Any(true));   // a frame, not something to drag away
    p->setPropertyValue("SizeProtect", Any(true));
    Reference<css::container::XNamed>(shape, UNO_QUERY_THROW)
        ->setName(ustr(kMarkPrefix + severityCode(m.severity) + "|" + m.code + "|" + m.cell + "|" + tag));
    p->setPropertyValue("Title", Any(ustr(m.code)));
    p->setPropertyValue("Description", Any(ustr(m.message)));
    ++drawn;
  }
  return drawn;
}

namespace {

// Visits every mark shape, also the hidden ones of an undone check; removes it when `remove`
// (through the draw page, so Calc records the removal and its undo keeps the shape), else
// lists the visible ones.
std::vector<Mark> scanMarks(const Reference<css::sheet::XSpreadsheetDocument>& doc, bool remove) {
  std::vector<Mark> found;
  Reference<css::container::XIndexAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
  for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
    Reference<css::uno::XInterface> sheet(sheets->getByIndex(i), UNO_QUERY_THROW);
    std::string sheetName = utf8(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
    auto page = drawPage(sheet);
    for (sal_Int32 k = page->getCount() - 1; k >= 0; --k) {
      Reference<css::container::XNamed> named(page->getByIndex(k), UNO_QUERY);
      if (!named.is()) continue;
      std::string name = utf8(named->getName());
      if (name.rfind(kMarkPrefix, 0) != 0) continue;
      Reference<css::beans::XPropertySet> props(named, UNO_QUERY_THROW);
      bool visible = true;
      props->getPropertyValue("Visible") >>= visible;
      if (remove) {
        page->remove(Reference<css::drawing::XShape>(named, UNO_QUERY_THROW));
        if (!visible) continue;
      } else if (!visible) {
        continue;
      }
      auto parts = splitBar(name.substr(kMarkPrefix.size()));
      Mark m;
      m.sheet = sheetName;
      m.severity = !parts.empty() && parts[0] == "WARNING" ? Severity::Warning : Severity::Error;
      if (parts.size() > 1) m.code = parts[1];
      if (parts.size() > 2) m.cell = parts[2];
      rtl::OUString d;
      props->getPropertyValue("Description") >>= d;
      m.message = utf8(d);
      found.insert(found.begin(), m);
    }
  }
  return found;
}

}  // namespace

bool parseA1(const std::string& a1, int& row, int& col) {
  std::size_t i = 0;
  col = 0;
  while (i < a1.size() && std::isalpha(static_cast<unsigned char>(a1[i])))
    col = col * 26 + (std::toupper(static_cast<unsigned char>(a1[i++])) - 'A' + 1);
  if (i == 0 || i > 3 || i == a1.size()) return false;
  row = 0;
  for (; i < a1.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(a1[i])) || row > 10000000) return false;
    row = row * 10 + (a1[i] - '0');
  }
  if (row < 1) return false;
  --row;
  --col;
  return true;
}

std::vector<Mark> marksFor(const std::vector<Finding>& findings, int cap, bool& capped) {
  std::vector<Mark> marks;
  capped = false;
  for (const auto& f : findings) {
    int row, col;
    if (f.severity == Severity::Info || !parseA1(f.cell, row, col)) continue;
    if (int(marks.size()) >= cap) {
      capped = true;
      break;
    }
    marks.push_back(Mark{f.sheet, f.cell, f.code, f.message_vi + "\n" + f.message_en, f.severity});
  }
  return marks;
}

std::vector<Mark> currentMarks(const Reference<css::sheet::XSpreadsheetDocument>& doc) {
  return scanMarks(doc, false);
}

std::vector<Mark> removeMarks(const Reference<css::sheet::XSpreadsheetDocument>& doc) {
  return scanMarks(doc, true);
}

void showMarks(const Reference<css::sheet::XSpreadsheetDocument>& doc, const std::string& tag, bool visible) {
  const std::string suffix = "|" + tag;
  Reference<css::container::XIndexAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
  for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
    auto page = drawPage(Reference<css::uno::XInterface>(sheets->getByIndex(i), UNO_QUERY_THROW));
    for (sal_Int32 k = 0; k < page->getCount(); ++k) {
      Reference<css::container::XNamed> named(page->getByIndex(k), UNO_QUERY);
      if (!named.is()) continue;
      const std::string name = utf8(named->getName());
      if (name.rfind(kMarkPrefix, 0) != 0 || name.size() < suffix.size() ||
          name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0)
        continue;
      Reference<css::beans::XPropertySet>(named, UNO_QUERY_THROW)->setPropertyValue("Visible", Any(visible));
    }
  }
}

}  // namespace p8::uno
