// Units that carry their history: predecessors in the plan file (valid, unknown id, loop,
// dates out of order), the former district a 2022 sheet names in a commune plan, and
// commune figures summed back to the former districts — on the Thái Nguyên 2026 plan of the
// 37 communes formed from Bắc Kạn.
#include <catch2/catch.hpp>

#include "core/plan/district_lookup.hpp"
#include "core/plan/plan.hpp"
#include "core/plan/plan_history.hpp"
#include "test_plans.hpp"

#include <set>

namespace {

using S = p8::NameMatch::Status;
using p8test::thaiNguyen;

// Two districts ended 2025-06-30, three communes formed 2025-07-01; `extra` is added to the
// units list, `pred` replaces the predecessors of the first commune.
std::string history(const std::string& pred, const std::string& extra = "") {
  return R"({"schema_version": 1, "id": "h", "reporting_level": "commune", "org_units": [
    {"id": "d1", "name": "Huyện Một", "level": "district", "valid_to": "2025-06-30"},
    {"id": "d2", "name": "Huyện Hai", "level": "district", "valid_to": "2025-06-30"},
    {"id": "c1", "name": "Xã Mới", "level": "commune", "valid_from": "2025-07-01", "predecessors": )" + pred + R"(},
    {"id": "c2", "name": "Xã Hai", "level": "commune", "valid_from": "2025-07-01",
     "predecessors": [{"id": "d2", "date": "2025-07-01"}]})" + extra + "]}";
}

p8::PlanError errorOf(const std::string& json) {
  try {
    p8::parsePlan(json, "h.json");
  } catch (const p8::PlanError& e) {
    return e;
  }
  FAIL("no PlanError for: " << json);
  throw;
}

std::set<std::string> ids(const std::vector<const p8::OrgUnit*>& units) {
  std::set<std::string> out;
  for (const auto* u : units) out.insert(u->id);
  return out;
}

}  // namespace

TEST_CASE("predecessors: a valid history loads with ids and dates", "[plan][history]") {
  const auto plan = p8::parsePlan(history(R"([{"id": "d1", "date": "2025-07-01"}, {"id": "d2"}])"), "h.json");
  const auto* c1 = plan.findUnit("c1");
  REQUIRE(c1);
  REQUIRE(c1->predecessors.size() == 2);
  CHECK(c1->predecessors[0].id == "d1");
  CHECK(c1->predecessors[0].date == "2025-07-01");
  CHECK(c1->predecessors[1].id == "d2");
  CHECK(c1->predecessors[1].date.empty());   // the unit's valid_from
  CHECK(ids(plan.successorsOf("d2")) == std::set<std::string>{"c1", "c2"});
  CHECK(ids(plan.successorsOf("d1")) == std::set<std::string>{"c1"});
  // Units without predecessors (the built-in phase I plans) load as before.
  CHECK(p8::parsePlan(history("[]"), "h.json").findUnit("c1")->predecessors.empty());
}

TEST_CASE("predecessors: an unknown id names the field, in vi and en", "[plan][history]") {
  const auto e = errorOf(history(R"([{"id": "d9", "date": "2025-07-01"}])"));
  CHECK(e.field == "org_units[2].predecessors[0].id");
  CHECK(e.line == 4);
  CHECK(e.message_vi.find("không có đơn vị nào mang mã này") != std::string::npos);
  CHECK(e.message_en.find("'d9': no unit in org_units has this id") != std::string::npos);
  CHECK(errorOf(history(R"([{"date": "2025-07-01"}])")).field == "org_units[2].predecessors[0].id");   // required
  CHECK(errorOf(history(R"(["d1"])")).field == "org_units[2].predecessors[0]");   // an object, not a string
}

TEST_CASE("predecessors: a loop is refused, also through a chain", "[plan][history]") {
  CHECK(errorOf(history(R"([{"id": "c1"}])")).message_en.find("cannot be formed from itself") != std::string::npos);
  // c1 ← c3 ← c1: each formed from the other.
  const auto e = errorOf(history(R"([{"id": "c3"}])",
                                 R"(, {"id": "c3", "name": "Xã Ba", "level": "commune", "predecessors": [{"id": "c1"}]})"));
  CHECK(e.message_en.find("makes a loop") != std::string::npos);
  CHECK(e.message_vi.find("vòng lặp") != std::string::npos);
  CHECK(e.field.find(".predecessors[0].id") != std::string::npos);
}

TEST_CASE("predecessors: dates out of order are refused", "[plan][history]") {
  // formed on the day the district still existed
  auto e = errorOf(history(R"([{"id": "d1", "date": "2025-06-30"}])"));
  CHECK(e.field == "org_units[2].predecessors[0].date");
  CHECK(e.message_en.find("the former unit must end before the new one is formed") != std::string::npos);
  // no date: the unit's valid_from, before the district ended
  e = errorOf(R"({"schema_version": 1, "id": "h", "reporting_level": "commune", "org_units": [
    {"id": "d1", "name": "Huyện Một", "level": "district", "valid_to": "2025-06-30"},
    {"id": "c1", "name": "Xã Mới", "level": "commune", "valid_from": "2024-01-01", "predecessors": [{"id": "d1"}]}]})");
  CHECK(e.field == "org_units[1].predecessors[0]");
  // a date before the unit exists
  CHECK_NOTHROW(p8::parsePlan(history(R"([{"id": "d1", "date": "2026-01-01"}])"), "h.json"));   // after valid_from: fine
  e = errorOf(R"({"schema_version": 1, "id": "h", "reporting_level": "commune", "org_units": [
    {"id": "d1", "name": "Huyện Một", "level": "district", "valid_to": "2025-06-30"},
    {"id": "c1", "name": "Xã Mới", "level": "commune", "valid_from": "2025-08-01", "predecessors": [{"id": "d1", "date": "2025-07-01"}]}]})");
  CHECK(e.message_en.find("outside the time 'c1' exists") != std::string::npos);
  // not a date at all
  CHECK(errorOf(history(R"([{"id": "d1", "date": "1/7/2025"}])")).message_vi.find("NĂM-THÁNG-NGÀY") != std::string::npos);
}

TEST_CASE("the Thái Nguyên 2026 plan: 37 communes of former Bắc Kạn with their former district", "[plan][history]") {
  const auto& tn = thaiNguyen();
  CHECK(tn.id == "thai-nguyen-2026");
  CHECK(tn.phase == "2026-2030");
  CHECK(tn.reportingLevel == "commune");
  CHECK(tn.districts().size() == 37);
  CHECK(tn.indicators.size() == 14);   // the Bắc Kạn plan's, as its notes say
  CHECK(tn.notes.vi.find("Giả định") != std::string::npos);
  CHECK(tn.notes.en.find("Assumed") != std::string::npos);
  // Huyện Ba Bể became five communes.
  CHECK(ids(tn.successorsOf("bk-ba-be")) ==
        std::set<std::string>{"tn-ba-be", "tn-cho-ra", "tn-phuc-loc", "tn-thuong-minh", "tn-dong-phuc"});
  std::size_t all = 0;
  for (const auto* d : {"bk-tp-bac-kan", "bk-ba-be", "bk-bach-thong", "bk-cho-don", "bk-cho-moi", "bk-na-ri",
                        "bk-ngan-son", "bk-pac-nam"})
    all += tn.successorsOf(d).size();
  CHECK(all == 37);
  // The province too: Thái Nguyên since 1 July 2025 was formed (also) from Bắc Kạn.
  CHECK(tn.successorsOf("bk").size() == 37);
}

TEST_CASE("a 2022 name in a commune plan is the former district, a commune name the commune", "[plan][history]") {
  const auto& tn = thaiNguyen();
  CHECK(tn.matchFormerUnit("Huyện Ba Bể").id == "bk-ba-be");
  CHECK(tn.matchFormerUnit("H. Chợ Đồn").id == "bk-cho-don");
  CHECK(tn.matchFormerUnit("TP Bắc Kạn").id == "bk-tp-bac-kan");
  CHECK(tn.matchFormerUnit("Xã Ba Bể").status == S::None);
  CHECK(tn.matchDistrict("Xã Ba Bể").id == "tn-ba-be");
  CHECK(tn.matchDistrict("Ba Bể").id == "tn-ba-be");              // no prefix: the reporting unit
  CHECK(tn.matchDistrict("Huyện Ba Bể").status == S::None);       // never the commune of the same name
  CHECK(tn.matchDistrict("Phường Bắc Kạn").id == "tn-bac-kan");
  CHECK(tn.matchDistrict("Thành phố Bắc Kạn").status == S::None);

  const p8::Plan& bk = tn;   // only the plan itself is needed
  const auto ref = p8::resolveFormerUnit("Huyện Ba Bể", &bk, {});
  REQUIRE(ref);
  CHECK(ref->id == "bk-ba-be");
  CHECK(ref->successors.size() == 5);
  CHECK_FALSE(p8::resolveFormerUnit("Xã Chợ Rã", &bk, {}));
  p8::DistrictLabelMatcher m(*ref);
  CHECK(m.matches("Xã Chợ Rã"));
  CHECK(m.matches("xa phuc loc"));
  CHECK_FALSE(m.matches("Xã Ngân Sơn"));
}

TEST_CASE("commune figures summed back to the former districts", "[plan][history]") {
  const auto& tn = thaiNguyen();
  std::map<std::string, double> figures;
  for (const auto* u : tn.districts()) figures[u->id] = 1;   // one per commune
  figures.erase("tn-nghia-ta");                             // not reported
  figures["tn-somewhere"] = 4;                              // no unit of the plan
  const auto t = p8::totalsByFormerUnit(tn, figures);
  REQUIRE(t.byFormer.size() == 8);
  std::map<std::string, double> got;
  for (const auto& f : t.byFormer) got[f.id] = f.total.value_or(-1);
  CHECK(got == std::map<std::string, double>{{"bk-tp-bac-kan", 3}, {"bk-pac-nam", 3}, {"bk-ba-be", 5},
                                             {"bk-ngan-son", 5}, {"bk-cho-don", 5}, {"bk-bach-thong", 4},
                                             {"bk-na-ri", 6}, {"bk-cho-moi", 5}});
  for (const auto& f : t.byFormer)
    if (f.id == "bk-cho-don") CHECK(f.missing == std::vector<std::string>{"tn-nghia-ta"});
  CHECK(t.unassigned == std::vector<std::string>{"tn-somewhere"});
  CHECK(t.shared.empty());
  // No figure at all: empty totals, never 0.
  for (const auto& f : p8::totalsByFormerUnit(tn, {}).byFormer) CHECK_FALSE(f.total);
}

TEST_CASE("a unit formed from two districts is named, not split by a guess", "[plan][history]") {
  const auto plan = p8::parsePlan(history(R"([{"id": "d1"}, {"id": "d2"}])"), "h.json");
  const auto t = p8::totalsByFormerUnit(plan, {{"c1", 10}, {"c2", 3}});
  CHECK(t.shared == std::vector<std::string>{"c1"});
  REQUIRE(t.byFormer.size() == 2);
  CHECK_FALSE(t.byFormer[0].total);
  CHECK(*t.byFormer[1].total == 3);
}
