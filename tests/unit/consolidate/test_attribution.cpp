// Attribution of a unit's file: each kind of evidence on its own (the "Đơn vị báo cáo" text,
// the template's reporting-unit cell, the issuing body, the sheet name, the file name only),
// the order between them, and the files that belong to no unit (another province, a former
// district in a commune plan, the province's own table, nothing at all).
#include "consolidate_util.hpp"

#include "core/consolidate/attribution.hpp"

using namespace constest;
using p8::EvidenceKind;
using p8test::bacKan;
using p8test::ninhThuan;
using p8test::thaiNguyen;

namespace {

const std::vector<Line> kLines = {{"Tổ truyền thông cộng đồng", "tổ", "", "10", "8", "30"}};

p8::Attribution attribute(const Rows& header, const std::string& path, const p8::Plan& plan = bacKan(),
                          const std::string& sheet = "Báo cáo", const std::vector<const p8::Plan*>& others = {}) {
  return p8::attributeFile({gridOf(sheet, unitReport(header, kLines))}, path, plan, others);
}

}  // namespace

TEST_CASE("attribution: the text 'Đơn vị báo cáo: Huyện Ba Bể'", "[consolidate][attribution]") {
  const auto a = attribute({{"HỘI LIÊN HIỆP PHỤ NỮ"}, {"Đơn vị báo cáo: Huyện Ba Bể"}}, "/tmp/so-lieu.xlsx");
  CHECK(a.unitId == "bk-ba-be");
  CHECK(a.kind == EvidenceKind::ReportingUnit);
  CHECK(a.sheet == "Báo cáo");
  CHECK(a.cell == "A2");
  CHECK(a.text == "Đơn vị báo cáo: Huyện Ba Bể");
  CHECK(std::string(p8::evidenceKindCode(a.kind)) == "reporting-unit");
}

TEST_CASE("attribution: the template's reporting-unit cell; its unfilled default names no unit", "[consolidate][attribution]") {
  const auto a = attribute({{"UBND TỈNH BẮC KẠN"}, {"Đơn vị báo cáo:", "", "", "Chợ Đồn"}}, "mau-tien-do.ods");
  CHECK(a.unitId == "bk-cho-don");
  CHECK(a.kind == EvidenceKind::ReportingUnit);
  CHECK(a.cell == "D2");
  CHECK(a.text == "Chợ Đồn");
  // Left at the province (the template's default): the unit comes from elsewhere, or from nothing.
  const auto d = attribute({{"UBND TỈNH BẮC KẠN"}, {"Đơn vị báo cáo:", "", "", "Bắc Kạn"}}, "mau-tien-do.ods");
  CHECK(d.unitId.empty());
  CHECK(d.otherProvince.empty());
  CHECK_FALSE(d.why_vi.empty());
  CHECK_FALSE(d.why_en.empty());
  // The city is a unit, not the province.
  CHECK(attribute({{"Đơn vị báo cáo:", "", "", "TP. Bắc Kạn"}}, "x.ods").unitId == "bk-tp-bac-kan");
}

TEST_CASE("attribution: the issuing body 'HỘI LHPN HUYỆN NA RÌ' and 'UBND XÃ BẰNG VÂN'", "[consolidate][attribution]") {
  const auto a = attribute({{"UBND TỈNH BẮC KẠN", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"}, {"HỘI LHPN HUYỆN NA RÌ"}}, "bc.xlsx");
  CHECK(a.unitId == "bk-na-ri");
  CHECK(a.kind == EvidenceKind::Issuer);
  CHECK(a.cell == "A2");
  CHECK(a.text == "HỘI LHPN HUYỆN NA RÌ");
  const auto x = attribute({{"UBND XÃ BẰNG VÂN"}}, "bc.xlsx", thaiNguyen());
  CHECK(x.unitId == "tn-bang-van");
  CHECK(x.kind == EvidenceKind::Issuer);
  // In the commune plan the former district "Huyện Na Rì" is no reporting unit: not guessed.
  const auto former = attribute({{"HỘI LHPN HUYỆN NA RÌ"}}, "bc.xlsx", thaiNguyen());
  CHECK(former.unitId.empty());
  CHECK(former.why_vi.find("HUYỆN NA RÌ") != std::string::npos);
}

TEST_CASE("attribution: the sheet name", "[consolidate][attribution]") {
  const auto a = attribute({{"BIỂU SỐ LIỆU"}}, "so-lieu.xlsx", bacKan(), "Pác Nặm");
  CHECK(a.unitId == "bk-pac-nam");
  CHECK(a.kind == EvidenceKind::SheetName);
  CHECK(a.sheet == "Pác Nặm");
  CHECK(a.cell.empty());
}

TEST_CASE("attribution: the file name only", "[consolidate][attribution]") {
  const auto a = attribute({{"BIỂU SỐ LIỆU"}}, "/data/2025/bao-cao-ngan-son-2025.xlsx");
  CHECK(a.unitId == "bk-ngan-son");
  CHECK(a.kind == EvidenceKind::FileName);
  CHECK(a.text == "bao-cao-ngan-son-2025.xlsx");
  CHECK(attribute({{"BIỂU SỐ LIỆU"}}, "Xa_Bang_Van.ods", thaiNguyen()).unitId == "tn-bang-van");
  // Nothing names a unit: none, and the reason says what to do.
  const auto none = attribute({{"BIỂU SỐ LIỆU"}}, "tong-hop.xlsx");
  CHECK(none.unitId.empty());
  CHECK(none.kind == EvidenceKind::None);
  CHECK(none.why_vi.find("Đơn vị báo cáo") != std::string::npos);
  CHECK(none.why_en.find("bac-kan-2022") != std::string::npos);
  // Two units in one name: not guessed.
  CHECK(attribute({{"BIỂU SỐ LIỆU"}}, "ba-be-va-na-ri.xlsx").unitId.empty());
}

TEST_CASE("attribution: what the file says beats the sheet name and the file name", "[consolidate][attribution]") {
  const auto a = attribute({{"Đơn vị báo cáo: Huyện Ba Bể"}}, "na-ri.xlsx", bacKan(), "Chợ Mới");
  CHECK(a.unitId == "bk-ba-be");
  CHECK(a.kind == EvidenceKind::ReportingUnit);
  const auto b = attribute({{"BIỂU SỐ LIỆU"}}, "na-ri.xlsx", bacKan(), "Chợ Mới");
  CHECK(b.unitId == "bk-cho-moi");
}

TEST_CASE("attribution: a unit of another province gives no unit", "[consolidate][attribution]") {
  const std::vector<const p8::Plan*> others = {&ninhThuan()};
  // The province line decides, even where a district shares a name with one of ours.
  const auto a = attribute({{"UBND TỈNH NINH THUẬN"}, {"Đơn vị báo cáo: Huyện Ba Bể"}}, "ba-be.xlsx", bacKan(), "Báo cáo", others);
  CHECK(a.unitId.empty());
  CHECK(a.otherProvince == "Ninh Thuận");
  CHECK(a.why_vi.find("Ninh Thuận") != std::string::npos);
  // A district only another plan knows.
  const auto b = attribute({{"HỘI LHPN HUYỆN BÁC ÁI"}}, "bao-cao.xlsx", bacKan(), "Báo cáo", others);
  CHECK(b.unitId.empty());
  CHECK(b.otherProvince == "Ninh Thuận");
  // Without the other plans: still no unit (named, but none of ours), never the file name's.
  const auto c = attribute({{"HỘI LHPN HUYỆN BÁC ÁI"}}, "na-ri.xlsx");
  CHECK(c.unitId.empty());
  CHECK_FALSE(c.why_vi.empty());
}

TEST_CASE("attribution: the province's own table names many units and is no unit's report", "[consolidate][attribution]") {
  const Rows rows = {{"UBND TỈNH BẮC KẠN"},
                     {"BIỂU PHÂN BỔ CHỈ TIÊU"},
                     {"STT", "Chỉ tiêu", "ĐVT", "TP. Bắc Kạn", "H. Ba Bể", "H. Na Rì", "Tổng cộng"},
                     {"1", "Tổ truyền thông cộng đồng", "tổ", "10", "20", "30", "=SUM(D4:F4)|60"}};
  const auto a = p8::attributeFile({gridOf("Phân bổ", rows)}, "phan-bo.xlsx", bacKan());
  CHECK(a.unitId.empty());
}
