// A plan from the sheets a province already has (no template): an indicator sheet and an
// allocation by commune, found by the check's recognition. Province and phase from the title,
// units with ids from their names, the allocation filled in; and every bad input named in
// the review with its cell.
#include <catch2/catch.hpp>

#include "core/check/check.hpp"
#include "core/plan/plan_from_grids.hpp"
#include "core/plan/plan_review.hpp"
#include "core/plan/plan_write.hpp"
#include "grid_builder.hpp"
#include "test_plans.hpp"

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
  CHECK(p.title.vi == "KẾ HOẠCH THỰC HIỆN DỰ ÁN 8 TỈNH THÁI NGUYÊN GIAI ĐOẠN 2026 - 2030");
  CHECK(p.phase == "2026-2030");
  CHECK(p.startYear == 2026);
  CHECK(p.endYear == 2030);
  CHECK(p.id == "thai-nguyen-2026");
  CHECK(p.reportingLevel == "commune");
  CHECK(p.source == "Tạo từ bảng tính 'thai-nguyen.ods'");
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
  opt.phase = "2026–2030";   // an en dash, as titles write it
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
  // Three indicator rows: with one of two rows hidden and the other holding a text, the sheet
  // would show too few figures to be a P8 table at all (a table only on evidence).
  auto alloc = gridOf("Phân bổ", Rows{
      {"PHÂN BỔ CHỈ TIÊU CHO CÁC XÃ, PHƯỜNG"},
      {},
      {"STT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu giai đoạn", "Xã Ba Bể", "Xã Bằng Vân", "Phường Đức Xuân", "Xã Chợ Rã", "Tổng cộng"},
      {"1", "Tổ truyền thông cộng đồng", "tổ", "60", "15", "15", "15", "15", "=SUM(E4:H4)|60"},
      {"2", "Địa chỉ tin cậy cộng đồng", "địa chỉ", "10", "3", "3", "2", "1", "=SUM(E5:H5)|9"},
      {"3", "Tỷ lệ phụ nữ được tiếp cận thông tin", "%", "80", "80", "80", "80", "80", ""},
  });
  alloc.at(3, 5) = p8::Cell{p8::Cell::Type::Text, 0, "mười lăm", "", false};
  alloc.hiddenRows = hiddenAt(alloc.rows, {4});
  const auto r = read({indicatorSheet(), alloc});
  REQUIRE(problem(r, "allocation-not-number"));
  CHECK(problem(r, "allocation-not-number")->cell == "F4");
  REQUIRE(problem(r, "row-hidden"));
  CHECK(problem(r, "row-hidden")->sheet == "Phân bổ");
  REQUIRE(r.plan);
  CHECK(r.plan->allocation.at("1").count("bang-van") == 0);
  // A share merged with its neighbour reads empty: named with its cell.
  auto merged = allocationSheet();
  mergeCells(merged, "E4:F4");
  const auto m = read({indicatorSheet(), merged});
  REQUIRE(problem(m, "cell-merged"));
  CHECK(problem(m, "cell-merged")->cell == "F4");
}

TEST_CASE("no table at all: no plan, and a message naming the file", "[plan][grids]") {
  const auto r = read({gridOf("Ghi chú", Rows{{"Một đoạn văn bản"}, {"không có bảng nào"}})});
  CHECK_FALSE(r.plan);
  CHECK(problem(r, "sheet-no-table"));
  CHECK(r.error_vi.rfind("Bảng tính 'thai-nguyen.ods': không tìm thấy chỉ tiêu nào", 0) == 0);
  // Never a crash on nothing.
  CHECK_FALSE(p8::planFromGrids({}, {}).plan);
}

TEST_CASE("a plan read from sheets checks a commune workbook like the same plan written by hand", "[plan][grids]") {
  // The sheets with indicator 2 allocated in full (10), so the allocation is correct.
  auto alloc = allocationSheet();
  alloc.at(4, 7).number = 2;
  alloc.at(4, 8).number = 10;
  const auto made = read({indicatorSheet(), alloc});
  REQUIRE(made.plan);
  CHECK(made.problems() == 1);   // only the qualitative target of indicator 4
  const p8::Plan byHand = p8::parsePlan(R"({
    "schema_version": 1, "id": "thai-nguyen-2026", "province": "Thái Nguyên", "phase": "2026-2030",
    "title": "KẾ HOẠCH THỰC HIỆN DỰ ÁN 8 TỈNH THÁI NGUYÊN GIAI ĐOẠN 2026 - 2030",
    "source": "Tạo từ bảng tính 'thai-nguyen.ods'",
    "start_year": 2026, "end_year": 2030, "reporting_level": "commune",
    "indicators": [
      {"code": "1", "name": "Tổ truyền thông cộng đồng được thành lập và duy trì", "unit": "tổ", "target": 60, "target_text": "60"},
      {"code": "2", "name": "Địa chỉ tin cậy cộng đồng", "unit": "địa chỉ", "target": 10, "target_text": "10 địa chỉ tin cậy"},
      {"code": "3", "name": "Tỷ lệ phụ nữ được tiếp cận thông tin", "unit": "%", "target": 0.8, "target_text": "80%", "percent": true},
      {"code": "4", "name": "Hỗ trợ xây dựng mô hình sinh kế", "unit": "mô hình", "target": null,
       "target_text": "Cấp tỉnh chủ động bố trí theo nguồn vốn"}],
    "org_units": [
      {"id": "thai-nguyen", "name": "Thái Nguyên", "level": "province", "aliases": ["Tỉnh Thái Nguyên"]},
      {"id": "ba-be", "name": "Xã Ba Bể", "level": "commune", "parent": "thai-nguyen"},
      {"id": "bang-van", "name": "Xã Bằng Vân", "level": "commune", "parent": "thai-nguyen"},
      {"id": "duc-xuan", "name": "Phường Đức Xuân", "level": "commune", "parent": "thai-nguyen"},
      {"id": "cho-ra", "name": "Xã Chợ Rã", "level": "commune", "parent": "thai-nguyen"}],
    "allocation": {"1": {"ba-be": 15, "bang-van": 15, "duc-xuan": 15, "cho-ra": 15},
                   "2": {"ba-be": 3, "bang-van": 3, "duc-xuan": 2, "cho-ra": 2}}
  })", "by-hand.json");
  CHECK(p8::planDifference(byHand, *made.plan) == "");
  // The source sheet checks clean with the plan made from it (no false alarm) …
  const auto clean = p8::checkWorkbook({alloc}, *made.plan);
  CHECK(clean.count(p8::Severity::Error) == 0);
  CHECK(clean.count(p8::Severity::Warning) == 0);
  // … and a commune's wrong figures give the same findings with either plan.
  auto wrong = alloc;
  wrong.at(3, 5).number = 14;   // Bằng Vân 14 of 15: the total no longer 60
  const auto a = p8::checkWorkbook({wrong}, *made.plan), b = p8::checkWorkbook({wrong}, byHand);
  REQUIRE_FALSE(a.findings.empty());
  REQUIRE(a.findings.size() == b.findings.size());
  for (std::size_t i = 0; i < a.findings.size(); ++i) {
    CHECK(a.findings[i].code == b.findings[i].code);
    CHECK(a.findings[i].cell == b.findings[i].cell);
    CHECK(a.findings[i].message_en == b.findings[i].message_en);
  }
}

TEST_CASE("a Bắc Kạn allocation by district as staff lay it out: names with and without prefix", "[plan][grids]") {
  // Title rows, a merged group header over the districts, "Bạch Thông" beside "H. Ba Bể",
  // "Cho Don" without diacritics, SUM totals; no separate indicator sheet, no target column.
  Rows rows = {{"UBND TỈNH BẮC KẠN"}, {"BIỂU PHÂN BỔ CHỈ TIÊU DỰ ÁN 8 ĐẾN NĂM 2025"}, {},
               {"STT", "Chỉ tiêu", "ĐVT", "Phân bổ cho các huyện, thành phố", "", "", "", "", "", "", "", "Tổng cộng"},
               {"", "", "", "TP. Bắc Kạn", "H. Ba Bể", "Bạch Thông", "Cho Don", "Chợ Mới", "Na Rì", "Ngân Sơn", "Pác Nặm", ""}};
  p8test::appendCountRows(rows);
  p8::Grid g = gridOf("Phân bổ", rows);
  mergeCells(g, "D4:K4");
  const auto r = read({g});
  INFO(r.error_en);
  REQUIRE(r.plan);
  const p8::Plan& p = *r.plan;
  CHECK(p.province == "Bắc Kạn");
  CHECK(p.endYear == 2025);
  CHECK(p.startYear == 2021);   // assumed from "đến năm 2025", and said so
  bool said = false;
  for (const auto& i : r.review) said |= i.message_en.find("the start is assumed") != std::string::npos;
  CHECK(said);
  CHECK(p.reportingLevel == "district");
  std::vector<std::string> ids;
  for (const auto* u : p.districts()) ids.push_back(u->id);
  CHECK(ids == std::vector<std::string>{"tp-bac-kan", "ba-be", "bach-thong", "cho-don", "cho-moi", "na-ri", "ngan-son", "pac-nam"});
  REQUIRE(p.indicators.size() == 11);
  CHECK(p.indicators[0].name.vi == "Tổ truyền thông cộng đồng");
  CHECK_FALSE(p.indicators[0].target);   // no target column: empty, never the sum
  REQUIRE(problem(r, "plan-fact-missing"));
  CHECK(problem(r, "plan-fact-missing")->message_en.find("no target column") != std::string::npos);
  double sum = 0;
  for (const auto& [unit, v] : p.allocation.at("1")) sum += v, (void)unit;
  CHECK(sum == 380);
  CHECK(p.allocation.at("1").size() == 8);
}

TEST_CASE("an allocation with the units down the first column", "[plan][grids]") {
  const Rows rows = {{"PHÂN BỔ CHỈ TIÊU CHO CÁC XÃ"}, {},
                     {"STT", "Tên đơn vị", "Tổ truyền thông cộng đồng", "Địa chỉ tin cậy cộng đồng"},
                     {"1", "Xã Ba Bể", "30", "6"},
                     {"2", "Xã Bằng Vân", "30", "4"}};
  const auto r = read({indicatorSheet(), gridOf("Phân bổ", rows)});
  INFO(r.error_en);
  REQUIRE(r.plan);
  CHECK(r.plan->districts().size() == 2);
  REQUIRE(r.plan->allocation.count("1"));
  CHECK(r.plan->allocation.at("1").at("ba-be") == 30);
  CHECK(r.plan->allocation.at("2").at("bang-van") == 4);
  // "Tổ truyền thông cộng đồng" is the start of indicator 1's name: matched, kept as its alias.
  CHECK(r.plan->findIndicator("1")->aliases == std::vector<std::string>{"Tổ truyền thông cộng đồng"});
  CHECK_FALSE(problem(r, "allocation-sum"));   // 30 + 30 = 60, 6 + 4 = 10
}

TEST_CASE("the review as a sheet and as JSON: problems first, then everything read", "[plan][grids]") {
  const auto r = read({indicatorSheet(), allocationSheet()});
  const p8::ReportModel sheet = p8::planReviewSheet(r);
  CHECK(sheet.sheetName == "Xem lại kế hoạch");
  const p8::ReportCell* first = sheet.at(sheet.headerBottom + 1, 1);
  REQUIRE(first);
  CHECK(first->text == "Cần xem lại");
  CHECK(sheet.at(sheet.headerBottom + 1, 2)->text == "target-not-number");
  CHECK(sheet.at(sheet.headerBottom + 1, 4)->text == "D8");
  CHECK(sheet.tableBottom - sheet.headerBottom == static_cast<int>(r.review.size()));
  for (const auto& c : sheet.cells) CHECK(sheet.styles.count(c.style) == 1);
  CHECK(p8::planReviewSheet(r, "en").at(1, 0)->text.rfind("Plan 'thai-nguyen-2026': 4 indicators, 5 units. 2 items", 0) == 0);
  // JSON: parseable by the plan reader's own JSON parser is too strict a test; check the fields.
  const std::string json = p8::planReviewJson(r);
  CHECK(json.find("\"plan_id\": \"thai-nguyen-2026\"") != std::string::npos);
  CHECK(json.find("\"usable\": true") != std::string::npos);
  CHECK(json.find("\"problems\": 2") != std::string::npos);
  CHECK(json.find("{\"kind\": \"problem\", \"code\": \"target-not-number\", \"sheet\": \"Chỉ tiêu\", \"cell\": \"D8\"") !=
        std::string::npos);
  const auto none = read({p8::Grid("Trống", 2, 2)});
  const std::string bad = p8::planReviewJson(none);
  CHECK(bad.find("\"plan_id\": null") != std::string::npos);
  CHECK(bad.find("\"error\": {\"vi\": \"Bảng tính 'thai-nguyen.ods': không tìm thấy chỉ tiêu nào") != std::string::npos);
  CHECK(p8::planReviewSheet(none).at(1, 0)->text.rfind("Chưa tạo được kế hoạch: Bảng tính", 0) == 0);
}

TEST_CASE("a second run does not read the review sheet the first one added", "[plan][grids]") {
  const auto first = read({indicatorSheet(), allocationSheet()});
  const p8::ReportModel review = p8::planReviewSheet(first);
  p8::Grid g(review.sheetName, review.tableBottom + 1, 6);
  for (const auto& c : review.cells)
    if (c.kind == p8::ReportCell::Kind::Text) g.at(c.row, c.col) = p8::Cell{p8::Cell::Type::Text, 0, c.text, "", false};
  CHECK(p8::isPlanReviewSheet(g));
  const auto second = read({indicatorSheet(), allocationSheet(), g});
  REQUIRE(second.plan);
  CHECK(p8::planDifference(*first.plan, *second.plan) == "");
  REQUIRE(problem(second, "sheet-no-table"));
  CHECK(problem(second, "sheet-no-table")->sheet == "Xem lại kế hoạch");
}
