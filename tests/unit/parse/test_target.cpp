// Targets: every target string of seed 004 (Ninh Thuận appendix 02, column "Chỉ tiêu tổng
// thể giai đoạn 1: 2021-2025") and the key indicators of seed 000 (Bắc Kạn), copied verbatim.
#include <catch2/catch.hpp>

#include "core/parse/target.hpp"

#include <chrono>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

using p8::TargetKind;

namespace {
struct Case { const char* text; TargetKind kind; std::optional<double> value; const char* unit; };

std::string readSeed(const std::string& prefix) {
  for (const char* name : {"004_225ee411d79a99d5.txt", "000_a59f23c5963fc5e1.txt"})
    if (std::string(name).rfind(prefix, 0) == 0) {
      std::ifstream in(std::string(P8_SEEDS_DIR) + "/" + name, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      return ss.str();
    }
  return {};
}

void checkCases(const Case* begin, const Case* end, const std::string& seed) {
  for (const Case* c = begin; c != end; ++c) {
    INFO(c->text);
    if (*c->text) CHECK(seed.find(c->text) != std::string::npos);   // still verbatim in the seed
    const auto t = p8::parseTarget(c->text);
    CHECK(t.kind == c->kind);
    CHECK(t.value.has_value() == c->value.has_value());
    if (c->value && t.value) CHECK(*t.value == Approx(*c->value));
    if (c->unit) CHECK(t.unit == c->unit);
    CHECK(t.raw == c->text);
  }
}
}  // namespace

TEST_CASE("every target text of seed 004 is classified", "[parse][target]") {
  const std::optional<double> none;
  const Case cases[] = {
      {"Chỉ tiêu tổng thể giai đoạn 1: 2021-2025", TargetKind::Qualitative, none, ""},   // the header
      {"77 tổ", TargetKind::Count, 77, "tổ"},
      {"15 lớp", TargetKind::Count, 15, "lớp"},
      {"77 tổ truyền thông ứng dụng truyền thông trên nền tảng số", TargetKind::Count, 77,
       "tổ truyền thông ứng dụng truyền thông trên nền tảng số"},
      {"- Tỉnh: Xây dựng ít nhất 01 chương trình truyền thông và phát trên sóng PT&TH địa phương.\n"
       "- Tại mỗi xã, hàng tháng tổ chức truyền thông trên loa phát thanh xã đến các thôn. Và tuyên truyền, chia sẻ kết quả trên kênh truyền thông của huyện, xã (zalo, facebook, Zalo, Fanpage)",
       TargetKind::Minimum, 1, "chương trình truyền thông và phát trên sóng PT&TH địa phương"},
      {"- Mỗi tổ truyền thông tổ chức được ít nhất 01 cuộc truyền thông hàng quý tại cộng đồng/hoặc gắn với cuộc họp thôn\n"
       ".",
       TargetKind::Minimum, 1, "cuộc truyền thông hàng quý tại cộng đồng/hoặc gắn với cuộc họp thôn"},
      {"10.000 tờ gấp", TargetKind::Count, 10000, "tờ gấp"},
      {"01 cuộc thi ", TargetKind::Count, 1, "cuộc thi"},
      {"Cấp tỉnh chủ động lựa chọn và nhân rộng ", TargetKind::Qualitative, none, ""},
      {"26 tổ", TargetKind::Count, 26, "tổ"},
      {"15% thành viên của Tổ TKVVB được kết nối với các định chế tài chính chính thức", TargetKind::Percent, 0.15,
       "thành viên của Tổ TKVVB được kết nối với các định chế tài chính chính thức"},
      {"15% thành viên của Tổ TKVVB được hỗ trợ phát triển sinh kế", TargetKind::Percent, 0.15,
       "thành viên của Tổ TKVVB được hỗ trợ phát triển sinh kế"},
      {"06 lớp", TargetKind::Count, 6, "lớp"},
      {"15 tổ", TargetKind::Count, 15, "tổ"},
      {"4 Tổ", TargetKind::Count, 4, "Tổ"},
      {"8 ĐCTC", TargetKind::Count, 8, "ĐCTC"},
      {"100% chu\xCC\x89 ĐCTC đươ\xCC\xA3" "c tâ\xCC\xA3p huâ\xCC\x81n, hươ\xCC\x81ng dâ\xCC\x83n", TargetKind::Percent, 1, "chủ ĐCTC được tập huấn, hướng dẫn"},
      {"100% phụ nữ là nạn nhân mua bán người được hỗ trợ phát triển kinh tế, hòa nhập cộng đồng", TargetKind::Percent,
       1, "phụ nữ là nạn nhân mua bán người được hỗ trợ phát triển kinh tế, hòa nhập cộng đồng"},
      {"6 lớp", TargetKind::Count, 6, "lớp"},
      {"38 cuô\xCC\xA3" "c", TargetKind::Count, 38, "cuộc"},
      {"Chủ động tổ chức hoạt động hoặc gắn với sinh hoạt chi hội thường kỳ", TargetKind::Qualitative, none, ""},
      {"Ca\xCC\x81" "c câ\xCC\x81p Hô\xCC\xA3i thư\xCC\xA3" "c hiê\xCC\xA3n theo chi\xCC\x89 tiêu Nghị quyết ĐH ĐBPNTQ lâ\xCC\x80n thư\xCC\x81 13 vê\xCC\x80 gia\xCC\x81m sa\xCC\x81t, pha\xCC\x89n biê\xCC\xA3n, go\xCC\x81p y\xCC\x81 văn ba\xCC\x89n, chi\xCC\x81nh sa\xCC\x81" "ch",
       TargetKind::Qualitative, none, ""},
      {"Tha\xCC\x80nh lâ\xCC\xA3p 15 CLB thủ lĩnh của sự thay đổi", TargetKind::Count, 15, "CLB thủ lĩnh của sự thay đổi"},
      {"05 lớp", TargetKind::Count, 5, "lớp"},
      {"", TargetKind::Empty, none, ""},
      {"Sơ kê\xCC\x81t 6 tha\xCC\x81ng, năm, giư\xCC\x83" "a ky\xCC\x80 va\xCC\x80 giai đoa\xCC\xA3n 1", TargetKind::Qualitative, none, ""},
      {"30 ca\xCC\x81n bô\xCC\xA3 nư\xCC\x83", TargetKind::Count, 30, "cán bộ nữ"},
      {"4 lớp", TargetKind::Count, 4, "lớp"},
      {"14 lớp", TargetKind::Count, 14, "lớp"},
  };
  checkCases(std::begin(cases), std::end(cases), readSeed("004"));
}

TEST_CASE("the key indicator targets of seed 000 are read", "[parse][target]") {
  const Case cases[] = {
      {"- 380 Tổ truyền thông cộng đồng được thành lập và duy trì hoạt động.", TargetKind::Count, 380,
       "Tổ truyền thông cộng đồng được thành lập và duy trì hoạt động"},
      {"- 120 Tổ tiết kiệm vay vốn thôn bản (TKVVTB) được củng cố, nâng cao chất lượng hoặc thành lập mới và duy trì.",
       TargetKind::Count, 120, nullptr},
      {"Thí điểm hỗ trợ 15% thành viên tổ TKVVTB hiện có tiếp cận với các định chế tài chính chính thức",
       TargetKind::Percent, 0.15, "thành viên tổ TKVVTB hiện có tiếp cận với các định chế tài chính chính thức"},
      {"thí điểm hỗ trợ 15% thành viên của tổ TKVVTB hiện có phát triển sinh kế", TargetKind::Percent, 0.15, nullptr},
      {"thí điểm 74 tổ TKVVTB áp dụng phương pháp học tập và hành động giới", TargetKind::Count, 74, nullptr},
      {"- 21 tổ (nhóm) sinh kế có phụ nữ làm chủ hoặc đồng làm chủ (tổ nhóm sinh kế, tổ hợp tác, hợp tác xã) ứng dụng công nghệ 4.0 trong sản xuất với kết nối thị trường.",
       TargetKind::Count, 21, nullptr},
      {"- 40 Địa chỉ tin cậy cộng đồng được củng cố, nâng cao chất lượng trên cơ sở mô hình hiện có hoặc thành lập mới.",
       TargetKind::Count, 40, nullptr},
      {"- 80% phụ nữ thuộc nhóm dân tộc có tỷ lệ sinh con tại nhà cao được tuyên truyền, vận động, tư vấn kiến thức và tiếp cận với dịch vụ sinh đẻ an toàn.",
       TargetKind::Percent, 0.8, nullptr},
      {"- 74 Câu lạc bộ thủ lĩnh của sự thay đổi trẻ em được thành lập, nâng cao năng lực và hỗ trợ tổ chức hoạt động.",
       TargetKind::Count, 74, nullptr},
      {"- 181 cuộc đối thoại chính sách cấp xã và cụm thôn bản được tổ chức tại các địa bàn đặc biệt khó khăn.",
       TargetKind::Count, 181, nullptr},
      {"- 50 cán bộ nữ dân tộc thiểu số cấp huyện, cấp xã được tập huấn nâng cao năng lực (gồm cán bộ nữ trong quy hoạch vào các vị trí lãnh đạo, cán bộ nữ mới bổ nhiệm, cán bộ nữ trúng cử lần đầu).",
       TargetKind::Count, 50, nullptr},
      {"- 25 cuộc tập huấn hướng dẫn giám sát, đánh giá về bình đẳng giới (cho cán", TargetKind::Count, 25, nullptr},
      {"- 20 cuộc tập huấn lồng ghép giới (chương trình 2) cho cán bộ cấp huyện, cấp xã.", TargetKind::Count, 20,
       "cuộc tập huấn lồng ghép giới (chương trình 2) cho cán bộ cấp huyện, cấp xã"},
      {"- 66 cuộc tập huấn lồng ghép giới (chương trình 3) cho cán bộ thôn, bản.", TargetKind::Count, 66, nullptr},
  };
  checkCases(std::begin(cases), std::end(cases), readSeed("000"));
}

TEST_CASE("numbers that are times, years, labels or references are no targets", "[parse][target]") {
  const std::optional<double> none;
  const Case cases[] = {
      {"Năm 2023", TargetKind::Qualitative, none, ""},
      {"Hỗ trợ ứng dụng công nghệ 4.0", TargetKind::Qualitative, none, ""},
      {"Triển khai từ 2022 - 2025", TargetKind::Qualitative, none, ""},
      {"Theo Quyết định số 1719/QĐ-TTg", TargetKind::Qualitative, none, ""},
      {"Thực hiện HĐ1 và HĐ 2", TargetKind::Qualitative, none, ""},
      {"Báo cáo quý 2/2025", TargetKind::Qualitative, none, ""},
      {"Trẻ em dưới 16 tuổi được tư vấn", TargetKind::Qualitative, none, ""},
      {"Sơ kết 6 tháng", TargetKind::Qualitative, none, ""},
      {"Tổng kết giai đoạn 1 (2021-2025)", TargetKind::Qualitative, none, ""},
      {"Thực hiện theo CTMTQG 1719", TargetKind::Qualitative, none, ""},
      {"Họp vào tháng 9 hằng năm", TargetKind::Qualitative, none, ""},
      {"Sơ kết 6 tháng, tổ chức 2 hội nghị", TargetKind::Count, 2, "hội nghị"},   // the first number that counts
      {"30 nam giới", TargetKind::Count, 30, "nam giới"},                          // men, not years
      {"Tổng số 50 cán bộ", TargetKind::Count, 50, "cán bộ"},
      {"Theo Kế hoạch số 43, tổ chức 3 lớp", TargetKind::Count, 3, "lớp"},
      {"30 nam gioi", TargetKind::Count, 30, "nam gioi"},
      {"2000 tờ rơi", TargetKind::Count, 2000, "tờ rơi"},                          // a count, no year context
      {"1.950 tờ rơi", TargetKind::Count, 1950, "tờ rơi"},
      {"mỗi tháng 2 buổi sinh hoạt", TargetKind::Count, 2, "buổi sinh hoạt"},
      {"THÀNH LẬP 15 CLB", TargetKind::Count, 15, "CLB"},
      {"1) Tổ chức 5 lớp", TargetKind::Count, 5, "lớp"},
      {"15 lớp trở lên", TargetKind::Minimum, 15, "lớp"},
      {"Tối thiểu 3 cuộc/năm", TargetKind::Minimum, 3, "cuộc/năm"},
      {"Ít nhất 80% hộ", TargetKind::Percent, 0.8, "hộ"},
      {"12,5% phụ nữ", TargetKind::Percent, 0.125, "phụ nữ"},
      {"80%", TargetKind::Percent, 0.8, ""},
      {"380", TargetKind::Count, 380, ""},
      {"1.234.567 đồng", TargetKind::Count, 1234567, "đồng"},
      {"   \n ", TargetKind::Empty, none, ""},
      {"\xC2\xA0", TargetKind::Empty, none, ""},
      {"-", TargetKind::Qualitative, none, ""},
      {"Chưa có", TargetKind::Qualitative, none, ""},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    const auto t = p8::parseTarget(c.text);
    CHECK(t.kind == c.kind);
    CHECK(t.value.has_value() == c.value.has_value());
    if (c.value && t.value) CHECK(*t.value == Approx(*c.value));
    if (c.unit) CHECK(t.unit == c.unit);
  }
}

TEST_CASE("the level prefix and the other lines go to the note", "[parse][target]") {
  auto t = p8::parseTarget("- Tỉnh: Xây dựng ít nhất 01 chương trình\n- Tại mỗi xã …");
  CHECK(t.kind == TargetKind::Minimum);
  CHECK(t.note == "cấp tỉnh\n- Tại mỗi xã …");
  CHECK(std::string(p8::targetKindCode(t.kind)) == "minimum");
  t = p8::parseTarget("+ Cấp huyện: 5 lớp");
  CHECK(t.value == 5.0);
  CHECK(t.note == "cấp huyện");
  t = p8::parseTarget("Tổ chức tập huấn:\r\n- 6 lớp\r\n");
  CHECK(t.value == 6.0);
  CHECK(t.unit == "lớp");
  CHECK(t.note == "Tổ chức tập huấn:");
  t = p8::parseTarget("- Mỗi tổ … ít nhất 01 cuộc\n.");
  CHECK(t.note.empty());
}

TEST_CASE("an ambiguous number leaves the target qualitative with a reason", "[parse][target]") {
  const auto t = p8::parseTarget("1,500 tờ gấp");
  CHECK(t.kind == TargetKind::Qualitative);
  CHECK_FALSE(t.value);
  CHECK_FALSE(t.reason_vi.empty());
  CHECK_FALSE(t.reason_en.empty());
  CHECK(p8::parseTarget("Sơ kết 6 tháng").reason_vi.empty());
}

TEST_CASE("targets typed as number cells", "[parse][target]") {
  auto t = p8::targetFromNumber(77);
  CHECK(t.kind == TargetKind::Count);
  CHECK(t.value == 77.0);
  CHECK(t.raw == "77");
  t = p8::targetFromNumber(0.15, true);
  CHECK(t.kind == TargetKind::Percent);
  CHECK(t.raw == "15%");
  CHECK(p8::parseTarget(t.raw).value == Approx(0.15));
  CHECK(p8::targetFromNumber(10000).raw == "10.000");
  CHECK(p8::targetFromNumber(1.0 / 0.0).kind == TargetKind::Qualitative);
  for (auto k : {TargetKind::Empty, TargetKind::Count, TargetKind::Percent, TargetKind::Minimum, TargetKind::Qualitative})
    CHECK(std::string(p8::targetKindCode(k)).size() > 3);
}

TEST_CASE("huge or hostile target texts are read in linear time", "[parse][target][speed]") {
  std::string manyNumbers, manyLabels, manyLines;
  for (int i = 0; i < 30000; ++i) manyNumbers += "1,500 ";
  for (int i = 0; i < 20000; ++i) manyLabels += "tháng 6 HĐ 1 ";
  for (int i = 0; i < 20000; ++i) manyLines += "- Năm 2023\n";
  const auto t0 = std::chrono::steady_clock::now();
  CHECK(p8::parseTarget(manyNumbers).kind == TargetKind::Qualitative);
  CHECK(p8::parseTarget(manyLabels).kind == TargetKind::Qualitative);
  CHECK(p8::parseTarget(manyLines).kind == TargetKind::Qualitative);
  CHECK(p8::parseTarget(std::string(100000, 'a') + " 5 tổ").value == 5.0);
  CHECK(p8::parseTarget(std::string(100000, '\xFF')).kind == TargetKind::Qualitative);
  const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  CHECK(ms < 2000);
}
