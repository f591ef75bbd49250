// A broken plan file must say which file, which line and which field, in Vietnamese and
// English — and never crash, whatever the bytes. Files written for a newer version (extra
// fields) still load.
#include <catch2/catch.hpp>

#include "core/plan/plan.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>

namespace {

// A minimal valid plan with `body` added; the body starts on line 4.
std::string planWith(const std::string& body) {
  return "{\n\"schema_version\": 1,\n\"id\": \"t\"" + (body.empty() ? "" : ",\n" + body) + "\n}";
}

p8::PlanError errorOf(const std::string& json) {
  try {
    p8::parsePlan(json, "x.json");
  } catch (const p8::PlanError& e) {
    return e;
  }
  FAIL("no PlanError for: " << json);
  throw;   // not reached
}

std::string fieldOf(const std::string& json) { return errorOf(json).field; }

}  // namespace

TEST_CASE("a plan file with a JSON syntax error gives the line, in vi and en", "[plan]") {
  const auto e = errorOf("{\n \"schema_version\": 1,\n \"id\": \"x\",\n oops\n}");
  CHECK(e.file == "x.json");
  CHECK(e.line == 4);
  CHECK(e.field.empty());
  CHECK(e.message_vi.rfind("Tệp kế hoạch 'x.json', dòng 4: không đúng cú pháp JSON", 0) == 0);
  CHECK(e.message_vi.find("tên trường phải đặt trong dấu ngoặc kép") != std::string::npos);
  CHECK(e.message_en.rfind("Plan file 'x.json', line 4: not valid JSON", 0) == 0);
  CHECK(std::string(e.what()) == e.message_en);
  // A trailing comma, a missing brace.
  CHECK(errorOf("{\n\"schema_version\": 1,\n\"id\": \"x\",\n}").line == 4);
  CHECK(errorOf("{\n\"schema_version\": 1,\n\"id\": \"x\"\n").line == 4);
  CHECK(errorOf("{\"schema_version\": 1} trailing").message_vi.find("nội dung thừa") != std::string::npos);
}

TEST_CASE("a field of the wrong type is named with its line", "[plan]") {
  const auto e = errorOf(planWith("\"indicators\": [\n {\"code\": \"1\"},\n {\"code\": \"2\",\n  \"target\": \"many\"}]"));
  CHECK(e.field == "indicators[1].target");
  CHECK(e.line == 7);
  CHECK(e.message_vi == "Tệp kế hoạch 'x.json', dòng 7: trường 'indicators[1].target' phải là số.");
  CHECK(e.message_en == "Plan file 'x.json', line 7: field 'indicators[1].target' must be a number.");
  // A number in quotes is text, not a number (a ptree alone cannot tell them apart).
  CHECK(fieldOf(planWith(R"("indicators": [{"code": "1", "target": "12"}])")) == "indicators[0].target");
  CHECK(fieldOf(planWith(R"("indicators": [{"code": 1}])")) == "indicators[0].code");
  CHECK(fieldOf(planWith(R"("indicators": [{"code": "1", "percent": "yes"}])")) == "indicators[0].percent");
  CHECK(fieldOf(planWith(R"("indicators": [{"code": "1", "aliases": "Tổ"}])")) == "indicators[0].aliases");
  CHECK(fieldOf(planWith(R"("indicators": [{"code": "1", "aliases": ["a", 2]}])")) == "indicators[0].aliases[1]");
  CHECK(fieldOf(planWith(R"("indicators": [{"code": "1", "name": 5}])")) == "indicators[0].name");
  CHECK(fieldOf(planWith(R"("indicators": [{"code": "1", "name": {"vi": ["x"]}}])")) == "indicators[0].name.vi");
  CHECK(fieldOf(planWith(R"("indicators": {"code": "1"})")) == "indicators");
  CHECK(fieldOf(planWith(R"("indicators": ["1"])")) == "indicators[0]");
  CHECK(fieldOf(planWith(R"("title": ["x"])")) == "title");
  CHECK(fieldOf(planWith(R"("start_year": 2021.5)")) == "start_year");
  CHECK(fieldOf(planWith(R"("content": [{"number": "1", "children": [{"number": 2}]}])")) ==
        "content[0].children[0].number");
  CHECK(fieldOf(planWith(R"("deadlines": [{"kind": "progress", "day": 10}])")) == "deadlines[0].month");
  CHECK(fieldOf(planWith(R"("deadlines": [{"kind": "progress", "day": 31, "month": 4}])")) == "deadlines[0].day");
  CHECK(fieldOf(planWith(R"("deadlines": [{"kind": "progress", "day": 10, "month": 13}])")) == "deadlines[0].month");
  CHECK(fieldOf(planWith(R"("allocation": {"1": 5})")) == "allocation.1");
  CHECK(fieldOf(planWith(R"("allocation": [1])")) == "allocation");
}

TEST_CASE("a missing required field is named with the line of its object", "[plan]") {
  auto e = errorOf(planWith("\"indicators\": [\n {\"code\": \"1\"},\n {\"name\": \"x\"}]"));
  CHECK(e.field == "indicators[1].code");
  CHECK(e.line == 6);
  CHECK(e.message_vi.find("bị thiếu") != std::string::npos);
  e = errorOf("{\"id\": \"x\"}");
  CHECK(e.field == "schema_version");
  CHECK(e.line == 1);
  CHECK(fieldOf("{\"schema_version\": 1}") == "id");
  CHECK(fieldOf("{\"schema_version\": 1, \"id\": \"\"}") == "id");
  CHECK(fieldOf("{\"schema_version\": 1, \"id\": null}") == "id");
  CHECK(fieldOf(planWith(R"("org_units": [{"id": "a", "name": "A"}])")) == "org_units[0].level");
}

TEST_CASE("values are checked: version, finite, not negative, percentages as fractions", "[plan]") {
  auto e = errorOf("{\"schema_version\": 2, \"id\": \"x\"}");
  CHECK(e.field == "schema_version");
  CHECK(e.message_en.find("not supported") != std::string::npos);
  CHECK(fieldOf("{\"schema_version\": \"1\", \"id\": \"x\"}") == "schema_version");
  CHECK(fieldOf(planWith(R"("indicators": [{"code": "1", "target": -3}])")) == "indicators[0].target");
  CHECK(fieldOf(planWith(R"("indicators": [{"code": "1", "target": 1e999}])")) == "indicators[0].target");
  CHECK(fieldOf(planWith(R"("indicators": [{"code": "5", "percent": true, "target": 80}])")) == "indicators[0].target");
  CHECK(fieldOf(planWith(R"("start_year": 2025, "end_year": 2021)")) == "end_year");
  // null target: a qualitative indicator.
  const auto plan = p8::parsePlan(planWith(R"("indicators": [{"code": "q", "target": null, "target_text": "Hàng năm"}])"), "q.json");
  CHECK_FALSE(plan.indicators[0].target);
  CHECK(plan.indicators[0].targetText == "Hàng năm");
}

TEST_CASE("ids are unique, parents and allocations refer to what exists", "[plan]") {
  const std::string units = R"("org_units": [{"id": "p", "name": "P", "level": "province"},
    {"id": "d1", "name": "D1", "level": "district", "parent": "p"}])";
  auto e = errorOf(planWith(R"("indicators": [{"code": "1"}, {"code": "1"}])"));
  CHECK(e.field == "indicators[1].code");
  CHECK(e.message_vi.find("bị trùng") != std::string::npos);
  CHECK(fieldOf(planWith(R"("indicators": [{"code": "2a", "parent": "2"}])")) == "indicators[0].parent");
  CHECK(fieldOf(planWith(R"("indicators": [{"code": "a", "parent": "b"}, {"code": "b", "parent": "a"}])")) ==
        "indicators[0].parent");
  CHECK(fieldOf(planWith(R"("org_units": [{"id": "a", "name": "A", "level": "district"},
                                           {"id": "a", "name": "B", "level": "district"}])")) == "org_units[1].id");
  CHECK(fieldOf(planWith(R"("org_units": [{"id": "a", "name": "A", "level": "district", "parent": "zz"}])")) ==
        "org_units[0].parent");
  e = errorOf(planWith(R"("indicators": [{"code": "1"}], )" + units + R"(, "allocation": {"1": {"nowhere": 3}})"));
  CHECK(e.field == "allocation.1.nowhere");
  CHECK(e.message_en.find("no unit in org_units has the id 'nowhere'") != std::string::npos);
  CHECK(fieldOf(planWith(units + R"(, "allocation": {"9": {"d1": 3}})")) == "allocation.9");
  CHECK(fieldOf(planWith(R"("indicators": [{"code": "5", "percent": true, "target": 0.8}], )" + units +
                         R"(, "allocation": {"5": {"d1": 80}})")) == "allocation.5.d1");
  CHECK(fieldOf(planWith(R"("indicators": [{"code": "1"}], )" + units + R"(, "allocation": {"1": {"d1": "3"}})")) ==
        "allocation.1.d1");
  CHECK(fieldOf(planWith(R"("content": [{"number": "1", "indicator": "7"}])")) == "content[0].indicator");
  CHECK(fieldOf(planWith(R"("reporting_level": "commune", )" + units)) == "reporting_level");
  CHECK(fieldOf(planWith(R"("org_units": [{"id": "a", "name": "A", "level": "district", "valid_to": "30/06/2025"}])")) ==
        "org_units[0].valid_to");
  CHECK(fieldOf(planWith(R"("org_units": [{"id": "a", "name": "A", "level": "district", "valid_to": "2025-02-30"}])")) ==
        "org_units[0].valid_to");
  // A key written twice in one object.
  e = errorOf(planWith("\"indicators\": [{\"code\": \"1\",\n \"target\": 3,\n \"target\": 4}]"));
  CHECK(e.field == "indicators[0].target");
  CHECK(e.line == 6);
  // Dotted indicator codes (Ninh Thuận's "1.2.03") are keys, not paths.
  const auto plan = p8::parsePlan(planWith(R"("indicators": [{"code": "1.2.03"}], )" + units +
                                           R"(, "allocation": {"1.2.03": {"d1": 10000}})"), "d.json");
  CHECK(plan.allocation.at("1.2.03").at("d1") == 10000);
}

TEST_CASE("unknown fields are allowed, escapes and a byte order mark are read", "[plan]") {
  const auto plan = p8::parsePlan("\xEF\xBB\xBF" + planWith(R"("future_field": {"a": [1, {"b": null}]},
    "indicators": [{"code": "1", "name": {"vi": "T\u1ed5 \"A\"", "fr": "x"}, "future": true}])"), "f.json");
  REQUIRE(plan.indicators.size() == 1);
  CHECK(plan.indicators[0].name.vi == "Tổ \"A\"");
  CHECK(plan.reportingLevel == "district");
  CHECK(plan.startYear == 2021);
}

TEST_CASE("unreadable, empty, non-UTF-8 or absurd plan files give a PlanError, never a crash", "[plan]") {
  auto e = errorOf("");
  CHECK(e.message_vi.find("tệp trống") != std::string::npos);
  CHECK(errorOf("   \n").message_en.find("empty") != std::string::npos);
  CHECK(errorOf("[1, 2]").message_en.find("must be a JSON object") != std::string::npos);
  CHECK(errorOf("{\"schema_version\": 1, \"id\": \"x\xff\"}").message_vi.find("UTF-8") != std::string::npos);
  e = errorOf(std::string(100000, '[') + std::string(100000, ']'));
  CHECK(e.message_en.find("nested too deeply") != std::string::npos);
  CHECK(e.line == 1);
  CHECK_NOTHROW(p8::parsePlan(planWith("\"title\": \"" + std::string(1 << 20, 'x') + "\""), "big.json"));
  CHECK_THROWS_AS(p8::loadPlanFile("/nonexistent/plan.json"), p8::PlanError);
  try {
    p8::loadPlanFile("/nonexistent/plan.json");
  } catch (const p8::PlanError& err) {
    CHECK(err.file == "/nonexistent/plan.json");
    CHECK(err.message_vi.find("Không đọc được tệp kế hoạch") != std::string::npos);
  }
  CHECK_THROWS_AS(p8::loadPlanFile(P8_SOURCE_DIR "/plans"), p8::PlanError);
}

TEST_CASE("damaged copies of the built-in plans load or give a PlanError, nothing else", "[plan]") {
  for (const char* name : {"bac-kan-2022", "ninh-thuan-pl02-2022"}) {
    std::ifstream in(std::string(P8_SOURCE_DIR "/plans/") + name + ".json", std::ios::binary);
    const std::string good((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    REQUIRE(good.size() > 1000);
    CHECK_NOTHROW(p8::parsePlan(good, name));
    int refused = 0, loaded = 0;
    auto attempt = [&](const std::string& text) {
      try {
        p8::parsePlan(text, name);
        ++loaded;
      } catch (const p8::PlanError& e) {
        ++refused;
        if (e.message_vi.empty() || e.message_en.empty()) FAIL("a PlanError without a message");
      }   // any other exception fails the test case
    };
    for (std::size_t at = 0; at < good.size(); at += 509) {
      attempt(good.substr(0, at));                                  // cut short
      for (char c : {'"', '{', ']', ',', '-', 'x', '\xC3', '\0'}) {  // one byte replaced
        std::string bad = good;
        bad[at] = c;
        attempt(bad);
      }
      attempt(good.substr(0, at) + good.substr(std::min(good.size(), at + 7)));   // bytes dropped
    }
    CHECK(refused > 0);
    CHECK(loaded > 0);   // e.g. a letter changed inside a name
  }
}
