// Timelines: every string of seed 004's column "Thời gian thực hiện/hoàn thiện", verbatim
// (the seed mixes composed and decomposed Unicode; the literals keep its exact bytes).
#include <catch2/catch.hpp>

#include "core/parse/timeline.hpp"

#include <fstream>
#include <optional>
#include <sstream>
#include <string>

namespace {
struct Case { const char* text; std::optional<int> start, end; bool recurring; bool parsed; };

void checkCases(const Case* begin, const Case* end, const std::string& seed) {
  for (const Case* c = begin; c != end; ++c) {
    INFO(c->text);
    if (!seed.empty() && *c->text) CHECK(seed.find(c->text) != std::string::npos);
    const auto t = p8::parseTimeline(c->text);
    CHECK(t.startYear == c->start);
    CHECK(t.endYear == c->end);
    CHECK(t.recurring == c->recurring);
    CHECK(t.parsed == c->parsed);
    CHECK(t.raw == c->text);
    if (!t.parsed) {
      CHECK_FALSE(t.reason_vi.empty());
      CHECK_FALSE(t.reason_en.empty());
    } else {
      CHECK(t.reason_vi.empty());
    }
  }
}
}  // namespace

TEST_CASE("every timeline of seed 004 is read", "[parse][timeline]") {
  std::ifstream in(std::string(P8_SEEDS_DIR) + "/004_225ee411d79a99d5.txt", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string seed = ss.str();
  REQUIRE_FALSE(seed.empty());
  const std::optional<int> none;
  const Case cases[] = {
      {"Thời gian thực hiện/hoàn thiện", none, none, false, false},   // the header
      {"Thực hiện tư\xCC\x80 năm 2022 và hoàn thành châ\xCC\xA3m nhâ\xCC\x81t va\xCC\x80o năm 2024", 2022, 2024, false, true},
      {"Triển khai từ năm 2022 gắn với quá trình thành lập tổ truyền thông; duy trì thường xuyên hàng năm.", 2022,
       none, true, true},
      {"Hàng năm", none, none, true, true},
      {"Năm 2023 hoặc năm 2024", 2023, 2024, false, true},
      {"Năm 2023, 2024, 2025", 2023, 2025, false, true},
      {"- Thời gian thực hiện từ năm 2022 và hoàn thành vào cuối năm 2024.", 2022, 2024, false, true},
      // Multi-line: set up in 2022, run every year from 2023 on → start 2022, open end.
      {"+ Năm 2022: Tiến hành rà soát, đánh giá nhu cầu, lập danh sách. Tập huấn, hướng dẫn và vận hành tổ.\n"
       "+ Từ Năm 2023 triển khai thí điểm vận hành mô hình hàng năm.",
       2022, none, true, true},
      {"+ Năm 2022: Tiến hành rà soát, đánh giá nhu cầu, lập danh sách.\n"
       "+ Từ Năm 2023 triển khai thí điểm vận hành mô hình hàng năm.",
       2022, none, true, true},
      {"Thực hiện từ năm 2022 và hoàn thành vào cuối năm 2024.", 2022, 2024, false, true},
      {"- Thời gian thực hiện từ năm 2022 và hoàn thành vào năm 2025.", 2022, 2025, false, true},
      {"Rà soát, đánh giá nhu cầu, lập danh sách trong năm 2022 Hoa\xCC\x80n tha\xCC\x80nh cu\xCC\x89ng cô\xCC\x81 hoặc thành lập mới mô hình va\xCC\x80o năm 2023 va\xCC\x80 duy tri\xCC\x80 hoa\xCC\xA3t đô\xCC\xA3ng ha\xCC\x80ng năm.",
       2022, none, true, true},
      {"Hoa\xCC\x80n tha\xCC\x80nh va\xCC\x80o năm 2023", none, 2023, false, true},
      {"Năm 2022, 2023", 2022, 2023, false, true},
      {"Năm 2023 đê\xCC\x81n quy\xCC\x81 2/2025", 2023, 2025, false, true},
      {"Năm 2022 ra\xCC\x80 soa\xCC\x81t lâ\xCC\xA3p danh sa\xCC\x81" "ch, năm 2023 triê\xCC\x89n khai tha\xCC\x80nh lâ\xCC\xA3p, vâ\xCC\xA3n ha\xCC\x80nh mô hi\xCC\x80nh va\xCC\x80 duy tri\xCC\x80 ha\xCC\x80ng năm.", 2022,
       none, true, true},
      {"Năm 2022 - 2023", 2022, 2023, false, true},
      {"Năm 2022 và hoàn thành năm 2023", 2022, 2023, false, true},
      {"Ha\xCC\x80ng năm, giư\xCC\x83" "a ky\xCC\x80, cuô\xCC\x81i ky\xCC\x80", none, none, true, true},
      {"Năm 2022, 2023, 2024", 2022, 2024, false, true},
      {"Năm 2024", 2024, 2024, false, true},
      {"Năm 2022-2023", 2022, 2023, false, true},
      {"Năm 2022-2024", 2022, 2024, false, true},
  };
  checkCases(std::begin(cases), std::end(cases), seed);
}

TEST_CASE("timelines beyond the seed", "[parse][timeline]") {
  const std::optional<int> none;
  const Case cases[] = {
      {"Từ năm 2023", 2023, none, false, true},
      {"Trước 30/6/2025", none, 2025, false, true},
      {"Đến quý III/2024", none, 2024, false, true},
      {"Hằng năm", none, none, true, true},                         // the other spelling
      {"HÀNG NĂM", none, none, true, true},
      {"Hàng năm", none, none, true, true},         // decomposed
      {"Định kỳ hàng quý", none, none, true, true},
      {"Hàng năm (2022-2025)", 2022, 2025, true, true},             // an explicit range keeps its end
      {"Hàng năm từ 2022 đến 2025", 2022, 2025, true, true},
      {"Hoàn thành trước năm 2023 và duy trì hàng năm", none, none, true, true},
      {"2022–2025", 2022, 2025, false, true},
      {"Giai đoạn 2021 - 2025", 2021, 2025, false, true},
      {"Năm 2025 - 2022", 2022, 2025, false, true},
      {"Khi có kinh phí", none, none, false, false},
      {"Giữa kỳ, cuối kỳ", none, none, false, false},
      {"Năm 20222", none, none, false, false},                      // no 4-digit year
      {"Tháng 9", none, none, false, false},
      {"", none, none, false, false},
      {" \xC2\xA0\n", none, none, false, false},
      {"\xFF\xFE", none, none, false, false},
  };
  checkCases(std::begin(cases), std::end(cases), "");
  CHECK(p8::parseTimeline("").reason_en == "No timeline given.");
  CHECK(p8::parseTimeline("Khi có kinh phí").reason_vi.find("Khi có kinh phí") != std::string::npos);
  CHECK(p8::parseTimeline(std::string(100000, '2')).parsed == false);
}
