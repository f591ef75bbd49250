// The plan workbook: plan → workbook model → grids (as Calc would give them back) → plan is
// exact for the shipped plans; a blank template has every sheet with its explanation and
// reads back as "nothing yet" with a message, never a crash; cells a user typed in Calc's own
// types (a code as a number, a date as a date, 15%) read as the plan means them.
#include <catch2/catch.hpp>

#include "core/plan/plan.hpp"
#include "core/plan/plan_from_grids.hpp"
#include "core/plan/plan_workbook.hpp"
#include "core/plan/plan_write.hpp"
#include "core/parse/dates.hpp"

#include <algorithm>

namespace {

p8::Plan shipped(const std::string& id) { return p8::loadPlanFile(P8_SOURCE_DIR "/plans/" + id + ".json"); }

// What the office side writes and a read gives back: texts, numbers, formulas (no cached
// value here: the reader never needs one), merged areas.
p8::Grid gridOf(const p8::ReportModel& m) {
  int rows = 0, cols = 0;
  for (const auto& c : m.cells) rows = std::max(rows, c.row + 1), cols = std::max(cols, c.col + 1);
  p8::Grid g(m.sheetName, rows, cols);
  for (const auto& c : m.cells) {
    p8::Cell& x = g.at(c.row, c.col);
    switch (c.kind) {
      case p8::ReportCell::Kind::Text: x.type = p8::Cell::Type::Text; x.text = c.text; break;
      case p8::ReportCell::Kind::Number: x.type = p8::Cell::Type::Number; x.number = c.number; break;
      case p8::ReportCell::Kind::Formula: x.formula = c.text; break;
      case p8::ReportCell::Kind::Blank: break;
    }
  }
  for (const auto& r : m.merges) {
    g.merges.push_back({r.top, r.left, r.bottom, r.right});
    for (int a = r.top; a <= r.bottom; ++a)
      for (int b = r.left; b <= r.right; ++b)
        if (a != r.top || b != r.left) g.at(a, b).mergedCovered = true;
  }
  return g;
}

std::vector<p8::Grid> gridsOf(const p8::PlanWorkbook& wb) {
  std::vector<p8::Grid> out;
  for (const auto& s : wb.sheets) out.push_back(gridOf(s));
  return out;
}

p8::PlanFromGrids readBack(const std::vector<p8::Grid>& grids) {
  p8::PlanFromGridsOptions opt;
  opt.fileName = "ke-hoach.ods";
  return p8::planFromGrids(grids, opt);
}

const p8::Cell* findText(const p8::Grid& g, const std::string& text, int* row = nullptr, int* col = nullptr) {
  for (int r = 0; r < g.rows; ++r)
    for (int c = 0; c < g.cols; ++c)
      if (g.at(r, c).type == p8::Cell::Type::Text && g.at(r, c).text == text) {
        if (row) *row = r;
        if (col) *col = c;
        return &g.at(r, c);
      }
  return nullptr;
}

}  // namespace

TEST_CASE("plan → workbook → plan is exact for the shipped plans", "[plan][workbook]") {
  for (const char* id : {"bac-kan-2022", "ninh-thuan-pl02-2022", "thai-nguyen-2026"}) {
    INFO(id);
    const p8::Plan plan = shipped(id);
    for (const char* lang : {"vi", "en"}) {
      INFO(lang);
      const auto got = readBack(gridsOf(p8::buildPlanWorkbook(plan, lang)));
      REQUIRE(got.plan);
      CHECK(got.fromTemplate);
      CHECK(p8::planDifference(plan, *got.plan) == "");
      CHECK(got.problems() == 0);
    }
  }
  // With an allocation too (the example file), and the sheets in another order.
  const auto ex = p8::loadPlanFile(P8_SOURCE_DIR "/samples/plans/bac-kan-2022-example-allocation.json");
  auto grids = gridsOf(p8::buildPlanWorkbook(ex));
  std::reverse(grids.begin(), grids.end());
  const auto got = readBack(grids);
  REQUIRE(got.plan);
  CHECK(p8::planDifference(ex, *got.plan) == "");
}

TEST_CASE("the plan workbook has its six sheets with Vietnamese explanations and lists", "[plan][workbook]") {
  const auto wb = p8::buildPlanWorkbook(shipped("thai-nguyen-2026"));
  std::vector<std::string> names;
  for (const auto& s : wb.sheets) names.push_back(s.sheetName);
  CHECK(names == std::vector<std::string>{"Kế hoạch", "Chỉ tiêu", "Nội dung", "Đơn vị", "Phân bổ", "Hạn báo cáo"});
  const p8::Grid units = gridOf(wb.sheets[3]);
  CHECK(findText(units, "CÁC ĐƠN VỊ: TỈNH, HUYỆN, XÃ, PHƯỜNG"));
  bool explained = false;
  for (const auto& c : wb.sheets[3].cells) explained |= c.text.find("«Hình thành từ»") != std::string::npos;
  CHECK(explained);
  CHECK(findText(units, "bk-ba-be (2025-07-01)"));   // Xã Ba Bể was formed from Huyện Ba Bể
  REQUIRE_FALSE(wb.sheets[3].validations.empty());
  CHECK(wb.sheets[3].validations[0].items == std::vector<std::string>{"tỉnh", "huyện", "xã, phường"});
  // The allocation sheet: one column per commune, a total formula per count indicator.
  const p8::Grid alloc = gridOf(wb.sheets[4]);
  CHECK(findText(alloc, "Xã Bằng Vân"));
  CHECK(findText(alloc, "Tổng cộng"));
  int formulas = 0;
  for (const auto& c : wb.sheets[4].cells) formulas += c.kind == p8::ReportCell::Kind::Formula;
  CHECK(formulas == 11);   // 14 indicators, 3 of them rates
  for (const auto& s : wb.sheets)
    for (const auto& c : s.cells) CHECK(s.styles.count(c.style) == 1);
  // English headings on request.
  CHECK(p8::buildPlanWorkbook(shipped("bac-kan-2022"), "en").sheets[1].sheetName == "Indicators");
}

TEST_CASE("a blank plan workbook reads back as an empty plan with a message, not a crash", "[plan][workbook]") {
  const auto wb = p8::buildPlanWorkbook(p8::Plan{});
  REQUIRE(wb.sheets.size() == 6);
  const auto got = readBack(gridsOf(wb));
  CHECK(got.fromTemplate);
  CHECK_FALSE(got.plan);
  CHECK(got.error_vi.rfind("Bảng tính 'ke-hoach.ods': không tìm thấy chỉ tiêu nào", 0) == 0);
  CHECK(got.error_en.rfind("Workbook 'ke-hoach.ods': no indicator found", 0) == 0);
}

TEST_CASE("a filled-in template: Calc's types, problems named with their cell", "[plan][workbook]") {
  p8::Plan plan = shipped("thai-nguyen-2026");
  plan.allocation["1"] = {{"tn-ba-be", 10}, {"tn-cho-ra", 20}};   // adds up to 30, not 380
  auto grids = gridsOf(p8::buildPlanWorkbook(plan));
  p8::Grid& ind = grids[1];
  int r = 0, c = 0;
  // The code "2" typed as a number; the target of indicator 4 written as words.
  REQUIRE(findText(ind, "2", &r, &c));
  ind.at(r, c) = p8::Cell{p8::Cell::Type::Number, 2, "", "", false};
  REQUIRE(findText(ind, "4", &r, &c));
  ind.at(r, c + 4) = p8::Cell{p8::Cell::Type::Text, 0, "Cấp tỉnh chủ động bố trí", "", false};
  // A valid-from date typed as a date (a serial number).
  p8::Grid& units = grids[3];
  REQUIRE(findText(units, "tn-ba-be", &r, &c));
  units.at(r, c + 5) = p8::Cell{p8::Cell::Type::Number, p8::dateSerial({2025, 7, 1}), "", "", false};
  const auto got = readBack(grids);
  REQUIRE(got.plan);
  CHECK(got.plan->findIndicator("2"));
  CHECK(got.plan->findUnit("tn-ba-be")->validFrom == "2025-07-01");
  CHECK_FALSE(got.plan->findIndicator("4")->target);
  auto problem = [&](const std::string& code) -> const p8::PlanReviewItem* {
    for (const auto& i : got.review)
      if (i.kind == p8::PlanReviewItem::Kind::Problem && i.code == code) return &i;
    return nullptr;
  };
  REQUIRE(problem("target-not-number"));
  CHECK(problem("target-not-number")->sheet == "Chỉ tiêu");
  CHECK(problem("target-not-number")->message_vi.find("'Cấp tỉnh chủ động bố trí' không phải số") != std::string::npos);
  REQUIRE(problem("allocation-sum"));
  CHECK(problem("allocation-sum")->subject == "1");
  CHECK(problem("allocation-sum")->message_en.find("adds up to 30, not the phase target 380") != std::string::npos);
  CHECK(got.problems() == 2);
  // Every indicator and unit read is in the review.
  std::size_t indicators = 0, units_ = 0;
  for (const auto& i : got.review) indicators += i.code == "indicator", units_ += i.code == "unit";
  CHECK(indicators == 14);
  CHECK(units_ == 47);
}

TEST_CASE("a template with a unit formed from an unknown unit: the error names sheet and cell", "[plan][workbook]") {
  auto grids = gridsOf(p8::buildPlanWorkbook(shipped("thai-nguyen-2026")));
  int r = 0, c = 0;
  REQUIRE(findText(grids[3], "bk-ba-be (2025-07-01)", &r, &c));
  grids[3].at(r, c).text = "bk-ba-bee (2025-07-01)";
  const auto got = readBack(grids);
  CHECK_FALSE(got.plan);
  CHECK(got.error_vi.rfind("Bảng tính 'ke-hoach.ods', trang 'Đơn vị', ô B", 0) == 0);
  CHECK(got.error_en.find("no unit in org_units has this id") != std::string::npos);
}

TEST_CASE("planFromGrids never throws: random cells, broken templates, errors in cells", "[plan][workbook]") {
  const auto wb = p8::buildPlanWorkbook(shipped("bac-kan-2022"));
  std::uint32_t seed = 12345;
  auto next = [&] { return seed = seed * 1664525u + 1013904223u; };
  const char* texts[] = {"Mã chỉ tiêu", "Tên chỉ tiêu", "Xã Ba Bể", "Huyện Chợ Đồn", "15%", "Cấp tỉnh chủ động", "1",
                         "2a", "#REF!", "bk (2025-07-01); x", "(", "tỉnh", "giai đoạn 2026 - 2030", "", "Tổng cộng",
                         "STT", "Chỉ tiêu", "ĐVT", "Thời gian thực hiện", "HĐ1", "Nội dung 1", "\xC3\x28"};
  for (int round = 0; round < 60; ++round) {
    std::vector<p8::Grid> grids;
    if (round % 3 == 0) grids = gridsOf(wb);   // a template with random damage
    else grids.push_back(p8::Grid("R", 12, 10));
    for (auto& g : grids)
      for (int k = 0; k < 40; ++k) {
        p8::Cell& c = g.at(static_cast<int>(next() % static_cast<unsigned>(std::max(1, g.rows))),
                           static_cast<int>(next() % static_cast<unsigned>(std::max(1, g.cols))));
        switch (next() % 4) {
          case 0: c = p8::Cell{p8::Cell::Type::Number, static_cast<double>(next() % 3000) / 7.0, "", "", false}; break;
          case 1: c = p8::Cell{p8::Cell::Type::Error, 0, "#DIV/0!", "", false}; break;
          case 2: c = p8::Cell{}; break;
          default: c = p8::Cell{p8::Cell::Type::Text, 0, texts[next() % (sizeof texts / sizeof *texts)], "", next() % 5 == 0};
        }
      }
    INFO("round " << round);
    p8::PlanFromGrids r;
    CHECK_NOTHROW(r = p8::planFromGrids(grids, {}));
    CHECK((r.plan.has_value() || !r.error_en.empty()));
  }
}
