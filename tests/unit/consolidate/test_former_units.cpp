// Totals by former district: a Thái Nguyên 2026 cycle of commune reports summed back to the
// former Bắc Kạn districts (the commune → district pairs below are copied from the province's
// list, thai-nguyen-xa-tu-bac-kan.csv, not read from the plan), with a missing and a
// duplicated commune named in their district, never counted as 0; the JSON field, the text
// section and the report's table; a phase I plan has none of them; a commune of no former
// district or formed from two is named and counted in no group.
#include "consolidate_util.hpp"

#include "core/consolidate/consolidate_out.hpp"
#include "core/consolidate/consolidated_report.hpp"
#include "core/report/report_layout.hpp"
#include "test_json_util.hpp"

#include <map>

using namespace constest;
using p8test::bacKan;
using p8test::thaiNguyen;

namespace {

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

struct Commune {
  std::string header, former;   // the title its report carries, its former district (from the CSV)
  double actual1, cumulative1, actual4;
};
// Xã Thượng Minh (Ba Bể) sends nothing, Xã Đồng Phúc (Ba Bể) sends two files.
const std::vector<Commune> kReceived = {
    {"UBND XÃ BA BỂ", "bk-ba-be", 4, 9, 1},          {"UBND XÃ CHỢ RÃ", "bk-ba-be", 3, 7, 0},
    {"UBND XÃ PHÚC LỘC", "bk-ba-be", 2, 5, 2},        {"UBND XÃ BẰNG THÀNH", "bk-pac-nam", 6, 11, 1},
    {"UBND PHƯỜNG ĐỨC XUÂN", "bk-tp-bac-kan", 5, 12, 3}, {"UBND XÃ CHỢ MỚI", "bk-cho-moi", 1, 2, 0}};

std::vector<Line> lines(const Commune& c) {
  auto n = [](double v) { return p8::machineNumber(v); };
  return {{"Tổ truyền thông cộng đồng", "tổ", "", "10", n(c.actual1), n(c.cumulative1)},
          {"Địa chỉ tin cậy cộng đồng", "địa chỉ", "", "", n(c.actual4), ""},
          {"Phụ nữ được tiếp cận dịch vụ sinh đẻ an toàn", "%", "", "", "50", ""}};
}

p8::ConsolidationOptions opts2026() {
  p8::ConsolidationOptions o;
  o.period = 2026;
  o.asOf = "2026-09-20";
  return o;
}

p8::Consolidation cycle2026() {
  std::vector<p8::ConsolidationFile> files;
  int i = 0;
  for (const Commune& c : kReceived)
    files.push_back(file("in/xa-" + std::to_string(i++) + ".xlsx", "2026-09-01",
                         {gridOf("Báo cáo", unitReport({{c.header}}, lines(c), 2026))}, thaiNguyen()));
  const Commune dongPhuc{"UBND XÃ ĐỒNG PHÚC", "bk-ba-be", 7, 7, 7};
  files.push_back(file("in/dong-phuc.xlsx", "2026-09-01", {gridOf("Báo cáo", unitReport({{dongPhuc.header}}, lines(dongPhuc), 2026))},
                       thaiNguyen()));
  files.push_back(file("in/dong-phuc (1).xlsx", "2026-09-02",
                       {gridOf("Báo cáo", unitReport({{dongPhuc.header}}, lines(dongPhuc), 2026))}, thaiNguyen()));
  return p8::consolidate(thaiNguyen(), std::move(files), opts2026());
}

// Sums per former district computed here from kReceived.
std::map<std::string, double> sums(double Commune::*field) {
  std::map<std::string, double> out;
  for (const Commune& c : kReceived) out[c.former] += c.*field;
  return out;
}

const p8::ReportCell* findText(const p8::ReportModel& m, const std::string& prefix) {
  for (const auto& c : m.cells)
    if (c.kind == p8::ReportCell::Kind::Text && c.text.rfind(prefix, 0) == 0) return &c;
  return nullptr;
}

}  // namespace

TEST_CASE("former districts: communes' figures summed back to Bắc Kạn's 8 districts", "[consolidate][former]") {
  const p8::Consolidation c = cycle2026();
  INFO(describe(c));
  REQUIRE(c.byFormer);
  const p8::FormerGrouping& g = *c.byFormer;
  CHECK(g.level == "district");
  CHECK(g.since == "2025-07-01");
  REQUIRE(g.groups.size() == 8);   // every former district, in the plan's order
  CHECK(g.groups.front().id == "bk-tp-bac-kan");
  CHECK(g.groups.back().id == "bk-pac-nam");
  CHECK(g.unassigned.empty());
  CHECK(g.shared.empty());
  std::size_t communes = 0;
  for (const auto& fg : g.groups) communes += fg.units.size();
  CHECK(communes == c.units.size());   // each of the 37 communes in exactly one district
  const auto actual = sums(&Commune::actual1), cumulative = sums(&Commune::cumulative1), actual4 = sums(&Commune::actual4);
  for (const auto& fg : g.groups) {
    INFO(fg.id);
    const p8::FormerUnitTotal* t = fg.total("1");
    REQUIRE(t);
    CHECK(t->unitsExpected == static_cast<int>(fg.units.size()));
    if (actual.count(fg.id)) {
      CHECK(t->actual == std::optional<double>(actual.at(fg.id)));
      CHECK(t->cumulative == std::optional<double>(cumulative.at(fg.id)));
      CHECK(fg.total("4")->actual == std::optional<double>(actual4.at(fg.id)));
    } else {   // no commune of the district counted: empty, never 0
      CHECK_FALSE(t->actual);
      CHECK_FALSE(t->cumulative);
      CHECK(t->unitsCounted == 0);
    }
    CHECK_FALSE(fg.total("5")->actual);   // a rate: not summed
  }
  // Ba Bể: five communes, three counted; Thượng Minh missing and Đồng Phúc duplicated are named.
  const p8::FormerUnitGroup* baBe = g.group("bk-ba-be");
  REQUIRE(baBe);
  CHECK(baBe->units.size() == 5);
  CHECK(baBe->unitsReceived == 3);
  CHECK(baBe->notReceived == std::vector<std::string>{"tn-thuong-minh", "tn-dong-phuc"});
  CHECK(baBe->total("1")->unitsCounted == 3);
  CHECK(p8::formerUnitLabel(*baBe, false) == "Huyện Ba Bể");
  CHECK(p8::formerUnitLabel(*baBe, true) == "District Ba Bể");
  CHECK(p8::formerUnitLabel(*g.group("bk-tp-bac-kan"), false) == "Thành phố Bắc Kạn");
  // The groups add up to the province's total (every commune has one former district).
  double sum = 0;
  for (const auto& fg : g.groups)
    if (fg.total("1")->actual) sum += *fg.total("1")->actual;
  CHECK(c.total("1", "")->actual == std::optional<double>(sum));
}

TEST_CASE("former districts: a phase I plan has no grouping, no JSON field, no text, no table", "[consolidate][former]") {
  const p8::Consolidation c = p8::consolidate(bacKan(), smallCycle(), options2025());
  CHECK_FALSE(c.byFormer);
  const std::string json = p8::consolidationJson(c);
  CHECK_FALSE(contains(json, "by_former_unit"));
  CHECK_FALSE(p8test::parseJson(json).get_child_optional("by_former_unit").has_value());
  CHECK_FALSE(contains(p8::consolidationText(c, bacKan(), "vi"), "huyện cũ"));
  const p8::ReportModel m = p8::buildConsolidatedReport(p8::loadLayoutFile(P8_SOURCE_DIR "/layouts/progress.json"),
                                                        bacKan(), c, p8::ReportOptions{});
  CHECK_FALSE(findText(m, "TỔNG HỢP THEO"));
}

TEST_CASE("former districts: the JSON field, read back", "[consolidate][former][json]") {
  const p8::Consolidation c = cycle2026();
  const std::string json = p8::consolidationJson(c);
  INFO(json);
  const auto root = p8test::parseJson(json);
  const auto& groups = root.get_child("by_former_unit");
  REQUIRE(groups.size() == 8);
  const auto actual = sums(&Commune::actual1);
  for (const auto& [k, grp] : groups) {
    (void)k;
    const std::string id = grp.get<std::string>("id");
    INFO(id);
    CHECK(grp.get<std::string>("level") == "district");
    CHECK(grp.get<int>("units_total") == static_cast<int>(grp.get_child("units").size()));
    const auto& first = grp.get_child("totals").front().second;
    CHECK(first.get<std::string>("indicator") == "1");
    if (actual.count(id)) CHECK(first.get<double>("actual") == actual.at(id));
    else CHECK(first.get<std::string>("actual") == "null");
  }
  // Key order of one group and a district with no commune counted: null, never 0.
  CHECK(contains(json, "{\"id\":\"bk-ba-be\",\"name\":\"Ba Bể\",\"level\":\"district\",\"units\":[\"tn-ba-be\",\"tn-cho-ra\","
                       "\"tn-phuc-loc\",\"tn-thuong-minh\",\"tn-dong-phuc\"],\"units_received\":3,\"units_total\":5,"
                       "\"not_received\":[\"tn-thuong-minh\",\"tn-dong-phuc\"],\"totals\":[{\"indicator\":\"1\",\"allocated\":null,"
                       "\"actual\":9,\"cumulative\":21,\"units_counted\":3,\"units_expected\":5},"));
  CHECK(contains(json, "{\"id\":\"bk-ngan-son\",\"name\":\"Ngân Sơn\",\"level\":\"district\""));
  CHECK(contains(json, "\"units_received\":0,\"units_total\":5,\"not_received\":[\"tn-bang-van\""));
  CHECK(contains(json, "\"by_former_unit_unassigned\":[],\"by_former_unit_shared\":[]}"));
  // The fields of the contract before it are unchanged: the whole plan's total still comes first.
  CHECK(contains(json, "\"totals\":[{\"indicator\":\"1\",\"unit\":\"\","));
}

TEST_CASE("former districts: the text summary's section, vi and en", "[consolidate][former][text]") {
  const p8::Consolidation c = cycle2026();
  const std::string vi = p8::consolidationText(c, thaiNguyen(), "vi"), en = p8::consolidationText(c, thaiNguyen(), "en");
  INFO(vi);
  CHECK(contains(vi, "Tổng theo huyện cũ (trước 01/07/2025) — thực hiện kỳ báo cáo · lũy kế (số xã, phường có số liệu):\n"));
  CHECK(contains(vi, "  Huyện Ba Bể: đã nhận 3/5 xã, phường; chưa tính: Xã Thượng Minh (chưa nộp), Xã Đồng Phúc (trùng tệp)\n"
                     "    1  Tổ truyền thông cộng đồng được thành lập v…: 9 · 21 (3/5) — chưa đủ đơn vị\n"));
  CHECK(contains(vi, "Huyện Ngân Sơn: đã nhận 0/5 xã, phường; chưa tính: Xã Bằng Vân (chưa nộp), Xã Ngân Sơn (chưa nộp), "
                     "Xã Nà Phặc (chưa nộp), Xã Hiệp Lực (chưa nộp), Xã Thượng Quan (chưa nộp)\n    chưa có số liệu\n"));
  CHECK(vi.find("Tổng theo huyện cũ") < vi.find("Lỗi: "));
  CHECK(contains(en, "Totals by former district (before 2025-07-01) — done this period · cumulative (communes and wards with figures):\n"));
  CHECK(contains(en, "  District Ba Bể: received 3/5 communes and wards; not counted: Xã Thượng Minh (missing), Xã Đồng Phúc (duplicate)\n"));
}

TEST_CASE("former districts: the consolidated report's table, before the reporting status", "[consolidate][former][report]") {
  const p8::Consolidation c = cycle2026();
  const p8::ReportModel m = p8::buildConsolidatedReport(p8::loadLayoutFile(P8_SOURCE_DIR "/layouts/progress.json"),
                                                        thaiNguyen(), c, p8::ReportOptions{});
  INFO(p8::modelText(m));
  const p8::ReportCell* heading = findText(m, "TỔNG HỢP THEO HUYỆN CŨ (TRƯỚC 01/07/2025)");
  REQUIRE(heading);
  const p8::ReportCell* status = findText(m, "TÌNH HÌNH BÁO CÁO");
  REQUIRE(status);
  CHECK(heading->row < status->row);
  CHECK(heading->row > m.tableBottom);
  // The header row: one column per former district, named as the province knows it.
  const int head = heading->row + 2;
  std::map<std::string, int> col;
  for (const auto& cell : m.cells)
    if (cell.row == head && cell.kind == p8::ReportCell::Kind::Text) col[cell.text] = cell.col;
  REQUIRE(col.count("Huyện Ba Bể"));
  REQUIRE(col.count("Thành phố Bắc Kạn"));
  REQUIRE(col.count("Huyện Ngân Sơn"));
  int row1 = -1, received = -1;
  for (const auto& cell : m.cells)
    if (cell.row > head && cell.col == 1 && cell.kind == p8::ReportCell::Kind::Text) {
      if (cell.text.rfind("Tổ truyền thông cộng đồng", 0) == 0 && row1 < 0) row1 = cell.row;
      if (cell.text.rfind("Số xã, phường đã nhận", 0) == 0 && received < 0) received = cell.row;
    }
  REQUIRE(row1 > head);
  REQUIRE(received > row1);
  const auto actual = sums(&Commune::actual1);
  REQUIRE(m.at(row1, col["Huyện Ba Bể"]));
  CHECK(m.at(row1, col["Huyện Ba Bể"])->number == actual.at("bk-ba-be"));
  CHECK(m.at(row1, col["Thành phố Bắc Kạn"])->number == actual.at("bk-tp-bac-kan"));
  CHECK(m.at(row1, col["Huyện Ngân Sơn"])->kind == p8::ReportCell::Kind::Blank);   // no commune counted: empty, not 0
  CHECK(m.at(received, col["Huyện Ba Bể"])->text == "3/5");
  CHECK(m.at(received, col["Huyện Ngân Sơn"])->text == "0/5");
  const p8::ReportCell* notCounted = findText(m, "Chưa tính (chưa nộp, trùng tệp hoặc tệp không đọc được): ");
  REQUIRE(notCounted);
  CHECK(contains(notCounted->text, "Huyện Ba Bể: Xã Thượng Minh, Xã Đồng Phúc;"));
  // No rate row (a rate of communes is not summed).
  for (const auto& cell : m.cells)
    if (cell.row > head && cell.row < received && cell.col == 1) CHECK_FALSE(contains(cell.text, "sinh đẻ an toàn"));
  // English.
  p8::ReportOptions en;
  en.lang = "en";
  const p8::ReportModel me = p8::buildConsolidatedReport(p8::loadLayoutFile(P8_SOURCE_DIR "/layouts/progress.json"),
                                                         thaiNguyen(), c, en);
  CHECK(findText(me, "TOTALS BY FORMER DISTRICT (BEFORE 2025-07-01)"));
}

TEST_CASE("former districts: a unit of no former district and one formed from two are in no group", "[consolidate][former]") {
  const p8::Plan plan = p8::parsePlan(R"({"schema_version": 1, "id": "h", "reporting_level": "commune",
    "indicators": [{"code": "1", "name": {"vi": "Tổ truyền thông cộng đồng"}, "unit": "tổ", "target": 10}],
    "org_units": [
    {"id": "d1", "name": "Một", "level": "district", "valid_to": "2025-06-30"},
    {"id": "d2", "name": "Hai", "level": "district", "valid_to": "2025-06-30"},
    {"id": "c1", "name": "Xã Tân An", "level": "commune", "valid_from": "2025-07-01", "predecessors": [{"id": "d1"}]},
    {"id": "c2", "name": "Xã Hòa Bình", "level": "commune", "valid_from": "2025-07-01",
     "predecessors": [{"id": "d1", "date": "2025-07-01"}, {"id": "d2", "date": "2025-07-01"}]},
    {"id": "c3", "name": "Xã Mới Lập", "level": "commune", "valid_from": "2025-07-01"}]})",
                                      "h.json");
  std::vector<p8::ConsolidationFile> files;
  for (const char* h : {"UBND XÃ TÂN AN", "UBND XÃ HÒA BÌNH", "UBND XÃ MỚI LẬP"})
    files.push_back(file(std::string("in/") + h + ".xlsx", "2026-09-01",
                         {gridOf("Báo cáo", unitReport({{h}}, {{"Tổ truyền thông cộng đồng", "tổ", "", "", "2", "2"}}, 2026))},
                         plan));
  const p8::Consolidation c = p8::consolidate(plan, std::move(files), opts2026());
  INFO(describe(c));
  REQUIRE(c.byFormer);
  CHECK(c.byFormer->shared == std::vector<std::string>{"c2"});
  CHECK(c.byFormer->unassigned == std::vector<std::string>{"c3"});
  REQUIRE(c.byFormer->groups.size() == 1);   // d2's only successor is shared: no group of its own
  CHECK(c.byFormer->groups[0].id == "d1");
  CHECK(c.byFormer->groups[0].total("1")->actual == std::optional<double>(2));   // Tân An only
  const std::string vi = p8::consolidationText(c, plan, "vi");
  INFO(vi);
  CHECK(contains(vi, "Không thuộc huyện cũ nào của kế hoạch (không tính ở trên): Xã Mới Lập\n"));
  CHECK(contains(vi, "Hình thành từ nhiều huyện cũ, không chia được (không tính ở trên): Xã Hòa Bình\n"));
  CHECK(contains(p8::consolidationJson(c), "\"by_former_unit_unassigned\":[\"c3\"],\"by_former_unit_shared\":[\"c2\"]}"));
}
