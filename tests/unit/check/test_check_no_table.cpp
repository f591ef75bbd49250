// A workbook no plan could be chosen for (core/check/check_infer.hpp), both directions: a file
// no candidate plan finds a table in (a list of communes with their former districts, a staff
// list, an empty workbook) has nothing to check — no plan-unknown, INFO at most; a file with a
// Project 8 table whose plan cannot be told (another province; plans that fit equally) keeps
// its honest plan-unknown WARNING.
#include "test_check_util.hpp"

#include "core/check/check_infer.hpp"

#include <fstream>
#include <sstream>

using namespace checktest;
using p8::Severity;

namespace {

const std::vector<const p8::Plan*>& builtins() {
  static const std::vector<const p8::Plan*> plans = {&bacKan(), &p8test::thaiNguyen(), &ninhThuan()};
  return plans;
}

// tests/data/thai-nguyen-xa-tu-bac-kan.csv as Calc reads it: former district, commune, code.
Rows communesList() {
  std::ifstream in(P8_SOURCE_DIR "/tests/data/thai-nguyen-xa-tu-bac-kan.csv");
  Rows rows;
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> row;
    std::stringstream fields(line);
    for (std::string f; std::getline(fields, f, ',');) row.push_back(f);
    rows.push_back(row);
  }
  return rows;
}

// Communes as rows, no province and no year: its units are Thái Nguyên's communes.
Rows communeAllocation() {
  Rows rows = {{"PHÂN BỔ CHỈ TIÊU DỰ ÁN 8 CHO CÁC XÃ, PHƯỜNG"},
               {"TT", "Xã, phường", "Tổ truyền thông cộng đồng", "Địa chỉ tin cậy cộng đồng"}};
  const char* units[] = {"Phường Đức Xuân", "Xã Bằng Vân", "Xã Nam Cường", "Xã Phủ Thông", "Xã Văn Lang"};
  int n = 1;
  for (const char* u : units) rows.push_back({std::to_string(n++), u, "3", "1"});
  rows.push_back({"", "Tổng cộng", "=SUM(C3:C7)|15", "=SUM(D3:D7)|5"});
  return rows;
}

// The same with each commune's former district beside it: every row names a unit of each
// plan (Bắc Kạn's districts, Thái Nguyên's communes), so both fit equally.
Rows communeAllocationWithFormer() {
  Rows rows = {{"PHÂN BỔ CHỈ TIÊU DỰ ÁN 8 CHO CÁC XÃ, PHƯỜNG"},
               {"TT", "Xã, phường", "Huyện cũ", "Tổ truyền thông cộng đồng", "Địa chỉ tin cậy cộng đồng"}};
  const char* units[][2] = {{"Phường Đức Xuân", "Thành phố Bắc Kạn"}, {"Xã Bằng Vân", "Huyện Ngân Sơn"},
                            {"Xã Nam Cường", "Huyện Chợ Đồn"}, {"Xã Phủ Thông", "Huyện Bạch Thông"},
                            {"Xã Văn Lang", "Huyện Na Rì"}};
  int n = 1;
  for (const auto& u : units) rows.push_back({std::to_string(n++), u[0], u[1], "3", "1"});
  rows.push_back({"", "Tổng cộng", "", "=SUM(D3:D7)|15", "=SUM(E3:E7)|5"});
  return rows;
}

// A province with no plan (Tuyên Quang, phase II, by commune).
Rows tuyenQuang() {
  return {{"UBND TỈNH TUYÊN QUANG"},
          {"PHÂN BỔ CHỈ TIÊU DỰ ÁN 8 CHO CÁC XÃ, PHƯỜNG NĂM 2027"},
          {},
          {"STT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu giai đoạn", "Xã Minh Quang", "Xã Lâm Bình", "Tổng cộng"},
          {"1", "Tổ truyền thông cộng đồng", "tổ", "30", "15", "15", "=SUM(E5:F5)|30"}};
}

// The same province's communes as rows, its indicators across (the layout of the commune plan,
// tests/corpus/families.py tuyen_quang_2026): no plan knows these communes.
Rows tuyenQuangByCommune() {
  Rows rows = {{"UBND TỈNH TUYÊN QUANG"},
               {"KẾ HOẠCH THỰC HIỆN DỰ ÁN 8 NĂM 2026 (GIAI ĐOẠN 2026-2030)"},
               {},
               {"TT", "Xã, phường", "Tổ truyền thông cộng đồng", "Địa chỉ tin cậy cộng đồng", "CLB thủ lĩnh của sự thay đổi"}};
  const char* units[] = {"Xã Minh Quang", "Xã Lâm Bình", "Phường Minh Xuân", "Xã Hồng Thái"};
  int n = 1;
  for (const char* u : units) rows.push_back({std::to_string(n++), u, "3", "1", "2"});
  rows.push_back({"", "Tổng cộng", "=SUM(C5:C8)|12", "=SUM(D5:D8)|4", "=SUM(E5:E8)|8"});
  return rows;
}

int alarmsIn(const p8::CheckResult& r) { return r.count(Severity::Error) + r.count(Severity::Warning); }

}  // namespace

TEST_CASE("a list of communes and their former districts: no P8 table, nothing to check, no plan-unknown",
          "[check][infer][no-table]") {
  const std::vector<p8::Grid> sheets = {gridOf("Danh sách", communesList())};
  const p8::PlanInference seen = p8::inferPlanEvidence(sheets, builtins());
  INFO(seen.evidence_en);
  REQUIRE(seen.planId.empty());   // the premise: the names fit more than one plan
  CHECK_FALSE(p8::hasP8Table(sheets, builtins()));
  const p8::UnplannedCheck u = p8::checkWithoutPlan(sheets, builtins(), seen, "xa.csv");
  INFO(describe(u.result));
  CHECK(u.noTable);
  CHECK(alarmsIn(u.result) == 0);
  CHECK(count(u.result, "plan-unknown") == 0);
  REQUIRE(u.result.findings.size() == 1);
  const p8::Finding& f = u.result.findings.front();
  CHECK((f.code == "table-not-found" && f.severity == Severity::Info && f.sheet == "Danh sách"));
  CHECK(f.message_vi.find("bac-kan-2022") != std::string::npos);   // says under which plans it looked
  CHECK(f.message_en.find("--plan") != std::string::npos);         // and what to do if it is a table
  CHECK(u.result.planId.empty());
  CHECK(u.result.planEvidence.evidence_en == seen.evidence_en);   // plan_evidence says what was seen
}

TEST_CASE("a staff list and an empty sheet: nothing; an empty workbook: no finding at all", "[check][infer][no-table]") {
  const Rows staff = {{"DANH SÁCH CÁN BỘ PHỤ TRÁCH DỰ ÁN 8 Ở CÁC XÃ, PHƯỜNG"},
                      {"TT", "Họ và tên", "Chức vụ", "Xã, phường", "Huyện cũ", "Điện thoại"},
                      {"1", "Hoàng Thị Lan", "Chủ tịch", "Xã Bằng Vân", "Huyện Ngân Sơn", "'0912345678"},
                      {"2", "Nông Thị Hoa", "Cán bộ", "Xã Nam Cường", "Huyện Chợ Đồn", "'0209 3870 123"},
                      {"3", "Lường Thị Mai", "Cán bộ", "Xã Văn Lang", "Huyện Na Rì", "'0987.654.321"}};
  const std::vector<p8::Grid> sheets = {gridOf("Cán bộ", staff), gridOf("Trống", {})};
  const p8::PlanInference seen = p8::inferPlanEvidence(sheets, builtins());
  INFO(seen.evidence_en);
  REQUIRE(seen.planId.empty());   // communes of one plan, districts of the other, row by row
  const p8::UnplannedCheck u = p8::checkWithoutPlan(sheets, builtins(), seen, "cb.xlsx");
  INFO(describe(u.result));
  CHECK(u.noTable);
  CHECK(alarmsIn(u.result) == 0);
  CHECK(u.result.findings.size() == 1);   // the staff list's sheet; the empty sheet says nothing
  const p8::UnplannedCheck empty = p8::checkWithoutPlan({gridOf("Sheet1", {})}, builtins(), {}, "trong.ods");
  CHECK(empty.noTable);
  CHECK(empty.result.findings.empty());
}

TEST_CASE("p8calc's own results sheet is no evidence of a table", "[check][infer][no-table]") {
  // Its totals block looks like a table of units; it is replaced on every check, never input.
  Rows results = {{"KẾT QUẢ KIỂM TRA DỰ ÁN 8"}};
  for (const auto& r : communeAllocation()) results.push_back(r);
  const std::vector<p8::Grid> sheets = {gridOf("Danh sách", communesList()), gridOf("P8 Kết quả kiểm tra", results)};
  CHECK_FALSE(p8::hasP8Table(sheets, builtins()));
  const p8::UnplannedCheck u = p8::checkWithoutPlan(sheets, builtins(), p8::inferPlanEvidence(sheets, builtins()), "x.ods");
  CHECK(u.noTable);
  CHECK(u.result.findings.size() == 1);   // the list only
}

TEST_CASE("a P8 table of a province with no plan keeps its honest plan-unknown", "[check][infer][no-table]") {
  const std::vector<p8::Grid> sheets = {gridOf("Phân bổ", tuyenQuang())};
  const p8::PlanInference seen = p8::inferPlanEvidence(sheets, builtins());
  INFO(seen.evidence_en);
  REQUIRE(seen.planId.empty());
  CHECK(p8::hasP8Table(sheets, builtins()));
  const p8::UnplannedCheck u = p8::checkWithoutPlan(sheets, builtins(), seen, "tq.xlsx");
  INFO(describe(u.result));
  CHECK_FALSE(u.noTable);
  REQUIRE(u.result.findings.size() == 1);
  const p8::Finding& f = u.result.findings.front();
  CHECK((f.code == "plan-unknown" && f.severity == Severity::Warning));
  CHECK(f.message_vi.find("Tuyên Quang") != std::string::npos);
  CHECK(f.message_vi.find("tq.xlsx") != std::string::npos);
}

TEST_CASE("a commune table naming each commune's former district, both plans fitting: still plan-unknown",
          "[check][infer][no-table]") {
  const std::vector<p8::Grid> sheets = {gridOf("Phân bổ", communeAllocationWithFormer())};
  const p8::PlanInference seen = p8::inferPlanEvidence(sheets, builtins());
  INFO(seen.evidence_en);
  REQUIRE(seen.planId.empty());
  CHECK(seen.evidence_en.find("Several plans fit equally") != std::string::npos);
  CHECK(p8::hasP8Table(sheets, builtins()));
  const p8::UnplannedCheck u = p8::checkWithoutPlan(sheets, builtins(), seen, "px.xlsx");
  INFO(describe(u.result));
  CHECK_FALSE(u.noTable);
  CHECK(count(u.result, "plan-unknown") == 1);
  CHECK(u.result.count(Severity::Warning) == 1);
  CHECK(u.result.findings.size() == 1);
}

TEST_CASE("the results sheet aside, a commune table is found under its plan", "[check][infer][no-table]") {
  // The premise of the case above: the table is one Thái Nguyên's plan recognises.
  CHECK(p8::hasP8Table({gridOf("Phân bổ", communeAllocation())}, {&p8test::thaiNguyen()}));
  CHECK_FALSE(p8::hasP8Table({gridOf("P8 Kết quả kiểm tra", communeAllocation())}, builtins()));
}

TEST_CASE("a table of another province's communes, which no plan's unit names recognise, stays plan-unknown",
          "[check][infer][no-table]") {
  const std::vector<p8::Grid> sheets = {gridOf("KH 2026", tuyenQuangByCommune())};
  for (const p8::Plan* p : builtins()) CHECK(p8::recognizeTables(sheets[0], *p).tables.empty());   // the premise
  CHECK(p8::hasP8Table(sheets, builtins()));   // its indicators head columns of figures
  const p8::UnplannedCheck u = p8::checkWithoutPlan(sheets, builtins(), p8::inferPlanEvidence(sheets, builtins()), "tq.xlsx");
  CHECK_FALSE(u.noTable);
  CHECK(count(u.result, "plan-unknown") == 1);
}

TEST_CASE("an indicator named without figures beside it is no table", "[check][infer][no-table]") {
  const Rows notes = {{"GHI CHÚ"},
                      {"Tổ truyền thông cộng đồng: thành lập xong trước quý III"},
                      {"Địa chỉ tin cậy cộng đồng", "chưa có"},
                      {"Liên hệ", "Xã Bằng Vân", "Huyện Ngân Sơn"}};
  CHECK_FALSE(p8::hasP8Table({gridOf("Ghi chú", notes)}, builtins()));
  Rows figures = notes;
  figures[2][1] = "4";   // now a figure stands beside the indicator
  CHECK(p8::hasP8Table({gridOf("Ghi chú", figures)}, builtins()));
}
