// A Project 8 table only on evidence, and the evidence judged by mechanism: a column headed by
// a district stays a district column whatever stray text sits in it (a typing slip, "x",
// "-", a note is reported, never undone); a list of names — communes with their former
// district — holds no figures in its figure columns and is no table at all; a small
// allocation over two districts is a table as much as one over eight.
#include "test_check_util.hpp"

using namespace checktest;

namespace {

// A correct allocation of 3 indicators over all 8 districts (D–K), total in L.
Rows smallAllocation() {
  Rows rows = correctAllocation();
  rows.resize(5 + 3);
  return rows;
}

}  // namespace

TEST_CASE("a stray text in a district column is that cell's finding, never a district missing", "[table][evidence]") {
  for (const char* stray : {"mười", "chưa giao", "x", "-"}) {
    for (bool small : {false, true}) {
      Rows rows = small ? smallAllocation() : correctAllocation();
      rows[5][4] = stray;                     // E6, Huyện Ba Bể
      if (!small) rows[8][4] = stray;         // E9 as well: two slips in one column
      const auto r = check(rows);
      INFO(std::string(stray) + (small ? " (3 rows)" : " (11 rows, twice)"));
      INFO(describe(r));
      CHECK(count(r, "district-missing") == 0);
      CHECK(count(r, "district-unknown") == 0);
      const bool placeholder = std::string(stray) == "x" || std::string(stray) == "-";
      if (placeholder) {
        CHECK(count(r, "value-not-number") == 0);   // "none", as staff write it (the total then differs: found)
      } else {
        CHECK(has(r, "value-not-number", "E6"));
        // The slip makes the row's sums unknown: no second finding for it.
        CHECK(count(r, "sum-mismatch") == 0);
        CHECK(count(r, "allocation-under") == 0);
      }
    }
  }
}

TEST_CASE("a column of names under a district header is no figure column", "[table][evidence]") {
  // Names typed under one district (a list of communes) among seven columns of figures:
  // the column says names, not figures — but its header still names the district, so
  // the district is not "missing": the names are reported where they are.
  Rows rows = smallAllocation();
  rows[5][4] = "Xã Cao Kỳ";
  rows[6][4] = "Xã Hòa Mục";
  rows[7][4] = "Xã Thanh Vận";
  const auto r = check(rows);
  INFO(describe(r));
  CHECK(count(r, "district-missing") == 0);
}

TEST_CASE("a list of communes with their former district is no Project 8 table", "[table][evidence]") {
  // tests/data/thai-nguyen-xa-tu-bac-kan.csv as Calc reads it: former district, commune, code.
  Rows rows = {{"former_district", "unit", "code"},
               {"Thành phố Bắc Kạn", "Phường Đức Xuân", "1840"},
               {"Thành phố Bắc Kạn", "Phường Bắc Kạn", "1843"},
               {"Thành phố Bắc Kạn", "Xã Phong Quang", "1849"},
               {"Huyện Pác Nặm", "Xã Bằng Thành", "1864"},
               {"Huyện Pác Nặm", "Xã Nghiên Loan", "1882"},
               {"Huyện Ba Bể", "Xã Ba Bể", "1906"},
               {"Huyện Ba Bể", "Xã Chợ Rã", "1909"},
               {"Huyện Ngân Sơn", "Xã Nà Phặc", "1933"},
               {"Huyện Bạch Thông", "Xã Phủ Thông", "1960"},
               {"Huyện Chợ Đồn", "Xã Bằng Lũng", "1993"},
               {"Huyện Chợ Mới", "Xã Chợ Mới", "2013"},
               {"Huyện Na Rì", "Xã Na Rì", "2041"}};
  // Against Bắc Kạn (its former districts) and against the Thái Nguyên plan, whose units are
  // these very communes: either way names and codes, no figures — nothing to report.
  static const p8::Plan thaiNguyen = p8::loadPlanFile(P8_SOURCE_DIR "/plans/thai-nguyen-2026.json");
  for (const p8::Plan* plan : {&bacKan(), &thaiNguyen})
    for (bool textCodes : {false, true}) {
      Rows r0 = rows;
      if (textCodes)
        for (std::size_t i = 1; i < r0.size(); ++i) r0[i][2] = "'0" + r0[i][2];
      const auto r = check(r0, *plan, {}, "thai-nguyen-xa-tu-bac-kan");
      INFO(plan->id << (textCodes ? " (codes as text)" : ""));
      INFO(describe(r));
      CHECK(alarms(r) == 0);
      CHECK(r.tables.empty());
    }
}

TEST_CASE("an allocation over two districts is a table: found faults, silent when right", "[table][evidence]") {
  auto rowsWith = [](const std::string& total) {
    return Rows{{"UBND TỈNH BẮC KẠN"},
                {"PHÂN BỔ CHỈ TIÊU TỔ SINH KẾ VÀ ĐỊA CHỈ TIN CẬY"},
                {},
                {"STT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu giao", "Huyện Ba Bể", "Huyện Pác Nặm", "Tổng cộng", "Ghi chú"},
                {"1", "Tổ sinh kế ứng dụng công nghệ 4.0", "tổ", "21", "10", "11", total, ""},
                {"2", "Địa chỉ tin cậy cộng đồng", "địa chỉ", "40", "20", "20", "=SUM(E6:F6)|40", ""}};
  };
  const auto right = check(rowsWith("=SUM(E5:F5)|21"));
  INFO(describe(right));
  REQUIRE(right.tables.size() == 1);
  CHECK(right.tables[0].kind == p8::TableKind::Allocation);
  CHECK(count(right, "sum-mismatch") == 0);
  const auto wrong = check(rowsWith("=SUM(E5:F5)+1|22"));
  INFO(describe(wrong));
  CHECK(has(wrong, "sum-mismatch", "G5"));
}

TEST_CASE("two districts with the target, last year's and this year's plan beside them", "[table][evidence]") {
  // More columns around the units than units: the rows naming plan indicators are the evidence.
  auto rowsWith = [](const std::string& total) {
    return Rows{{"UBND TỈNH BẮC KẠN"},
                {"PHÂN BỔ CHỈ TIÊU NĂM 2024 CHO HAI HUYỆN THÍ ĐIỂM"},
                {},
                {"STT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu giai đoạn", "Đã thực hiện 2022-2023", "Kế hoạch năm 2024",
                 "Ghi chú nguồn vốn", "Huyện Ba Bể", "Huyện Pác Nặm", "Tổng cộng"},
                {"1", "Tổ sinh kế ứng dụng công nghệ 4.0", "tổ", "21", "9", "5", "NSTW", "2", "3", total},
                {"2", "Địa chỉ tin cậy cộng đồng", "địa chỉ", "40", "30", "5", "NSTW", "3", "2", "=SUM(H6:I6)|5"}};
  };
  const auto right = check(rowsWith("=SUM(H5:I5)|5"));
  INFO(describe(right));
  REQUIRE(right.tables.size() == 1);
  CHECK(alarms(right) == 0);
  const auto wrong = check(rowsWith("=SUM(H5:I5)+1|6"));
  INFO(describe(wrong));
  CHECK(has(wrong, "sum-mismatch", "J5"));
}
