// Numbers as Vietnamese staff type them: "10.000" (dot = thousands), "12,5" (comma =
// decimal), "01", "15%", "1.234.567". A string that could be read two ways ("1.5",
// "1,234") is refused as Ambiguous with a reason, never silently guessed.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace p8 {

struct ParsedNumber {
  enum class Status { Ok, Empty, NotNumber, Ambiguous };
  Status status = Status::Empty;
  double value = 0;         // "15%" → 0.15
  bool percent = false;
  std::string reason_vi, reason_en;   // why not Ok
  std::size_t begin = 0, end = 0;     // byte span of the number (incl. sign and %) in the text
  bool ok() const { return status == Status::Ok; }
};

// The WHOLE text (trimmed) is one number.
ParsedNumber parseNumber(std::string_view text);
// The first number inside a text ("Thành lập 15 CLB" → 15), searching from byte `from`.
ParsedNumber findNumber(std::string_view text, std::size_t from = 0);
// vi-VN display: 1234.5 → "1.234,5"; percentages → "12,5%".
std::string formatNumberVi(double v, int maxDecimals = 2);
std::string formatPercentVi(double fraction, int maxDecimals = 1);

}  // namespace p8
