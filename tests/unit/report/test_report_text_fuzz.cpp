// Found by the workbook fuzzer (tests/fuzz/fuzz_workbook.cpp): a model text whose STYLE record
// carries an escaped newline in its valign field was read back with a real newline there,
// which modelText wrote out raw, so the text form no longer read back to itself.
#include "core/report/report_model.hpp"

#include <catch2/catch.hpp>

TEST_CASE("a style field holding a TAB or newline keeps the model text one record a line", "[report][fuzz]") {
  const std::string text = "P8REPORT\t1\nSTYLE\tth\t1\t0\t0\t12\tcenter\\nx\tto\\tp\t1\t1\tint\\\\eger\t1\nEND\n";
  const p8::ReportModel m = p8::parseModelText(text);
  REQUIRE(m.styles.count("th") == 1);
  CHECK(m.styles.at("th").align == "center\nx");
  CHECK(m.styles.at("th").valign == "to\tp");
  const std::string once = p8::modelText(m);
  CHECK(p8::modelText(p8::parseModelText(once)) == once);
  const p8::ReportModel back = p8::parseModelText(once);
  CHECK(back.styles.at("th").align == "center\nx");
  CHECK(back.styles.at("th").valign == "to\tp");
  CHECK(back.styles.at("th").format == "int\\eger");
}
