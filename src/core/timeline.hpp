// Timelines as plans write them: "Hàng năm", "Năm 2022 - 2023", "Năm 2023 đến quý 2/2025",
// "Thực hiện từ năm 2022 và hoàn thành chậm nhất vào năm 2024", multi-line "+ Năm 2022: …
// + Từ Năm 2023 … hàng năm". Rules: years are 4-digit 19xx/20xx; start = first year, end =
// last year; a recurring ("hàng năm") activity runs on to the plan's end, so it has no end
// year of its own; a single year after "hoàn thành/đến/chậm nhất" is an end only, after
// "từ" a start only.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace p8 {

struct Timeline {
  std::optional<int> startYear, endYear;
  bool recurring = false;
  bool parsed = false;        // false: left as text, see reason
  std::string raw, reason_vi, reason_en;
};

Timeline parseTimeline(std::string_view text);

}  // namespace p8
