// checkWorkbook as a whole: the planted-error workbook of the samples, accepted warnings,
// reading order, sheets without tables, plan inference, and inputs that must never crash.
#include "test_check_util.hpp"

#include "core/check/json_out.hpp"

using namespace checktest;

TEST_CASE("planted errors are each found at their cell", "[check]") {
  auto rows = correctAllocation();
  rows[5][11] = "=SUM(D6:K6)|370";       // sum-mismatch L6
  rows[6][3] = "16";                     // allocation-over L7 (and sum-mismatch: the total says 120)
  rows[7][4] = "#REF!";                  // cell-error E8
  rows[8][5] = "'3";                     // value-text-number F9
  rows[9][6] = "năm";                    // value-not-number G10
  rows[10][7] = "-5";                    // value-negative H11
  rows[11][8] = "9.5";                   // value-not-integer I12
  rows[12][11] = "50";                   // total-hardcoded L13
  auto r = check(rows);
  for (auto [code, cell] : {std::pair{"sum-mismatch", "L6"}, {"allocation-over", "L7"}, {"sum-mismatch", "L7"},
                            {"cell-error", "E8"}, {"value-text-number", "F9"}, {"value-not-number", "G10"},
                            {"value-negative", "H11"}, {"value-not-integer", "I12"}, {"total-hardcoded", "L13"}})
    CHECK_FINDING(r, code, cell);
  for (const auto& f : r.findings) {
    INFO(f.code);
    CHECK_FALSE(f.message_vi.empty());
    CHECK_FALSE(f.message_en.empty());
    CHECK(f.sheet == "Phân bổ");
  }
}

TEST_CASE("findings come in reading order", "[check]") {
  auto rows = correctAllocation();
  rows[12][11] = "50";
  rows[7][4] = "#REF!";
  rows[7][3] = "#REF!";
  auto r = p8::checkWorkbook({gridOf("B", rows), gridOf("A", rows)}, bacKan());
  REQUIRE(r.findings.size() >= 6);
  CHECK(r.findings[0].sheet == "B");
  CHECK(r.findings[0].cell == "D8");
  CHECK(r.findings[1].cell == "E8");
  CHECK(r.findings.back().sheet == "A");
}

TEST_CASE("accepted warnings are dropped by their key, nothing else", "[check]") {
  auto rows = correctAllocation();
  rows[12][11] = "50";
  auto r = check(rows);
  REQUIRE_FINDING(r, "total-hardcoded", "L13");
  p8::CheckOptions opt;
  opt.acceptedWarnings = {"total-hardcoded@Phân bổ!L13"};
  auto accepted = check(rows, bacKan(), opt);
  CHECK_NO_FINDING(accepted, "total-hardcoded");
  CHECK(accepted.findings.size() == r.findings.size() - 1);
  opt.acceptedWarnings = {"total-hardcoded@Khác!L13", "total-hardcoded@Phân bổ!L12"};
  CHECK_FINDING(check(rows, bacKan(), opt), "total-hardcoded", "L13");
  // Findings about no cell: accepted one by one (by their subject), or all by "code@sheet!".
  auto two = correctAllocation();
  two.erase(two.begin() + 13);                 // indicators 9 and 10 missing
  two.erase(two.begin() + 13);
  REQUIRE(count(check(two), "indicator-missing") == 2);
  opt.acceptedWarnings = {"indicator-missing@Phân bổ!#9"};
  auto one = check(two, bacKan(), opt);
  REQUIRE(count(one, "indicator-missing") == 1);
  CHECK(find(one, "indicator-missing", "")->expected == "10");
  opt.acceptedWarnings = {"indicator-missing@Phân bổ!"};
  CHECK(count(check(two, bacKan(), opt), "indicator-missing") == 0);
}

TEST_CASE("a sheet with content but no table is table-not-found (INFO); empty sheets are silent", "[check]") {
  auto r = p8::checkWorkbook({gridOf("Ghi chú", {{"Một đoạn văn bản"}, {"không phải bảng"}}), p8::Grid("Trống", 3, 3),
                              gridOf("Phân bổ", correctAllocation())},
                             bacKan());
  REQUIRE(count(r, "table-not-found") == 1);
  const p8::Finding& f = *std::find_if(r.findings.begin(), r.findings.end(),
                                       [](const p8::Finding& x) { return x.code == "table-not-found"; });
  CHECK(f.sheet == "Ghi chú");
  CHECK(f.severity == p8::Severity::Info);
  CHECK_NO_ALARM(r);
  CHECK(r.tables.size() == 1);
}

TEST_CASE("the plan is inferred from province and district names", "[check]") {
  std::vector<const p8::Plan*> plans{&bacKan(), &ninhThuan()};
  CHECK(p8::inferPlan({gridOf("s", correctAllocation())}, plans) == "bac-kan-2022");
  CHECK(p8::inferPlan({gridOf("s", {{"Bác Ái", "Ninh Hải", "Thuận Nam"}})}, plans) == "ninh-thuan-pl02-2022");
  CHECK(p8::inferPlan({gridOf("s", {{"KẾ HOẠCH TỈNH NINH THUẬN"}})}, plans) == "ninh-thuan-pl02-2022");
  CHECK(p8::inferPlan({gridOf("s", {{"Hà Nội"}})}, plans).empty());
  CHECK(p8::inferPlan({}, plans).empty());
  CHECK(p8::inferPlan({gridOf("s", {{"Ba Bể"}, {"Bác Ái"}})}, plans).empty());   // a tie
  CHECK(p8::inferPlan({gridOf("s", {{"Ba Bể"}})}, {}).empty());
}

TEST_CASE("plan-unknown: one wording for the callers that cannot tell the plan", "[check]") {
  std::vector<const p8::Plan*> plans{&bacKan(), &ninhThuan()};
  p8::Finding f = p8::planUnknownFinding("bao-cao.xlsx", plans);
  CHECK(f.code == "plan-unknown");
  CHECK(f.severity == p8::Severity::Warning);
  CHECK(f.message_vi.find("bao-cao.xlsx") != std::string::npos);
  CHECK(f.message_vi.find("bac-kan-2022") != std::string::npos);
  CHECK(f.message_en.find("ninh-thuan-pl02-2022") != std::string::npos);
}

TEST_CASE("odd input never crashes and still gives valid JSON", "[check]") {
  CHECK_NOTHROW(p8::checkWorkbook({}, bacKan()));
  CHECK_NOTHROW(p8::checkWorkbook({p8::Grid("x", 0, 0)}, bacKan()));
  CHECK_NOTHROW(p8::checkWorkbook({gridOf("e", {{"#REF!", "#DIV/0!"}, {"#N/A"}})}, bacKan()));
  CHECK_NOTHROW(p8::checkWorkbook({gridOf("h", {{"TT", "Nội dung", "Ba Bể", "Chợ Đồn"}})}, bacKan()));
  auto rows = correctAllocation();
  rows[6][4] = std::string(200000, 'x');              // a huge text in a number cell
  rows[7][5] = "\xC3\x28\xFF invalid \xE2\x82";       // invalid UTF-8
  rows[8][1] = "Tổ\xFF sinh kế";
  rows[9][6] = "1e308";
  rows[10][7] = "1e308";
  p8::CheckResult r;
  REQUIRE_NOTHROW(r = check(rows));
  CHECK_FINDING(r, "value-not-number", "E7");
  const p8::Finding* huge = find(r, "value-not-number", "E7");
  CHECK(huge->message_vi.size() < 1000);
  CHECK(p8::toJson({{"x.ods", r}}).find('\xFF') == std::string::npos);
  // Merged cells, a header only, a table of one column.
  p8::Grid g = gridOf("m", correctAllocation());
  for (int c = 4; c <= 11; ++c) g.at(5, c).mergedCovered = true;
  CHECK_NOTHROW(p8::checkWorkbook({g}, bacKan()));
}
