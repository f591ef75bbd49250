#include <catch2/catch.hpp>

#include "core/check.hpp"
#include "core/json_out.hpp"
#include "grid_builder.hpp"

#include <boost/property_tree/json_parser.hpp>

#include <algorithm>
#include <sstream>

namespace {

const p8::Plan& bacKan() {
  static p8::Plan plan = p8::loadPlanFile(P8_SOURCE_DIR "/plans/bac-kan-2022.json");
  return plan;
}

// A correct Bắc Kạn allocation: title rows, a two-row header with a merged group header,
// spelling variants, totals as formulas; rows for the count indicators.
std::vector<std::vector<std::string>> correctAllocation() {
  std::vector<std::vector<std::string>> rows = {
      {"UBND TỈNH BẮC KẠN"},
      {"BIỂU PHÂN BỔ CHỈ TIÊU DỰ ÁN 8 ĐẾN NĂM 2025"},
      {},
      {"STT", "Chỉ tiêu", "ĐVT", "Phân bổ cho các huyện, thành phố", "", "", "", "", "", "", "", "Tổng cộng"},
      {"", "", "", "TP. Bắc Kạn", "H. Ba Bể", "Bạch Thông", "Cho Don", "Chợ Mới", "Na Rì", "Ngân Sơn", "Pác Nặm", ""},
  };
  const std::pair<const char*, int> counts[] = {
      {"Tổ truyền thông cộng đồng", 380}, {"Tổ tiết kiệm vay vốn thôn bản", 120},
      {"Tổ TKVVTB áp dụng phương pháp học tập và hành động giới", 74},
      {"Tổ sinh kế ứng dụng công nghệ 4.0", 21}, {"Địa chỉ tin cậy cộng đồng", 40},
      {"CLB thủ lĩnh của sự thay đổi", 74}, {"Đối thoại chính sách", 181},
      {"Cán bộ nữ DTTS được tập huấn", 50}, {"Tập huấn giám sát, đánh giá", 25},
      {"Tập huấn lồng ghép giới chương trình 2", 20}, {"Tập huấn lồng ghép giới chương trình 3", 66}};
  int n = 1;
  for (auto [label, target] : counts) {
    std::vector<std::string> row = {std::to_string(n++), label, "tổ"};
    int rest = target;
    for (int d = 0; d < 8; ++d) {
      int v = d < 7 ? target / 8 : rest;
      rest -= v;
      row.push_back(std::to_string(v));
    }
    const std::string r = std::to_string(rows.size() + 1);
    row.push_back("=SUM(D" + r + ":K" + r + ")|" + std::to_string(target));
    rows.push_back(row);
  }
  return rows;
}

std::vector<std::string> codes(const p8::CheckResult& r, p8::Severity s) {
  std::vector<std::string> out;
  for (const auto& f : r.findings)
    if (f.severity == s) out.push_back(f.code + "@" + f.cell);
  return out;
}

bool hasFinding(const p8::CheckResult& r, const std::string& code, const std::string& cell) {
  return std::any_of(r.findings.begin(), r.findings.end(),
                     [&](const p8::Finding& f) { return f.code == code && f.cell == cell; });
}

}  // namespace

TEST_CASE("a correct allocation yields no error and no warning", "[check]") {
  auto r = p8::checkWorkbook({gridOf("Phân bổ", correctAllocation())}, bacKan());
  REQUIRE(r.tables.size() == 1);
  CHECK(r.tables[0].kind == p8::TableKind::Allocation);
  CHECK(r.tables[0].range == "A4:L16");
  CHECK(codes(r, p8::Severity::Error).empty());
  CHECK(codes(r, p8::Severity::Warning).empty());
  // totals: one per district and indicator, plus the province line
  auto prov = std::find_if(r.totals.begin(), r.totals.end(),
                           [](const p8::Total& t) { return t.indicator == "1" && t.district.empty(); });
  REQUIRE(prov != r.totals.end());
  CHECK(*prov->plan == 380);
  CHECK(*prov->allocated == 380);
  CHECK(*prov->gap == 0);
}

TEST_CASE("planted errors are found at the right cell", "[check]") {
  auto rows = correctAllocation();
  rows[5][11] = "=SUM(D6:K6)|370";       // a wrong total                 → sum-mismatch L6
  rows[6][3] = "16";                     // district value changed (was 15) → sum-mismatch + allocation-over
  rows[7][4] = "#REF!";                  //                                → cell-error E8
  rows[8][5] = "'3";                     // number as text                 → value-text-number F9
  rows[9][6] = "năm";                    //                                → value-not-number G10
  rows[10][7] = "-5";                    //                                → value-negative H11
  rows[11][8] = "9.5";                   //                                → value-not-integer I12
  rows[12][11] = "181";                  // total typed in                 → total-hardcoded L13
  rows[13][1] = "Tổ truyền thông cộng đồng";   // a second row of indicator 1 → indicator-duplicate B14
  auto r = p8::checkWorkbook({gridOf("Phân bổ", rows)}, bacKan());
  CHECK(hasFinding(r, "sum-mismatch", "L6"));
  CHECK(hasFinding(r, "allocation-over", "L7"));
  CHECK(hasFinding(r, "cell-error", "E8"));
  CHECK(hasFinding(r, "value-text-number", "F9"));
  CHECK(hasFinding(r, "value-not-number", "G10"));
  CHECK(hasFinding(r, "value-negative", "H11"));
  CHECK(hasFinding(r, "value-not-integer", "I12"));
  CHECK(hasFinding(r, "total-hardcoded", "L13"));
  CHECK(hasFinding(r, "indicator-duplicate", "B14"));
  auto unknown = correctAllocation();
  unknown[4][9] = "Hà Nội";              // not a district of the plan      → district-unknown J5
  auto u = p8::checkWorkbook({gridOf("Phân bổ", unknown)}, bacKan());
  CHECK(hasFinding(u, "district-unknown", "J5"));
  CHECK(hasFinding(u, "district-missing", "A5"));   // Ngân Sơn has no column any more
  CHECK(hasFinding(r, "indicator-missing", ""));   // indicator 9 replaced by the duplicate
  for (const auto& f : r.findings) {
    INFO(f.code);
    CHECK_FALSE(f.message_vi.empty());
    CHECK_FALSE(f.message_en.empty());
  }
}

TEST_CASE("districts as rows are read through a transposed view", "[check]") {
  auto rows = correctAllocation();
  std::vector<std::vector<std::string>> t(12);
  for (std::size_t r = 3; r < rows.size(); ++r)
    for (std::size_t c = 0; c < 12; ++c) t[c].push_back(c < rows[r].size() ? rows[r][c] : "");
  // the formulas of the total column refer to the original layout: drop them, keep values
  for (auto& cell : t[11])
    if (!cell.empty() && cell[0] == '=') cell = cell.substr(cell.find('|') + 1);
  t[11][0] = "Tổng cộng";
  t[6][2] = "16";   // Bạch Thông's value of indicator 1 (was 47) → under-allocation at the total
  auto r = p8::checkWorkbook({gridOf("Dọc", t)}, bacKan());
  REQUIRE(r.tables.size() == 1);
  CHECK(r.tables[0].kind == p8::TableKind::Allocation);
  CHECK(hasFinding(r, "allocation-under", "C12"));
  CHECK(hasFinding(r, "sum-mismatch", "C12"));
}

TEST_CASE("an appendix like seed 004 is classified, empty and qualitative targets noted", "[check]") {
  p8::Plan nt = p8::loadPlanFile(P8_SOURCE_DIR "/plans/ninh-thuan-pl02-2022.json");
  auto g = gridOf("PL02", {
      {"Phụ lục 02"},
      {"TT", "Nội dung hoạt động", "Chỉ tiêu tổng thể giai đoạn 1: 2021-2025", "Thời gian thực hiện/hoàn thiện"},
      {"Nội dung 1.Tuyên truyền, vận động thay đổi"},
      {"HĐ1", "Xây dựng các tổ/nhóm truyền thông tiên phong thay đổi trong cộng đồng"},
      {"01", nt.content[0].children[0].children[0].text.vi, "77 tổ", "Thực hiện từ năm 2022 và hoàn thành chậm nhất vào năm 2024"},
      {"02", nt.content[0].children[0].children[1].text.vi, "16 lớp", "Thực hiện từ năm 2022"},
      {"03", "Thực hiện giám sát", "", "Hàng năm"},
      {"04", "Sơ kết", "Sơ kết 6 tháng, năm, giữa kỳ và giai đoạn 1", "Khi có kinh phí"},
  });
  auto r = p8::checkWorkbook({g}, nt);
  REQUIRE(r.tables.size() == 1);
  CHECK(r.tables[0].kind == p8::TableKind::Appendix);
  CHECK(hasFinding(r, "target-mismatch", "C6"));   // plan says 15 lớp
  CHECK(hasFinding(r, "target-empty", "C7"));
  CHECK(hasFinding(r, "target-qualitative", "C8"));
  CHECK(hasFinding(r, "timeline-unparsed", "D8"));
  CHECK_FALSE(hasFinding(r, "target-mismatch", "C5"));
}

TEST_CASE("progress tables judge schedule against the as-of year", "[check]") {
  auto g = gridOf("Tiến độ", {
      {"STT", "Chỉ tiêu", "Kế hoạch giai đoạn", "Thực hiện kỳ báo cáo", "Lũy kế"},
      {"1", "Tổ truyền thông cộng đồng", "380", "50", "100"},
      {"2", "Địa chỉ tin cậy cộng đồng", "40", "10", "45"},
  });
  p8::CheckOptions opt;
  opt.asOfYear = 2023;
  auto r = p8::checkWorkbook({g}, bacKan(), opt);
  REQUIRE(r.tables.size() == 1);
  CHECK(r.tables[0].kind == p8::TableKind::Progress);
  CHECK(hasFinding(r, "progress-behind", "E2"));
  CHECK(hasFinding(r, "progress-exceeds", "E3"));
  opt.acceptedWarnings = {"progress-behind@Tiến độ!E2"};
  CHECK_FALSE(hasFinding(p8::checkWorkbook({g}, bacKan(), opt), "progress-behind", "E2"));
}

TEST_CASE("sheets without a table, empty and odd grids never crash", "[check]") {
  auto r = p8::checkWorkbook({gridOf("Ghi chú", {{"Một đoạn văn bản"}, {"không phải bảng"}})}, bacKan());
  CHECK(r.tables.empty());
  CHECK(hasFinding(r, "table-not-found", ""));
  CHECK_NOTHROW(p8::checkWorkbook({p8::Grid("x", 0, 0)}, bacKan()));
  CHECK_NOTHROW(p8::checkWorkbook({gridOf("e", {{"#REF!", "#DIV/0!"}, {"#N/A"}})}, bacKan()));
  CHECK_NOTHROW(p8::checkWorkbook({gridOf("h", {{"TT", "Nội dung", "Ba Bể", "Chợ Đồn"}})}, bacKan()));
}

TEST_CASE("the JSON output follows the contract and parses back", "[check]") {
  auto rows = correctAllocation();
  rows[5][11] = "=SUM(D6:K6)|370";
  auto r = p8::checkWorkbook({gridOf("Phân bổ \"A\"", rows)}, bacKan());
  std::string json = p8::toJson({{"a/b.ods", r}});
  boost::property_tree::ptree root;
  std::istringstream in(json);
  REQUIRE_NOTHROW(boost::property_tree::read_json(in, root));
  CHECK(root.get<int>("schema_version") == 1);
  const auto& file = root.get_child("files").front().second;
  CHECK(file.get<std::string>("file") == "a/b.ods");
  CHECK(file.get<std::string>("plan") == "bac-kan-2022");
  CHECK(file.get_child("tables").front().second.get<std::string>("kind") == "allocation");
  const auto& f = file.get_child("findings").front().second;
  CHECK(f.get<std::string>("severity") == "ERROR");
  CHECK(f.get<std::string>("sheet") == "Phân bổ \"A\"");
  for (const char* key : {"code", "cell", "expected", "actual", "message_vi", "message_en"})
    CHECK(f.get_child_optional(key).has_value());
  CHECK(p8::jsonEscape("a\"b\\\n\x01") == "\"a\\\"b\\\\\\n\\u0001\"");
  CHECK(p8::toText({{"a.ods", r}}, "vi").find("sum-mismatch") != std::string::npos);
}

TEST_CASE("the plan is inferred from province and district names", "[check]") {
  p8::Plan nt = p8::loadPlanFile(P8_SOURCE_DIR "/plans/ninh-thuan-pl02-2022.json");
  std::vector<const p8::Plan*> plans{&bacKan(), &nt};
  CHECK(p8::inferPlan({gridOf("s", correctAllocation())}, plans) == "bac-kan-2022");
  CHECK(p8::inferPlan({gridOf("s", {{"Bác Ái", "Ninh Hải", "Thuận Nam"}})}, plans) == "ninh-thuan-pl02-2022");
  CHECK(p8::inferPlan({gridOf("s", {{"Hà Nội"}})}, plans).empty());
}

TEST_CASE("every finding code is in the catalogue with a severity", "[check]") {
  for (const char* code : {"sum-mismatch", "allocation-under", "allocation-over", "target-mismatch",
                           "district-unknown", "district-missing", "district-duplicate",
                           "indicator-unknown", "indicator-missing", "indicator-duplicate",
                           "value-not-number", "value-text-number", "value-negative",
                           "value-not-integer", "percent-out-of-range", "cell-error",
                           "total-hardcoded", "target-empty", "target-qualitative",
                           "progress-behind", "progress-exceeds"})
    CHECK_NOTHROW(p8::makeFinding(code, "", "", "", "", "", ""));
  CHECK(p8::makeFinding("district-missing", "", "", "", "", "", "").severity == p8::Severity::Warning);
  CHECK_THROWS(p8::makeFinding("no-such-code", "", "", "", "", "", ""));
}
