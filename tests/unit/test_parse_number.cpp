#include <catch2/catch.hpp>

#include "core/number.hpp"
#include "core/text.hpp"

using p8::parseNumber;
using Status = p8::ParsedNumber::Status;

TEST_CASE("Vietnamese numbers are read the vi-VN way", "[parse]") {
  struct Case { const char* text; double value; bool percent; };
  const Case cases[] = {
      {"10.000", 10000, false}, {"12,5", 12.5, false},     {"01", 1, false},
      {"1.234.567", 1234567, false}, {"15%", 0.15, true}, {"100%", 1, true},
      {"12,5 %", 0.125, true},  {" 77 ", 77, false},       {"-3", -3, false},
      {"0,5", 0.5, false},      {"1234", 1234, false},     {"1.234,5", 1234.5, false},
      {"0,125", 0.125, false},  {"10 000", 10000, false},  {"\xC2\xA0" "380\xC2\xA0", 380, false},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto n = parseNumber(c.text);
    REQUIRE(n.ok());
    CHECK(n.value == Approx(c.value));
    CHECK(n.percent == c.percent);
  }
}

TEST_CASE("ambiguous numbers are refused with a reason, not guessed", "[parse]") {
  for (const char* s : {"1.5", "1,234", "12,500", "1,234.5", "1.23", "0.500", "1,2,3"}) {
    INFO(s);
    auto n = parseNumber(s);
    CHECK(n.status == Status::Ambiguous);
    CHECK_FALSE(n.reason_vi.empty());
    CHECK_FALSE(n.reason_en.empty());
  }
}

TEST_CASE("text that is no number", "[parse]") {
  CHECK(parseNumber("").status == Status::Empty);
  CHECK(parseNumber("   ").status == Status::Empty);
  for (const char* s : {"abc", "12abc", "77 tổ", "%", "-", "1%2", "\xFF\xFE"}) {
    INFO(s);
    CHECK(parseNumber(s).status == Status::NotNumber);
  }
}

TEST_CASE("the first number inside a text", "[parse]") {
  auto n = p8::findNumber("Thành lập 15 CLB thủ lĩnh");
  REQUIRE(n.ok());
  CHECK(n.value == 15);
  n = p8::findNumber("10.000 tờ gấp");
  REQUIRE(n.ok());
  CHECK(n.value == 10000);
  CHECK(n.end == 6);
  CHECK_FALSE(p8::findNumber("Hàng năm").ok());
}

TEST_CASE("vi-VN display of numbers", "[parse]") {
  CHECK(p8::formatNumberVi(1234) == "1.234");
  CHECK(p8::formatNumberVi(1234567.5) == "1.234.567,5");
  CHECK(p8::formatNumberVi(-12.25) == "-12,25");
  CHECK(p8::formatPercentVi(0.125) == "12,5%");
}

TEST_CASE("folding keys ignores case, diacritics, punctuation and Unicode form", "[parse]") {
  using p8::text::foldKey;
  CHECK(foldKey("TP. Bắc Kạn") == "tp bac kan");
  CHECK(foldKey("CHỢ ĐỒN") == "cho don");
  CHECK(foldKey("Cho\xC2\xA0  Don") == "cho don");
  CHECK(foldKey("Cho\xCC\x9B\xCC\xA3 \xC4\x90o\xCC\x82\xCC\x80n") == "cho don");   // NFD
  CHECK(foldKey("Phan Rang–Tháp Chàm") == "phan rang thap cham");
  CHECK(foldKey("\xFF\xFE") == "");
  CHECK(p8::text::trim("\xC2\xA0 x \xE3\x80\x80") == "x");
  CHECK(p8::text::isBlank(" \xC2\xA0\t"));
}
