// The consolidated report model: the progress layout with the sums over the units, one
// column per unit, empty cells (never 0) for units without figures, and the section "Tình
// hình báo cáo" between the table and the signatures.
#include "consolidate_util.hpp"

#include "core/consolidate/consolidated_report.hpp"

#include <set>

using namespace constest;
using p8test::bacKan;

namespace {

const p8::ReportCell* findText(const p8::ReportModel& m, const std::string& prefix) {
  for (const auto& c : m.cells)
    if (c.kind == p8::ReportCell::Kind::Text && c.text.rfind(prefix, 0) == 0) return &c;
  return nullptr;
}

int headerCol(const p8::ReportModel& m, const std::string& title) {
  for (const auto& c : m.cells)
    if (c.row >= m.tableTop && c.row <= m.headerBottom && c.kind == p8::ReportCell::Kind::Text && c.text == title) return c.col;
  return -1;
}

}  // namespace

TEST_CASE("consolidated report: the plan's totals, one column per unit, the reporting status", "[consolidate][report]") {
  const p8::Consolidation c = p8::consolidate(bacKan(), smallCycle(), options2025());
  const p8::ReportLayout layout = p8::loadLayoutFile(P8_SOURCE_DIR "/layouts/progress.json");
  p8::ReportOptions opt;
  const p8::ReportModel m = p8::buildConsolidatedReport(layout, bacKan(), c, opt);
  INFO(p8::modelText(m));
  // One column per district, under one group header.
  REQUIRE(findText(m, "Thực hiện kỳ báo cáo của các huyện"));
  for (const auto* u : bacKan().districts()) CHECK(headerCol(m, u->name) >= 0);
  const int actualCol = headerCol(m, "Thực hiện kỳ báo cáo"), baBe = headerCol(m, "Ba Bể"), nganSon = headerCol(m, "Ngân Sơn");
  const int planCol = headerCol(m, "Kế hoạch giai đoạn 2021–2025");
  REQUIRE(actualCol >= 0);
  REQUIRE(planCol >= 0);
  const p8::ReportCell* label = findText(m, "Tổ truyền thông cộng đồng");
  REQUIRE(label);
  const p8::ReportCell* plan = m.at(label->row, planCol);
  REQUIRE(plan);
  CHECK(plan->kind == p8::ReportCell::Kind::Number);
  CHECK(plan->number == 380);
  const p8::ReportCell* sum = m.at(label->row, actualCol);
  REQUIRE(sum);
  CHECK(sum->kind == p8::ReportCell::Kind::Number);
  CHECK(sum->number == 8);   // Ba Bể's 8; Chợ Đồn's two files are not counted
  CHECK(m.at(label->row, baBe)->number == 8);
  CHECK(m.at(label->row, nganSon)->kind == p8::ReportCell::Kind::Blank);   // not received: empty, never 0
  CHECK(m.at(label->row, headerCol(m, "Chợ Đồn"))->kind == p8::ReportCell::Kind::Blank);
  // The reporting status, after the table and before the signatures.
  const p8::ReportCell* heading = findText(m, "TÌNH HÌNH BÁO CÁO");
  const p8::ReportCell* sign = findText(m, "NGƯỜI LẬP BIỂU");
  REQUIRE(heading);
  REQUIRE(sign);
  CHECK(heading->row > m.tableBottom);
  CHECK(heading->row < sign->row);
  const p8::ReportCell* received = findText(m, "Đã nhận (1/8 huyện): Ba Bể");
  const p8::ReportCell* late = findText(m, "Nộp muộn, sau ngày 10/09/2025 (1): Ba Bể (12/09/2025)");
  const p8::ReportCell* missing = findText(m, "Chưa nộp (6): Thành phố Bắc Kạn, Bạch Thông, Chợ Mới, Na Rì, Ngân Sơn, Pác Nặm");
  const p8::ReportCell* dup = findText(m, "Trùng tệp, chưa tính vào tổng hợp (1): Chợ Đồn (cho-don.xlsx; cho-don (1).xlsx)");
  const p8::ReportCell* unknown = findText(m, "Tệp không rõ đơn vị (1): tong-hop-cu.xlsx");
  REQUIRE(received);
  REQUIRE(late);
  REQUIRE(missing);
  REQUIRE(dup);
  REQUIRE(unknown);
  CHECK(received->row == heading->row + 1);
  CHECK(unknown->row < sign->row - 1);   // a blank line before the footer
  // Every cell's style is in the model; nothing overlaps.
  std::set<std::pair<int, int>> seen;
  for (const auto& cell : m.cells) {
    CHECK(m.styles.count(cell.style) == 1);
    CHECK(seen.insert({cell.row, cell.col}).second);
  }
  // English.
  opt.lang = "en";
  const p8::ReportModel e = p8::buildConsolidatedReport(layout, bacKan(), c, opt);
  CHECK(findText(e, "REPORTING STATUS"));
  CHECK(findText(e, "Not received (6): "));
}

TEST_CASE("consolidated report: figures are the consolidation's sums", "[consolidate][report]") {
  const p8::Consolidation c = p8::consolidate(bacKan(), smallCycle(), options2025());
  const p8::ReportFigures f = p8::consolidatedFigures(c, bacKan());
  const p8::IndicatorFigures* one = f.find("1");
  REQUIRE(one);
  CHECK(one->planPhase == std::optional<double>(380));
  CHECK(one->actualPeriod == std::optional<double>(8));
  CHECK(one->cumulative == std::optional<double>(30));
  CHECK(one->planYear == std::optional<double>(10));
  CHECK(one->allocated == std::map<std::string, double>{{"bk-ba-be", 8}});
  const p8::IndicatorFigures* six = f.find("6");
  REQUIRE(six);
  CHECK_FALSE(six->actualPeriod);
  CHECK(six->allocated.empty());
}

TEST_CASE("consolidated report of a commune plan: the communes of the period as columns", "[consolidate][report]") {
  const p8::Plan& tn = p8test::thaiNguyen();
  std::vector<p8::ConsolidationFile> files;
  files.push_back(file("bang-van.xlsx", "2026-09-01",
                       {gridOf("Báo cáo", unitReport({{"UBND XÃ BẰNG VÂN"}}, {{"Tổ truyền thông cộng đồng", "tổ", "", "4", "3", "3"}}, 2026))},
                       tn));
  p8::ConsolidationOptions o;
  o.period = 2026;
  const p8::Consolidation c = p8::consolidate(tn, std::move(files), o);
  const p8::ReportModel m =
      p8::buildConsolidatedReport(p8::loadLayoutFile(P8_SOURCE_DIR "/layouts/progress.json"), tn, c, p8::ReportOptions{});
  REQUIRE(findText(m, "Thực hiện kỳ báo cáo của các xã, phường"));
  int unitColumns = 0;
  for (const auto& u : c.units) unitColumns += headerCol(m, u.name) >= 0;
  CHECK(unitColumns == static_cast<int>(c.units.size()));
  CHECK(headerCol(m, "Ba Bể") < 0);   // the former districts are no columns
  const std::string received = "Đã nhận (1/" + std::to_string(c.units.size()) + " xã, phường): Xã Bằng Vân";
  CHECK(findText(m, received));
  const p8::ReportCell* label = findText(m, "Tổ truyền thông cộng đồng");
  REQUIRE(label);
  CHECK(m.at(label->row, headerCol(m, "Xã Bằng Vân"))->number == 3);
}
