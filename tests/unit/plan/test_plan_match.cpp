// Finding indicators and districts from what staff write in sheets — and not finding them
// when the text names something else.
#include <catch2/catch.hpp>

#include "core/plan/district_lookup.hpp"
#include "core/plan/plan.hpp"

namespace {
p8::Plan builtin(const std::string& id) { return p8::loadPlanFile(p8::builtinPlanPath(id, P8_SOURCE_DIR "/plans")); }
using S = p8::NameMatch::Status;
}  // namespace

TEST_CASE("an indicator is found by its code, with or without a prefix", "[plan]") {
  const auto bk = builtin("bac-kan-2022");
  const std::pair<const char*, const char*> cases[] = {
      {"1", "1"},          {"2a", "2a"},     {"2A", "2a"},       {"Chỉ tiêu 2a", "2a"}, {"chi tieu so 7", "7"},
      {"CT 3", "3"},       {"CT3", "3"},     {"CT.11", "11"},    {"Chỉ số 4", "4"},     {" 10. ", "10"}};
  for (auto [text, code] : cases) {
    INFO(text);
    const auto m = bk.matchIndicator(text);
    CHECK(m.status == S::Unique);
    CHECK(m.id == code);
  }
  for (const char* text : {"12", "2d", "CT", "Chỉ tiêu", "2.1", "0"}) {
    INFO(text);
    CHECK(bk.matchIndicator(text).status == S::None);
  }
}

TEST_CASE("an indicator is found by the labels staff write", "[plan]") {
  const auto bk = builtin("bac-kan-2022");
  const std::pair<const char*, const char*> cases[] = {
      {"Tổ truyền thông cộng đồng", "1"},
      {"Số tổ truyền thông cộng đồng thành lập mới", "1"},
      {"TỔ TRUYỀN THÔNG CỘNG ĐỒNG", "1"},
      {"to truyen thong cong dong", "1"},
      {"1. Tổ truyền thông cộng đồng được thành lập và duy trì hoạt động", "1"},
      {"Tổ TKVVTB", "2"},
      {"Tổ tiết kiệm vay vốn thôn bản", "2"},
      {"Số tổ TKVVTB được củng cố hoặc thành lập mới", "2"},
      {"Thành viên tổ TKVVTB tiếp cận với các định chế tài chính chính thức", "2a"},
      {"Thành viên tổ TKVVTB được hỗ trợ phát triển sinh kế", "2b"},
      {"Tổ TKVVTB áp dụng phương pháp học tập và hành động giới", "2c"},
      {"Số tổ áp dụng GALS", "2c"},
      {"Tổ nhóm sinh kế ứng dụng công nghệ 4.0", "3"},
      {"Địa chỉ tin cậy", "4"},
      {"Số Địa chỉ tin cậy cộng đồng được củng cố", "4"},
      {"Tỷ lệ phụ nữ tiếp cận dịch vụ sinh đẻ an toàn", "5"},
      {"CLB thủ lĩnh của sự thay đổi", "6"},
      {"Câu lạc bộ \"Thủ lĩnh của sự thay đổi\" thành lập mới", "6"},
      {"Đối thoại chính sách", "7"},
      {"Số cuộc đối thoại chính sách cấp xã, cụm thôn bản", "7"},
      {"Cán bộ nữ DTTS cấp huyện, xã được tập huấn nâng cao năng lực", "8"},
      {"Tập huấn hướng dẫn giám sát, đánh giá về bình đẳng giới", "9"},
      {"Tập huấn lồng ghép giới (chương trình 2)", "10"},
      {"Tập huấn lồng ghép giới chương trình 3 cho cán bộ thôn, bản", "11"},
      {"Community communication groups set up and maintained", "1"}};
  for (auto [label, code] : cases) {
    INFO(label);
    const auto m = bk.matchIndicator(label);
    CHECK(m.status == S::Unique);
    CHECK(m.id == code);
  }
}

TEST_CASE("labels of other things, or of two indicators, do not pick one", "[plan]") {
  const auto bk = builtin("bac-kan-2022");
  for (const char* label : {"", "   ", "Tổng cộng", "Ghi chú", "Xây dựng nông thôn mới", "Tổ", "Truyền thông",
                            "Tập huấn", "Số cuộc", "Kinh phí thực hiện", "Thành phố Bắc Kạn", "\xff\xfe\x80",
                            "Tổ hợp tác xã nông nghiệp"}) {
    INFO(label);
    CHECK(bk.matchIndicator(label).status == S::None);
  }
  // Two indicators named at once.
  auto m = bk.matchIndicator("Tổ truyền thông và tổ TKVVTB");
  CHECK(m.status == S::Ambiguous);
  CHECK(m.candidates == std::vector<std::string>{"1", "2"});
  m = bk.matchIndicator("Địa chỉ tin cậy và CLB thủ lĩnh của sự thay đổi");
  CHECK(m.status == S::Ambiguous);
  // A label of indicator 10 is not indicator 11 and the other way round.
  CHECK(bk.matchIndicator("Lồng ghép giới (chương trình 2)").id == "10");
  CHECK(bk.matchIndicator("Lồng ghép giới (chương trình 3)").id == "11");
  CHECK(bk.matchIndicator("Tập huấn lồng ghép giới").status != S::Unique);
  // A sub-target's label is the sub-target, not its parent (2), though it names tổ TKVVTB.
  CHECK(bk.matchIndicator("Tổ TKVVTB áp dụng GALS").id == "2c");
  // Each indicator's own name finds that indicator, never another.
  for (const auto& ind : bk.indicators) {
    INFO(ind.code);
    CHECK(bk.matchIndicator(ind.name.vi).id == ind.code);
    CHECK(bk.matchIndicator(ind.name.en).id == ind.code);
    for (const auto& a : ind.aliases) CHECK(bk.matchIndicator(a).id == ind.code);
  }
  // Huge input is no problem.
  CHECK(bk.matchIndicator(std::string(200000, 'x') + " Đối thoại chính sách").id == "7");
}

TEST_CASE("Ninh Thuận indicators by dotted code, name and alias", "[plan]") {
  const auto nt = builtin("ninh-thuan-pl02-2022");
  CHECK(nt.matchIndicator("1.2.03").id == "1.2.03");
  CHECK(nt.matchIndicator("Tờ gấp").id == "1.2.03");
  CHECK(nt.matchIndicator("Thành lập và duy trì Tổ truyền thông cộng đồng").id == "1.1.01");
  CHECK(nt.matchIndicator("Tổ chức đối thoại chính sách ở cấp xã, thôn ĐBKK").id == "3.1.02");
  for (const auto& ind : nt.indicators) {
    INFO(ind.code);
    CHECK(nt.matchIndicator(ind.name.vi).id == ind.code);
    for (const auto& a : ind.aliases) CHECK(nt.matchIndicator(a).id == ind.code);
  }
}

TEST_CASE("districts match by any spelling, never the province or another province", "[plan]") {
  const auto bk = builtin("bac-kan-2022");
  const std::pair<const char*, const char*> cases[] = {
      {"Thành phố Bắc Kạn", "bk-tp-bac-kan"}, {"TP Bắc Kạn", "bk-tp-bac-kan"}, {"TP. Bắc Kạn", "bk-tp-bac-kan"},
      {"thanh pho bac kan", "bk-tp-bac-kan"}, {"Ba Bể", "bk-ba-be"},           {"H. Ba Bể", "bk-ba-be"},
      {"Huyện Ba Bể", "bk-ba-be"},           {"huyen cho don", "bk-cho-don"},  {"Cho Don", "bk-cho-don"},
      {"CHỢ ĐỒN", "bk-cho-don"},             {"Chợ Mới", "bk-cho-moi"},        {"Na Rì", "bk-na-ri"},
      {"Ngân Sơn", "bk-ngan-son"},           {"Pác Nặm", "bk-pac-nam"},        {"Bạch Thông", "bk-bach-thong"}};
  for (auto [text, id] : cases) {
    INFO(text);
    const auto m = bk.matchDistrict(text);
    CHECK(m.status == S::Unique);
    CHECK(m.id == id);
  }
  for (const char* text : {"Bắc Kạn", "Tỉnh Bắc Kạn", "bac kan", "Ninh Hải", "Chợ", "", "Tổng cộng"}) {
    INFO(text);
    CHECK(bk.matchDistrict(text).status == S::None);
  }
  const auto nt = builtin("ninh-thuan-pl02-2022");
  CHECK(nt.matchDistrict("TP. Phan Rang - Tháp Chàm").id == "nt-phan-rang");
  CHECK(nt.matchDistrict("Phan Rang–Tháp Chàm").id == "nt-phan-rang");
  CHECK(nt.matchDistrict("H. Bác Ái").id == "nt-bac-ai");
  CHECK(nt.matchDistrict("Ninh Thuận").status == S::None);
  CHECK(nt.matchDistrict("Ba Bể").status == S::None);

  std::vector<const p8::Plan*> plans{&bk, &nt};
  auto ref = p8::resolveDistrict("H. Bác Ái", nullptr, plans, false);
  CHECK(ref.plan == &nt);
  CHECK(ref.name == "Bác Ái");
  CHECK_THROWS_AS(p8::resolveDistrict("Hà Nội", &bk, plans, false), p8::DistrictLookupError);
  p8::DistrictLabelMatcher m(p8::resolveDistrict("Chợ Đồn", &bk, plans, false));
  CHECK(m.matches("H. Chợ Đồn"));
  CHECK(m.matches("CHO DON"));
  CHECK_FALSE(m.matches("Chợ Mới"));
}

TEST_CASE("a phase II plan of communes in a merged province loads as data", "[plan]") {
  // Thái Nguyên after 1 July 2025 (Bắc Kạn merged into it): no districts, communes report.
  // The same file as in plans/README.md.
  const auto plan = p8::parsePlan(R"({
    "schema_version": 1, "id": "thai-nguyen-2026",
    "title": {"vi": "Kế hoạch Dự án 8 tỉnh Thái Nguyên 2026–2030", "en": "Thái Nguyên Project 8 plan 2026–2030"},
    "province": "Thái Nguyên", "phase": "2026-2030",
    "start_year": 2026, "end_year": 2030, "reporting_level": "commune",
    "org_units": [
      {"id": "tn", "name": "Thái Nguyên", "level": "province", "valid_from": "2025-07-01"},
      {"id": "tn-bang-van", "name": "Xã Bằng Vân", "level": "commune", "parent": "tn",
       "aliases": ["Bằng Vân"], "valid_from": "2025-07-01"},
      {"id": "tn-cho-don", "name": "Xã Chợ Đồn", "level": "commune", "parent": "tn", "valid_from": "2025-07-01"},
      {"id": "tn-phan-dinh-phung", "name": "Phường Phan Đình Phùng", "level": "commune", "parent": "tn",
       "valid_from": "2025-07-01"}],
    "indicators": [{"code": "1", "name": {"vi": "Tổ truyền thông cộng đồng"}, "unit": "tổ", "target": 100}],
    "allocation": {"1": {"tn-bang-van": 40, "tn-cho-don": 35, "tn-phan-dinh-phung": 25}}
  })", "thai-nguyen-2026.json");
  const auto units = plan.districts();
  REQUIRE(units.size() == 3);
  CHECK(units[0]->id == "tn-bang-van");
  CHECK(units[0]->validFrom == "2025-07-01");
  CHECK(plan.matchDistrict("xa bang van").id == "tn-bang-van");
  CHECK(plan.matchDistrict("Bằng Vân").id == "tn-bang-van");
  CHECK(plan.matchDistrict("Chợ Đồn").id == "tn-cho-don");
  CHECK(plan.matchDistrict("P. Phan Đình Phùng").id == "tn-phan-dinh-phung");
  CHECK(plan.matchDistrict("Thái Nguyên").status == S::None);
  CHECK(plan.matchIndicator("Số tổ truyền thông cộng đồng").id == "1");
  CHECK(plan.allocation.at("1").size() == 3);
}
