// Shared by the consolidation tests: a unit's progress report laid out as a district or
// commune fills it (header rows naming the unit, a progress table with the phase target,
// the annual plan, the period's figure and the cumulative figure), checked like `p8calc
// check` and turned into a ConsolidationFile.
#pragma once
#include "core/check/check.hpp"
#include "core/consolidate/consolidate.hpp"
#include "grid_builder.hpp"
#include "test_plans.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace constest {

using Rows = std::vector<std::vector<std::string>>;

// One indicator row: label (as staff write it), ĐVT, then target, plan of the year, done in
// the period, cumulative ("" = left empty).
struct Line {
  std::string label, unit, target, planYear, actual, cumulative;
};

// Title rows first (e.g. {{"HỘI LHPN HUYỆN BA BỂ"}, {"Đơn vị báo cáo: Huyện Ba Bể"}}), then the table.
inline Rows unitReport(Rows header, const std::vector<Line>& lines, int year = 2025) {
  Rows rows = std::move(header);
  rows.push_back({"BÁO CÁO KẾT QUẢ THỰC HIỆN DỰ ÁN 8 NĂM " + std::to_string(year)});
  rows.push_back({"STT", "Chỉ tiêu", "ĐVT", "Kế hoạch giai đoạn", "Kế hoạch năm " + std::to_string(year),
                  "Thực hiện kỳ báo cáo", "Lũy kế từ đầu giai đoạn", "Ghi chú"});
  int n = 1;
  for (const Line& l : lines) rows.push_back({std::to_string(n++), l.label, l.unit, l.target, l.planYear, l.actual, l.cumulative, ""});
  return rows;
}

inline p8::ConsolidationFile file(const std::string& path, const std::string& modified, const std::vector<p8::Grid>& sheets,
                                  const p8::Plan& plan = p8test::bacKan(),
                                  const std::vector<const p8::Plan*>& others = {}) {
  return p8::consolidationFile(path, modified, sheets, p8::checkWorkbook(sheets, plan), plan, others);
}

// A small cycle of the Bắc Kạn plan for 2025: Ba Bể received late (12/09, its report names it
// in "Đơn vị báo cáo"), Chợ Đồn twice, a file of no unit; the other five districts missing.
inline std::vector<p8::ConsolidationFile> smallCycle() {
  const std::vector<Line> lines = {{"Tổ truyền thông cộng đồng", "tổ", "", "10", "8", "30"}};
  std::vector<p8::ConsolidationFile> files;
  files.push_back(file("in/ba-be.xlsx", "2025-09-12", {gridOf("Báo cáo", unitReport({{"Đơn vị báo cáo: Huyện Ba Bể"}}, lines))}));
  files.push_back(file("in/cho-don.xlsx", "2025-09-02", {gridOf("Báo cáo", unitReport({{"HỘI LHPN HUYỆN CHỢ ĐỒN"}}, lines))}));
  files.push_back(file("in/cho-don (1).xlsx", "2025-09-03", {gridOf("Chợ Đồn", unitReport({{"BIỂU"}}, lines))}));
  files.push_back(file("in/tong-hop-cu.xlsx", "2025-09-03", {gridOf("Báo cáo", unitReport({{"BIỂU"}}, lines))}));
  return files;
}

inline p8::ConsolidationOptions options2025() {
  p8::ConsolidationOptions o;
  o.period = 2025;
  o.asOf = "2025-09-20";
  return o;
}

inline std::string describe(const p8::Consolidation& c) {
  std::string s;
  for (const auto& f : c.findings) s += f.finding.code + " [" + f.unit + "] " + f.finding.message_vi + "\n";
  for (const auto& u : c.units) s += u.id + " " + p8::unitStatusCode(u.status) + "\n";
  return s;
}

inline int count(const p8::Consolidation& c, const std::string& code) {
  int n = 0;
  for (const auto& f : c.findings) n += f.finding.code == code;
  return n;
}

}  // namespace constest
