#include "uno/check/findings_sheet.hpp"

#include "core/plan/plan_level.hpp"

#include "uno/common/args.hpp"
#include "uno/check/results_sheet.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/awt/FontWeight.hpp>

#include <cmath>
#include <cstdio>

namespace p8::uno {
namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

using Row = std::vector<Any>;
const int kCols = 7;

Any text(const std::string& s) { return Any(ustr(s)); }

std::string quoteSheet(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("''") : std::string(1, c);
  return q + "'";
}

void bold(const Reference<css::table::XCellRange>& r) {
  Reference<css::beans::XPropertySet>(r, UNO_QUERY_THROW)
      ->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
}

void put(const Reference<css::sheet::XSpreadsheet>& sheet, int top, const std::vector<Row>& rows) {
  if (rows.empty()) return;
  Sequence<Sequence<Any>> data(rows.size());
  auto* out = data.getArray();
  for (std::size_t r = 0; r < rows.size(); ++r) {
    Sequence<Any> line(kCols);
    for (int c = 0; c < kCols; ++c) line.getArray()[c] = c < int(rows[r].size()) ? rows[r][c] : text("");
    out[r] = line;
  }
  Reference<css::sheet::XCellRangeData>(
      sheet->getCellRangeByPosition(0, top, kCols - 1, top + int(rows.size()) - 1), UNO_QUERY_THROW)
      ->setDataArray(data);
}

}  // namespace

std::string totalsHeading(const Plan* plan, const std::string& lang) {
  const LevelWords w = plan ? reportingWords(*plan) : levelWords("district");
  if (lang != "vi") {
    std::string en = w.one.en;
    for (char& c : en)
      if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
    return "TOTALS PER " + en;
  }
  // Capitals of the level words (no case mapping for Vietnamese in the standard library).
  static const std::pair<const char*, const char*> upper[] = {
      {"huyện", "HUYỆN"}, {"xã, phường", "XÃ, PHƯỜNG"}, {"tỉnh", "TỈNH"}, {"đơn vị", "ĐƠN VỊ"}};
  for (const auto& [low, up] : upper)
    if (w.many.vi == low) return std::string("TỔNG THEO ") + up;
  return "TỔNG THEO " + w.many.vi;
}

std::string severityName(Severity s, const std::string& lang) {
  bool vi = lang == "vi";
  switch (s) {
    case Severity::Error: return vi ? "Lỗi" : "Error";
    case Severity::Warning: return vi ? "Cảnh báo" : "Warning";
    default: return vi ? "Thông tin" : "Info";
  }
}

std::string districtName(const Plan* plan, const std::string& id, const std::string& lang) {
  if (id.empty()) return lang == "vi" ? "Toàn tỉnh" : "Whole province";
  const OrgUnit* u = plan ? plan->findUnit(id) : nullptr;
  return u ? u->name : id;
}

std::string indicatorName(const Plan* plan, const std::string& code, const std::string& lang) {
  const Indicator* ind = plan ? plan->findIndicator(code) : nullptr;
  return ind ? code + ". " + ind->name.in(lang) : code;
}

std::string formatNumber(const std::optional<double>& v) {
  if (!v || !std::isfinite(*v)) return "";
  char buf[64];
  double a = std::fabs(*v);
  bool whole = std::fabs(a - std::round(a)) < 1e-9;
  std::snprintf(buf, sizeof buf, whole ? "%.0f" : "%.2f", a);
  std::string s = buf, intPart = s, frac;
  if (auto dot = s.find('.'); dot != std::string::npos) {
    intPart = s.substr(0, dot);
    frac = s.substr(dot + 1);
    while (!frac.empty() && frac.back() == '0') frac.pop_back();
  }
  std::string grouped;
  for (std::size_t i = 0; i < intPart.size(); ++i) {
    if (i && (intPart.size() - i) % 3 == 0) grouped += '.';
    grouped += intPart[i];
  }
  return (*v < 0 ? "-" : "") + grouped + (frac.empty() ? "" : "," + frac);
}

void writeFindingsSheet(const Reference<css::sheet::XSpreadsheetDocument>& doc,
                        const DocResult& result, const std::string& lang) {
  const bool vi = lang == "vi";
  Reference<css::sheet::XSpreadsheet> sheet = ownResultsSheet(doc);
  clearSheet(sheet);

  const CheckResult& r = result.check;
  const Plan* plan = result.plan.get();
  std::vector<Row> top;
  top.push_back({text(vi ? "KẾT QUẢ KIỂM TRA DỰ ÁN 8" : "PROJECT 8 CHECK RESULTS")});
  std::string planLine = plan ? (vi ? "Kế hoạch: " : "Plan: ") + plan->id + " — " + plan->title.in(lang)
                              : (vi ? "Chưa chọn được kế hoạch" : "No plan chosen");
  top.push_back({text(planLine)});
  char counts[200];
  std::snprintf(counts, sizeof counts, vi ? "%d lỗi · %d cảnh báo · %d thông tin" : "%d errors · %d warnings · %d info",
                r.count(Severity::Error), r.count(Severity::Warning), r.count(Severity::Info));
  top.push_back({text(counts), text(""), text(""), text(""), text(""), text(""),
                 text(vi ? "Trang này do p8calc tạo lại mỗi lần kiểm tra; xóa được, không ảnh hưởng số liệu."
                         : "p8calc rebuilds this sheet on every check; delete it freely, your data is untouched.")});
  if (!result.error_vi.empty()) top.push_back({text(vi ? result.error_vi : result.error_en)});
  top.push_back({});
  const int headerRow = int(top.size());
  top.push_back({text(vi ? "Mức độ" : "Severity"), text(vi ? "Mã" : "Code"), text(vi ? "Trang tính" : "Sheet"),
                 text(vi ? "Ô" : "Cell"), text(vi ? "Mong đợi" : "Expected"), text(vi ? "Thực tế" : "Actual"),
                 text(vi ? "Nội dung" : "Message")});
  put(sheet, 0, top);

  // Findings, then their links: a HYPERLINK formula per row jumps to the cell.
  std::vector<Row> rows;
  Sequence<Sequence<rtl::OUString>> links(r.findings.size());
  for (std::size_t i = 0; i < r.findings.size(); ++i) {
    const Finding& f = r.findings[i];
    rows.push_back({text(severityName(f.severity, lang)), text(f.code), text(f.sheet), text(f.cell),
                    text(f.expected), text(f.actual), text(vi ? f.message_vi : f.message_en)});
    rtl::OUString cellLink = ustr(f.cell.empty() ? "" : "=HYPERLINK(" + formulaString("#" + quoteSheet(f.sheet) + "." + f.cell) +
                                                            ";" + formulaString(f.cell) + ")");
    links.getArray()[i] = Sequence<rtl::OUString>(&cellLink, 1);
  }
  const int firstFinding = headerRow + 1;
  put(sheet, firstFinding, rows);
  if (!r.findings.empty())
    Reference<css::sheet::XCellRangeFormula>(
        sheet->getCellRangeByPosition(3, firstFinding, 3, firstFinding + int(r.findings.size()) - 1), UNO_QUERY_THROW)
        ->setFormulaArray(links);

  // Totals per reporting unit, in the words of the plan's level ("TỔNG THEO XÃ, PHƯỜNG").
  int row = firstFinding + int(r.findings.size()) + 1;
  std::vector<Row> totals;
  const LocalText unitTitle = plan ? reportingWords(*plan).title() : levelWords("district").title();
  totals.push_back({text(totalsHeading(plan, lang))});
  totals.push_back({text(vi ? "Chỉ tiêu" : "Indicator"), text(unitTitle.in(vi ? "vi" : "en")),
                    text(vi ? "Kế hoạch" : "Plan"), text(vi ? "Phân bổ" : "Allocated"),
                    text(vi ? "Thực hiện" : "Actual"), text(vi ? "Còn thiếu" : "Gap")});
  auto num = [](const std::optional<double>& v) { return v ? Any(*v) : text(""); };
  for (const Total& t : r.totals)
    totals.push_back({text(indicatorName(plan, t.indicator, lang)), text(districtName(plan, t.district, lang)),
                      num(t.plan), num(t.allocated), num(t.actual), num(t.gap)});
  put(sheet, row, totals);
  styleFindingsSheet(sheet);
}

void styleFindingsSheet(const Reference<css::sheet::XSpreadsheet>& sheet) {
  // The title, the findings' header and the totals' title and header are bold: found from
  // the texts, so an undo that puts back an earlier sheet's cells gets the same look.
  auto cursor = sheet->createCursor();
  Reference<css::sheet::XUsedAreaCursor>(cursor, UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
  const sal_Int32 lastRow = Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress().EndRow;
  auto data = Reference<css::sheet::XCellRangeData>(sheet->getCellRangeByPosition(0, 0, 1, lastRow), UNO_QUERY_THROW)
                  ->getDataArray();
  bold(sheet->getCellRangeByPosition(0, 0, 0, 0));
  for (sal_Int32 r = 0; r < data.getLength(); ++r) {
    rtl::OUString a, b;
    data[r][0] >>= a;
    data[r][1] >>= b;
    if (b == "Mã" || b == "Code") bold(sheet->getCellRangeByPosition(0, r, kCols - 1, r));
    if (a.startsWith(ustr("TỔNG THEO ")) || a.startsWith("TOTALS PER "))   // any level's words
      bold(sheet->getCellRangeByPosition(0, r, kCols - 1, r + 1));
  }

  // Readable widths (1/100 mm).
  Reference<css::table::XColumnRowRange> cr(sheet, UNO_QUERY_THROW);
  Reference<css::container::XIndexAccess> cols(cr->getColumns(), UNO_QUERY_THROW);
  const sal_Int32 widths[kCols] = {2600, 4200, 3600, 1800, 2200, 2200, 16000};
  for (int c = 0; c < kCols; ++c)
    Reference<css::beans::XPropertySet>(cols->getByIndex(c), UNO_QUERY_THROW)->setPropertyValue("Width", Any(widths[c]));
}

}  // namespace p8::uno
