// Targets as plans write them: "77 tổ", "10.000 tờ gấp", "15% thành viên của Tổ …", "Thành
// lập 15 CLB …", "- Tỉnh: Xây dựng ít nhất 01 chương trình …" (several lines), qualitative
// phrases, or nothing. The target is the first number of the first line that has one, unless
// that number is
//   - a time or an age: followed by tháng/năm/quý/ngày/tuần/giờ/tuổi ("Sơ kết 6 tháng");
//   - a year: 4 digits 1945–2100 after năm/từ/đến/giai đoạn…, or in a range "2022-2025";
//   - a label or ordinal: after giai đoạn, lần thứ, kỳ, quý, số, khóa, đợt, điều, mục, phụ
//     lục, biểu, nghị định, thông tư, chương trình, công nghệ, nội dung, an acronym ("HĐ 1",
//     "CTMTQG 1719"), or glued to a word ("HĐ1");
//   - part of a date or reference: next to '/' ("quý 2/2025", "43/KH");
//   - a list marker at the start of a line ("1) …").
// A number that cannot be read without guessing ("1,500") is skipped too, and the reason is
// kept so the user learns why no value was read.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace p8 {

enum class TargetKind { Empty, Count, Percent, Minimum, Qualitative };

struct TargetText {
  TargetKind kind = TargetKind::Empty;
  std::optional<double> value;   // 77; 0.15 for "15% …"; 1 for "ít nhất 01 …"
  std::string unit;              // the rest of the line after the number, composed (NFC): "tờ gấp"
  std::string raw;               // the text as given
  std::string note;              // the level ("cấp tỉnh" for "- Tỉnh: …") and the other lines
  std::string reason_vi, reason_en;   // Qualitative only: a number was seen but is ambiguous
};

// Kinds: Percent when the number carries '%' (even with "ít nhất": the value is a fraction);
// Minimum for "ít nhất", "tối thiểu", "trở lên", "không dưới", "không ít hơn"; else Count.
// Blank text (spaces, NBSP, empty lines) is Empty; text without a target number Qualitative.
TargetText parseTarget(std::string_view text);
// A target typed as a number cell (77, or 0.15 in a cell formatted as percent).
TargetText targetFromNumber(double value, bool percent = false);
const char* targetKindCode(TargetKind k);   // "empty","count","percent","minimum","qualitative"

}  // namespace p8
