#include <catch2/catch.hpp>

#include "core/district_lookup.hpp"
#include "core/plan.hpp"

#include <functional>
#include <numeric>

namespace {
p8::Plan builtin(const std::string& id) {
  return p8::loadPlanFile(p8::builtinPlanPath(id, P8_SOURCE_DIR "/plans"));
}
std::string planWith(const std::string& body) {
  return "{\n\"schema_version\": 1,\n\"id\": \"t\",\n" + body + "\n}";
}
}  // namespace

TEST_CASE("the Bắc Kạn plan carries the 11 key indicators of seed 000", "[plan]") {
  auto plan = builtin("bac-kan-2022");
  CHECK(plan.province == "Bắc Kạn");
  CHECK(plan.startYear == 2021);
  CHECK(plan.endYear == 2025);
  const std::pair<const char*, double> targets[] = {
      {"1", 380}, {"2", 120}, {"2a", 0.15}, {"2b", 0.15}, {"2c", 74}, {"3", 21}, {"4", 40},
      {"5", 0.8}, {"6", 74}, {"7", 181}, {"8", 50}, {"9", 25}, {"10", 20}, {"11", 66}};
  CHECK(plan.indicators.size() == 14);
  for (auto [code, target] : targets) {
    INFO(code);
    const auto* ind = plan.findIndicator(code);
    REQUIRE(ind);
    REQUIRE(ind->target);
    CHECK(*ind->target == Approx(target));
    CHECK_FALSE(ind->name.vi.empty());
    CHECK_FALSE(ind->name.en.empty());
  }
  CHECK(plan.findIndicator("2A")->parent == "2");
  CHECK(plan.content.size() == 4);
  CHECK(plan.content[0].children.size() == 4);
  CHECK(plan.content[0].children[0].number == "2.1.1");
  REQUIRE(plan.deadlines.size() == 2);
  CHECK(plan.deadlines[0].day == 10);
  CHECK(plan.deadlines[0].month == 9);
  CHECK(plan.deadlines[1].day == 25);
  CHECK(plan.deadlines[1].month == 1);
  CHECK(plan.deadlines[1].yearOffset == 1);
  CHECK(plan.districts().size() == 8);
}

TEST_CASE("the Ninh Thuận appendix 02 keeps every row verbatim", "[plan]") {
  auto plan = builtin("ninh-thuan-pl02-2022");
  REQUIRE(plan.content.size() == 4);
  std::size_t items = 0, empty = 0;
  std::function<void(const p8::ContentItem&)> walk = [&](const p8::ContentItem& c) {
    if (c.children.empty()) {
      ++items;
      if (c.targetText.empty()) ++empty;
    }
    for (const auto& k : c.children) walk(k);
  };
  for (const auto& c : plan.content) walk(c);
  CHECK(items == 30);
  CHECK(empty == 2);   // HĐ3.02 of Nội dung 3 and HĐ4.02
  CHECK(plan.content[0].children[1].number == "HĐ 2");
  CHECK(plan.content[0].children[1].children[2].targetText == "10.000 tờ gấp");
  CHECK(plan.findIndicator("1.2.03")->target == 10000);
  CHECK(plan.findIndicator("3.2.01")->target == 15);
  CHECK(plan.districts().size() == 7);
  CHECK(plan.matchDistrict("TP. Phan Rang - Tháp Chàm").id == "nt-phan-rang");
}

TEST_CASE("districts match by any spelling, never the province or another province", "[plan]") {
  auto bk = builtin("bac-kan-2022");
  CHECK(bk.matchDistrict("TP. Bắc Kạn").id == "bk-tp-bac-kan");
  CHECK(bk.matchDistrict("huyen cho don").id == "bk-cho-don");
  CHECK(bk.matchDistrict("Bắc Kạn").status == p8::NameMatch::Status::None);
  CHECK(bk.matchDistrict("Ninh Hải").status == p8::NameMatch::Status::None);
  auto nt = builtin("ninh-thuan-pl02-2022");
  std::vector<const p8::Plan*> plans{&bk, &nt};
  auto ref = p8::resolveDistrict("H. Bác Ái", nullptr, plans, false);
  CHECK(ref.plan == &nt);
  CHECK(ref.name == "Bác Ái");
  CHECK_THROWS_AS(p8::resolveDistrict("Hà Nội", &bk, plans, false), p8::DistrictLookupError);
  p8::DistrictLabelMatcher m(p8::resolveDistrict("Chợ Đồn", &bk, plans, false));
  CHECK(m.matches("H. Chợ Đồn"));
  CHECK(m.matches("CHO DON"));
  CHECK_FALSE(m.matches("Chợ Mới"));
}

TEST_CASE("row labels name indicators by code, name or alias", "[plan]") {
  auto bk = builtin("bac-kan-2022");
  const std::pair<const char*, const char*> cases[] = {
      {"2a", "2a"}, {"Chỉ tiêu 3", "3"}, {"Số tổ truyền thông cộng đồng thành lập mới", "1"},
      {"Tổ TKVVTB áp dụng phương pháp học tập và hành động giới", "2c"},
      {"Tổ tiết kiệm vay vốn thôn bản", "2"}, {"CLB thủ lĩnh của sự thay đổi", "6"},
      {"Địa chỉ tin cậy cộng đồng", "4"}, {"Đối thoại chính sách", "7"},
      {"Tập huấn lồng ghép giới chương trình 3", "11"}};
  for (auto [label, code] : cases) {
    INFO(label);
    auto m = bk.matchIndicator(label);
    CHECK(m.status == p8::NameMatch::Status::Unique);
    CHECK(m.id == code);
  }
  for (const char* label : {"Tổng cộng", "Ghi chú", "", "Xây dựng nông thôn mới"}) {
    INFO(label);
    CHECK(bk.matchIndicator(label).status == p8::NameMatch::Status::None);
  }
}

TEST_CASE("the example allocation adds up to every count target", "[plan]") {
  auto ex = p8::loadPlanFile(P8_SOURCE_DIR "/samples/plans/bac-kan-2022-example-allocation.json");
  for (const auto& ind : ex.indicators) {
    if (ind.percent) continue;
    INFO(ind.code);
    const auto& row = ex.allocation.at(ind.code);
    CHECK(row.size() == 8);
    double sum = 0;
    for (const auto& [unit, v] : row) sum += v;
    CHECK(sum == *ind.target);
  }
}

TEST_CASE("a phase II plan of communes in a merged province loads as data", "[plan]") {
  auto plan = p8::parsePlan(planWith(R"(
    "province": "Thái Nguyên", "start_year": 2026, "end_year": 2030, "reporting_level": "commune",
    "org_units": [
      {"id": "tn", "name": "Thái Nguyên", "level": "province", "valid_from": "2025-07-01"},
      {"id": "tn-bang-van", "name": "Xã Bằng Vân", "level": "commune", "parent": "tn",
       "aliases": ["Bằng Vân"], "valid_from": "2025-07-01"},
      {"id": "tn-cho-don", "name": "Xã Chợ Đồn", "level": "commune", "parent": "tn"}],
    "indicators": [{"code": "1", "name": {"vi": "Tổ truyền thông"}, "target": 100}])"), "tn.json");
  CHECK(plan.districts().size() == 2);
  CHECK(plan.matchDistrict("xa bang van").id == "tn-bang-van");
  CHECK(plan.orgUnits[1].validFrom == "2025-07-01");
}

TEST_CASE("a broken plan file names the file, line and field", "[plan]") {
  try {
    p8::parsePlan("{\n \"schema_version\": 1,\n \"id\": \"x\",\n oops\n}", "broken.json");
    FAIL("no error");
  } catch (const p8::PlanError& e) {
    CHECK(e.file == "broken.json");
    CHECK(e.line == 4);
    CHECK(e.message_vi.find("dòng 4") != std::string::npos);
  }
  auto fieldOf = [](const std::string& json) {
    try {
      p8::parsePlan(json, "f.json");
    } catch (const p8::PlanError& e) {
      CHECK(e.message_en.find("f.json") != std::string::npos);
      return e.field;
    }
    return std::string("(no error)");
  };
  CHECK(fieldOf(planWith(R"("indicators": [{"code": "1"}, {"code": "2", "target": "many"}])")) ==
        "indicators[1].target");
  CHECK(fieldOf(planWith(R"("indicators": [{"code": "1"}, {"code": "1"}])")) == "indicators[1].code");
  CHECK(fieldOf(planWith(R"("indicators": [{"code": "1", "target": -3}])")) == "indicators[0].target");
  CHECK(fieldOf(planWith(R"("indicators": [{"code": "1"}], "allocation": {"1": {"nowhere": 3}})")) ==
        "allocation.1.nowhere");
  CHECK(fieldOf(planWith(R"("indicators": [{"name": "x"}])")) == "indicators[0].code");
  CHECK(fieldOf("{\"id\": \"x\"}") == "schema_version");
  CHECK(fieldOf("{\"schema_version\": 2, \"id\": \"x\"}") == "schema_version");
  CHECK(fieldOf(planWith(R"("indicators": [{"code": "5", "percent": true, "target": 80}])")) ==
        "indicators[0].target");
  CHECK_THROWS_AS(p8::loadPlanFile("/nonexistent/plan.json"), p8::PlanError);
  CHECK(fieldOf(planWith(R"("unknown_future_field": {"a": 1})")) == "(no error)");
}
