// A unit's own total over its breakdown sub-columns: "Ba Bể" over "Tổng số | Thành lập mới |
// Củng cố" (and the total last: "Mới | Củng cố | Tổng"). The unit's total is its figure for
// the allocation and the province's total; it is checked against its breakdown both ways —
// a wrong typed total found at its cell, a right one silent — and the breakdown headers are
// no unknown districts.
#include "test_check_util.hpp"

#include "core/table/grid.hpp"

using namespace checktest;

namespace {

const char* const kUnits[] = {"TP Bắc Kạn", "Ba Bể", "Bạch Thông", "Chợ Đồn", "Chợ Mới", "Na Rì", "Ngân Sơn", "Pác Nặm"};


// Rows 1–2 title, 3–4 header, data from 5: indicators 1 (380), 4 (40), 6 (74).
// totalFirst: "Tổng số | Thành lập mới | Củng cố"; else "Thành lập mới | Củng cố | Tổng".
p8::Grid breakdown(bool totalFirst, int wrongRow = -1, int wrongUnit = -1) {
  Rows rows = {{"UBND TỈNH BẮC KẠN"}, {"PHÂN BỔ CHỈ TIÊU THÀNH LẬP MỚI VÀ CỦNG CỐ GIAI ĐOẠN 2021-2025"},
               {"STT", "Chỉ tiêu", "ĐVT"}, {"", "", ""}};
  for (const char* u : kUnits) {
    rows[2].insert(rows[2].end(), {u, "", ""});
    if (totalFirst) rows[3].insert(rows[3].end(), {"Tổng số", "Thành lập mới", "Củng cố"});
    else rows[3].insert(rows[3].end(), {"Thành lập mới", "Củng cố", "Tổng"});
  }
  rows[2].push_back("Tổng cộng");
  const struct { const char* label; const char* unit; int target; } data[] = {
      {"Tổ truyền thông cộng đồng", "tổ", 380}, {"Địa chỉ tin cậy cộng đồng", "địa chỉ", 40},
      {"CLB thủ lĩnh của sự thay đổi", "CLB", 74}};
  int n = 0;
  for (const auto& d : data) {
    const int r = static_cast<int>(rows.size()) + 1;
    std::vector<std::string> row = {std::to_string(n + 1), d.label, d.unit};
    std::string sum;
    int all = 0;
    for (int i = 0; i < 8; ++i) {
      const int v = i < 7 ? d.target / 8 : d.target - 7 * (d.target / 8);
      const int fresh = v / 2, kept = v - fresh;
      const int t = totalFirst ? 3 + 3 * i : 5 + 3 * i;
      const int a = totalFirst ? t + 1 : 3 + 3 * i, b = a + 1;
      const bool wrong = n == wrongRow && i == wrongUnit;
      const std::string total = wrong ? std::to_string(v + 2)
                                      : "=" + p8::columnName(a) + std::to_string(r) + "+" + p8::columnName(b) + std::to_string(r) + "|" + std::to_string(v);
      std::vector<std::string> cells(3);
      cells[static_cast<std::size_t>(t - 3 - 3 * i)] = total;
      cells[static_cast<std::size_t>(a - 3 - 3 * i)] = std::to_string(fresh);
      cells[static_cast<std::size_t>(b - 3 - 3 * i)] = std::to_string(kept);
      row.insert(row.end(), cells.begin(), cells.end());
      sum += (sum.empty() ? "=" : "+") + p8::columnName(t) + std::to_string(r);
      all += wrong ? v + 2 : v;
    }
    row.push_back(sum + "|" + std::to_string(all));
    rows.push_back(row);
    ++n;
  }
  p8::Grid g = gridOf("Phân bổ", rows);
  for (const char* m : {"A3:A4", "B3:B4", "C3:C4", "AB3:AB4"}) mergeCells(g, m);
  for (int i = 0; i < 8; ++i) mergeCells(g, p8::columnName(3 + 3 * i) + "3:" + p8::columnName(5 + 3 * i) + "3");
  return g;
}

}  // namespace

TEST_CASE("a unit's total over its breakdown sub-columns: right is silent", "[check][subcolumns]") {
  for (bool totalFirst : {true, false}) {
    const auto r = p8::checkWorkbook({breakdown(totalFirst)}, bacKan());
    INFO((totalFirst ? "Tổng số first" : "Tổng last"));
    INFO(describe(r));
    REQUIRE(r.tables.size() == 1);
    CHECK(alarms(r) == 0);
    // One District column per unit (its total): the breakdowns are no districts of their own.
    CHECK(std::count_if(r.tables[0].columns.begin(), r.tables[0].columns.end(),
                        [](const p8::TableColumn& c) { return c.role == p8::ColumnRole::District; }) == 8);
  }
}

TEST_CASE("a unit's typed total that is not the sum of its breakdown is found at its cell", "[check][subcolumns]") {
  // Indicator 4 (row 6), Ba Bể: total first → G6; total last → I6.
  for (bool totalFirst : {true, false}) {
    const auto r = p8::checkWorkbook({breakdown(totalFirst, 1, 1)}, bacKan());
    INFO(describe(r));
    const std::string cell = totalFirst ? "G6" : "I6";
    CHECK_FINDING(r, "sum-mismatch", cell);
    CHECK(count(r, "sum-mismatch") == 1);
    CHECK(count(r, "district-unknown") == 0);
  }
}

TEST_CASE("\"Trong đó: Nữ | DTTS\" under a unit's Tổng số are parts of it, never added up", "[check][subcolumns]") {
  // People trained: each district's Tổng số, of which women and ethnic-minority people (the
  // same person may be both): 10 = total, 6 women, 7 DTTS — right, and silent.
  Rows rows = {{"UBND TỈNH BẮC KẠN"}, {"CÁN BỘ ĐƯỢC TẬP HUẤN GIAI ĐOẠN 2021-2025"},
               {"STT", "Chỉ tiêu", "ĐVT", "Ba Bể", "", "", "Chợ Đồn", "", "", "Na Rì", "", "", "Tổng cộng"},
               {"", "", "", "Tổng số", "Trong đó: Nữ", "DTTS", "Tổng số", "Trong đó: Nữ", "DTTS", "Tổng số",
                "Trong đó: Nữ", "DTTS", ""},
               {"1", "Cán bộ nữ DTTS được tập huấn", "người", "10", "6", "7", "12", "8", "9", "9", "5", "9",
                "=D5+G5+J5|31"}};
  p8::Grid g = gridOf("Tập huấn", rows);
  for (const char* m : {"A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:I3", "J3:L3", "M3:M4"}) mergeCells(g, m);
  const auto r = p8::checkWorkbook({g}, bacKan());
  INFO(describe(r));
  REQUIRE(r.tables.size() == 1);
  CHECK(count(r, "sum-mismatch") == 0);
  CHECK(count(r, "district-unknown") == 0);
}

TEST_CASE("a unit's Tổng over its years (\"2023 | 2024\" as numbers or \"Năm 2023\"): both ways", "[check][subcolumns]") {
  for (bool asNumbers : {true, false})
    for (bool wrong : {false, true}) {
      const std::string y1 = asNumbers ? "2023" : "Năm 2023", y2 = asNumbers ? "2024" : "Năm 2024";
      Rows rows = {{"UBND TỈNH BẮC KẠN"}, {"KẾT QUẢ THÀNH LẬP TỔ TRUYỀN THÔNG 2023-2024"},
                   {"STT", "Chỉ tiêu", "ĐVT", "Ba Bể", "", "", "Chợ Đồn", "", "", "Na Rì", "", "", "Tổng cộng"},
                   {"", "", "", y1, y2, "Tổng", y1, y2, "Tổng", y1, y2, "Tổng", ""},
                   {"1", "Tổ truyền thông cộng đồng", "tổ", "4", "6", "=D5+E5|10", "5", "7", wrong ? "13" : "=G5+H5|12", "4", "5",
                    "=J5+K5|9", wrong ? "=F5+I5+L5|32" : "=F5+I5+L5|31"}};
      p8::Grid g = gridOf("Kết quả", rows);
      for (const char* m : {"A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:I3", "J3:L3", "M3:M4"}) mergeCells(g, m);
      const auto r = p8::checkWorkbook({g}, bacKan());
      INFO(y1 << (wrong ? ", Chợ Đồn's total typed 13 over 5 + 7" : ", right"));
      INFO(describe(r));
      REQUIRE(r.tables.size() == 1);
      if (wrong) {
        CHECK_FINDING(r, "sum-mismatch", "I5");
        CHECK(count(r, "sum-mismatch") == 1);
      } else {
        CHECK(alarms(r) == 0);
      }
    }
}
