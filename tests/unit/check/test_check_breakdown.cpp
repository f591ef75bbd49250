// The province's own breakdown and typed totals among formulas. "Tổng cộng" (or "Toàn
// tỉnh") over "Tổng số | Thành lập mới | Củng cố": the province's Tổng số is checked against
// its breakdown as a unit's is — a wrong one found once at its cell, a right one silent,
// "Trong đó: Nữ" never added up. A unit's own total typed as a number where the other units'
// totals are formulas is total-hardcoded (with sum-mismatch too when it is also wrong); a
// sheet typed entirely by hand stays silent.
#include "test_check_util.hpp"

#include "core/table/grid.hpp"

using namespace checktest;

namespace {

const char* const kUnits[] = {"TP Bắc Kạn", "Ba Bể", "Bạch Thông", "Chợ Đồn", "Chợ Mới", "Na Rì", "Ngân Sơn", "Pác Nặm"};


struct Layout {
  bool provinceFirst = true;   // "Tổng cộng" right after ĐVT, else after the units
  bool unitBreakdown = true;   // each unit "Tổng số | Thành lập mới | Củng cố", else one column each
  const char* province = "Tổng cộng";
  // Faults, on indicator row `row` (0-based): the province's Tổng typed off by `provinceDelta`,
  // its "Thành lập mới" typed off by `freshDelta`; unit `unit`'s total typed (off by `unitDelta`).
  int row = 1;
  int provinceDelta = 0;
  int freshDelta = 0;
  int unit = -1, unitDelta = 0;
  bool allTyped = false;       // every total typed as its number, none a formula
  bool freshTyped = false;     // the province's "Thành lập mới | Củng cố" of row `row` typed, and right
};

// Rows 1–2 title, 3–4 header, data from 5: indicators 1 (380), 5 (40), 6 (74).
p8::Grid provinceBreakdown(const Layout& L) {
  Rows rows = {{"UBND TỈNH BẮC KẠN"}, {"PHÂN BỔ CHỈ TIÊU THÀNH LẬP MỚI VÀ CỦNG CỐ GIAI ĐOẠN 2021-2025"},
               {"STT", "Chỉ tiêu", "ĐVT"}, {"", "", ""}};
  const int width = L.unitBreakdown ? 3 : 1;
  const int p = L.provinceFirst ? 3 : 3 + 8 * width;        // the province's Tổng số column
  auto unitCol = [&](int i) { return (L.provinceFirst ? 6 : 3) + width * i; };   // a unit's total
  std::vector<std::string> merges = {"A3:A4", "B3:B4", "C3:C4", p8::columnName(p) + "3:" + p8::columnName(p + 2) + "3"};
  auto header = [&](bool province) {
    if (province) {
      rows[2].insert(rows[2].end(), {L.province, "", ""});
      rows[3].insert(rows[3].end(), {"Tổng số", "Thành lập mới", "Củng cố"});
      return;
    }
    for (int i = 0; i < 8; ++i) {
      const std::string c = p8::columnName(unitCol(i));
      if (L.unitBreakdown) {
        rows[2].insert(rows[2].end(), {kUnits[i], "", ""});
        rows[3].insert(rows[3].end(), {"Tổng số", "Thành lập mới", "Củng cố"});
        merges.push_back(c + "3:" + p8::columnName(unitCol(i) + 2) + "3");
      } else {
        rows[2].push_back(kUnits[i]);
        rows[3].push_back("");
        merges.push_back(c + "3:" + c + "4");
      }
    }
  };
  header(L.provinceFirst);
  header(!L.provinceFirst);
  const struct { const char* label; const char* unit; int target; } data[] = {
      {"Tổ truyền thông cộng đồng", "tổ", 380}, {"Địa chỉ tin cậy cộng đồng", "địa chỉ", 40},
      {"CLB thủ lĩnh của sự thay đổi", "CLB", 74}};
  for (int n = 0; n < 3; ++n) {
    const auto& d = data[n];
    const std::string r = std::to_string(rows.size() + 1);
    std::vector<std::string> row(static_cast<std::size_t>(3 + 3 + 8 * width));
    row[0] = std::to_string(n + 1);
    row[1] = d.label;
    row[2] = d.unit;
    std::string totals, fresh, kept;
    int all = 0, allFresh = 0;
    for (int i = 0; i < 8; ++i) {
      const int v = i < 7 ? d.target / 8 : d.target - 7 * (d.target / 8);
      const int f = v / 2;
      const int t = unitCol(i);
      const bool typed = L.allTyped || (n == L.row && i == L.unit);
      const int shown = v + (n == L.row && i == L.unit ? L.unitDelta : 0);
      if (L.unitBreakdown) {
        row[static_cast<std::size_t>(t)] = typed ? std::to_string(shown)
                                                 : "=" + p8::columnName(t + 1) + r + "+" + p8::columnName(t + 2) + r + "|" + std::to_string(v);
        row[static_cast<std::size_t>(t + 1)] = std::to_string(f);
        row[static_cast<std::size_t>(t + 2)] = std::to_string(v - f);
        fresh += (fresh.empty() ? "=" : "+") + p8::columnName(t + 1) + r;
        kept += (kept.empty() ? "=" : "+") + p8::columnName(t + 2) + r;
      } else {
        row[static_cast<std::size_t>(t)] = std::to_string(v);
      }
      totals += (totals.empty() ? "=" : "+") + p8::columnName(t) + r;
      all += shown;
      allFresh += f;
    }
    const int freshShown = allFresh + (n == L.row ? L.freshDelta : 0);
    const bool freshTyped = L.allTyped || !L.unitBreakdown || (n == L.row && (L.freshDelta || L.freshTyped));
    row[static_cast<std::size_t>(p + 1)] = freshTyped ? std::to_string(freshShown) : fresh + "|" + std::to_string(allFresh);
    row[static_cast<std::size_t>(p + 2)] = freshTyped ? std::to_string(d.target - allFresh)
                                                      : kept + "|" + std::to_string(d.target - allFresh);
    const bool provinceTyped = L.allTyped || (n == L.row && L.provinceDelta);
    row[static_cast<std::size_t>(p)] = provinceTyped ? std::to_string(all + (n == L.row ? L.provinceDelta : 0))
                                                     : totals + "|" + std::to_string(all);
    rows.push_back(row);
  }
  p8::Grid g = gridOf("Phân bổ", rows);
  for (const auto& m : merges) mergeCells(g, m);
  return g;
}

std::string at(const Layout& L, int column) { return p8::columnName(column) + std::to_string(5 + L.row); }
int provinceColumn(const Layout& L) { return L.provinceFirst ? 3 : 3 + 8 * (L.unitBreakdown ? 3 : 1); }

}  // namespace

TEST_CASE("the province's Tổng over its breakdown: right is silent in every layout", "[check][subcolumns][breakdown]") {
  for (bool first : {true, false})
    for (bool units : {true, false})
      for (const char* name : {"Tổng cộng", "Toàn tỉnh"}) {
        Layout L;
        L.provinceFirst = first;
        L.unitBreakdown = units;
        L.province = name;
        const auto r = p8::checkWorkbook({provinceBreakdown(L)}, bacKan());
        INFO(name << (first ? ", first" : ", last") << (units ? ", units broken down" : ", one column per unit"));
        INFO(describe(r));
        REQUIRE(r.tables.size() == 1);
        CHECK(alarms(r) == 0);
        // One Total column (the province's Tổng số) and one District column per unit.
        const auto& cols = r.tables[0].columns;
        CHECK(std::count_if(cols.begin(), cols.end(), [](const p8::TableColumn& c) { return c.role == p8::ColumnRole::Total; }) == 1);
        CHECK(std::count_if(cols.begin(), cols.end(), [](const p8::TableColumn& c) { return c.role == p8::ColumnRole::District; }) == 8);
      }
}

TEST_CASE("a province Tổng typed off its breakdown: one sum-mismatch at its cell", "[check][subcolumns][breakdown]") {
  for (bool first : {true, false})
    for (bool units : {true, false}) {
      Layout L;
      L.provinceFirst = first;
      L.unitBreakdown = units;
      L.provinceDelta = 3;   // also 3 more than the units' totals: still one wrong cell
      const auto r = p8::checkWorkbook({provinceBreakdown(L)}, bacKan());
      INFO((first ? "first" : "last") << (units ? ", units broken down" : ", one column per unit"));
      INFO(describe(r));
      const std::string cell = at(L, provinceColumn(L));
      CHECK_FINDING(r, "sum-mismatch", cell);
      CHECK(count(r, "sum-mismatch") == 1);
      // Typed where its siblings are formulas: fragile too (the corpus's convention).
      CHECK_FINDING(r, "total-hardcoded", cell);
    }
}

TEST_CASE("a province breakdown figure typed wrong: found once, where it can be told", "[check][subcolumns][breakdown]") {
  {
    // One column per unit: the province's typed breakdown no longer adds up to its Tổng,
    // which fits its units — found at the Tổng, and the message says the breakdown is off.
    Layout L;
    L.unitBreakdown = false;
    L.freshDelta = 2;
    const auto r = p8::checkWorkbook({provinceBreakdown(L)}, bacKan());
    INFO(describe(r));
    const std::string cell = at(L, provinceColumn(L));
    REQUIRE_FINDING(r, "sum-mismatch", cell);
    CHECK(find(r, "sum-mismatch", cell)->message_vi.find("khớp với tổng các huyện") != std::string::npos);
    CHECK(count(r, "sum-mismatch") == 1);
    CHECK(count(r, "total-hardcoded") == 0);
  }
  for (bool first : {true, false}) {
    // Units broken down alike: the province's "Thành lập mới" against the units' — found at
    // that cell, and the province's Tổng that follows from it is not reported again.
    Layout L;
    L.provinceFirst = first;
    L.freshDelta = 2;
    const auto r = p8::checkWorkbook({provinceBreakdown(L)}, bacKan());
    INFO(describe(r));
    CHECK_FINDING(r, "sum-mismatch", at(L, provinceColumn(L) + 1));
    CHECK(count(r, "sum-mismatch") == 1);
  }
}

TEST_CASE("a unit's total typed wrong: the province's Tổng over it is not a second finding", "[check][subcolumns][breakdown]") {
  Layout L;
  L.unit = 2;
  L.unitDelta = 2;
  const auto r = p8::checkWorkbook({provinceBreakdown(L)}, bacKan());
  INFO(describe(r));
  CHECK_FINDING(r, "sum-mismatch", at(L, 6 + 3 * L.unit));
  CHECK(count(r, "sum-mismatch") == 1);
}

TEST_CASE("\"Toàn tỉnh\" over \"Tổng số | Trong đó: Nữ\": a part, never added up", "[check][subcolumns][breakdown]") {
  Rows rows = {{"UBND TỈNH BẮC KẠN"}, {"CÁN BỘ ĐƯỢC TẬP HUẤN GIAI ĐOẠN 2021-2025"},
               {"STT", "Chỉ tiêu", "ĐVT", "Toàn tỉnh", "", "Ba Bể", "", "Chợ Đồn", "", "Na Rì", ""},
               {"", "", "", "Tổng số", "Trong đó: Nữ", "Tổng số", "Trong đó: Nữ", "Tổng số", "Trong đó: Nữ", "Tổng số",
                "Trong đó: Nữ"},
               {"1", "Cán bộ nữ DTTS được tập huấn", "người", "=F5+H5+J5|31", "=G5+I5+K5|19", "10", "6", "12", "8", "9", "5"}};
  p8::Grid g = gridOf("Tập huấn", rows);
  for (const char* m : {"A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:G3", "H3:I3", "J3:K3"}) mergeCells(g, m);
  const auto r = p8::checkWorkbook({g}, bacKan());
  INFO(describe(r));
  REQUIRE(r.tables.size() == 1);
  // (A model for a few districts: the allocation rules are not what this test is about.)
  CHECK(count(r, "sum-mismatch") == 0);
  CHECK(count(r, "total-hardcoded") == 0);
  CHECK(count(r, "district-unknown") == 0);
}

TEST_CASE("\"Tổng cộng\" over \"Tổng | Trong đó | Nam | Nữ\" (three header rows): not a sum either", "[check][subcolumns][breakdown]") {
  Rows rows = {{"UBND TỈNH BẮC KẠN"}, {"CÁN BỘ ĐƯỢC TẬP HUẤN GIAI ĐOẠN 2021-2025"},
               {"STT", "Chỉ tiêu", "ĐVT", "Tổng cộng", "", "", "Ba Bể", "Chợ Đồn", "Na Rì"},
               {"", "", "", "Tổng", "Trong đó", "", "", "", ""},
               {"", "", "", "", "Nam", "Nữ", "", "", ""},
               // Nam + Nữ (4 + 20) is not the total here: the rest were not recorded.
               {"1", "Cán bộ nữ DTTS được tập huấn", "người", "=G6+H6+I6|31", "4", "20", "10", "12", "9"}};
  p8::Grid g = gridOf("Tập huấn", rows);
  for (const char* m : {"A3:A5", "B3:B5", "C3:C5", "D3:F3", "D4:D5", "E4:F4", "G3:G5", "H3:H5", "I3:I5"}) mergeCells(g, m);
  const auto r = p8::checkWorkbook({g}, bacKan());
  INFO(describe(r));
  REQUIRE(r.tables.size() == 1);
  // (A model for a few districts: the allocation rules are not what this test is about.)
  CHECK(count(r, "sum-mismatch") == 0);
  CHECK(count(r, "total-hardcoded") == 0);
  CHECK(count(r, "district-unknown") == 0);
}

TEST_CASE("a unit's total typed among formula totals is total-hardcoded, right or wrong", "[check][subcolumns][hardcoded]") {
  for (bool first : {true, false}) {
    Layout L;
    L.provinceFirst = first;
    L.unit = 3;   // Chợ Đồn, indicator 5
    INFO((first ? "province first" : "province last"));
    const std::string cell = at(L, (first ? 6 : 3) + 3 * L.unit);
    {
      const auto r = p8::checkWorkbook({provinceBreakdown(L)}, bacKan());   // typed, and right
      INFO(describe(r));
      REQUIRE_FINDING(r, "total-hardcoded", cell);
      const p8::Finding* f = find(r, "total-hardcoded", cell);
      CHECK(f->severity == p8::Severity::Warning);
      CHECK(f->expected == "=SUM(" + p8::columnName((first ? 7 : 4) + 3 * L.unit) + "6:" + p8::columnName((first ? 8 : 5) + 3 * L.unit) + "6)");
      CHECK(count(r, "total-hardcoded") == 1);
      CHECK(alarms(r) == 1);
    }
    L.unitDelta = 2;   // typed, and 2 more than its breakdown
    const auto r = p8::checkWorkbook({provinceBreakdown(L)}, bacKan());
    INFO(describe(r));
    CHECK_FINDING(r, "sum-mismatch", cell);
    CHECK_FINDING(r, "total-hardcoded", cell);
    CHECK(count(r, "total-hardcoded") == 1);
  }
}

TEST_CASE("every total typed by hand and right: silent, as before", "[check][subcolumns][hardcoded]") {
  for (bool first : {true, false}) {
    Layout L;
    L.provinceFirst = first;
    L.allTyped = true;
    const auto r = p8::checkWorkbook({provinceBreakdown(L)}, bacKan());
    INFO(describe(r));
    CHECK(alarms(r) == 0);
  }
}

TEST_CASE("a unit's total typed in a one-row table: the other units' totals are its siblings", "[check][subcolumns][hardcoded]") {
  Rows rows = {{"UBND TỈNH BẮC KẠN"}, {"KẾT QUẢ THÀNH LẬP TỔ TRUYỀN THÔNG 2023-2024"},
               {"STT", "Chỉ tiêu", "ĐVT", "Ba Bể", "", "", "Chợ Đồn", "", "", "Na Rì", "", "", "Tổng cộng"},
               {"", "", "", "2023", "2024", "Tổng", "2023", "2024", "Tổng", "2023", "2024", "Tổng", ""},
               {"1", "Tổ truyền thông cộng đồng", "tổ", "4", "6", "=D5+E5|10", "5", "7", "12", "4", "5", "=J5+K5|9",
                "=F5+I5+L5|31"}};
  p8::Grid g = gridOf("Kết quả", rows);
  for (const char* m : {"A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:I3", "J3:L3", "M3:M4"}) mergeCells(g, m);
  const auto r = p8::checkWorkbook({g}, bacKan());
  INFO(describe(r));
  CHECK_FINDING(r, "total-hardcoded", "I5");
  CHECK(count(r, "total-hardcoded") == 1);
  CHECK(count(r, "sum-mismatch") == 0);
}

TEST_CASE("a province share typed among formulas over the units' shares is total-hardcoded", "[check][subcolumns][hardcoded]") {
  Layout L;
  L.freshTyped = true;   // the province's "Thành lập mới | Củng cố" of indicator 5 typed, and right
  const auto r = p8::checkWorkbook({provinceBreakdown(L)}, bacKan());
  INFO(describe(r));
  CHECK_FINDING(r, "total-hardcoded", at(L, provinceColumn(L) + 1));
  CHECK_FINDING(r, "total-hardcoded", at(L, provinceColumn(L) + 2));
  CHECK(count(r, "total-hardcoded") == 2);
  CHECK(alarms(r) == 2);
  // One column per unit: the province's shares can only be typed, and are no totals.
  L.unitBreakdown = false;
  CHECK_NO_ALARM(p8::checkWorkbook({provinceBreakdown(L)}, bacKan()));
}

TEST_CASE("the province's \"Tổng cộng\" over \"2023 | 2024 | Tổng\" (years as numbers): both ways", "[check][subcolumns][breakdown]") {
  for (bool wrong : {false, true}) {
    Rows rows = {{"UBND TỈNH BẮC KẠN"}, {"KẾT QUẢ THÀNH LẬP TỔ TRUYỀN THÔNG 2023-2024"},
                 {"STT", "Chỉ tiêu", "ĐVT", "Ba Bể", "", "", "Chợ Đồn", "", "", "Tổng cộng", "", ""},
                 {"", "", "", "2023", "2024", "Tổng", "2023", "2024", "Tổng", "2023", "2024", "Tổng"},
                 {"1", "Tổ truyền thông cộng đồng", "tổ", "4", "6", "=D5+E5|10", "5", "7", "=G5+H5|12", "=D5+G5|9",
                  "=E5+H5|13", wrong ? "23" : "=J5+K5|22"},
                 {"2", "CLB thủ lĩnh của sự thay đổi", "CLB", "1", "2", "=D6+E6|3", "2", "1", "=G6+H6|3", "=D6+G6|3",
                  "=E6+H6|3", "=J6+K6|6"}};
    p8::Grid g = gridOf("Kết quả", rows);
    for (const char* m : {"A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:I3", "J3:L3"}) mergeCells(g, m);
    const auto r = p8::checkWorkbook({g}, bacKan());
    INFO((wrong ? "L5 typed 23 over 9 + 13 (and 22 for the units)" : "right"));
    INFO(describe(r));
    REQUIRE(r.tables.size() == 1);
    CHECK(count(r, "district-unknown") == 0);
    // The province's years are its breakdown, no totals of their own.
    const auto& cols = r.tables[0].columns;
    CHECK(std::count_if(cols.begin(), cols.end(), [](const p8::TableColumn& c) { return c.role == p8::ColumnRole::Total; }) == 1);
    CHECK(std::count_if(cols.begin(), cols.end(), [](const p8::TableColumn& c) { return c.partOf == "*"; }) == 2);
    if (wrong) {
      CHECK_FINDING(r, "sum-mismatch", "L5");
      CHECK(count(r, "sum-mismatch") == 1);
      CHECK_FINDING(r, "total-hardcoded", "L5");
    } else {
      CHECK(count(r, "sum-mismatch") == 0);
      CHECK(count(r, "total-hardcoded") == 0);
    }
  }
}

TEST_CASE("a province share typed wrong under a Tổng that adds it up: one finding, at the share", "[check][subcolumns][breakdown]") {
  // "Tổng cộng" over "2023 | 2024 | Tổng": the province's 2023 typed 10 over the units' 4 + 5;
  // its Tổng =J5+K5 is right for its breakdown, and off the units only through J5.
  Rows rows = {{"UBND TỈNH BẮC KẠN"}, {"KẾT QUẢ THÀNH LẬP TỔ TRUYỀN THÔNG 2023-2024"},
               {"STT", "Chỉ tiêu", "ĐVT", "Ba Bể", "", "", "Chợ Đồn", "", "", "Tổng cộng", "", ""},
               {"", "", "", "2023", "2024", "Tổng", "2023", "2024", "Tổng", "2023", "2024", "Tổng"},
               {"1", "Tổ truyền thông cộng đồng", "tổ", "4", "6", "=D5+E5|10", "5", "7", "=G5+H5|12", "10", "=E5+H5|13",
                "=J5+K5|23"}};
  p8::Grid g = gridOf("Kết quả", rows);
  for (const char* m : {"A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:I3", "J3:L3"}) mergeCells(g, m);
  const auto r = p8::checkWorkbook({g}, bacKan());
  INFO(describe(r));
  CHECK_FINDING(r, "sum-mismatch", "J5");
  CHECK(count(r, "sum-mismatch") == 1);
}
