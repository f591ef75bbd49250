// Timelines as plans write them: "Hàng năm", "Năm 2022 - 2023", "Năm 2023 hoặc năm 2024",
// "Năm 2023 đến quý 2/2025", "Thực hiện từ năm 2022 và hoàn thành chậm nhất vào năm 2024",
// several lines "+ Năm 2022: … / + Từ Năm 2023 … hàng năm". Rules:
//   - a year is 4 digits 1945–2100 standing alone ("quý 2/2025" gives 2025);
//   - recurring: "hàng/hằng năm", "hàng/hằng quý", "hàng/hằng tháng", "thường xuyên",
//     "định kỳ", "mỗi năm";
//   - several years: start = the earliest, end = the latest ("hoặc" and lists give the window
//     that holds them all);
//   - one year: after "hoàn thành", "chậm nhất", "đến", "trước", "cuối" it is the end only;
//     after "từ", "bắt đầu" the start only (open end); otherwise start = end = that year;
//   - a recurring activity runs on to the plan's end once set up, so it has no end year of
//     its own — unless the last year is an explicit range end ("đến 2025", "2022-2025");
//   - no year and not recurring: parsed = false, with the reason (vi/en).
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace p8 {

struct Timeline {
  std::optional<int> startYear, endYear;
  bool recurring = false;     // "Hàng năm"
  bool parsed = false;        // false: left as text, see reason
  std::string raw, reason_vi, reason_en;
};

Timeline parseTimeline(std::string_view text);

}  // namespace p8
