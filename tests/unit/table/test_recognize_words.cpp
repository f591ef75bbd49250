// The vocabulary of recognition: header spellings staff use, total and footer labels,
// numbering schemes (A, I, Nội dung 1, HĐ 2, 1, 01, 1.1, a), -) and numbering-row tokens.
#include "core/table/recognize_internal.hpp"
#include "core/parse/text.hpp"
#include "grid_builder.hpp"

#include <catch2/catch.hpp>

using p8::ColumnRole;
using p8::rec::Scheme;

namespace {

ColumnRole role(const std::string& header) { return p8::rec::roleOfHeader(p8::text::foldKey(header)); }
bool total(const std::string& label) { return p8::rec::isTotalLabel(p8::text::foldKey(label)); }
int ordinal(const std::string& cell) { return p8::rec::numberingOrdinal(gridOf("s", {{cell}}).at(0, 0)); }

}  // namespace

TEST_CASE("header spellings name their column's role", "[table][words]") {
  const std::pair<const char*, ColumnRole> cases[] = {
      {"TT", ColumnRole::Number},
      {"STT", ColumnRole::Number},
      {"Số TT", ColumnRole::Number},
      {"Số thứ tự", ColumnRole::Number},
      {"Nội dung", ColumnRole::Name},
      {"Nội dung hoạt động ", ColumnRole::Name},
      {"Chỉ tiêu", ColumnRole::Name},
      {"Tên chỉ tiêu", ColumnRole::Name},
      {"Nội dung / Chỉ tiêu", ColumnRole::Name},
      {"Huyện/thành phố", ColumnRole::Name},
      {"ĐVT", ColumnRole::Unit},
      {"Đơn vị tính", ColumnRole::Unit},
      {"Đơn vị\ntính", ColumnRole::Unit},
      {"Tổng", ColumnRole::Total},
      {"Tổng cộng", ColumnRole::Total},
      {"Tổng\ncộng", ColumnRole::Total},
      {"Toàn tỉnh", ColumnRole::Total},
      {"Cộng", ColumnRole::Total},
      {"TỔNG SỐ", ColumnRole::Total},
      {"Chỉ tiêu tổng thể giai đoạn 1: 2021-2025", ColumnRole::Target},
      {"Kế hoạch giai đoạn", ColumnRole::Target},
      {"Kế hoạch giai đoạn 2021-2025", ColumnRole::Target},
      {"Mục tiêu", ColumnRole::Target},
      {"Mục tiêu đến năm 2025", ColumnRole::Target},
      {"Chỉ tiêu kế hoạch", ColumnRole::Target},
      {"Kế hoạch thực hiện", ColumnRole::Target},
      {"Thời gian thực hiện/hoàn thiện", ColumnRole::Timeline},
      {"Thời gian\nthực hiện", ColumnRole::Timeline},
      {"Thời gian", ColumnRole::Timeline},
      {"Kế hoạch năm", ColumnRole::PlanYear},
      {"Kế hoạch năm 2023", ColumnRole::PlanYear},
      {"KH năm", ColumnRole::PlanYear},
      {"Kế hoạch 2024", ColumnRole::PlanYear},
      {"Thực hiện", ColumnRole::Actual},
      {"Kết quả thực hiện", ColumnRole::Actual},
      {"Thực hiện kỳ báo cáo", ColumnRole::Actual},
      {"Ước thực hiện năm 2023", ColumnRole::Actual},
      {"TH", ColumnRole::Actual},
      {"Lũy kế", ColumnRole::Cumulative},
      {"Luỹ kế từ đầu giai đoạn", ColumnRole::Cumulative},
      {"Tỷ lệ", ColumnRole::Rate},
      {"Tỉ lệ % so với KH năm", ColumnRole::Rate},
      {"%", ColumnRole::Rate},
      {"Ghi chú", ColumnRole::Note},
      {"GHI CHÚ", ColumnRole::Note},
      {"Đơn vị thực hiện", ColumnRole::Other},
      {"Cơ quan chủ trì", ColumnRole::Other},
      {"Kinh phí", ColumnRole::Other},
      {"Tổng kinh phí", ColumnRole::Other},
      {"Ba Bể", ColumnRole::Other},
      {"", ColumnRole::Other},
  };
  for (const auto& [header, want] : cases) {
    INFO(header);
    CHECK(role(header) == want);
  }
  CHECK(role(std::string(500, 'a')) == ColumnRole::Other);
}

TEST_CASE("total labels, footers and titles", "[table][words]") {
  for (const char* yes : {"Tổng cộng", "TỔNG CỘNG", "Cộng", "Toàn tỉnh", "Tổng số", "Tổng", "Cộng (I+II)",
                          "Tổng cộng toàn tỉnh", "Cộng nội dung 1"})
    CHECK(total(yes));
  for (const char* no : {"Tổng kết", "Tổng hợp báo cáo", "Cộng đồng", "Tổ truyền thông cộng đồng", "Tổng số tổ thành lập mới", ""})
    CHECK_FALSE(total(no));
  using p8::rec::isFooterText;
  for (const char* f : {"Người lập biểu", "NGƯỜI LẬP BIỂU", "Thủ trưởng đơn vị", "Ghi chú: số liệu sơ bộ",
                        "Bắc Kạn, ngày 10 tháng 9 năm 2023", "T/M BAN THƯỜNG VỤ", "KT. CHỦ TỊCH"})
    CHECK(isFooterText(p8::text::foldKey(f)));
  CHECK_FALSE(isFooterText(p8::text::foldKey("Tổ truyền thông cộng đồng")));
  for (const char* t : {"UBND TỈNH BẮC KẠN", "Đơn vị tính: tổ", "Biểu số 01", "(Kèm theo Kế hoạch số 12/KH-UBND)",
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Phụ lục 02"})
    CHECK(p8::rec::isTitleText(p8::text::foldKey(t)));
}

TEST_CASE("row numbering schemes", "[table][words]") {
  struct Case { const char* text; bool whole; Scheme scheme; const char* token; const char* rest; int depth; };
  const Case cases[] = {
      {"I", true, Scheme::Roman, "I", "", 1},
      {"IV.", true, Scheme::Roman, "IV", "", 1},
      {"A", true, Scheme::Letter, "A", "", 1},
      {"B.", true, Scheme::Letter, "B", "", 1},
      {"1", true, Scheme::Arabic, "1", "", 1},
      {"12.", true, Scheme::Arabic, "12", "", 1},
      {"01", true, Scheme::Padded, "01", "", 1},
      {"1.1", true, Scheme::Dotted, "1.1", "", 2},
      {"2.3.1", true, Scheme::Dotted, "2.3.1", "", 3},
      {"a", true, Scheme::Lower, "a", "", 1},
      {"b)", true, Scheme::Lower, "b", "", 1},
      {"-", true, Scheme::Bullet, "-", "", 1},
      {"HĐ1", true, Scheme::Activity, "HĐ1", "", 1},
      {"HĐ 2", true, Scheme::Activity, "HĐ 2", "", 1},
      {"hđ3", true, Scheme::Activity, "hđ3", "", 1},
      {"HĐ2.03", true, Scheme::Activity, "HĐ2.03", "", 2},
      {"Hoạt động 4", true, Scheme::Activity, "Hoạt động 4", "", 1},
      {"Nội dung 1.Tuyên truyền, vận động", true, Scheme::Part, "Nội dung 1", "Tuyên truyền, vận động", 1},
      {"Nội dung 2. Xây dựng mô hình", true, Scheme::Part, "Nội dung 2", "Xây dựng mô hình", 1},
      {"NỘI DUNG 3", true, Scheme::Part, "NỘI DUNG 3", "", 1},
      {"Phần II: Giải pháp", true, Scheme::Part, "Phần II", "Giải pháp", 1},
      {"I. CHỈ TIÊU VỀ TRUYỀN THÔNG", false, Scheme::Roman, "I", "CHỈ TIÊU VỀ TRUYỀN THÔNG", 1},
      {"1. Tổ truyền thông", false, Scheme::Arabic, "1", "Tổ truyền thông", 1},
      {"2.1 Tổ TKVVTB", false, Scheme::Dotted, "2.1", "Tổ TKVVTB", 2},
      {"a) Vòng sơ khảo", false, Scheme::Lower, "a", "Vòng sơ khảo", 1},
      {"- Tổ mới", false, Scheme::Bullet, "-", "Tổ mới", 1},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    const auto n = p8::rec::parseNumbering(c.text, c.whole);
    CHECK(n.scheme == c.scheme);
    CHECK(n.token == c.token);
    CHECK(n.rest == c.rest);
    CHECK(n.depth == c.depth);
  }
  // Quantities and plain words are no numbering.
  for (const char* text : {"77 tổ", "10.000 tờ gấp", "2023", "Ba Bể", "Tổ truyền thông", "", "   ", "\xff\xfe"})
    CHECK(p8::rec::parseNumbering(text, false).scheme == Scheme::None);
  for (const char* text : {"77 tổ", "15%", "Tổng cộng", "2023"}) {
    INFO(text);
    CHECK(p8::rec::parseNumbering(text, true).scheme == Scheme::None);
  }
  CHECK_NOTHROW(p8::rec::parseNumbering(std::string(100000, '1') + ".", true));
}

TEST_CASE("numbering-row tokens under a header", "[table][words]") {
  CHECK(ordinal("1") == 1);
  CHECK(ordinal("'12") == 12);
  CHECK(ordinal("(3)") == 3);
  CHECK(ordinal("A") == 1);
  CHECK(ordinal("c") == 3);
  CHECK(ordinal("(4)=(2)+(3)") == 4);
  CHECK(ordinal("5=3/2") == 5);
  CHECK(ordinal("(12)=(4)+…+(11)") == 12);
  CHECK(ordinal("Ba Bể") == 0);
  CHECK(ordinal("47.5") == 0);
  CHECK(ordinal("2023") == 0);
  CHECK(ordinal("(3") == 0);
  CHECK(ordinal("") == 0);
}
