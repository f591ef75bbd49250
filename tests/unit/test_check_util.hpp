// Shared by the check tests: the built-in plans, a correct Bắc Kạn allocation laid out as
// staff do (title rows, a merged group header, district spelling variants, SUM formulas),
// and small queries over findings that print what was found when an assertion fails.
#pragma once
#include "core/check/check.hpp"
#include "grid_builder.hpp"

#include "test_plans.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace checktest {

using p8test::bacKan;
using p8test::ninhThuan;

using Rows = std::vector<std::vector<std::string>>;

// Rows 1–3 title, 4–5 header (group header "Phân bổ cho các huyện" over D:K), data from
// row 6: one row per count indicator, district values summing to the plan target, total
// column L as =SUM(Dn:Kn). Column C is ĐVT.
inline Rows correctAllocation() {
  Rows rows = {
      {"UBND TỈNH BẮC KẠN"},
      {"BIỂU PHÂN BỔ CHỈ TIÊU DỰ ÁN 8 ĐẾN NĂM 2025"},
      {},
      {"STT", "Chỉ tiêu", "ĐVT", "Phân bổ cho các huyện, thành phố", "", "", "", "", "", "", "", "Tổng cộng"},
      {"", "", "", "TP. Bắc Kạn", "H. Ba Bể", "Bạch Thông", "Cho Don", "Chợ Mới", "Na Rì", "Ngân Sơn", "Pác Nặm", ""},
  };
  p8test::appendCountRows(rows);
  return rows;
}

inline p8::CheckResult check(const Rows& rows, const p8::Plan& plan = bacKan(), const p8::CheckOptions& opt = {},
                             const std::string& sheet = "Phân bổ") {
  return p8::checkWorkbook({gridOf(sheet, rows)}, plan, opt);
}

inline std::string describe(const p8::CheckResult& r) {
  std::string s;
  for (const auto& f : r.findings)
    s += std::string(p8::severityCode(f.severity)) + " " + f.code + "@" + f.sheet + "!" + f.cell + " [" + f.expected +
         " | " + f.actual + "] " + f.message_vi + "\n";
  return s;
}

inline const p8::Finding* find(const p8::CheckResult& r, const std::string& code, const std::string& cell) {
  auto it = std::find_if(r.findings.begin(), r.findings.end(),
                         [&](const p8::Finding& f) { return f.code == code && f.cell == cell; });
  return it == r.findings.end() ? nullptr : &*it;
}

inline bool has(const p8::CheckResult& r, const std::string& code, const std::string& cell) {
  return find(r, code, cell) != nullptr;
}

inline int count(const p8::CheckResult& r, const std::string& code) {
  return static_cast<int>(std::count_if(r.findings.begin(), r.findings.end(),
                                        [&](const p8::Finding& f) { return f.code == code; }));
}

// Errors and warnings (INFO is allowed on a correct table).
inline int alarms(const p8::CheckResult& r) { return r.count(p8::Severity::Error) + r.count(p8::Severity::Warning); }

// The totals' line of an indicator for a unit ("" = the whole plan), nullptr when there is none.
inline const p8::Total* totalLine(const std::vector<p8::Total>& totals, const std::string& ind, const std::string& district) {
  for (const auto& t : totals)
    if (t.indicator == ind && t.district == district) return &t;
  return nullptr;
}
inline const p8::Total* totalLine(const p8::CheckResult& r, const std::string& ind, const std::string& district) {
  return totalLine(r.totals, ind, district);
}

}  // namespace checktest

#define REQUIRE_FINDING(r, code, cell) \
  do { INFO(checktest::describe(r)); REQUIRE(checktest::has(r, code, cell)); } while (0)
#define CHECK_FINDING(r, code, cell) \
  do { INFO(checktest::describe(r)); CHECK(checktest::has(r, code, cell)); } while (0)
#define CHECK_NO_FINDING(r, code) \
  do { INFO(checktest::describe(r)); CHECK(checktest::count(r, code) == 0); } while (0)
#define CHECK_NO_ALARM(r) \
  do { INFO(checktest::describe(r)); CHECK(checktest::alarms(r) == 0); } while (0)
