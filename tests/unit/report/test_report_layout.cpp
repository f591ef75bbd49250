// Report layouts as data: the shipped files load with the fields the README documents, and a
// broken file gives an error naming the file, the line and the field in both languages.
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

const char* kMinimal = R"({
  "schema_version": 1,
  "columns": [
    {"source": "number", "title": "STT"},
    {"source": "name", "title": "Chỉ tiêu"}
  ]
})";

}  // namespace

TEST_CASE("the shipped progress layout has the administrative columns and blocks", "[report]") {
  const p8::ReportLayout& l = layout("progress");
  CHECK(l.id == "progress");
  CHECK(l.kind == "progress");
  CHECK(l.fontName == "Times New Roman");
  CHECK(l.page.paper == "A4");
  CHECK(l.page.fitWidth);
  CHECK(l.page.repeatHeader);
  std::vector<std::string> sources;
  for (const auto& c : l.columns) sources.push_back(p8::columnSourceCode(c.source));
  CHECK(sources == std::vector<std::string>{"number", "name", "unit", "plan_phase", "plan_year", "actual_period",
                                            "cumulative", "rate", "rate", "note"});
  const p8::LayoutColumn* rate = l.column("rate_phase");
  REQUIRE(rate);
  CHECK(rate->of == std::vector<std::string>{"cumulative", "plan_phase"});
  CHECK(l.columns[1].title.vi == "Nội dung / Chỉ tiêu");
  CHECK(l.columns[1].title.en == "Content / indicator");
  REQUIRE(l.header.size() >= 4);
  CHECK(l.header[0].right->text.vi == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  CHECK(l.header[1].right->style == "motto-sub");
  REQUIRE(l.footer.size() == 3);
  CHECK(l.footer[1].left->text.vi == "{preparer_title}");   // a report field, default below
  CHECK(l.footer[1].right->text.vi == "{signer_title}");
  CHECK(l.values.at("preparer_title") == "NGƯỜI LẬP BIỂU");
  CHECK(l.values.at("signer_title") == "THỦ TRƯỞNG ĐƠN VỊ");
  CHECK(l.numbering.part == "roman");
  CHECK(l.values.at("issuer") == "HỘI LIÊN HIỆP PHỤ NỮ TỈNH {PROVINCE}");
}

TEST_CASE("the shipped allocation layout has one districts column and a total", "[report]") {
  const p8::ReportLayout& l = layout("allocation");
  CHECK(l.kind == "allocation");
  CHECK(l.page.orientation == "landscape");
  const p8::LayoutColumn* d = l.column("districts");
  REQUIRE(d);
  CHECK(d->group.vi == "Phân bổ cho các huyện, thành phố");
  REQUIRE(l.column("total"));
  CHECK(l.column("gap")->of == std::vector<std::string>{"plan_phase", "total"});
}

TEST_CASE("a minimal layout takes the defaults and the built-in styles", "[report]") {
  const p8::ReportLayout l = p8::parseLayout(kMinimal, "mau.json");
  CHECK(l.kind == "progress");
  CHECK(l.fontSize == 12);
  CHECK(l.page.orientation == "auto");
  CHECK(l.columns[1].widthMm == 70);
  CHECK(l.styles.at("th").bold);
  CHECK(l.styles.at("td-percent").format == "percent");
  CHECK_FALSE(l.styles.at("input-integer").locked);
  CHECK(l.sheet.vi == "Báo cáo");
}

TEST_CASE("a layout may change a built-in style and add its own", "[report]") {
  const std::string json = R"({"schema_version": 1,
    "styles": {"title": {"size": 16, "underline": true}, "do-dam": {"bold": true, "align": "right"}},
    "header": [{"center": {"text": "X", "style": "do-dam"}}],
    "columns": [{"source": "name"}]})";
  const p8::ReportLayout l = p8::parseLayout(json, "mau.json");
  CHECK(l.styles.at("title").size == 16);
  CHECK(l.styles.at("title").underline);
  CHECK(l.styles.at("title").bold);   // unchanged fields stay
  CHECK(l.styles.at("do-dam").bold);
  CHECK(l.styles.at("do-dam").border);   // a new style starts from a table cell
  CHECK(l.styles.at("do-dam").align == "right");
}

TEST_CASE("layout errors name the file, line and field in Vietnamese and English", "[report]") {
  // A column source that does not exist, on line 4.
  std::string e = errorOf("{\n \"schema_version\": 1,\n \"columns\": [\n  {\"source\": \"tong\"},\n  {\"source\": \"name\"}]}");
  CHECK(e.find("Tệp mẫu báo cáo 'mau.json', dòng 4: trường 'columns[0].source'") != std::string::npos);
  CHECK(e.find("Layout file 'mau.json', line 4: field 'columns[0].source'") != std::string::npos);
  CHECK(e.find("plan_phase") != std::string::npos);   // the allowed values are listed
  // Wrong type.
  e = errorOf(R"({"schema_version": 1, "font": {"size": "12"}, "columns": [{"source": "name"}]})");
  CHECK(e.find("'font.size' phải là số") != std::string::npos);
  // Out of range.
  e = errorOf(R"({"schema_version": 1, "font": {"size": 200}, "columns": [{"source": "name"}]})");
  CHECK(e.find("phải từ 6 đến 30") != std::string::npos);
  // A newer schema.
  e = errorOf(R"({"schema_version": 2, "columns": [{"source": "name"}]})");
  CHECK(e.find("'schema_version' phải là 1") != std::string::npos);
  // No name column; two of them.
  CHECK(errorOf(R"({"schema_version": 1, "columns": [{"source": "number"}]})").find("\"name\"") != std::string::npos);
  CHECK(errorOf(R"({"schema_version": 1, "columns": [{"source": "name"}, {"source": "name"}]})").find("'columns[1].id'") !=
        std::string::npos);
  // A rate over a column that is not there, or not a figure.
  e = errorOf(R"({"schema_version": 1, "columns": [{"source": "name"},
               {"source": "rate", "of": ["cumulative", "plan_phase"]}]})");
  CHECK(e.find("'columns[1].of'") != std::string::npos);
  CHECK(e.find("\"cumulative\"") != std::string::npos);
  e = errorOf(R"({"schema_version": 1, "columns": [{"source": "name"}, {"source": "rate", "of": ["name"]}]})");
  CHECK(e.find("hai cột") != std::string::npos);
  // A total without district columns.
  CHECK(errorOf(R"({"schema_version": 1, "columns": [{"source": "name"}, {"source": "total"}]})").find("districts") !=
        std::string::npos);
  // A style nobody defined.
  e = errorOf(R"({"schema_version": 1, "header": [{"left": {"text": "A", "style": "khong-co"}}],
               "columns": [{"source": "name"}]})");
  CHECK(e.find("'header[0].left.style'") != std::string::npos);
  // Syntax, empty file, duplicate keys, wrong choices.
  CHECK(errorOf("{\"schema_version\": 1,\n \"columns\": [}").find("dòng 2") != std::string::npos);
  CHECK(errorOf("  \n").find("tệp trống") != std::string::npos);
  CHECK(errorOf("[1, 2]").find("đối tượng JSON") != std::string::npos);
  CHECK(errorOf("{\"schema_version\": 1,\n\"id\": \"a\",\n\"id\": \"b\", \"columns\": [{\"source\": \"name\"}]}")
            .find("dòng 3: trường 'id' được ghi hai lần") != std::string::npos);
  CHECK(errorOf(R"({"schema_version": 1, "page": {"orientation": "ngang"}, "columns": [{"source": "name"}]})")
            .find("auto, portrait, landscape") != std::string::npos);
  // Deep nesting and a missing file are errors too, never a crash.
  CHECK(errorOf(std::string(5000, '[') + std::string(5000, ']')).find("sâu") != std::string::npos);
  CHECK_THROWS_AS(p8::loadLayoutFile("/nonexistent/mau.json"), p8::LayoutError);
  CHECK_THROWS_AS(p8::loadLayoutFile(P8_SOURCE_DIR "/layouts"), p8::LayoutError);
}

TEST_CASE("a layout name is looked up in the layouts folder, a path is taken as it is", "[report]") {
  CHECK(p8::layoutPath("progress", "/x/layouts") == "/x/layouts/progress.json");
  CHECK(p8::layoutPath("mine.json", "/x/layouts") == "mine.json");
  CHECK(p8::layoutPath("./a/b", "/x/layouts") == "./a/b");
}

TEST_CASE("Vietnamese capitals, Roman numerals and clean UTF-8", "[report]") {
  CHECK(p8::upperVi("Bắc Kạn") == "BẮC KẠN");
  CHECK(p8::upperVi("Hội liên hiệp phụ nữ tỉnh Ninh Thuận") == "HỘI LIÊN HIỆP PHỤ NỮ TỈNH NINH THUẬN");
  CHECK(p8::upperVi("đơn vị ưu tiên ơn ĩ ũ ỹ") == "ĐƠN VỊ ƯU TIÊN ƠN Ĩ Ũ Ỹ");
  CHECK(p8::upperVi("ẤY") == "ẤY");
  CHECK(p8::upperVi("a\xFF" "b") == "A\xEF\xBF\xBD" "B");
  // One, two and three bytes written back by the one UTF-8 encoder; a four-byte sign kept as it was.
  CHECK(p8::upperVi("zàăệ😀ữ") == "ZÀĂỆ😀Ữ");
  CHECK(p8::upperVi("Ωéα") == "ΩÉα");   // Greek is no Vietnamese letter: kept
  CHECK(p8::cleanUtf8("ok\xC3") == "ok\xEF\xBF\xBD");
  CHECK(p8::romanNumeral(1) == "I");
  CHECK(p8::romanNumeral(4) == "IV");
  CHECK(p8::romanNumeral(14) == "XIV");
  CHECK(p8::romanNumeral(0) == "0");
}
