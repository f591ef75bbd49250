// Totals: one line per indicator and district whatever number of tables gives figures;
// plan from the plan (district allocation, province target); gap; figures nobody gave stay
// empty, never 0.
#include "test_check_util.hpp"

#include "core/check/totals.hpp"

using namespace checktest;

TEST_CASE("TotalsBuilder: plan from the plan, gap, empty figures stay empty", "[check][totals]") {
  p8::Plan plan = bacKan();
  plan.allocation["1"]["bk-ba-be"] = 50;
  p8::TotalsBuilder b;
  CHECK(b.empty());
  b.allocated("1", "", 370);
  b.allocated("1", "bk-ba-be", 47);
  b.allocated("1", "bk-ba-be", 99);   // a second table: the first figure stays
  b.actual("4", "", 12);
  b.allocated("1", "bk-na-ri", 47);
  auto totals = b.build(plan);
  REQUIRE(totals.size() == 4);
  const p8::Total* prov = totalLine(totals, "1", "");
  REQUIRE(prov);
  CHECK(*prov->plan == 380);
  CHECK(*prov->allocated == 370);
  CHECK(*prov->gap == 10);
  CHECK_FALSE(prov->actual);
  const p8::Total* baBe = totalLine(totals, "1", "bk-ba-be");
  CHECK(*baBe->plan == 50);
  CHECK(*baBe->allocated == 47);
  CHECK(*baBe->gap == 3);
  const p8::Total* naRi = totalLine(totals, "1", "bk-na-ri");
  CHECK_FALSE(naRi->plan);   // the plan does not allocate to Na Rì: unknown, not 0
  CHECK_FALSE(naRi->gap);
  const p8::Total* ind4 = totalLine(totals, "4", "");
  CHECK(*ind4->plan == 40);
  CHECK(*ind4->actual == 12);
  CHECK(*ind4->gap == 28);   // target − actual when nothing is allocated
  // Plan order: indicator 1 (province, then districts in the plan's order), then 4.
  CHECK(totals[0].district.empty());
  CHECK(totals[1].district == "bk-ba-be");
  CHECK(totals[2].district == "bk-na-ri");
  CHECK(totals[3].indicator == "4");
}

TEST_CASE("totals of a workbook join allocation and progress of one indicator", "[check][totals]") {
  Rows prog = {{"STT", "Chỉ tiêu", "Kế hoạch giai đoạn", "Thực hiện năm", "Lũy kế"},
               {"1", "Tổ truyền thông cộng đồng", "380", "80", "200"}};
  auto r = p8::checkWorkbook({gridOf("Phân bổ", correctAllocation()), gridOf("Tiến độ", prog)}, bacKan());
  const p8::Total* prov = totalLine(r.totals, "1", "");
  REQUIRE(prov);
  CHECK(*prov->plan == 380);
  CHECK(*prov->allocated == 380);
  REQUIRE(prov->actual);
  CHECK(*prov->actual == 200);
  CHECK(*prov->gap == 0);
  const p8::Total* baBe = totalLine(r.totals, "1", "bk-ba-be");
  REQUIRE(baBe);
  CHECK(*baBe->allocated == 47);
  CHECK_FALSE(baBe->plan);
  CHECK_FALSE(baBe->actual);
  // One line per (indicator, district): 11 indicators × (province + 8 districts).
  CHECK(r.totals.size() == 11 * 9);
  // Percent indicators were in no table: no line rather than a line of zeros.
  CHECK_FALSE(totalLine(r.totals, "2a", ""));
}

TEST_CASE("rows that name no plan indicator give no totals", "[check][totals]") {
  Rows own = {{"TT", "Nội dung", "TP Bắc Kạn", "Ba Bể", "Bạch Thông", "Chợ Đồn", "Chợ Mới", "Na Rì", "Ngân Sơn", "Pác Nặm"},
              {"1", "Hoạt động riêng của tỉnh", "1", "1", "1", "1", "1", "1", "1", "1"}};
  CHECK(check(own).totals.empty());
}
