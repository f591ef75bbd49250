// The consolidation model on a Bắc Kạn 2025 cycle of hand-made unit reports: every status
// (received, missing, duplicate, unreadable), files of no unit, a late file, a target that
// differs from the plan's allocation, and totals checked against sums computed here from
// the same figures, with empty figures null, never 0.
#include "consolidate_util.hpp"

#include <algorithm>
#include <map>

using namespace constest;
using p8test::bacKan;
using p8test::ninhThuan;

namespace {

struct UnitFig { double actual1, cumulative1, actual4; };
// What each district's file reports: indicator 1 (period and cumulative), indicator 4 (period).
const std::map<std::string, UnitFig> kFigures = {
    {"bk-ba-be", {8, 30, 1}}, {"bk-bach-thong", {6, 21, 2}}, {"bk-na-ri", {5, 19, 0}}, {"bk-tp-bac-kan", {9, 40, 3}},
    {"bk-cho-don", {7, 25, 1}}};

std::vector<Line> lines(const std::string& unit) {
  const UnitFig& f = kFigures.at(unit);
  auto n = [](double v) { return p8::machineNumber(v); };
  return {{"Tổ truyền thông cộng đồng", "tổ", "", "10", n(f.actual1), n(f.cumulative1)},
          {"Địa chỉ tin cậy cộng đồng", "địa chỉ", "", "", n(f.actual4), ""},
          {"Phụ nữ được tiếp cận dịch vụ sinh đẻ an toàn", "%", "", "", "50", ""}};
}

std::vector<p8::ConsolidationFile> cycle(const p8::Plan& plan = bacKan()) {
  std::vector<p8::ConsolidationFile> files;
  auto grid = [](const Rows& header, const std::string& unit, const std::string& sheet = "Báo cáo") {
    return std::vector<p8::Grid>{gridOf(sheet, unitReport(header, lines(unit)))};
  };
  files.push_back(file("in/ba-be.xlsx", "2025-09-05", grid({{"Đơn vị báo cáo: Huyện Ba Bể"}}, "bk-ba-be"), plan));
  files.push_back(file("in/bach-thong.xlsx", "2025-09-15T08:30:00", grid({{"HỘI LHPN HUYỆN BẠCH THÔNG"}}, "bk-bach-thong"), plan));
  files.push_back(file("in/so-lieu-na-ri.xlsx", "2025-09-01", grid({{"BIỂU SỐ LIỆU"}}, "bk-na-ri"), plan));
  files.push_back(file("in/thanh-pho.ods", "2025-09-10", grid({{"BIỂU SỐ LIỆU"}}, "bk-tp-bac-kan", "TP Bắc Kạn"), plan));
  files.push_back(file("in/cho-don.xlsx", "2025-09-02", grid({{"Đơn vị báo cáo: Huyện Chợ Đồn"}}, "bk-cho-don"), plan));
  files.push_back(file("in/cho-don (1).xlsx", "2025-09-03", grid({{"HỘI LHPN HUYỆN CHỢ ĐỒN"}}, "bk-cho-don"), plan));
  files.push_back(p8::unreadableFile("in/cho-moi.xlsx", "2025-09-04", "tệp có mật khẩu", "the file has a password", plan));
  files.push_back(p8::unreadableFile("in/scan.xlsx", "", "tệp bị hỏng", "the file is damaged", plan));
  const std::vector<const p8::Plan*> others = {&ninhThuan()};
  files.push_back(file("in/bac-ai.xlsx", "2025-09-05", grid({{"UBND TỈNH NINH THUẬN"}, {"HỘI LHPN HUYỆN BÁC ÁI"}}, "bk-ba-be"),
                       plan, others));
  return files;
}

p8::ConsolidationOptions opts() {
  p8::ConsolidationOptions o;
  o.period = 2025;
  o.kind = "progress";
  o.asOf = "2025-09-20";
  return o;
}

}  // namespace

TEST_CASE("consolidate: every unit of the plan gets one status", "[consolidate]") {
  const p8::Consolidation c = p8::consolidate(bacKan(), cycle(), opts());
  INFO(describe(c));
  REQUIRE(c.units.size() == 8);
  const std::map<std::string, p8::UnitStatus> want = {
      {"bk-tp-bac-kan", p8::UnitStatus::Received}, {"bk-ba-be", p8::UnitStatus::Received},
      {"bk-bach-thong", p8::UnitStatus::Received}, {"bk-cho-don", p8::UnitStatus::Duplicate},
      {"bk-cho-moi", p8::UnitStatus::Unreadable},  {"bk-na-ri", p8::UnitStatus::Received},
      {"bk-ngan-son", p8::UnitStatus::Missing},    {"bk-pac-nam", p8::UnitStatus::Missing}};
  for (const auto& u : c.units) {
    INFO(u.id);
    CHECK(u.status == want.at(u.id));
  }
  CHECK(c.units.front().id == "bk-tp-bac-kan");   // the plan's order
  // Both directions: a unit's correct report on time raises nothing, in the check or here.
  for (const char* id : {"bk-ba-be", "bk-na-ri", "bk-tp-bac-kan"}) {
    INFO(id);
    const p8::UnitReport* u = c.unit(id);
    CHECK_FALSE(u->late);
    CHECK(c.files[u->files.front()].check.count(p8::Severity::Error) == 0);
    CHECK(c.files[u->files.front()].check.count(p8::Severity::Warning) == 0);
    for (const auto& f : c.findings) CHECK(f.unit != id);
  }
  CHECK(c.unit("bk-ngan-son")->files.empty());
  CHECK(c.unit("bk-cho-don")->files.size() == 2);
  CHECK(c.deadline == "2025-09-10");
  CHECK(c.asOf == "2025-09-20");
}

TEST_CASE("consolidate: duplicates name all files and none is counted", "[consolidate]") {
  const p8::Consolidation c = p8::consolidate(bacKan(), cycle(), opts());
  INFO(describe(c));
  REQUIRE(count(c, "unit-duplicate") == 1);
  const auto& d = *std::find_if(c.findings.begin(), c.findings.end(),
                                [](const p8::ConsolidationFinding& f) { return f.finding.code == "unit-duplicate"; });
  CHECK(d.finding.severity == p8::Severity::Error);
  CHECK(d.unit == "bk-cho-don");
  CHECK(d.files == std::vector<std::string>{"in/cho-don.xlsx", "in/cho-don (1).xlsx"});
  CHECK(d.finding.message_vi.find("in/cho-don.xlsx") != std::string::npos);
  CHECK(d.finding.message_vi.find("in/cho-don (1).xlsx") != std::string::npos);
  CHECK(d.finding.message_en.find("None of them is counted") != std::string::npos);
  const p8::ConsolidatedTotal* t = c.total("1", "bk-cho-don");
  REQUIRE(t);
  CHECK_FALSE(t->actual);
  CHECK_FALSE(t->cumulative);
  CHECK(t->unitsCounted == 0);
}

TEST_CASE("consolidate: unknown and unreadable files are errors naming the file", "[consolidate]") {
  const p8::Consolidation c = p8::consolidate(bacKan(), cycle(), opts());
  INFO(describe(c));
  REQUIRE(count(c, "unit-unknown") == 1);
  for (const auto& f : c.findings) {
    if (f.finding.code == "unit-unknown") {
      CHECK(f.finding.severity == p8::Severity::Error);
      CHECK(f.files == std::vector<std::string>{"in/bac-ai.xlsx"});
      CHECK(f.finding.message_vi.find("in/bac-ai.xlsx") != std::string::npos);
      CHECK(f.finding.message_vi.find("Ninh Thuận") != std::string::npos);
    }
  }
  // The password-protected file of Chợ Mới (named by its file name) and a damaged file of no unit.
  REQUIRE(count(c, "unit-unreadable") == 2);
  bool choMoi = false, scan = false;
  for (const auto& f : c.findings) {
    if (f.finding.code != "unit-unreadable") continue;
    CHECK(f.finding.severity == p8::Severity::Error);
    if (f.unit == "bk-cho-moi") choMoi = f.finding.message_vi.find("tệp có mật khẩu") != std::string::npos;
    if (f.unit.empty()) scan = f.files.front() == "in/scan.xlsx" && f.finding.message_en.find("damaged") != std::string::npos;
  }
  CHECK(choMoi);
  CHECK(scan);
  CHECK(c.count(p8::Severity::Error) >= 4);   // duplicate, unknown, 2 unreadable
}

TEST_CASE("consolidate: a late file is INFO with both dates, and still counted", "[consolidate]") {
  const p8::Consolidation c = p8::consolidate(bacKan(), cycle(), opts());
  INFO(describe(c));
  REQUIRE(count(c, "unit-late") == 1);
  const auto& f = *std::find_if(c.findings.begin(), c.findings.end(),
                                [](const p8::ConsolidationFinding& x) { return x.finding.code == "unit-late"; });
  CHECK(f.finding.severity == p8::Severity::Info);
  CHECK(f.unit == "bk-bach-thong");
  CHECK(f.finding.expected == "2025-09-10");
  CHECK(f.finding.actual == "2025-09-15");
  CHECK(f.finding.message_vi.find("15/09/2025") != std::string::npos);
  CHECK(f.finding.message_vi.find("10/09/2025") != std::string::npos);
  CHECK(c.unit("bk-bach-thong")->late);
  CHECK_FALSE(c.unit("bk-tp-bac-kan")->late);   // on the deadline day is on time
  CHECK(c.total("1", "bk-bach-thong")->unitsCounted == 1);
  // The year update is due on 25/01 of the next year: nobody is late then.
  p8::ConsolidationOptions u = opts();
  u.kind = "update";
  const p8::Consolidation up = p8::consolidate(bacKan(), cycle(), u);
  CHECK(up.deadline == "2026-01-25");
  CHECK(count(up, "unit-late") == 0);
  // A deadline given by the user overrides the plan's.
  p8::ConsolidationOptions o = opts();
  o.deadline = "2025-09-03";
  const p8::Consolidation early = p8::consolidate(bacKan(), cycle(), o);
  CHECK(count(early, "unit-late") == 3);   // Bạch Thông, TP Bắc Kạn, Ba Bể (Chợ Đồn is not counted)
}

TEST_CASE("consolidate: totals are the sums of the units counted, and say how many", "[consolidate]") {
  const p8::Consolidation c = p8::consolidate(bacKan(), cycle(), opts());
  INFO(describe(c));
  // Computed here from the inputs: the received units only (not the duplicated Chợ Đồn).
  double actual1 = 0, cumulative1 = 0, actual4 = 0;
  int counted = 0;
  for (const char* u : {"bk-ba-be", "bk-bach-thong", "bk-na-ri", "bk-tp-bac-kan"}) {
    actual1 += kFigures.at(u).actual1;
    cumulative1 += kFigures.at(u).cumulative1;
    actual4 += kFigures.at(u).actual4;
    ++counted;
  }
  const p8::ConsolidatedTotal* t = c.total("1", "");
  REQUIRE(t);
  REQUIRE(t->actual);
  CHECK(*t->actual == actual1);
  REQUIRE(t->cumulative);
  CHECK(*t->cumulative == cumulative1);
  CHECK(t->plan == std::optional<double>(380));
  CHECK(t->gap == std::optional<double>(380 - cumulative1));
  CHECK(t->unitsCounted == counted);
  CHECK(t->unitsExpected == 8);
  CHECK_FALSE(t->allocated);   // the plan allocates nothing and no file states a target
  const p8::ConsolidatedTotal* t4 = c.total("4", "");
  REQUIRE(t4->actual);
  CHECK(*t4->actual == actual4);   // Na Rì's 0 is a reported zero and counts
  CHECK(t4->unitsCounted == 4);
  CHECK_FALSE(t4->cumulative);     // no unit gives it: null, never 0
  CHECK_FALSE(t4->gap);
  // Per unit: the unit's own figures.
  const p8::ConsolidatedTotal* ba = c.total("1", "bk-ba-be");
  CHECK(ba->actual == std::optional<double>(8));
  CHECK(ba->cumulative == std::optional<double>(30));
  CHECK(ba->unitsCounted == 1);
  CHECK(ba->unitsExpected == 1);
  // An indicator no file mentions: everything empty, none counted.
  const p8::ConsolidatedTotal* t6 = c.total("6", "");
  CHECK_FALSE(t6->actual);
  CHECK_FALSE(t6->cumulative);
  CHECK(t6->unitsCounted == 0);
  CHECK(t6->plan == std::optional<double>(74));
  // A rate is not summed over units; each unit keeps its own.
  const p8::ConsolidatedTotal* t5 = c.total("5", "");
  CHECK_FALSE(t5->actual);
  CHECK(t5->unitsCounted == 4);
  CHECK(c.total("5", "bk-ba-be")->actual == std::optional<double>(0.5));
}

TEST_CASE("consolidate: missing units have null figures, never 0", "[consolidate]") {
  const p8::Consolidation c = p8::consolidate(bacKan(), cycle(), opts());
  for (const char* u : {"bk-ngan-son", "bk-pac-nam", "bk-cho-moi"}) {
    INFO(u);
    for (const char* ind : {"1", "4", "7"}) {
      const p8::ConsolidatedTotal* t = c.total(ind, u);
      REQUIRE(t);
      CHECK_FALSE(t->actual);
      CHECK_FALSE(t->cumulative);
      CHECK_FALSE(t->gap);
      CHECK(t->unitsCounted == 0);
    }
  }
  // Nothing received at all: every whole-plan figure empty, 0 of 8 counted.
  const p8::Consolidation none = p8::consolidate(bacKan(), {}, opts());
  for (const auto& u : none.units) CHECK(u.status == p8::UnitStatus::Missing);
  CHECK(none.findings.empty());
  const p8::ConsolidatedTotal* t = none.total("1", "");
  CHECK_FALSE(t->actual);
  CHECK_FALSE(t->cumulative);
  CHECK(t->unitsCounted == 0);
  CHECK(t->unitsExpected == 8);
}

TEST_CASE("consolidate: a target stated by the unit that differs from the plan's allocation", "[consolidate]") {
  p8::Plan plan = bacKan();
  plan.allocation["1"] = {{"bk-ba-be", 47}, {"bk-na-ri", 45}};
  plan.index();
  auto rows = unitReport({{"Đơn vị báo cáo: Huyện Ba Bể"}}, {{"Tổ truyền thông cộng đồng", "tổ", "50", "10", "8", "30"}});
  auto rowsNaRi = unitReport({{"Đơn vị báo cáo: Huyện Na Rì"}}, {{"Tổ truyền thông cộng đồng", "tổ", "45", "10", "5", "19"}});
  std::vector<p8::ConsolidationFile> files;
  files.push_back(file("ba-be.xlsx", "2025-09-01", {gridOf("Báo cáo", rows)}, plan));
  files.push_back(file("na-ri.xlsx", "2025-09-01", {gridOf("Báo cáo", rowsNaRi)}, plan));
  const p8::Consolidation c = p8::consolidate(plan, std::move(files), opts());
  INFO(describe(c));
  REQUIRE(count(c, "target-mismatch") == 1);
  const auto& f = *std::find_if(c.findings.begin(), c.findings.end(),
                                [](const p8::ConsolidationFinding& x) { return x.finding.code == "target-mismatch"; });
  CHECK(f.unit == "bk-ba-be");
  CHECK(f.finding.sheet == "Báo cáo");
  CHECK(f.finding.cell == "D4");
  CHECK(f.finding.expected == "47");
  CHECK(f.finding.actual == "50");
  const p8::ConsolidatedTotal* ba = c.total("1", "bk-ba-be");
  CHECK(ba->plan == std::optional<double>(47));
  CHECK(ba->allocated == std::optional<double>(50));   // the file's stated target
  CHECK(ba->gap == std::optional<double>(50 - 30));
  const p8::ConsolidatedTotal* pac = c.total("1", "bk-pac-nam");
  CHECK_FALSE(pac->plan);                              // the plan allocates nothing to it
  CHECK(c.total("1", "")->allocated == std::optional<double>(50 + 45));
}

TEST_CASE("attribution never throws on any text or file name", "[consolidate][attribution]") {
  Rows rows = {{"\xff\xfe\xc3", "Đơn vị báo cáo:", "\xe1\xbb"}, {"HỘI LHPN", "UBND TỈNH", "Đơn vị báo cáo: "},
               {std::string(5000, 'x'), "Huyện", "tỉnh"}};
  for (const char* path : {"", ".", "/", "a/", ".xlsx", "\xff.ods", "x-y_z..ods"}) {
    INFO(path);
    p8::Attribution a;
    REQUIRE_NOTHROW(a = p8::attributeFile({gridOf("\xff", rows), gridOf("", {})}, path, bacKan(), {&ninhThuan()}));
    CHECK(a.unitId.empty());
  }
}

TEST_CASE("consolidate: the units expected are those valid in the period", "[consolidate]") {
  const p8::Plan& tn = p8test::thaiNguyen();
  const auto units2026 = p8::unitsExpected(tn, 2026);
  CHECK_FALSE(units2026.empty());
  for (const auto* u : units2026) CHECK(u->level == "commune");
  CHECK(p8::unitsExpected(bacKan(), 2025).size() == 8);
  CHECK(p8::unitsExpected(bacKan(), 2026).empty());   // the districts ended on 30/6/2025
  // A file of a unit that no longer reports is no unit of the period.
  p8::ConsolidationOptions o = opts();
  o.period = 2026;
  std::vector<p8::ConsolidationFile> files;
  files.push_back(file("ba-be.xlsx", "2026-09-01", {gridOf("Báo cáo", unitReport({{"Đơn vị báo cáo: Huyện Ba Bể"}}, lines("bk-ba-be")))}));
  const p8::Consolidation c = p8::consolidate(bacKan(), std::move(files), o);
  CHECK(c.units.empty());
  CHECK(count(c, "unit-unknown") == 1);
  CHECK(c.findings.front().finding.message_vi.find("2026") != std::string::npos);
  // Commune files of Thái Nguyên in 2026.
  p8::ConsolidationOptions t = opts();
  t.period = 2026;
  std::vector<p8::ConsolidationFile> tnFiles;
  tnFiles.push_back(file("x.xlsx", "2026-09-01",
                         {gridOf("Báo cáo", unitReport({{"UBND XÃ BẰNG VÂN"}}, lines("bk-ba-be"), 2026))}, tn));
  const p8::Consolidation tc = p8::consolidate(tn, std::move(tnFiles), t);
  CHECK(tc.units.size() == units2026.size());
  CHECK(tc.unit("tn-bang-van")->status == p8::UnitStatus::Received);
  CHECK(tc.total("1", "")->actual == std::optional<double>(8));
  CHECK(tc.total("1", "")->unitsExpected == static_cast<int>(units2026.size()));
}

TEST_CASE("consolidate: a unit's blank form sent back is received with no figures, said once", "[consolidate]") {
  // Every file of the cycle reports figures: no unit-no-figures (no false alarm).
  const p8::Consolidation full = p8::consolidate(bacKan(), cycle(), opts());
  CHECK(count(full, "unit-no-figures") == 0);
  // Na Rì sends the form back with the targets only (as p8calc template fills them in).
  std::vector<p8::ConsolidationFile> files = cycle();
  const Rows blank = unitReport({{"BIỂU SỐ LIỆU"}}, {{"Tổ truyền thông cộng đồng", "tổ", "", "10", "", ""},
                                                      {"Địa chỉ tin cậy cộng đồng", "địa chỉ", "", "", "", ""}});
  files[2] = file("in/so-lieu-na-ri.xlsx", "2025-09-01", {gridOf("Báo cáo", blank)}, bacKan());
  const p8::Consolidation c = p8::consolidate(bacKan(), files, opts());
  INFO(describe(c));
  REQUIRE(count(c, "unit-no-figures") == 1);
  const auto& f = *std::find_if(c.findings.begin(), c.findings.end(),
                                [](const p8::ConsolidationFinding& x) { return x.finding.code == "unit-no-figures"; });
  CHECK(f.unit == "bk-na-ri");
  CHECK(f.finding.severity == p8::Severity::Warning);
  CHECK(f.finding.message_vi.find("so-lieu-na-ri.xlsx") != std::string::npos);
  CHECK(c.unit("bk-na-ri")->status == p8::UnitStatus::Received);
  CHECK(c.total("1", "bk-na-ri")->unitsCounted == 0);   // nothing of it is added up
}
