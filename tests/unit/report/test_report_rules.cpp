// The shipped layouts on the rules of Nghị định 30/2020/NĐ-CP, Phụ lục I (margins, sizes,
// capitals, the lines under the motto and the issuing body, page numbers), kept as editable
// values: a layout file changes them, and a wrong value names its field.
#include "test_report_util.hpp"

using namespace reporttest;

namespace {

std::string errorOf(const std::string& json) {
  try {
    p8::parseLayout(json, "mau.json");
  } catch (const p8::LayoutError& e) {
    return e.message_vi + " | " + e.message_en;
  }
  return "";
}

std::string withPage(const std::string& page, const std::string& styles = "{}") {
  return R"({"schema_version": 1, "page": )" + page + R"(, "styles": )" + styles +
         R"(, "columns": [{"source": "number"}, {"source": "name"}]})";
}

}  // namespace

TEST_CASE("the shipped layouts follow Decree 30/2020 Annex I", "[report][rules]") {
  for (const char* name : {"progress", "allocation"}) {
    INFO(name);
    const p8::ReportLayout& l = layout(name);
    CHECK(l.fontName == "Times New Roman");
    CHECK((l.page.top >= 20 && l.page.top <= 25));
    CHECK((l.page.bottom >= 20 && l.page.bottom <= 25));
    CHECK((l.page.left >= 30 && l.page.left <= 35));
    CHECK((l.page.right >= 15 && l.page.right <= 20));
    CHECK(l.page.numbers == "top");
    CHECK_FALSE(l.page.numberFirstPage);
    CHECK((l.page.numberSize >= 13 && l.page.numberSize <= 14));
    const auto& s = l.styles;
    CHECK((s.at("motto").bold && s.at("motto").caps && s.at("motto").size >= 12 && s.at("motto").size <= 13));
    CHECK((s.at("motto-sub").bold && s.at("motto-sub").size >= 13 && s.at("motto-sub").size <= 14));
    CHECK(s.at("motto-sub").ruleBelow == 1);
    CHECK_FALSE(s.at("motto-sub").underline);
    CHECK((s.at("issuer-bold").bold && s.at("issuer-bold").caps && s.at("issuer-bold").size >= 12 &&
           s.at("issuer-bold").size <= 13));
    CHECK((s.at("issuer-bold").ruleBelow >= 1.0 / 3 && s.at("issuer-bold").ruleBelow <= 0.5));
    CHECK((s.at("issuer").caps && !s.at("issuer").bold));
    CHECK((s.at("title").bold && s.at("title").caps));
    CHECK(s.at("subtitle").italic);
    CHECK(l.header[0].right->style == "motto");
    CHECK(l.header[1].right->style == "motto-sub");
    CHECK(l.header[1].left->style == "issuer-bold");
    CHECK(l.values.at("signer_title") == "THỦ TRƯỞNG ĐƠN VỊ");
    CHECK(l.values.at("preparer_title") == "NGƯỜI LẬP BIỂU");
  }
}

TEST_CASE("page numbers, capitals and lines are editable layout values", "[report][rules]") {
  const p8::ReportLayout l = p8::parseLayout(
      withPage(R"({"page_numbers": {"place": "bottom", "first_page": true, "size": 14}})",
               R"({"issuer-bold": {"rule_below": 0.5, "caps": false}, "mine": {"caps": true}})"),
      "mau.json");
  CHECK(l.page.numbers == "bottom");
  CHECK(l.page.numberFirstPage);
  CHECK(l.page.numberSize == 14);
  CHECK(l.page.top == 20);   // the defaults are the Decree's too
  CHECK(l.page.left == 30);
  CHECK(l.styles.at("issuer-bold").ruleBelow == 0.5);
  CHECK_FALSE(l.styles.at("issuer-bold").caps);
  CHECK(l.styles.at("mine").caps);
  CHECK(p8::parseLayout(withPage(R"({"page_numbers": {"place": "none"}})"), "mau.json").page.numbers == "none");
}

TEST_CASE("a wrong page-number or line value names its field", "[report][rules]") {
  CHECK_THAT(errorOf(withPage(R"({"page_numbers": {"place": "giua"}})")),
             Catch::Contains("trường 'page.page_numbers.place' phải là một trong: top, bottom, none"));
  CHECK_THAT(errorOf(withPage(R"({"page_numbers": "top"})")), Catch::Contains("field 'page.page_numbers'"));
  CHECK_THAT(errorOf(withPage("{}", R"({"motto-sub": {"rule_below": 2}})")),
             Catch::Contains("field 'styles.motto-sub.rule_below' must be between 0 and 1"));
}

TEST_CASE("the report model writes capitals and keeps the line's share for the office", "[report][rules]") {
  const p8::ReportModel m = p8::buildTemplate(layout("progress"), p8test::bacKan(), p8::ReportOptions{});
  REQUIRE(m.styles.count("issuer-bold"));
  CHECK(m.styles.at("issuer-bold").ruleBelow == Approx(0.4));
  CHECK(m.styles.at("motto-sub").ruleBelow == 1);
  CHECK(m.page.left == 30);
  CHECK(m.page.numbers == "top");
}
