// The consolidated report's unit chart block: one row per unit expected, its share of each
// allocated target, a live average, the units that have not reported named as such with no
// figure (never 0), and a chart over the name and average columns.
#include "chart_cycle.hpp"

#include "core/consolidate/consolidated_report.hpp"

using namespace constest;
using p8test::bacKan;

namespace {

const p8::ReportCell* cellText(const p8::ReportModel& m, const std::string& text) {
  for (const auto& c : m.cells)
    if (c.kind == p8::ReportCell::Kind::Text && c.text == text) return &c;
  return nullptr;
}

}  // namespace

TEST_CASE("unit chart: share of the allocated target by unit, units not reported shown", "[consolidate][report][chart]") {
  const p8::Consolidation c = p8::consolidate(bacKan(), chartCycle(), options2025());
  const p8::ReportLayout layout = p8::loadLayoutFile(P8_SOURCE_DIR "/layouts/progress.json");
  const p8::ReportModel m = p8::buildConsolidatedReport(layout, bacKan(), c, p8::ReportOptions{});
  INFO(p8::modelText(m));
  REQUIRE(m.charts.size() == 1);
  const p8::ReportChart& chart = m.charts[0];
  // Below the signatures, a header row then one row per district of the plan.
  const p8::ReportCell* sign = cellText(m, "THỦ TRƯỞNG ĐƠN VỊ");
  REQUIRE(sign);
  CHECK(chart.categories.top > sign->row);
  CHECK(chart.categories.bottom - chart.categories.top == static_cast<int>(bacKan().districts().size()));
  CHECK(chart.values.top == chart.categories.top);
  CHECK(chart.values.left == chart.categories.left + 1);   // one range: names, then the average
  CHECK(chart.place.top > chart.values.bottom);
  CHECK(chart.pageBreak == chart.categories.top - 1);   // the block's heading starts a page
  const p8::ReportCell* head = m.at(chart.values.top, chart.values.left);
  REQUIRE(head);
  CHECK(head->text == "Bình quân");
  auto rowOf = [&](const std::string& label) {   // in the block's name column
    for (int r = chart.categories.top + 1; r <= chart.categories.bottom; ++r)
      if (const p8::ReportCell* cell = m.at(r, chart.categories.left); cell && cell->text == label) return r;
    FAIL("no unit row " << label);
    return -1;
  };
  const int baBe = rowOf("Ba Bể"), choDon = rowOf("Chợ Đồn"), naRi = rowOf("Na Rì"), nganSon = rowOf("Ngân Sơn (chưa báo cáo)");
  const int first = chart.values.left + 1;   // CT columns: indicator 1, then 5 (plan order)
  CHECK(m.at(chart.values.top, first)->text == "CT 1");
  const p8::ReportCell* share = m.at(baBe, first);
  REQUIRE(share);
  CHECK(share->kind == p8::ReportCell::Kind::Number);
  CHECK(share->number == Approx(0.8));   // 40 of 50
  CHECK(m.at(choDon, first)->number == Approx(0.25));
  CHECK(m.at(naRi, first)->kind == p8::ReportCell::Kind::Blank);      // no target: no share
  CHECK(m.at(nganSon, first)->kind == p8::ReportCell::Kind::Blank);   // not reported: empty, not 0
  const p8::ReportCell* avg = m.at(baBe, chart.values.left);
  REQUIRE(avg);
  CHECK(avg->kind == p8::ReportCell::Kind::Formula);
  CHECK(avg->text.find("AVERAGE(") != std::string::npos);
  CHECK(avg->style == "td-rate");
  // The chart's row is part of the sheet (printed) and tall enough for eight bars.
  CHECK(m.at(chart.place.top, 0));
  CHECK(m.rowHeightsMm.at(chart.place.top) >= 60);
}

TEST_CASE("unit chart: none when no unit has a target", "[consolidate][report][chart]") {
  const p8::Consolidation c = p8::consolidate(bacKan(), smallCycle(), options2025());
  const p8::ReportLayout layout = p8::loadLayoutFile(P8_SOURCE_DIR "/layouts/progress.json");
  const p8::ReportModel m = p8::buildConsolidatedReport(layout, bacKan(), c, p8::ReportOptions{});
  CHECK(m.charts.empty());
}
