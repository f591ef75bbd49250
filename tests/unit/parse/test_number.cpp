// vi-VN numbers: read the Vietnamese way, ambiguity refused with a reason.
#include <catch2/catch.hpp>

#include "core/parse/number.hpp"

#include <chrono>
#include <string>

using p8::parseNumber;
using Status = p8::ParsedNumber::Status;

TEST_CASE("numbers are read the vi-VN way", "[parse][number]") {
  struct Case { const char* text; double value; bool percent; };
  const Case cases[] = {
      {"10.000", 10000, false},      {"12,5", 12.5, false},       {"01", 1, false},
      {"1.234.567", 1234567, false}, {"15%", 0.15, true},         {"100%", 1, true},
      {"12,5 %", 0.125, true},       {" 77 ", 77, false},         {"-3", -3, false},
      {"0,5", 0.5, false},           {"1234", 1234, false},       {"1.234,5", 1234.5, false},
      {"0,125", 0.125, false},       {"10 000", 10000, false},    {"\xC2\xA0" "380\xC2\xA0", 380, false},
      {"10\xC2\xA0" "000", 10000, false}, {"1\xE2\x80\xAF" "234\xE2\x80\xAF" "567", 1234567, false},
      {"+5", 5, false},              {"\xE2\x88\x92" "2,5", -2.5, false}, {"0", 0, false},
      {"12,5\xC2\xA0%", 0.125, true}, {"-1.000,25", -1000.25, false}, {"1.234,567", 1234.567, false},
      {"10 000,5", 10000.5, false},  {"007", 7, false},           {"0,1", 0.1, false},
      {"\t80%\n", 0.8, true},        {"12,50", 12.5, false},      {"999.999.999.999", 999999999999, false},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    const auto n = parseNumber(c.text);
    REQUIRE(n.ok());
    CHECK(n.value == c.value);   // exact: the decimal text is converted correctly rounded
    CHECK(n.percent == c.percent);
    CHECK(n.reason_vi.empty());
  }
}

TEST_CASE("ambiguous numbers are refused with a reason, not guessed", "[parse][number]") {
  for (const char* s : {"1.5", "1,234", "12,500", "1,234.5", "1.23", "0.500", "1,2,3", "1.234,5.6",
                        "1,234,567", "1.2345", "12.34.56", "1.234 567", "4.0", "-1.5",
                        "1.5%", "10 00,5"}) {
    INFO(s);
    const auto n = parseNumber(s);
    CHECK(n.status == Status::Ambiguous);
    CHECK_FALSE(n.reason_vi.empty());
    CHECK_FALSE(n.reason_en.empty());
    CHECK_FALSE(n.ok());
  }
  // Dots in thousands groups show the vi style, so the comma after them is a decimal.
  CHECK(parseNumber("1.000,000").value == 1000);
  CHECK(parseNumber("1.000,5").value == 1000.5);
  CHECK(parseNumber("1,234").reason_vi.find("3 chữ số") != std::string::npos);
  CHECK(parseNumber("1.5").reason_en.find("exactly 3 digits") != std::string::npos);
}

TEST_CASE("text that is no number", "[parse][number]") {
  CHECK(parseNumber("").status == Status::Empty);
  CHECK(parseNumber("   ").status == Status::Empty);
  CHECK(parseNumber("\xC2\xA0").status == Status::Empty);
  CHECK_FALSE(parseNumber("").reason_en.empty());
  for (const char* s : {"abc", "12abc", "77 tổ", "%", "-", "1%2", "\xFF\xFE", "1..5", "1,,5", "12 34",
                        "1e5", "- 3", "15%%", "(3)", "1.", ",5", "0x10", "٣"}) {
    INFO(s);
    const auto n = parseNumber(s);
    CHECK(n.status == Status::NotNumber);
    CHECK_FALSE(n.reason_vi.empty());
  }
  const auto big = parseNumber(std::string(400, '9'));
  CHECK(big.status == Status::NotNumber);
  CHECK(big.reason_en.find("too large") != std::string::npos);
  CHECK(parseNumber(std::string(200, '1')).status == Status::Ok);
}

TEST_CASE("the first number inside a text", "[parse][number]") {
  auto n = p8::findNumber("Thành lập 15 CLB thủ lĩnh");
  REQUIRE(n.ok());
  CHECK(n.value == 15);
  n = p8::findNumber("10.000 tờ gấp");
  REQUIRE(n.ok());
  CHECK(n.value == 10000);
  CHECK(n.begin == 0);
  CHECK(n.end == 6);
  n = p8::findNumber("15% thành viên");
  REQUIRE(n.ok());
  CHECK(n.percent);
  CHECK(n.value == 0.15);
  CHECK(n.end == 3);
  n = p8::findNumber("đạt 12,5 % số hộ");
  CHECK(n.value == 0.125);
  n = p8::findNumber("Năm 2022, 2023");
  CHECK(n.value == 2022);
  n = p8::findNumber("Năm 2022, 2023", n.end);
  CHECK(n.value == 2023);
  n = p8::findNumber("dân số 10 000 người");
  CHECK(n.value == 10000);
  n = p8::findNumber("Năm 2022 100 tổ");   // a 4-digit run is no thousands group
  CHECK(n.value == 2022);
  n = p8::findNumber("- 3 tổ");             // a bullet, not a minus
  CHECK(n.value == 3);
  n = p8::findNumber("giảm -3 hộ");
  CHECK(n.value == -3);
  n = p8::findNumber("Năm 2022-2023");
  CHECK(n.value == 2022);
  CHECK(p8::findNumber("Năm 2022-2023", n.end).value == 2023);   // the dash of a range is no minus
  n = p8::findNumber("công nghệ 4.0 và 21 tổ");
  CHECK(n.status == Status::Ambiguous);
  CHECK(p8::findNumber("công nghệ 4.0 và 21 tổ", n.end).value == 21);
  n = p8::findNumber("Hàng năm");
  CHECK(n.status == Status::NotNumber);
  CHECK(n.begin == std::string("Hàng năm").size());
  CHECK(p8::findNumber("abc 5", 100).status == Status::NotNumber);
}

TEST_CASE("vi-VN display of numbers", "[parse][number]") {
  CHECK(p8::formatNumberVi(1234) == "1.234");
  CHECK(p8::formatNumberVi(1234567.5) == "1.234.567,5");
  CHECK(p8::formatNumberVi(-12.25) == "-12,25");
  CHECK(p8::formatNumberVi(0) == "0");
  CHECK(p8::formatNumberVi(-0.001) == "0");
  CHECK(p8::formatNumberVi(1e300).size() > 300);
  CHECK(p8::formatPercentVi(0.125) == "12,5%");
  CHECK(p8::formatPercentVi(1) == "100%");
  for (double v : {0.5, 12.5, 10000.0, 1234567.25}) CHECK(parseNumber(p8::formatNumberVi(v)).value == v);
}

TEST_CASE("parsing 40k cells takes milliseconds", "[parse][number][speed]") {
  const char* cells[] = {"10.000", "12,5", "77", "15%", "1.234.567", "abc", "1.5", ""};
  double sum = 0;
  const auto t0 = std::chrono::steady_clock::now();
  for (int k = 0; k < 40000; ++k) {
    const auto n = parseNumber(cells[k % 8]);
    if (n.ok()) sum += n.value;
  }
  const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  CHECK(sum > 0);
  CHECK(ms < 300);
}
