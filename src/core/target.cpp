#include "core/target.hpp"

#include "core/number.hpp"
#include "core/text.hpp"

#include <cmath>
#include <vector>

namespace p8 {
namespace {

// The folded word right after byte `pos` and the one right before byte `pos`.
std::string wordAfter(std::string_view s, std::size_t pos) {
  std::string rest = text::foldKey(s.substr(pos, 24));
  return rest.substr(0, rest.find(' '));
}

std::string wordsBefore(std::string_view s, std::size_t pos) {
  std::size_t from = pos > 24 ? pos - 24 : 0;
  while (from > 0 && (static_cast<unsigned char>(s[from]) & 0xC0) == 0x80) --from;
  return text::foldKey(s.substr(from, pos - from));
}

bool endsWithWord(const std::string& folded, std::string_view word) {
  if (folded.size() < word.size()) return false;
  if (folded.compare(folded.size() - word.size(), word.size(), word) != 0) return false;
  return folded.size() == word.size() || folded[folded.size() - word.size() - 1] == ' ';
}

bool isTimeWord(const std::string& w, std::string_view s, std::size_t end) {
  if (w == "thang" || w == "quy" || w == "ngay" || w == "tuan" || w == "gio") return true;
  if (w == "nam") {   // "năm" (year) but not "nam giới" (men)
    std::string two = text::foldKey(s.substr(end, 32));
    return two.rfind("nam gioi", 0) != 0;
  }
  return false;
}

// Is the number at n a target figure, or a time/ordinal/label/year?
bool isTargetNumber(std::string_view s, const ParsedNumber& n) {
  if (!n.ok()) return false;
  if (n.begin > 0) {
    const auto prev = static_cast<unsigned char>(s[n.begin - 1]);
    if (prev >= 0x80 || (prev >= 'A' && prev <= 'Z') || (prev >= 'a' && prev <= 'z') ||
        prev == '/')
      return false;   // glued to a word: "HĐ1", "TKVVTB2", "quý 2/2025"
  }
  if (n.end < s.size() && s[n.end] == '/') return false;   // a date or "2/2025"
  if (!n.percent && n.value >= 1900 && n.value <= 2100 && n.value == std::floor(n.value))
    return false;   // a year
  const std::string before = wordsBefore(s, n.begin);
  for (const char* w : {"doan", "thu", "ky", "quy", "nghe", "so", "hd", "dung", "khoa", "lan",
                        "dieu", "muc", "phu luc", "bieu", "nghi dinh", "thong tu"})
    if (endsWithWord(before, w)) return false;
  if (!n.percent && isTimeWord(wordAfter(s, n.end), s, n.end)) return false;
  return true;
}

std::string cleanUnit(std::string_view s) {
  std::string u = text::trim(s);
  while (!u.empty() && (u.back() == '.' || u.back() == ',' || u.back() == ';' ||
                        u.back() == ':'))
    u.pop_back();
  if (u.size() >= 3 && u.compare(u.size() - 3, 3, "\xE2\x80\xA6") == 0) u.resize(u.size() - 3);
  return text::trim(u);
}

}  // namespace

TargetText parseTarget(std::string_view input) {
  TargetText t;
  t.raw = std::string(input);
  if (text::isBlank(input)) return t;
  // First non-empty line is the target; further lines go to the note.
  std::string all = text::trim(input);
  std::string_view sv(all);
  std::size_t nl = sv.find('\n');
  std::string line = text::trim(sv.substr(0, nl));
  if (nl != std::string_view::npos) t.note = text::trim(sv.substr(nl + 1));
  // "- Tỉnh: …", "+ Huyện: …": a level prefix.
  std::string_view l(line);
  while (!l.empty() && (l.front() == '-' || l.front() == '+' || l.front() == ' ')) l.remove_prefix(1);
  std::size_t colon = l.find(':');
  if (colon != std::string_view::npos && colon < 20) {
    std::string level = text::foldKey(l.substr(0, colon));
    if (level == "tinh" || level == "huyen" || level == "xa" || level == "cap tinh" ||
        level == "cap huyen" || level == "cap xa") {
      std::string prefix = text::trim(l.substr(0, colon));
      t.note = t.note.empty() ? prefix : prefix + "\n" + t.note;
      l.remove_prefix(colon + 1);
    }
  }
  std::string body = text::trim(l);
  const std::string folded = text::foldKey(body);
  const bool minimum = folded.find("it nhat") != std::string::npos ||
                       folded.find("toi thieu") != std::string::npos;
  for (std::size_t from = 0; from < body.size();) {
    ParsedNumber n = findNumber(body, from);
    if (n.status == ParsedNumber::Status::NotNumber && n.end == 0) break;
    if (n.end <= from) break;
    if (isTargetNumber(body, n)) {
      t.value = n.value;
      t.kind = n.percent ? TargetKind::Percent
                         : (minimum ? TargetKind::Minimum : TargetKind::Count);
      t.unit = cleanUnit(std::string_view(body).substr(n.end));
      return t;
    }
    from = n.end;
  }
  t.kind = TargetKind::Qualitative;
  return t;
}

const char* targetKindCode(TargetKind k) {
  switch (k) {
    case TargetKind::Empty: return "empty";
    case TargetKind::Count: return "count";
    case TargetKind::Percent: return "percent";
    case TargetKind::Minimum: return "minimum";
    case TargetKind::Qualitative: return "qualitative";
  }
  return "";
}

}  // namespace p8
