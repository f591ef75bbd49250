// Every timeline string of seed 004, verbatim.
#include <catch2/catch.hpp>

#include "core/timeline.hpp"

#include <optional>

namespace {
struct Case { const char* text; std::optional<int> start, end; bool recurring; bool parsed; };
}

TEST_CASE("every timeline of seed 004 is read", "[parse]") {
  const std::optional<int> none;
  const Case cases[] = {
      {"Thực hiện từ năm 2022 và hoàn thành chậm nhất vào năm 2024", 2022, 2024, false, true},
      {"Triển khai từ năm 2022 gắn với quá trình thành lập tổ truyền thông; duy trì thường "
       "xuyên hàng năm.", 2022, none, true, true},
      {"Hàng năm", none, none, true, true},
      {"Năm 2023 hoặc năm 2024", 2023, 2024, false, true},
      {"Năm 2023, 2024, 2025", 2023, 2025, false, true},
      {"- Thời gian thực hiện từ năm 2022 và hoàn thành vào cuối năm 2024.", 2022, 2024, false,
       true},
      {"+ Năm 2022: Tiến hành rà soát, đánh giá nhu cầu, lập danh sách. Tập huấn, hướng dẫn và "
       "vận hành tổ.\n+ Từ Năm 2023 triển khai thí điểm vận hành mô hình hàng năm.",
       2022, none, true, true},
      {"Thực hiện từ năm 2022 và hoàn thành vào cuối năm 2024.", 2022, 2024, false, true},
      {"- Thời gian thực hiện từ năm 2022 và hoàn thành vào năm 2025.", 2022, 2025, false, true},
      {"Rà soát, đánh giá nhu cầu, lập danh sách trong năm 2022 Hoàn thành củng cố hoặc thành "
       "lập mới mô hình vào năm 2023 và duy trì hoạt động hàng năm.", 2022, none, true, true},
      {"Hoàn thành vào năm 2023", none, 2023, false, true},
      {"Năm 2022, 2023", 2022, 2023, false, true},
      {"Năm 2023 đến quý 2/2025", 2023, 2025, false, true},
      {"Năm 2022 rà soát lập danh sách, năm 2023 triển khai thành lập, vận hành mô hình và duy "
       "trì hàng năm.", 2022, none, true, true},
      {"Năm 2022 - 2023", 2022, 2023, false, true},
      {"Năm 2022 và hoàn thành năm 2023", 2022, 2023, false, true},
      {"Hàng năm, giữa kỳ, cuối kỳ", none, none, true, true},
      {"Năm 2022, 2023, 2024", 2022, 2024, false, true},
      {"Năm 2024", 2024, 2024, false, true},
      {"Năm 2022-2023", 2022, 2023, false, true},
      {"Năm 2022-2024", 2022, 2024, false, true},
      {"Từ năm 2023", 2023, none, false, true},
      {"Khi có kinh phí", none, none, false, false},
      {"", none, none, false, false},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto t = p8::parseTimeline(c.text);
    CHECK(t.startYear == c.start);
    CHECK(t.endYear == c.end);
    CHECK(t.recurring == c.recurring);
    CHECK(t.parsed == c.parsed);
    if (!t.parsed) CHECK_FALSE(t.reason_vi.empty());
  }
}
