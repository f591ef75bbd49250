// The unit chart's block (see the header). Shares are numbers computed from the units' files
// (a unit's target is not in the report's table); the average and the chart over it are live.
#include "core/consolidate/unit_chart.hpp"

#include "core/plan/plan_level.hpp"
#include "core/table/grid.hpp"

#include <algorithm>

namespace p8 {
namespace {

std::string a1(int r, int c) { return columnName(c) + std::to_string(r + 1); }

std::string statusWord(UnitStatus s, bool en) {
  switch (s) {
    case UnitStatus::Received: return "";
    case UnitStatus::Missing: return en ? " (not reported)" : " (chưa báo cáo)";
    case UnitStatus::Duplicate: return en ? " (several files, not counted)" : " (trùng tệp, chưa tính)";
    case UnitStatus::Unreadable: return en ? " (file unreadable)" : " (tệp không đọc được)";
  }
  return "";
}

}  // namespace

void addUnitChart(ReportModel& m, const ReportLayout& layout, const Consolidation& c, const Plan& plan,
                  const ReportOptions& opt) {
  const bool en = opt.lang == "en";
  std::vector<const Indicator*> inds;   // indicators with a unit's target
  for (const Indicator& ind : plan.indicators)
    for (const UnitReport& u : c.units)
      if (const ConsolidatedTotal* t = c.total(ind.code, u.id); t && t->allocated && *t->allocated > 0) {
        inds.push_back(&ind);
        break;
      }
  if (inds.empty() || c.units.empty()) return;
  int top = 0;
  for (const ReportCell& cell : m.cells) top = std::max(top, cell.row + 1);
  top += 1;   // a blank line after the signatures
  // STT · unit · average · one share per indicator: the unit's name (in the report's wide name
  // column) and the average side by side, so the chart reads one range of two columns.
  const int nameCol = m.columnWidthsMm.size() > 1 ? 1 : 0;
  const int avg = nameCol + 1, first = avg + 1;
  const int last = std::max(first + static_cast<int>(inds.size()) - 1, static_cast<int>(m.columnWidthsMm.size()) - 1);
  auto put = [&](int r, int col, ReportCell::Kind k, const std::string& text, double number, const std::string& style) {
    m.put(r, col, k, text, number, style, layout);
  };
  const LevelWords w = reportingWords(plan);
  const std::string title = en ? "SHARE OF THE ALLOCATED TARGET REACHED BY THE " + upperVi(w.many.en)
                               : "TỶ LỆ ĐẠT CHỈ TIÊU ĐƯỢC GIAO CỦA CÁC " + upperVi(w.many.vi);
  put(top, 0, ReportCell::Kind::Text, title, 0, "label");
  m.merges.push_back({top, 0, top, last});
  const int head = top + 1;
  if (nameCol > 0) put(head, 0, ReportCell::Kind::Text, en ? "No." : "STT", 0, "th");
  put(head, nameCol, ReportCell::Kind::Text, en ? "Unit" : "Đơn vị", 0, "th");
  put(head, avg, ReportCell::Kind::Text, en ? "Average" : "Bình quân", 0, "th");
  for (std::size_t i = 0; i < inds.size(); ++i)
    put(head, first + static_cast<int>(i), ReportCell::Kind::Text, (en ? "Ind. " : "CT ") + inds[i]->code, 0, "th");
  int r = head + 1;
  for (const UnitReport& u : c.units) {
    if (nameCol > 0) put(r, 0, ReportCell::Kind::Text, std::to_string(r - head), 0, "td-center");
    put(r, nameCol, ReportCell::Kind::Text, u.name + statusWord(u.status, en), 0, "td-text");
    for (std::size_t i = 0; i < inds.size(); ++i) {
      const ConsolidatedTotal* t = c.total(inds[i]->code, u.id);
      const bool has = u.status == UnitStatus::Received && t && t->actual && t->allocated && *t->allocated > 0;
      if (has) put(r, first + static_cast<int>(i), ReportCell::Kind::Number, "", *t->actual / *t->allocated, "td-percent");
      else put(r, first + static_cast<int>(i), ReportCell::Kind::Blank, "", 0, "td-percent");
    }
    const std::string range = a1(r, first) + ":" + a1(r, first + static_cast<int>(inds.size()) - 1);
    put(r, avg, ReportCell::Kind::Formula, "=IF(COUNT(" + range + ")=0;\"\";AVERAGE(" + range + "))", 0, "td-rate");
    ++r;
  }
  put(r, 0, ReportCell::Kind::Text,
      en ? "Share = done this period / the unit's allocated target; average over the indicators with a figure. "
           "A unit without a counted file has no bar."
         : "Tỷ lệ = thực hiện kỳ báo cáo / chỉ tiêu được giao cho đơn vị; bình quân các chỉ tiêu có số liệu. "
           "Đơn vị chưa có tệp được tính thì không có cột.",
      0, "footnote");
  m.merges.push_back({r, 0, r, last});
  const int chartRow = r + 1;
  put(chartRow, 0, ReportCell::Kind::Blank, "", 0, "text");   // the chart's row is part of the printed area
  m.rowHeightsMm[chartRow] = std::clamp(20.0 + 9.0 * static_cast<double>(c.units.size()), 60.0, 160.0);
  ReportChart chart;
  chart.name = "P8UnitShare";
  chart.title = en ? "Average share of the allocated target reached" : "Tỷ lệ đạt chỉ tiêu được giao (bình quân)";
  chart.categories = {head, nameCol, r - 1, nameCol};
  chart.values = {head, avg, r - 1, avg};
  chart.place = {chartRow, 0, chartRow, last};
  chart.pageBreak = top;   // heading, table and chart together on a page of their own
  m.charts.push_back(chart);
}

}  // namespace p8
