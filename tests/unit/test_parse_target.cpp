// Every target string of seed 004 (Ninh Thuận appendix 02) and the Bắc Kạn key indicators,
// copied verbatim from tests/data/seeds/.
#include <catch2/catch.hpp>

#include "core/target.hpp"

#include <optional>

using p8::TargetKind;

namespace {
struct Case { const char* text; TargetKind kind; std::optional<double> value; const char* unit; };
}

TEST_CASE("every target text of seed 004 is classified", "[parse]") {
  const Case cases[] = {
      {"77 tổ", TargetKind::Count, 77, "tổ"},
      {"15 lớp", TargetKind::Count, 15, "lớp"},
      {"77 tổ truyền thông ứng dụng truyền thông trên nền tảng số", TargetKind::Count, 77,
       "tổ truyền thông ứng dụng truyền thông trên nền tảng số"},
      {"- Tỉnh: Xây dựng ít nhất 01 chương trình truyền thông và phát trên sóng PT&TH địa "
       "phương.\n- Tại mỗi xã, hàng tháng tổ chức truyền thông trên loa phát thanh xã đến các "
       "thôn.",
       TargetKind::Minimum, 1, "chương trình truyền thông và phát trên sóng PT&TH địa phương"},
      {"- Mỗi tổ truyền thông tổ chức được ít nhất 01 cuộc truyền thông hàng quý tại cộng "
       "đồng/hoặc gắn với cuộc họp thôn\n.",
       TargetKind::Minimum, 1, nullptr},
      {"10.000 tờ gấp", TargetKind::Count, 10000, "tờ gấp"},
      {"01 cuộc thi ", TargetKind::Count, 1, "cuộc thi"},
      {"Cấp tỉnh chủ động lựa chọn và nhân rộng ", TargetKind::Qualitative, std::nullopt, ""},
      {"26 tổ", TargetKind::Count, 26, "tổ"},
      {"15% thành viên của Tổ TKVVB được kết nối với các định chế tài chính chính thức",
       TargetKind::Percent, 0.15, nullptr},
      {"15% thành viên của Tổ TKVVB được hỗ trợ phát triển sinh kế", TargetKind::Percent, 0.15,
       nullptr},
      {"06 lớp", TargetKind::Count, 6, "lớp"},
      {"15 tổ", TargetKind::Count, 15, "tổ"},
      {"4 Tổ", TargetKind::Count, 4, "Tổ"},
      {"8 ĐCTC", TargetKind::Count, 8, "ĐCTC"},
      {"100% chủ ĐCTC được tập huấn, hướng dẫn", TargetKind::Percent, 1, nullptr},
      {"100% phụ nữ là nạn nhân mua bán người được hỗ trợ phát triển kinh tế, hòa nhập cộng "
       "đồng",
       TargetKind::Percent, 1, nullptr},
      {"6 lớp", TargetKind::Count, 6, "lớp"},
      {"38 cuộc", TargetKind::Count, 38, "cuộc"},
      {"Chủ động tổ chức hoạt động hoặc gắn với sinh hoạt chi hội thường kỳ",
       TargetKind::Qualitative, std::nullopt, ""},
      {"Các cấp Hội thực hiện theo chỉ tiêu Nghị quyết ĐH ĐBPNTQ lần thứ 13 về giám sát, phản "
       "biện, góp ý văn bản, chính sách",
       TargetKind::Qualitative, std::nullopt, ""},
      {"Thành lập 15 CLB thủ lĩnh của sự thay đổi", TargetKind::Count, 15,
       "CLB thủ lĩnh của sự thay đổi"},
      {"05 lớp", TargetKind::Count, 5, "lớp"},
      {"", TargetKind::Empty, std::nullopt, ""},
      {"Sơ kết 6 tháng, năm, giữa kỳ và giai đoạn 1", TargetKind::Qualitative, std::nullopt, ""},
      {"30 cán bộ nữ", TargetKind::Count, 30, "cán bộ nữ"},
      {"4 lớp", TargetKind::Count, 4, "lớp"},
      {"14 lớp", TargetKind::Count, 14, "lớp"},
      // Bắc Kạn key indicators (seed 000)
      {"380 tổ", TargetKind::Count, 380, "tổ"},
      {"80%", TargetKind::Percent, 0.8, ""},
      {"181 cuộc", TargetKind::Count, 181, "cuộc"},
      {"   \n ", TargetKind::Empty, std::nullopt, ""},
      {"Hỗ trợ ứng dụng công nghệ 4.0", TargetKind::Qualitative, std::nullopt, ""},
      {"Năm 2023", TargetKind::Qualitative, std::nullopt, ""},
      {"30 nam giới", TargetKind::Count, 30, "nam giới"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto t = p8::parseTarget(c.text);
    CHECK(t.kind == c.kind);
    CHECK(t.value.has_value() == c.value.has_value());
    if (c.value && t.value) CHECK(*t.value == Approx(*c.value));
    if (c.unit) CHECK(t.unit == c.unit);
    CHECK(t.raw == c.text);
  }
}

TEST_CASE("a level prefix and further lines go to the note", "[parse]") {
  auto t = p8::parseTarget("- Tỉnh: Xây dựng ít nhất 01 chương trình\n- Tại mỗi xã …");
  CHECK(t.note.find("Tỉnh") == 0);
  CHECK(t.note.find("Tại mỗi xã") != std::string::npos);
  CHECK(std::string(p8::targetKindCode(t.kind)) == "minimum");
}
