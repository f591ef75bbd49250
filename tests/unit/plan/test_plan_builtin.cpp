// The built-in plan catalogue (builtinPlanIds) with the phase II example thai-nguyen-2026:
// a 2026 commune workbook of Thái Nguyên is inferred to it with evidence, while phase I
// workbooks of Bắc Kạn (whose district names are also commune names in Thái Nguyên) keep
// their plan and workbooks of other provinces or phases stay an honest plan-unknown.
#include "test_check_util.hpp"

using namespace checktest;

namespace {

const p8::Plan& thaiNguyen() {
  static const p8::Plan plan = p8::loadPlanFile(P8_SOURCE_DIR "/plans/thai-nguyen-2026.json");
  return plan;
}

std::vector<const p8::Plan*> allBuiltins() { return {&bacKan(), &ninhThuan(), &thaiNguyen()}; }

Rows communeSheet(const std::string& province, const std::vector<std::string>& units) {
  Rows rows = {{"UBND TỈNH " + province},
               {"KẾ HOẠCH THỰC HIỆN DỰ ÁN 8 NĂM 2026 (GIAI ĐOẠN 2026-2030)"},
               {"TT", "Xã, phường", "Tổ truyền thông cộng đồng", "Địa chỉ tin cậy cộng đồng", "Ghi chú"}};
  int n = 1;
  for (const auto& u : units) rows.push_back({std::to_string(n++), u, "3", "1", ""});
  return rows;
}

}  // namespace

TEST_CASE("thai-nguyen-2026 is a built-in plan", "[plan][builtin]") {
  const auto ids = p8::builtinPlanIds();
  CHECK(std::find(ids.begin(), ids.end(), "thai-nguyen-2026") != ids.end());
  for (const auto& id : ids) {
    INFO(id);
    CHECK(p8::loadPlanFile(p8::builtinPlanPath(id, P8_SOURCE_DIR "/plans")).id == id);
  }
}

TEST_CASE("a 2026 Thái Nguyên commune workbook is inferred to thai-nguyen-2026 with its evidence", "[plan][builtin]") {
  const Rows rows = communeSheet("THÁI NGUYÊN", {"Phường Đức Xuân", "Phường Bắc Kạn", "Xã Ba Bể", "Xã Chợ Rã",
                                                "Xã Bằng Vân", "Xã Ngân Sơn", "Xã Nam Cường", "Xã Chợ Đồn"});
  const p8::PlanInference inf = p8::inferPlanEvidence({gridOf("KH 2026", rows)}, allBuiltins());
  INFO(inf.evidence_vi);
  CHECK(inf.planId == "thai-nguyen-2026");
  CHECK(inf.evidence_vi.find("Thái Nguyên") != std::string::npos);
  CHECK(inf.evidence_vi.find("đơn vị của kế hoạch") != std::string::npos);
  CHECK(inf.evidence_vi.find("2026–2030") != std::string::npos);
  // Checked against it: a correct sheet gives no alarm.
  const auto r = p8::checkWorkbook({gridOf("KH 2026", rows)}, thaiNguyen());
  INFO(describe(r));
  CHECK(alarms(r) == 0);
}

TEST_CASE("phase I Bắc Kạn workbooks keep bac-kan-2022 beside thai-nguyen-2026", "[plan][builtin]") {
  const auto plans = allBuiltins();
  CHECK(p8::inferPlan({gridOf("Phân bổ", correctAllocation())}, plans) == "bac-kan-2022");
  // Bare district names, no province, no year: "Ba Bể" is also a commune of Thái Nguyên, but a
  // name shared with a former district is no evidence for the commune plan.
  const Rows bare = {{"STT", "Chỉ tiêu", "Ba Bể", "Chợ Đồn", "Bạch Thông", "Na Rì", "Tổng"},
                     {"1", "Tổ truyền thông cộng đồng", "10", "12", "8", "5", "=SUM(C2:F2)|35"}};
  const p8::PlanInference inf = p8::inferPlanEvidence({gridOf("Phân bổ", bare)}, plans);
  INFO(inf.evidence_vi);
  CHECK(inf.planId == "bac-kan-2022");
}

TEST_CASE("other provinces and phases stay plan-unknown with thai-nguyen-2026 built in", "[plan][builtin]") {
  const auto plans = allBuiltins();
  // Tuyên Quang 2026 by commune: another province.
  const Rows tq = communeSheet("TUYÊN QUANG", {"Xã Minh Quang", "Xã Lâm Bình", "Phường Minh Xuân", "Xã Hồng Thái"});
  const p8::PlanInference a = p8::inferPlanEvidence({gridOf("KH 2026", tq)}, plans);
  INFO(a.evidence_vi);
  CHECK(a.planId.empty());
  CHECK(a.evidence_vi.find("Tuyên Quang") != std::string::npos);
  // Thái Nguyên communes in a 2021–2025 sheet: years outside the commune plan's phase.
  Rows old = communeSheet("THÁI NGUYÊN", {"Xã Ba Bể", "Xã Chợ Rã", "Xã Bằng Vân"});
  old[1][0] = "KẾ HOẠCH THỰC HIỆN DỰ ÁN 8 GIAI ĐOẠN 2021-2025";
  CHECK(p8::inferPlan({gridOf("KH", old)}, plans).empty());
}

namespace {

// A commune plan that allocates indicator 1 to three of its four communes.
const p8::Plan& communePlan() {
  static const p8::Plan plan = p8::parsePlan(R"({
    "schema_version": 1, "id": "tq-2026", "province": "Tuyên Quang", "phase": "2026-2030",
    "start_year": 2026, "end_year": 2030, "reporting_level": "commune",
    "indicators": [{"code": "1", "name": "Tổ truyền thông cộng đồng", "unit": "tổ", "target": 30}],
    "org_units": [{"id": "tq", "name": "Tuyên Quang", "level": "province"},
                  {"id": "minh-quang", "name": "Xã Minh Quang", "level": "commune", "parent": "tq"},
                  {"id": "lam-binh", "name": "Xã Lâm Bình", "level": "commune", "parent": "tq"},
                  {"id": "minh-xuan", "name": "Phường Minh Xuân", "level": "commune", "parent": "tq"},
                  {"id": "hong-thai", "name": "Xã Hồng Thái", "level": "commune", "parent": "tq"}],
    "allocation": {"1": {"minh-quang": 10, "lam-binh": 10, "minh-xuan": 10}}})", "tq.json");
  return plan;
}

Rows communeAllocation(const std::vector<std::pair<std::string, int>>& units) {
  Rows rows = {{"PHÂN BỔ CHỈ TIÊU CHO CÁC XÃ, PHƯỜNG"}, {}, {"STT", "Chỉ tiêu", "ĐVT"}};
  Rows::value_type values = {"1", "Tổ truyền thông cộng đồng", "tổ"};
  int sum = 0;
  for (const auto& [name, v] : units) {
    rows[2].push_back(name);
    values.push_back(std::to_string(v));
    sum += v;
  }
  rows[2].push_back("Tổng cộng");
  values.push_back("=SUM(D4:" + std::string(1, char('D' + units.size() - 1)) + "4)|" + std::to_string(sum));
  rows.push_back(values);
  return rows;
}

}  // namespace

TEST_CASE("a commune plan expects the communes it allocates to, and judges the sum only over all of them", "[plan][builtin]") {
  // All three allocated communes, one short of its own allocation: target-mismatch at its cell,
  // and the sum short by just that is no second finding (allocation-under's words for a
  // commune plan: test_check_level_words.cpp).
  const auto under = check(communeAllocation({{"Xã Minh Quang", 10}, {"Xã Lâm Bình", 10}, {"Phường Minh Xuân", 5}}),
                           communePlan());
  INFO(describe(under));
  CHECK(count(under, "target-mismatch") == 1);
  CHECK(count(under, "allocation-under") == 0);
  CHECK(count(under, "district-missing") == 0);   // Xã Hồng Thái is allocated nothing: not expected
  CHECK(alarms(under) == 1);
  // One allocated commune left out: it is missing (one finding), the sum of the others is no
  // second finding.
  const auto missing = check(communeAllocation({{"Xã Minh Quang", 10}, {"Xã Lâm Bình", 10}}), communePlan());
  INFO(describe(missing));
  CHECK(count(missing, "district-missing") == 1);
  CHECK(count(missing, "allocation-under") == 0);
  // The right allocation: silent.
  const auto ok = check(communeAllocation({{"Xã Minh Quang", 10}, {"Xã Lâm Bình", 10}, {"Phường Minh Xuân", 10}}),
                        communePlan());
  INFO(describe(ok));
  CHECK(alarms(ok) == 0);
}
