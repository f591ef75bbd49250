// Found by the workbook fuzzer (tests/fuzz/fuzz_workbook.cpp): modelText wrote a STYLE
// record's align, valign and format fields raw, so a TAB or newline in one of them broke the
// one-record-a-line text form (used by tests and for debugging).
#include "core/report/report_model.hpp"

#include <catch2/catch.hpp>

#include <sstream>

TEST_CASE("a style field holding a TAB or newline keeps the model text one record a line", "[report][fuzz]") {
  p8::ReportModel m;
  p8::LayoutStyle st;
  st.align = "center\nx";
  st.valign = "to\tp";
  st.format = "int\\eger";
  m.styles["th"] = st;
  const std::string text = p8::modelText(m);
  std::istringstream in(text);
  std::string line, styleLine;
  while (std::getline(in, line))
    if (line.rfind("STYLE\t", 0) == 0) styleLine = line;
  REQUIRE_FALSE(styleLine.empty());
  CHECK(styleLine.find("center\\nx") != std::string::npos);
  CHECK(styleLine.find("to\\tp") != std::string::npos);
  CHECK(styleLine.find("int\\\\eger") != std::string::npos);
  CHECK(text.find("center\nx") == std::string::npos);   // no raw newline inside the record
}
