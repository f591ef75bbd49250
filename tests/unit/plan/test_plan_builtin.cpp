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
