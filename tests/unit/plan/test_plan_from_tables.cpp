// A plan from the sheets a province already has (no template): an indicator sheet and an
// allocation by commune, found by the check's recognition. Province and phase from the title,
// units with ids from their names, the allocation filled in; and every bad input named in
// the review with its cell.
#include <catch2/catch.hpp>

#include "core/plan/plan_from_grids.hpp"
#include "core/plan/plan_write.hpp"
#include "grid_builder.hpp"

namespace {

using Rows = std::vector<std::vector<std::string>>;

p8::Grid indicatorSheet() {
  return gridOf("Chỉ tiêu", Rows{
      {"UBND TỈNH THÁI NGUYÊN"},
      {"KẾ HOẠCH THỰC HIỆN DỰ ÁN 8 TỈNH THÁI NGUYÊN GIAI ĐOẠN 2026 - 2030"},
      {},
      {"STT", "Tên chỉ tiêu", "ĐVT", "Chỉ tiêu giai đoạn"},
      {"1", "Tổ truyền thông cộng đồng được thành lập và duy trì", "tổ", "60"},
      {"2", "Địa chỉ tin cậy cộng đồng", "địa chỉ", "'10 địa chỉ tin cậy"},
      {"3", "Tỷ lệ phụ nữ được tiếp cận thông tin", "%", "'80%"},
      {"4", "Hỗ trợ xây dựng mô hình sinh kế", "mô hình", "Cấp tỉnh chủ động bố trí theo nguồn vốn"},
  });
}

p8::Grid allocationSheet(const std::string& fourthUnit = "Xã Chợ Rã") {
  return gridOf("Phân bổ", Rows{
      {"PHÂN BỔ CHỈ TIÊU CHO CÁC XÃ, PHƯỜNG"},
      {},
      {"STT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu giai đoạn", "Xã Ba Bể", "Xã Bằng Vân", "Phường Đức Xuân", fourthUnit, "Tổng cộng"},
      {"1", "Tổ truyền thông cộng đồng", "tổ", "60", "15", "15", "15", "15", "=SUM(E4:H4)|60"},
      {"2", "Địa chỉ tin cậy cộng đồng", "địa chỉ", "10", "3", "3", "2", "1", "=SUM(E5:H5)|9"},
  });
}

p8::PlanFromGrids read(std::vector<p8::Grid> grids, p8::PlanFromGridsOptions opt = {}) {
  if (opt.fileName.empty()) opt.fileName = "thai-nguyen.ods";
  return p8::planFromGrids(grids, opt);
}

const p8::PlanReviewItem* problem(const p8::PlanFromGrids& r, const std::string& code) {
  for (const auto& i : r.review)
    if (i.kind == p8::PlanReviewItem::Kind::Problem && i.code == code) return &i;
  return nullptr;
}

}  // namespace

TEST_CASE("unit ids are diacritics-free slugs of the names", "[plan][grids]") {
  CHECK(p8::unitSlug("Xã Bằng Vân") == "bang-van");
  CHECK(p8::unitSlug("Phường Đức Xuân") == "duc-xuan");
  CHECK(p8::unitSlug("H. Ba Bể") == "ba-be");
  CHECK(p8::unitSlug("Thành phố Bắc Kạn") == "bac-kan");
  CHECK(p8::unitSlug("Tĩnh Gia") == "tinh-gia");   // a name, not the prefix "Tỉnh"
  CHECK(p8::unitSlug("Tỉnh Thái Nguyên") == "thai-nguyen");
  CHECK(p8::unitSlug("Huyện") == "huyen");
  CHECK(p8::unitSlug("Xa Bang Van") == p8::unitSlug("Xã Bằng Vân"));   // stable across spellings
}

TEST_CASE("a plan from an indicator sheet and a commune allocation sheet", "[plan][grids]") {
  const auto r = read({indicatorSheet(), allocationSheet()});
  INFO(r.error_en);
  REQUIRE(r.plan);
  const p8::Plan& p = *r.plan;
  CHECK_FALSE(r.fromTemplate);
  CHECK(p.province == "Thái Nguyên");
  CHECK(p.phase == "2026-2030");
  CHECK(p.startYear == 2026);
  CHECK(p.endYear == 2030);
  CHECK(p.id == "thai-nguyen-2026");
  CHECK(p.reportingLevel == "commune");
  REQUIRE(p.districts().size() == 4);
  CHECK(p.districts()[0]->id == "ba-be");
  CHECK(p.districts()[2]->name == "Phường Đức Xuân");
  REQUIRE(p.indicators.size() == 4);
  CHECK(*p.indicators[0].target == 60);
  CHECK(p.indicators[1].targetText == "10 địa chỉ tin cậy");
  CHECK(*p.indicators[1].target == 10);
  CHECK(p.indicators[2].percent);
  CHECK(*p.indicators[2].target == Approx(0.8));
  CHECK_FALSE(p.indicators[3].target);
  CHECK(p.indicators[3].targetText == "Cấp tỉnh chủ động bố trí theo nguồn vốn");   // verbatim
  CHECK(p.allocation.at("1").at("bang-van") == 15);
  CHECK(p.allocation.at("2").at("cho-ra") == 1);
  // Reviewed: the qualitative target, and indicator 2 allocated 9 of 10.
  REQUIRE(problem(r, "target-not-number"));
  CHECK(problem(r, "target-not-number")->cell == "D8");
  REQUIRE(problem(r, "allocation-sum"));
  CHECK(problem(r, "allocation-sum")->sheet == "Phân bổ");
  CHECK(problem(r, "allocation-sum")->message_vi.find("tổng phân bổ 9 khác chỉ tiêu 10") != std::string::npos);
  CHECK(r.problems() == 2);
  // And every indicator, unit and allocation read is listed.
  int reads = 0;
  for (const auto& i : r.review) reads += i.kind == p8::PlanReviewItem::Kind::Read;
  CHECK(reads >= 4 + 4 + 2);
  // The plan is a plan file's plan: it saves and loads back the same.
  CHECK(p8::planDifference(p, p8::parsePlan(p8::planToJson(p), "x.json")).empty());
}

TEST_CASE("the caller's id, province and phase win over the titles", "[plan][grids]") {
  p8::PlanFromGridsOptions opt;
  opt.id = "tn-moi";
  opt.province = "Thái Nguyên";
  opt.phase = "2026-2030";
  auto ind = indicatorSheet();
  ind.at(1, 0).text = "KẾ HOẠCH THỰC HIỆN DỰ ÁN 8";   // the title says neither
  const auto r = read({ind, allocationSheet()}, opt);
  REQUIRE(r.plan);
  CHECK(r.plan->id == "tn-moi");
  CHECK(r.plan->startYear == 2026);
  CHECK_FALSE(problem(r, "plan-fact-missing"));
  // Without them, the review asks.
  const auto asked = read({ind, allocationSheet()});
  REQUIRE(problem(asked, "plan-fact-missing"));
}

TEST_CASE("bad input: two indicators with one name, a unit of another province, an empty sheet", "[plan][grids]") {
  auto ind = indicatorSheet();
  ind.at(7, 1).text = "Địa chỉ tin cậy cộng đồng";   // indicator 4 named as 2
  p8::PlanFromGridsOptions opt;
  opt.provinceUnits = {"Xã Ba Bể", "Xã Bằng Vân", "Phường Đức Xuân", "Xã Chợ Rã"};
  const auto r = read({ind, allocationSheet("Xã Tân Lập"), p8::Grid("Trống", 3, 3)}, opt);
  REQUIRE(problem(r, "indicator-name-twice"));
  CHECK(problem(r, "indicator-name-twice")->subject == "4");
  REQUIRE(problem(r, "unit-foreign"));
  CHECK(problem(r, "unit-foreign")->cell == "H3");
  CHECK(problem(r, "unit-foreign")->message_vi.find("'Xã Tân Lập' không phải đơn vị của tỉnh Thái Nguyên") != std::string::npos);
  REQUIRE(problem(r, "sheet-empty"));
  CHECK(problem(r, "sheet-empty")->sheet == "Trống");
  REQUIRE(r.plan);
  CHECK(r.plan->districts().size() == 3);   // Tân Lập left out
  // A unit written "…, tỉnh Lào Cai" is another province's, list or no list.
  const auto r2 = read({indicatorSheet(), allocationSheet("Xã Tân Lập, tỉnh Lào Cai")});
  REQUIRE(problem(r2, "unit-foreign"));
}

TEST_CASE("a text in an allocation cell and a hidden row are named, not guessed", "[plan][grids]") {
  auto alloc = allocationSheet();
  alloc.at(3, 5) = p8::Cell{p8::Cell::Type::Text, 0, "mười lăm", "", false};
  alloc.hiddenRows = hiddenAt(alloc.rows, {4});
  const auto r = read({indicatorSheet(), alloc});
  REQUIRE(problem(r, "allocation-not-number"));
  CHECK(problem(r, "allocation-not-number")->cell == "F4");
  REQUIRE(problem(r, "row-hidden"));
  CHECK(problem(r, "row-hidden")->sheet == "Phân bổ");
  REQUIRE(r.plan);
  CHECK(r.plan->allocation.at("1").count("bang-van") == 0);
}

TEST_CASE("no table at all: no plan, and a message naming the file", "[plan][grids]") {
  const auto r = read({gridOf("Ghi chú", Rows{{"Một đoạn văn bản"}, {"không có bảng nào"}})});
  CHECK_FALSE(r.plan);
  CHECK(problem(r, "sheet-no-table"));
  CHECK(r.error_vi.rfind("Bảng tính 'thai-nguyen.ods': không tìm thấy chỉ tiêu nào", 0) == 0);
  // Never a crash on nothing.
  CHECK_FALSE(p8::planFromGrids({}, {}).plan);
}
