// Targets as plans write them: "77 tổ", "15% thành viên của Tổ …", "Thành lập 15 CLB …",
// "- Tỉnh: Xây dựng ít nhất 01 chương trình …", qualitative phrases, or nothing. A number
// that is a time ("6 tháng"), a year, an ordinal ("lần thứ 13") or a label ("giai đoạn 1",
// "công nghệ 4.0", "HĐ1") is not a target.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace p8 {

enum class TargetKind { Empty, Count, Percent, Minimum, Qualitative };

struct TargetText {
  TargetKind kind = TargetKind::Empty;
  std::optional<double> value;   // 77; 0.15 for 15%; 1 for "ít nhất 01 …"
  std::string unit;              // text after the number on its line, e.g. "tờ gấp"
  std::string raw;               // the text as given
  std::string note;              // level prefix ("Tỉnh") and further lines
};

TargetText parseTarget(std::string_view text);
const char* targetKindCode(TargetKind k);   // "empty","count","percent","minimum","qualitative"

}  // namespace p8
