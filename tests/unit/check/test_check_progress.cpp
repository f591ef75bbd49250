// Progress tables: the cumulative figure against the phase target on the plan's schedule
// as of the reporting year; a phase target written in a province table must be the plan's,
// while a district's own report carries its share and is not compared.
#include "test_check_util.hpp"

using namespace checktest;

namespace {

Rows progress(const std::string& title = "BÁO CÁO KẾT QUẢ THỰC HIỆN DỰ ÁN 8 TỈNH BẮC KẠN") {
  return {{title},
          {},
          {"STT", "Chỉ tiêu", "ĐVT", "Kế hoạch giai đoạn", "Thực hiện kỳ báo cáo", "Lũy kế từ đầu giai đoạn", "Ghi chú"},
          {"1", "Tổ truyền thông cộng đồng", "tổ", "380", "50", "100", ""},          // row 4: 100 of 380
          {"2", "Địa chỉ tin cậy cộng đồng", "địa chỉ", "40", "10", "45", ""},       // row 5: exceeded
          {"3", "Đối thoại chính sách", "cuộc", "181", "40", "150", ""}};            // row 6: on track
}

p8::CheckOptions asOf(int year) {
  p8::CheckOptions o;
  o.asOfYear = year;
  return o;
}

}  // namespace

TEST_CASE("behind schedule as of the reporting year is progress-behind", "[check][progress]") {
  auto r = check(progress(), bacKan(), asOf(2023), "Tiến độ");
  REQUIRE(r.tables.size() == 1);
  CHECK(r.tables[0].kind == p8::TableKind::Progress);
  REQUIRE_FINDING(r, "progress-behind", "F4");
  const p8::Finding* f = find(r, "progress-behind", "F4");
  CHECK(f->expected == "228");    // 3 of 5 years of 380
  CHECK(f->actual == "100");
  CHECK_FALSE(has(r, "progress-behind", "F6"));
  CHECK_FALSE(has(r, "progress-behind", "F5"));
  // Without a reporting year nothing can be behind schedule.
  CHECK_NO_FINDING(check(progress(), bacKan(), {}, "Tiến độ"), "progress-behind");
  // Early in the phase 100 of 380 is on time.
  CHECK_NO_FINDING(check(progress(), bacKan(), asOf(2021), "Tiến độ"), "progress-behind");
}

TEST_CASE("more than the target is progress-exceeds (INFO)", "[check][progress]") {
  auto r = check(progress(), bacKan(), asOf(2023), "Tiến độ");
  REQUIRE_FINDING(r, "progress-exceeds", "F5");
  CHECK(find(r, "progress-exceeds", "F5")->severity == p8::Severity::Info);
  CHECK_FALSE(has(r, "progress-exceeds", "F4"));
  CHECK_FALSE(has(r, "progress-exceeds", "F6"));
}

TEST_CASE("a province progress table repeats the plan's phase targets", "[check][progress]") {
  auto rows = progress();
  CHECK_NO_FINDING(check(rows, bacKan(), {}, "Tiến độ"), "target-mismatch");
  rows[3][3] = "300";
  auto r = check(rows, bacKan(), {}, "Tiến độ");
  REQUIRE_FINDING(r, "target-mismatch", "D4");
  CHECK(find(r, "target-mismatch", "D4")->expected == "380");
}

TEST_CASE("a district's own report is judged on its own targets", "[check][progress]") {
  auto rows = progress("BÁO CÁO KẾT QUẢ THỰC HIỆN DỰ ÁN 8 HUYỆN BA BỂ");
  rows[3][3] = "47";
  rows[3][5] = "30";
  rows[4][3] = "5";
  rows[4][5] = "5";
  rows[5][3] = "22";
  rows[5][5] = "14";
  auto r = check(rows, bacKan(), asOf(2023), "Ba Bể");
  CHECK_NO_FINDING(r, "target-mismatch");
  CHECK_NO_ALARM(r);
  auto line = std::find_if(r.totals.begin(), r.totals.end(),
                           [](const p8::Total& t) { return t.indicator == "1" && t.district == "bk-ba-be"; });
  REQUIRE(line != r.totals.end());
  CHECK(*line->actual == 30);
  CHECK(*line->plan == 47);   // the sheet's own target: the plan has no district allocation
  CHECK(*line->gap == 17);
  CHECK_FALSE(line->allocated);
}

TEST_CASE("an annual table (Kế hoạch năm + Thực hiện) is not judged on the phase", "[check][progress]") {
  Rows rows = {{"STT", "Chỉ tiêu", "Kế hoạch năm 2023", "Thực hiện"},
               {"1", "Tổ truyền thông cộng đồng", "80", "10"}};
  auto r = check(rows, bacKan(), asOf(2023), "Năm");
  REQUIRE(r.tables.size() == 1);
  CHECK_NO_FINDING(r, "progress-behind");
  CHECK_NO_FINDING(r, "progress-exceeds");
}

TEST_CASE("districts as columns under \"Thực hiện\" are a progress table, not an allocation", "[check][progress]") {
  Rows rows = {{"KẾT QUẢ THỰC HIỆN DỰ ÁN 8 NĂM 2024 - TỈNH BẮC KẠN"},
               {},
               {"STT", "Chỉ tiêu", "ĐVT", "Kết quả thực hiện năm 2024"},
               {"", "", "", "TP. Bắc Kạn", "Ba Bể", "Bạch Thông", "Chợ Đồn", "Chợ Mới", "Na Rì", "Ngân Sơn", "Pác Nặm"},
               {"1", "Tổ truyền thông cộng đồng", "tổ", "10", "12", "9", "11", "10", "8", "9", "12"},
               {"2", "Đối thoại chính sách", "cuộc", "5", "6", "4", "5", "5", "4", "4", "6"}};
  auto r = check(rows, bacKan(), {}, "Kết quả");
  INFO(describe(r));
  REQUIRE(r.tables.size() == 1);
  CHECK(r.tables[0].kind == p8::TableKind::Progress);
  // Far below the targets, but these are results, not allocations: no allocation finding.
  CHECK_NO_FINDING(r, "allocation-under");
  CHECK(r.count(p8::Severity::Error) == 0);
  auto line = std::find_if(r.totals.begin(), r.totals.end(),
                           [](const p8::Total& t) { return t.indicator == "1" && t.district == "bk-cho-don"; });
  REQUIRE(line != r.totals.end());
  CHECK(line->actual == 11.0);
  CHECK_FALSE(line->allocated);
}
