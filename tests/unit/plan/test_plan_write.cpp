// The plan JSON writer is the inverse of the reader: plan → JSON → plan is exact for every
// plan in plans/, for awkward texts and numbers, and planDifference names what differs.
#include <catch2/catch.hpp>

#include "core/plan/plan.hpp"
#include "core/plan/plan_write.hpp"
#include "test_json_util.hpp"

#include <clocale>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <vector>

namespace {

p8::Plan shipped(const std::string& id) { return p8::loadPlanFile(P8_SOURCE_DIR "/plans/" + id + ".json"); }

// The writer's numbers as they were written before (snprintf "%.*g" in the "C" locale): the
// text every plan file written so far holds.
std::string cNumber(double v) {
  if (v == std::floor(v) && std::fabs(v) < 1e15) return std::to_string(static_cast<long long>(v));
  char buf[40];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  return buf;
}

// A locale whose decimal separator is a comma, as an office in Vietnam runs with. The machine
// may have none installed (Debian's minimal images have only C and C.UTF-8): then vi_VN is
// compiled from glibc's own locale sources (localedef) into a folder LOCPATH points to.
bool useCommaLocale() {
  for (const char* name : {"vi_VN.UTF-8", "vi_VN.utf8", "de_DE.UTF-8", "de_DE.utf8"})
    if (std::setlocale(LC_NUMERIC, name)) return true;
  const auto dir = std::filesystem::temp_directory_path() / "p8-locales";
  if (!std::filesystem::exists(dir / "vi_VN.UTF-8")) {
    std::filesystem::create_directories(dir);
    const std::string cmd = "localedef -i vi_VN -f UTF-8 '" + (dir / "vi_VN.UTF-8").string() + "' >/dev/null 2>&1";
    if (std::system(cmd.c_str()) != 0) return false;
  }
  ::setenv("LOCPATH", dir.c_str(), 1);
  const bool ok = std::setlocale(LC_NUMERIC, "vi_VN.UTF-8") != nullptr;
  ::unsetenv("LOCPATH");
  return ok;
}

}  // namespace

TEST_CASE("plan → JSON → plan is exact for the shipped plans", "[plan][write]") {
  for (const char* id : {"bac-kan-2022", "ninh-thuan-pl02-2022", "thai-nguyen-2026"}) {
    INFO(id);
    const p8::Plan plan = shipped(id);
    const p8::Plan again = p8::parsePlan(p8::planToJson(plan), "again.json");
    CHECK(p8::planDifference(plan, again).empty());
    CHECK(p8::planToJson(again) == p8::planToJson(plan));
  }
  // The example with an allocation as well.
  const auto ex = p8::loadPlanFile(P8_SOURCE_DIR "/samples/plans/bac-kan-2022-example-allocation.json");
  REQUIRE_FALSE(ex.allocation.empty());
  CHECK(p8::planDifference(ex, p8::parsePlan(p8::planToJson(ex), "x.json")).empty());
}

TEST_CASE("the writer keeps quotes, line breaks, control characters and exact numbers", "[plan][write]") {
  p8::Plan p;
  p.id = "t\"1";
  p.title = {"Kế hoạch \"mẫu\"\n\\ dòng 2\t\x01", ""};
  p.startYear = 2026;
  p.endYear = 2030;
  p.reportingLevel = "commune";
  p.orgUnits.push_back({"c", "Xã Ba Bể", "commune", "", {"Ba Bể"}, "2025-07-01", "", {}});
  p.indicators.push_back({"1", {"Tỷ lệ", "Rate"}, "%", 0.1 + 0.2, "30%", true, "", {}});
  p.indicators.push_back({"2", {"Số", ""}, "tổ", 123456789.125, "", false, "", {"a", "b"}});
  p.indicators.push_back({"3", {"Định tính", ""}, "", std::nullopt, "Cấp tỉnh chủ động thực hiện", false, "", {}});
  p.allocation["2"]["c"] = 1e-7;
  p.allocation["3"];   // an empty row stays an empty row
  const auto again = p8::parsePlan(p8::planToJson(p), "t.json");
  CHECK(p8::planDifference(p, again).empty());
  CHECK(*again.indicators[0].target == 0.1 + 0.2);
  CHECK(again.title.vi == p.title.vi);
  CHECK(p8::planToJson(p).find("\"target\": 123456789.125") != std::string::npos);
  CHECK(p8::planToJson(p).find("\"target\": null") != std::string::npos);
}

TEST_CASE("the writer escapes like the check's JSON: any text a sheet holds gives a file that reads back", "[plan][write]") {
  p8::Plan p = shipped("bac-kan-2022");
  p.title = {"Kế hoạch\b\f\x7F", "broken \xC3 byte"};   // controls, DEL, a UTF-8 sequence cut short
  const std::string json = p8::planToJson(p);
  CHECK(json.find("\"vi\": \"Kế hoạch\\b\\f\\u007f\"") != std::string::npos);
  const auto again = p8::parsePlan(json, "t.json");
  CHECK(again.title.vi == p.title.vi);
  CHECK(again.title.en == "broken \xEF\xBF\xBD byte");   // U+FFFD, as the check writes it
}

TEST_CASE("planDifference names the first field that differs", "[plan][write]") {
  const p8::Plan a = shipped("bac-kan-2022");
  p8::Plan b = a;
  CHECK(p8::planDifference(a, b).empty());
  b.indicators[3].target = 0.2;
  CHECK(p8::planDifference(a, b) == "indicators[3].target: 0.14999999999999999 ≠ 0.20000000000000001");
  b = a;
  b.orgUnits[2].predecessors.push_back({"bk", ""});
  CHECK(p8::planDifference(a, b) == "org_units[2].predecessors: 0 ≠ 1 items");
  b = a;
  b.content[0].children[0].text.vi += "!";
  CHECK(p8::planDifference(a, b).rfind("content[0].children[0].text.vi: ", 0) == 0);
}

TEST_CASE("savePlanFile writes a file that loads, and says so when it cannot", "[plan][write]") {
  const auto path = (std::filesystem::temp_directory_path() / "p8-plan-write-test.json").string();
  const p8::Plan plan = shipped("thai-nguyen-2026");
  p8::savePlanFile(plan, path);
  CHECK(p8::planDifference(plan, p8::loadPlanFile(path)).empty());
  std::remove(path.c_str());
  try {
    p8::savePlanFile(plan, "/nonexistent-folder/p.json");
    FAIL("no error");
  } catch (const p8::PlanError& e) {
    CHECK(e.message_vi.find("Không ghi được tệp kế hoạch '/nonexistent-folder/p.json'") != std::string::npos);
    CHECK(e.message_en.find("Cannot write plan file") != std::string::npos);
  }
}

TEST_CASE("numbers are written the same in a decimal-comma locale, and stay JSON", "[plan][write][locale]") {
  const std::vector<double> numbers = {0.15, 0.1 + 0.2, 1e-7, 123456789.125, 0.0001, 2.5e-5, -0.5, 1e20,
                                       1e15 + 0.5, 5e-324, 1.7976931348623157e308, 2.0 / 3.0, 12.5, 42, -7};
  p8::Plan p = shipped("bac-kan-2022");
  p.indicators[0].target = 0.15;
  for (std::size_t i = 0; i < numbers.size(); ++i) p.allocation["1"]["u" + std::to_string(i)] = numbers[i];
  const std::string inC = p8::planToJson(p);
  for (std::size_t i = 0; i < numbers.size(); ++i) {
    const std::string item = "\"u" + std::to_string(i) + "\": " + cNumber(numbers[i]);
    INFO(item);
    const auto at = inC.find(item);
    REQUIRE(at != std::string::npos);
    CHECK((inC[at + item.size()] == ',' || inC[at + item.size()] == '\n'));
  }
  REQUIRE(useCommaLocale());
  char comma[16];
  std::snprintf(comma, sizeof comma, "%g", 0.15);
  const std::string seen = comma;
  const std::string inComma = p8::planToJson(p);
  std::setlocale(LC_NUMERIC, "C");
  CHECK(seen == "0,15");   // the locale is really in force: snprintf writes a comma
  CHECK(inComma == inC);
  CHECK(inComma.find("\"target\": 0.15,") != std::string::npos);
  const auto tree = p8test::parseJson(inComma);   // valid JSON
  CHECK(tree.get<std::string>("allocation.1.u0") == "0.15");
}
