// The plan JSON writer is the inverse of the reader: plan → JSON → plan is exact for every
// plan in plans/, for awkward texts and numbers, and planDifference names what differs.
#include <catch2/catch.hpp>

#include "core/plan/plan.hpp"
#include "core/plan/plan_write.hpp"

#include <cstdio>
#include <filesystem>

namespace {

p8::Plan shipped(const std::string& id) { return p8::loadPlanFile(P8_SOURCE_DIR "/plans/" + id + ".json"); }

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
