// The check's messages name the plan's reporting units in the plan's own words: a district
// plan (Bắc Kạn 2022) keeps "huyện" / "districts" word for word, a commune plan (Thái Nguyên
// 2026) says "xã, phường" / "communes and wards" and never "huyện". Finding codes stay the same.
#include "test_check_util.hpp"

using namespace checktest;
using p8test::thaiNguyen;

namespace {

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

// A Thái Nguyên allocation with four communes and wards as columns (D:G) and a total (H):
// row 6 adds up to 40 in the sheet's total but the units give 38 (sum-mismatch), row 7 has an
// empty unit among filled ones (value-empty), and every row falls short of the plan's target
// for the whole province (allocation-under).
Rows communeAllocation() {
  return {
      {"UBND TỈNH THÁI NGUYÊN"},
      {"BIỂU PHÂN BỔ CHỈ TIÊU DỰ ÁN 8 GIAI ĐOẠN 2026-2030"},
      {},
      {"STT", "Chỉ tiêu", "ĐVT", "Phân bổ cho các xã, phường", "", "", "", "Tổng cộng"},
      {"", "", "", "Phường Đức Xuân", "Phường Bắc Kạn", "Xã Phong Quang", "Xã Bằng Thành", ""},
      {"1", "Tổ truyền thông cộng đồng được thành lập", "tổ", "10", "10", "10", "8", "=SUM(D6:G6)|40"},
      {"2", "Tổ tiết kiệm vay vốn thôn bản (TKVVTB) được thành lập", "tổ", "5", "", "5", "5", "=SUM(D7:G7)|15"},
  };
}

const p8::Finding& first(const p8::CheckResult& r, const std::string& code) {
  INFO(describe(r));
  auto it = std::find_if(r.findings.begin(), r.findings.end(), [&](const p8::Finding& f) { return f.code == code; });
  REQUIRE(it != r.findings.end());
  return *it;
}

// Thái Nguyên's plan allocating indicators 1 and 2 to the four units of the sheet only: a
// table of them all is the whole share-out, so falling short of the target is allocation-under
// (a table of four of 37 communes with no allocation in the plan is not: see test_plan_builtin).
p8::Plan fourUnitPlan() {
  p8::Plan plan = thaiNguyen();
  for (const char* code : {"1", "2"}) {
    auto& row = plan.allocation[code];
    row.clear();
    for (const p8::OrgUnit* u : plan.districts())
      if (u->name == "Phường Đức Xuân" || u->name == "Phường Bắc Kạn" || u->name == "Xã Phong Quang" ||
          u->name == "Xã Bằng Thành")
        row[u->id] = 5;
    REQUIRE(row.size() == 4);
  }
  plan.index();
  return plan;
}

}  // namespace

TEST_CASE("a district plan's messages keep today's words: huyện, districts", "[check][level]") {
  auto rows = correctAllocation();
  rows[5][11] = "=SUM(D6:K6)|370";   // the sheet's total says 370, the districts give 380
  const auto sums = check(rows);
  const p8::Finding& s = first(sums, "sum-mismatch");
  CHECK(contains(s.message_vi, "nhưng tổng các huyện là 380."));
  CHECK(contains(s.message_vi, "Sửa công thức tổng hoặc số liệu các huyện."));
  CHECK(contains(s.message_en, "but the districts add up to 380."));

  auto gap = correctAllocation();
  gap[12][4] = "";
  gap[12][11] = "=SUM(D13:K13)|" + std::to_string(181 - 22);
  const p8::Finding& e = first(check(gap), "value-empty");
  CHECK(contains(e.message_vi, "để trống trong khi các huyện khác có số. Nếu huyện không được phân bổ, ghi 0."));
  CHECK(contains(e.message_en, "is empty while the other districts have figures. Enter 0 if the district gets nothing."));

  auto under = correctAllocation();
  under[5][3] = "40";   // TP. Bắc Kạn 47 → 40: the districts give 373 of 380
  under[5][11] = "=SUM(D6:K6)|373";
  const p8::Finding& a = first(check(under), "allocation-under");
  CHECK(contains(a.message_vi, "): các huyện được phân bổ tổng cộng 373"));
  CHECK(contains(a.message_vi, ". Điều chỉnh phân bổ cho các huyện."));
  CHECK(contains(a.message_en, "): the districts are allocated 373"));
  CHECK(contains(a.message_en, ". Adjust the district allocation."));

  const auto none = p8::checkWorkbook({gridOf("Ghi chú", {{"Một đoạn văn bản"}, {"không phải bảng"}})}, bacKan());
  const p8::Finding& t = first(none, "table-not-found");
  CHECK(contains(t.message_vi, "(TT, Nội dung/Chỉ tiêu, tên các huyện, Tổng cộng …)."));
  CHECK(contains(t.message_en, "(TT, Nội dung/Chỉ tiêu, district names, Tổng cộng …)."));
}

TEST_CASE("a commune plan's messages say xã, phường, never huyện", "[check][level]") {
  const p8::Plan plan = fourUnitPlan();
  const auto r = check(communeAllocation(), plan);
  INFO(describe(r));
  const p8::Finding& s = first(r, "sum-mismatch");
  CHECK(s.cell == "H6");
  CHECK(contains(s.message_vi, "nhưng tổng các xã, phường là 38."));
  CHECK(contains(s.message_vi, "Sửa công thức tổng hoặc số liệu các xã, phường."));
  CHECK(contains(s.message_en, "but the communes and wards add up to 38."));
  const p8::Finding& e = first(r, "value-empty");
  CHECK(e.cell == "E7");
  CHECK(contains(e.message_vi, "trong khi các xã, phường khác có số. Nếu xã, phường không được phân bổ, ghi 0."));
  CHECK(contains(e.message_en, "while the other communes and wards have figures. Enter 0 if the commune/ward gets nothing."));
  const p8::Finding& a = first(r, "allocation-under");
  CHECK(contains(a.message_vi, "): các xã, phường được phân bổ tổng cộng "));
  CHECK(contains(a.message_vi, ". Điều chỉnh phân bổ cho các xã, phường."));
  CHECK(contains(a.message_en, "): the communes and wards are allocated "));
  CHECK(contains(a.message_en, ". Adjust the commune/ward allocation."));
  for (const char* code : {"sum-mismatch", "value-empty", "allocation-under"}) {
    INFO(code);
    CHECK_FALSE(contains(first(r, code).message_vi, "huyện"));
    CHECK_FALSE(contains(first(r, code).message_en, "district"));
  }

  const auto none = p8::checkWorkbook({gridOf("Ghi chú", {{"Một đoạn văn bản"}, {"không phải bảng"}})}, thaiNguyen());
  const p8::Finding& t = first(none, "table-not-found");
  CHECK(contains(t.message_vi, "(TT, Nội dung/Chỉ tiêu, tên các xã, phường, Tổng cộng …)."));
  CHECK(contains(t.message_en, "(TT, Nội dung/Chỉ tiêu, commune/ward names, Tổng cộng …)."));
}

TEST_CASE("a commune plan's unit headers are named in its words: xã, phường", "[check][level]") {
  auto rows = communeAllocation();
  rows[4][6] = "Xã Tân Lập";   // not a unit of the plan: the one finding, naming the unit without a column
  rows[5][7] = "=SUM(D6:G6)|38";
  const p8::Plan plan = fourUnitPlan();
  const auto r = check(rows, plan);
  INFO(describe(r));
  const p8::Finding& u = first(r, "district-unknown");
  CHECK(u.cell == "G5");
  CHECK(contains(u.message_vi, "Không nhận ra xã, phường \"Xã Tân Lập\""));
  CHECK(contains(u.message_vi, "Sửa tên cho đúng một xã, phường của kế hoạch: có thể là Xã Bằng Thành"));
  CHECK(contains(u.message_en, "is not a commune/ward of plan"));
  CHECK_FALSE(contains(u.message_vi, "huyện"));
  CHECK_FALSE(contains(u.message_en, "district"));
  CHECK(std::count_if(r.findings.begin(), r.findings.end(), [](const p8::Finding& f) { return f.code == "district-missing"; }) == 0);
}
