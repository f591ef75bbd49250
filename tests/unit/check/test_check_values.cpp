// Number cells: each impossible value is reported once, at its cell, with a machine-readable
// expected/actual — and the harmless look-alikes (placeholders, money with decimals,
// percentages written as 15 in a "%" row) are not.
#include "test_check_util.hpp"

using namespace checktest;

TEST_CASE("a correct allocation gives no error and no warning", "[check][values]") {
  auto r = check(correctAllocation());
  REQUIRE(r.tables.size() == 1);
  CHECK(r.tables[0].kind == p8::TableKind::Allocation);
  CHECK(r.tables[0].range == "A4:L16");
  CHECK_NO_ALARM(r);
}

TEST_CASE("error values are cell-error wherever they sit in a table", "[check][values]") {
  for (const char* err : {"#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#N/A", "Err:502"}) {
    auto rows = correctAllocation();
    rows[7][4] = err;    // E8, a district value
    rows[9][1] = err;    // B10, a label
    auto r = check(rows);
    INFO(err);
    CHECK_FINDING(r, "cell-error", "E8");
    CHECK_FINDING(r, "cell-error", "B10");
    const p8::Finding* f = find(r, "cell-error", "E8");
    REQUIRE(f);
    CHECK(f->actual == err);
    CHECK(f->message_vi.find(err) != std::string::npos);
    CHECK(count(r, "cell-error") == 2);   // reported once, not again by the value rules
  }
  CHECK_NO_FINDING(check(correctAllocation()), "cell-error");
}

TEST_CASE("a circular reference and disabled external content are told apart from a wrong formula", "[check][values]") {
  const std::pair<const char*, const char*> cases[] = {{"Err:522", "vòng"}, {"Err:540", "bên ngoài"}};
  for (const auto& [err, words] : cases) {
    auto rows = correctAllocation();
    rows[7][4] = err;
    const p8::Finding* f = find(check(rows), "cell-error", "E8");
    INFO(err);
    REQUIRE(f);
    CHECK(f->message_vi.find(words) != std::string::npos);
    CHECK(f->message_vi.find("Sửa công thức của ô này") == std::string::npos);
  }
}

TEST_CASE("text that is no number is value-not-number; placeholders are empty cells", "[check][values]") {
  auto rows = correctAllocation();
  rows[9][6] = "năm";
  rows[10][6] = "'1.5";  // ambiguous in vi-VN: refused, with the reason
  auto r = check(rows);
  CHECK_FINDING(r, "value-not-number", "G10");
  CHECK_FINDING(r, "value-not-number", "G11");
  CHECK(find(r, "value-not-number", "G10")->actual == "năm");
  for (const char* mark : {"-", "–", "x", "X", "/"}) {
    auto ok = correctAllocation();
    ok[9][6] = mark;
    INFO(mark);
    CHECK_NO_FINDING(check(ok), "value-not-number");
    CHECK_NO_FINDING(check(ok), "value-text-number");
  }
}

TEST_CASE("a number stored as text is value-text-number and still counted", "[check][values]") {
  auto rows = correctAllocation();
  rows[8][5] = "'3";         // F9, indicator 4 (21 tổ: 2,2,2,2,2,2,2,7)
  rows[6][3] = "'15";        // D7 as text, same value as before: Calc's SUM now skips it
  rows[6][11] = "=SUM(D7:K7)|105";
  auto r = check(rows);
  REQUIRE_FINDING(r, "value-text-number", "F9");
  CHECK(find(r, "value-text-number", "F9")->expected == "3");
  CHECK(find(r, "value-text-number", "F9")->actual == "3");
  CHECK_FINDING(r, "value-text-number", "D7");
  // The sheet's SUM skipped D7; our sum did not: the total is wrong and the message says why.
  const p8::Finding* sum = find(r, "sum-mismatch", "L7");
  REQUIRE(sum);
  CHECK(sum->message_vi.find("D7") != std::string::npos);
  CHECK_NO_FINDING(check(correctAllocation()), "value-text-number");
}

TEST_CASE("negative numbers are value-negative, zero is fine", "[check][values]") {
  auto rows = correctAllocation();
  rows[10][7] = "-5";
  auto r = check(rows);
  REQUIRE_FINDING(r, "value-negative", "H11");
  CHECK(find(r, "value-negative", "H11")->actual == "-5");
  auto zero = correctAllocation();
  zero[10][7] = "0";
  CHECK_NO_FINDING(check(zero), "value-negative");
}

TEST_CASE("fractions are value-not-integer only for counts", "[check][values]") {
  auto rows = correctAllocation();
  rows[11][8] = "9.5";       // I12: cuộc
  auto r = check(rows);
  REQUIRE_FINDING(r, "value-not-integer", "I12");
  CHECK(find(r, "value-not-integer", "I12")->expected == "10");
  CHECK(find(r, "value-not-integer", "I12")->actual == "9.5");
  // The same figure in a row whose ĐVT is money is an amount, not a count.
  auto money = correctAllocation();
  money[11][2] = "triệu đồng";
  money[11][8] = "9.5";
  CHECK_NO_FINDING(check(money), "value-not-integer");
  // A row of the sheet's own (no plan indicator) counting classes.
  Rows own = {{"TT", "Nội dung", "ĐVT", "Ba Bể", "Chợ Đồn", "Tổng cộng"},
              {"1", "Mở lớp tập huấn", "lớp", "2.5", "3", "=SUM(D2:E2)|5.5"},
              {"2", "Kinh phí hỗ trợ", "triệu đồng", "2.5", "3", "=SUM(D3:E3)|5.5"}};
  auto o = check(own);
  CHECK_FINDING(o, "value-not-integer", "D2");
  CHECK_FALSE(has(o, "value-not-integer", "D3"));
}

TEST_CASE("percentages outside 0–100% are percent-out-of-range", "[check][values]") {
  // Indicator 2a is "15% of members": a rate per district, written 0.15 (a % cell) or 15.
  Rows rows = {{"TT", "Chỉ tiêu", "ĐVT", "TP Bắc Kạn", "Ba Bể", "Bạch Thông", "Chợ Đồn", "Chợ Mới", "Na Rì", "Ngân Sơn", "Pác Nặm"},
               {"2a", "Thành viên TKVVTB tiếp cận định chế tài chính chính thức", "%", "0.15", "15", "0.2", "0.15", "'15%", "0.15", "0.15", "0.15"}};
  auto ok = check(rows);
  CHECK_NO_FINDING(ok, "percent-out-of-range");
  CHECK_NO_FINDING(ok, "allocation-under");   // rates are not shared out
  rows[1][4] = "150";
  rows[1][5] = "'120%";
  auto r = check(rows);
  CHECK_FINDING(r, "percent-out-of-range", "E2");
  CHECK_FINDING(r, "percent-out-of-range", "F2");
  CHECK(find(r, "percent-out-of-range", "E2")->actual == "1.5");
}

TEST_CASE("an empty district cell among filled ones is noted (INFO), never alarmed", "[check][values]") {
  auto rows = correctAllocation();
  rows[12][4] = "";          // E13 empty, others filled; the total no longer adds up though
  rows[12][11] = "=SUM(D13:K13)|" + std::to_string(181 - 22);
  auto r = check(rows);
  REQUIRE_FINDING(r, "value-empty", "E13");
  CHECK(find(r, "value-empty", "E13")->severity == p8::Severity::Info);
  CHECK_NO_FINDING(check(correctAllocation()), "value-empty");
  // A row allocated to two districts only is a choice, not a gap.
  Rows few = {{"TT", "Nội dung", "TP Bắc Kạn", "Ba Bể", "Bạch Thông", "Chợ Đồn", "Chợ Mới", "Na Rì", "Ngân Sơn", "Pác Nặm"},
              {"1", "Mô hình thí điểm", "1", "1", "", "", "", "", "", ""}};
  CHECK_NO_FINDING(check(few), "value-empty");
}

TEST_CASE("a bad cell is reported once: sums over it are unknown, not wrong", "[check][values]") {
  auto rows = correctAllocation();
  rows[7][4] = "#DIV/0!";                      // E8 in indicator 2c's row
  rows[7][11] = "#DIV/0!";                     // its SUM shows the error too
  rows[9][6] = "chưa có";                      // G10: text, SUM skips it
  rows[9][11] = "=SUM(D10:K10)|35";
  rows[11][8] = "9.5";                         // I12: a typed fraction…
  rows[11][11] = "=SUM(D12:K12)|177.5";        // …makes its formula total fractional
  auto r = check(rows);
  CHECK_FINDING(r, "cell-error", "E8");
  CHECK_FINDING(r, "cell-error", "L8");
  CHECK_FINDING(r, "value-not-number", "G10");
  CHECK_FINDING(r, "value-not-integer", "I12");
  CHECK_FALSE(has(r, "allocation-under", "L8"));
  CHECK_FALSE(has(r, "allocation-under", "L10"));
  CHECK_FALSE(has(r, "sum-mismatch", "L10"));
  CHECK_FALSE(has(r, "value-not-integer", "L12"));
  CHECK(count(r, "cell-error") == 2);
}
