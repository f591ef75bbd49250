// A plan from an appendix of activities as a province writes it: Ninh Thuận's Phụ lục 02
// (seed 004), written out from the built-in plan with its title block and merged headings.
// Read back, it gives the built-in plan's activity table verbatim and its indicators — the
// rows with a number in their target, coded by their path — with the same targets.
#include <catch2/catch.hpp>

#include "core/plan/plan_from_grids.hpp"
#include "grid_builder.hpp"
#include "test_plans.hpp"

#include <functional>
#include <set>

namespace {

p8::Grid appendix02(const p8::Plan& nt) {
  std::vector<std::vector<std::string>> rows = {
      {" ỦY BAN NHÂN DÂN"}, {"TỈNH NINH THUẬN"}, {}, {"Phụ lục 02"},
      {"Hoạt động thực hiện Dự án 8 tại Ninh Thuận\n giai đoạn 1: từ năm 2022 đến năm 2025"},
      {"(Kèm theo Kế hoạch số      /KH-UBND ngày     /9/2022 của UBND tỉnh Ninh Thuận)"}, {}, {},
      {"TT", "Nội dung hoạt động ", "Chỉ tiêu tổng thể giai đoạn 1: 2021-2025", "Thời gian thực hiện/hoàn thiện"}};
  std::vector<std::string> merges;
  for (const auto& part : nt.content) {
    rows.push_back({part.number + "." + part.text.vi});
    merges.push_back("A" + std::to_string(rows.size()) + ":D" + std::to_string(rows.size()));
    for (const auto& act : part.children) {
      rows.push_back({act.number, act.text.vi});
      merges.push_back("B" + std::to_string(rows.size()) + ":D" + std::to_string(rows.size()));
      for (const auto& item : act.children)
        rows.push_back({item.number.empty() ? "" : "'" + item.number, item.text.vi,
                        item.targetText.empty() ? "" : "'" + item.targetText, item.timelineText});
    }
  }
  p8::Grid g = gridOf("PL02", rows);
  for (const auto& m : merges) mergeCells(g, m);
  return g;
}

}  // namespace

TEST_CASE("a plan from Ninh Thuận's appendix 02: activities verbatim, indicators by path", "[plan][grids]") {
  const p8::Plan& nt = p8test::ninhThuan();
  p8::PlanFromGridsOptions opt;
  opt.fileName = "pl02.ods";
  opt.reportingLevel = "district";
  const auto r = p8::planFromGrids({appendix02(nt)}, opt);
  INFO(r.error_en);
  REQUIRE(r.plan);
  const p8::Plan& p = *r.plan;
  CHECK(p.province == "Ninh Thuận");
  CHECK(p.startYear == 2022);
  CHECK(p.endYear == 2025);
  // The activity table: same tree, same numbers, texts, targets and timelines.
  REQUIRE(p.content.size() == nt.content.size());
  std::function<void(const std::vector<p8::ContentItem>&, const std::vector<p8::ContentItem>&)> same =
      [&](const std::vector<p8::ContentItem>& got, const std::vector<p8::ContentItem>& want) {
        REQUIRE(got.size() == want.size());
        for (std::size_t i = 0; i < got.size(); ++i) {
          INFO(want[i].number << " " << want[i].text.vi.substr(0, 50));
          CHECK(got[i].targetText == want[i].targetText);
          CHECK(got[i].timelineText == want[i].timelineText);
          if (!want[i].children.empty() || got[i].children.size()) same(got[i].children, want[i].children);
        }
      };
  same(p.content, nt.content);
  // The indicators: every built-in one, with its code and target.
  std::set<std::string> codes;
  std::string all;
  for (const auto& i : p.indicators) codes.insert(i.code), all += i.code + " ";
  INFO(all);
  for (const auto& want : nt.indicators) {
    INFO(want.code << " " << want.targetText);
    const p8::Indicator* got = p.findIndicator(want.code);
    REQUIRE(got);
    CHECK(got->target == want.target);
    CHECK(got->percent == want.percent);
  }
  CHECK(p.indicators.size() == nt.indicators.size());
}
