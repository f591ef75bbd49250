// Numbers as Vietnamese staff type them: "10.000" (dot = thousands), "12,5" (comma =
// decimal), "01", "15%", "1.234.567", "10 000". A string that could be read two ways
// ("1.5": English decimal or a mistyped thousands group; "1,234": English thousands or a vi
// decimal) is refused as Ambiguous with a reason in Vietnamese and English, never guessed.
// Hand-written scanner (no regex, no allocation for ordinary numbers): it runs on every cell.
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
  // Byte span of the number (incl. sign and %) in the text given. parseNumber: the whole
  // text; findNumber: the number found, or begin = end = text.size() when there is none.
  std::size_t begin = 0, end = 0;
  bool ok() const { return status == Status::Ok; }
};

// The WHOLE text (trimmed of spaces/NBSP) is one number, optionally signed ("-3", "−3") and
// followed by '%' ("12,5 %"). Status Empty for blank text, NotNumber for "abc", "12abc".
ParsedNumber parseNumber(std::string_view text);
// The first number inside a text, searching from byte `from` ("Thành lập 15 CLB" → 15,
// "15% thành viên" → 0.15 percent). A first number that is ambiguous ("công nghệ 4.0") is
// returned as Ambiguous with its span, so a caller can skip it and search on from `end`.
// None found: NotNumber with begin = end = text.size().
ParsedNumber findNumber(std::string_view text, std::size_t from = 0);
// What a text in a number cell is when it is no figure at all, though made of digits: a
// phone number ("0912345678", "0209 3870 123", "+84 912 345 678"), an ID or account number
// (9 digits or more), a date ("12/05/2024", "2024-05-12") or a year ("2024", "1985").
// None for anything else. Such texts are never "a number stored as text".
enum class IdentifierKind { None, Phone, Id, Date, Year };
IdentifierKind identifierKind(std::string_view text);

// vi-VN display: 1234.5 → "1.234,5"; percentages (fractions) → "12,5%".
std::string formatNumberVi(double v, int maxDecimals = 2);
std::string formatPercentVi(double fraction, int maxDecimals = 1);

}  // namespace p8
