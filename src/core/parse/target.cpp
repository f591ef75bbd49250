// Reading a target text: lines, an optional level prefix ("- Tỉnh:"), then the first number
// that is a target figure (see target.hpp for what is not). Context words are compared in
// lower case WITH diacritics (text::lowerVi), because folding would confuse "năm" (year) with
// "nam" (men, as in "30 nam giới") and "thứ" (ordinal) with "thu" (to collect); only text
// typed without any diacritic falls back to folded words.
#include "core/parse/target.hpp"

#include "core/parse/number.hpp"
#include "core/parse/text.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace p8 {
namespace {

bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A code point that belongs to a word (letter, digit, combining mark, other script).
bool isWordChar(char32_t c) {
  if (c < 0x80) return isAsciiLetter(static_cast<char>(c)) || (c >= '0' && c <= '9');
  if (c == 0xFFFD || text::isSpace(c)) return false;
  return !((c >= 0x80 && c <= 0xBF) || (c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F));
}

// The words of s, lower-cased (diacritics kept, or folded when `fold`).
std::vector<std::string> wordsOf(std::string_view s, bool fold) {
  const std::string lv = fold ? text::foldKey(s) : text::lowerVi(s);
  std::vector<std::string> out;
  std::string cur;
  for (std::size_t i = 0; i < lv.size();) {
    const std::size_t at = i;
    if (isWordChar(text::nextCodePoint(lv, i))) {
      cur.append(lv, at, i - at);
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

// Up to `n` words just before byte `pos` / just after byte `pos` of s.
std::vector<std::string> wordsBefore(std::string_view s, std::size_t pos, bool fold) {
  std::size_t from = pos > 48 ? pos - 48 : 0;
  while (from > 0 && (static_cast<unsigned char>(s[from]) & 0xC0) == 0x80) --from;
  auto w = wordsOf(s.substr(from, pos - from), fold);
  if (from > 0 && !w.empty()) w.erase(w.begin());   // maybe cut in half
  return w;
}

std::vector<std::string> wordsAfter(std::string_view s, std::size_t pos, bool fold) {
  std::size_t to = std::min(s.size(), pos + 48);
  while (to < s.size() && (static_cast<unsigned char>(s[to]) & 0xC0) == 0x80) ++to;
  auto w = wordsOf(s.substr(pos, to - pos), fold);
  if (to < s.size() && !w.empty()) w.pop_back();
  return w;
}

bool endsWith(const std::vector<std::string>& words, std::string_view phrase) {
  // phrase of one or two words
  const std::size_t sp = phrase.find(' ');
  if (sp == std::string_view::npos) return !words.empty() && words.back() == phrase;
  return words.size() >= 2 && words[words.size() - 2] == phrase.substr(0, sp) && words.back() == phrase.substr(sp + 1);
}

// Words before a number that make it a label or an ordinal ("giai đoạn 1", "lần thứ 13").
constexpr const char* kLabelWords[] = {"giai đoạn", "thứ", "kỳ", "số", "khóa", "khoá", "đợt", "điều", "mục",
                                       "phụ lục", "biểu", "nghị định", "quyết định", "thông tư", "chương trình",
                                       "công nghệ", "nội dung", "nghị quyết", "kế hoạch", "hđ", "phiên bản"};
constexpr const char* kLabelAscii[] = {"giai doan", "thu", "ky", "so", "khoa", "dot", "dieu", "muc", "phu luc",
                                       "bieu", "nghi dinh", "quyet dinh", "thong tu", "chuong trinh",
                                       "cong nghe", "noi dung", "nghi quyet", "ke hoach", "hd", "phien ban"};
// Words before a 4-digit number that make it a year.
constexpr const char* kYearWords[] = {"năm", "đoạn", "từ", "đến", "tới", "trước", "sau", "cuối", "đầu",
                                      "vào", "trong", "thành", "kỳ", "hạn", "quý", "tháng"};
constexpr const char* kYearAscii[] = {"nam", "doan", "tu", "den", "toi", "truoc", "sau", "cuoi", "dau",
                                      "vao", "trong", "thanh", "ky", "han", "quy", "thang"};
// Words after a number that make it a time span or an age ("6 tháng", "16 tuổi").
constexpr const char* kTimeWords[] = {"tháng", "năm", "quý", "ngày", "tuần", "giờ", "phút", "tuổi"};
constexpr const char* kTimeAscii[] = {"thang", "nam", "quy", "ngay", "tuan", "gio", "phut", "tuoi"};

template <std::size_t N>
bool anyEnds(const std::vector<std::string>& words, const char* const (&list)[N]) {
  return std::any_of(std::begin(list), std::end(list), [&](const char* p) { return endsWith(words, p); });
}

// The word right before pos (original spelling) is an acronym: "HĐ 1", "CTMTQG 1719". Asked
// only for a line with lower-case letters: in "THÀNH LẬP 15 CLB" every word is upper case.
bool acronymBefore(std::string_view s, std::size_t pos) {
  if (pos < 3 || s[pos - 1] != ' ') return false;
  std::size_t b = pos - 1;
  while (b > 0 && s[b - 1] != ' ' && s[b - 1] != '(' && s[b - 1] != ',') --b;
  const std::string_view w = s.substr(b, pos - 1 - b);
  int letters = 0;
  for (std::size_t i = 0; i < w.size();) {
    const std::size_t at = i;
    const char32_t c = text::nextCodePoint(w, i);
    if (c >= 'A' && c <= 'Z') { ++letters; continue; }
    if (c == '&') continue;
    if (c < 0x80 || !text::baseLetter(c)) return false;
    const std::string_view ch = w.substr(at, i - at);
    if (text::lowerVi(ch) == ch) return false;   // a lower-case letter
    ++letters;
  }
  return letters >= 2;
}

// Is the byte before pos part of a word ("HĐ1", "TKVVTB2")?
bool gluedBefore(std::string_view s, std::size_t pos) {
  if (pos == 0) return false;
  const auto b = static_cast<unsigned char>(s[pos - 1]);
  if (b < 0x80) return isAsciiLetter(static_cast<char>(b));
  std::size_t k = pos - 1;
  while (k > 0 && pos - k < 4 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
  std::size_t j = k;
  const char32_t c = text::nextCodePoint(s, j);
  return j == pos && isWordChar(c);
}

std::size_t skipSpaces(std::string_view s, std::size_t i) {
  while (i < s.size()) {
    if (s[i] == ' ' || s[i] == '\t') ++i;
    else if (s.compare(i, 2, "\xC2\xA0") == 0) i += 2;
    else break;
  }
  return i;
}

struct Context {
  std::string_view line;
  bool ascii;      // no diacritics anywhere: compare folded words
  bool hasLower;   // the line has lower-case letters (else "HĐ 1" rules don't apply)
  std::string reason_vi, reason_en;
};

// Is the number n (found in ctx.line) the target figure?
bool isTargetNumber(Context& ctx, const ParsedNumber& n) {
  const std::string_view s = ctx.line;
  if (gluedBefore(s, n.begin)) return false;
  if ((n.begin > 0 && s[n.begin - 1] == '/') || (n.end < s.size() && s[n.end] == '/')) return false;
  const std::size_t firstText = s.find_first_not_of(" -+*.\t");
  if (n.begin <= firstText && n.end < s.size() && s[n.end] == ')') return false;   // "1) …"
  const auto before = wordsBefore(s, n.begin, ctx.ascii);
  const bool total = endsWith(before, ctx.ascii ? "tong so" : "tổng số");   // "tổng số 50 cán bộ" counts
  if (!total && (ctx.ascii ? anyEnds(before, kLabelAscii) : anyEnds(before, kLabelWords))) return false;
  if (ctx.hasLower && acronymBefore(s, n.begin)) return false;
  if (!n.ok()) {
    if (n.status == ParsedNumber::Status::Ambiguous && ctx.reason_vi.empty()) {
      ctx.reason_vi = n.reason_vi;
      ctx.reason_en = n.reason_en;
    }
    return false;
  }
  const bool integer = n.value == std::floor(n.value);
  // "quý 2", "tháng 9" (a date), but "mỗi tháng 2 buổi" is a count per month.
  if (integer && !n.percent && before.size() >= 1) {
    const std::string& w = before.back();
    const bool per = before.size() >= 2 && (before[before.size() - 2] == "mỗi" || before[before.size() - 2] == "hàng" ||
                                            before[before.size() - 2] == "moi" || before[before.size() - 2] == "hang");
    if (!per && (w == "quý" || w == "quy") && n.value <= 4) return false;
    if (!per && (w == "tháng" || w == "thang") && n.value <= 12) return false;
  }
  const std::size_t after = skipSpaces(s, n.end);
  if (integer && !n.percent && n.end - n.begin == 4 && n.value >= 1945 && n.value <= 2100) {
    auto dash = [&](std::size_t i) {
      return i < s.size() && (s[i] == '-' || s.compare(i, 3, "\xE2\x80\x93") == 0 || s.compare(i, 3, "\xE2\x80\x94") == 0);
    };
    std::size_t prev = n.begin;   // "2021-2025", "2022 – 2025": the second year of a range
    while (prev > 0 && s[prev - 1] == ' ') --prev;
    const bool afterDash = (prev >= 1 && s[prev - 1] == '-') ||
                           (prev >= 3 && (s.compare(prev - 3, 3, "\xE2\x80\x93") == 0 || s.compare(prev - 3, 3, "\xE2\x80\x94") == 0));
    const bool range = dash(after) || afterDash;
    if (range || (ctx.ascii ? anyEnds(before, kYearAscii) : anyEnds(before, kYearWords))) return false;
  }
  if (!n.percent) {
    const auto next = wordsAfter(s, n.end, ctx.ascii);
    if (!next.empty()) {
      const std::string& w = next.front();
      if (ctx.ascii) {
        const bool men = w == "nam" && next.size() >= 2 && (next[1] == "gioi" || next[1] == "nu");
        if (!men && std::find(std::begin(kTimeAscii), std::end(kTimeAscii), w) != std::end(kTimeAscii)) return false;
      } else if (std::find(std::begin(kTimeWords), std::end(kTimeWords), w) != std::end(kTimeWords)) {
        return false;
      }
    }
  }
  return true;
}

std::string cleanUnit(std::string_view s) {
  std::string u(text::trimView(s));
  for (bool changed = true; changed && !u.empty();) {
    changed = false;
    for (std::string_view tail : {".", ",", ";", ":", "\xE2\x80\xA6", " tr\xE1\xBB\x9F l\xC3\xAAn", " tro len"}) {
      if (u.size() >= tail.size() && u.compare(u.size() - tail.size(), tail.size(), tail) == 0) {
        u.resize(u.size() - tail.size());
        u = text::trim(u);
        changed = true;
      }
    }
  }
  return u;
}

// "Tỉnh", "Cấp huyện", … before a ':' at the start of a line → "cấp tỉnh", "cấp huyện".
std::string levelOf(std::string_view label) {
  const std::string f = text::foldKey(label);
  if (f == "tinh" || f == "cap tinh" || f == "toan tinh") return "cấp tỉnh";
  if (f == "huyen" || f == "cap huyen") return "cấp huyện";
  if (f == "xa" || f == "cap xa") return "cấp xã";
  if (f == "thon" || f == "cap thon" || f == "thon ban") return "cấp thôn";
  return {};
}

std::string_view stripBullet(std::string_view l) {
  for (;;) {
    l = text::trimView(l);
    if (!l.empty() && (l[0] == '-' || l[0] == '+' || l[0] == '*') && (l.size() == 1 || l[1] < '0' || l[1] > '9'))
      l.remove_prefix(1);
    else if (l.compare(0, 3, "\xE2\x80\xA2") == 0 || l.compare(0, 3, "\xE2\x80\x93") == 0)   // • –
      l.remove_prefix(3);
    else
      return l;
  }
}

}  // namespace

TargetText parseTarget(std::string_view input) {
  TargetText t;
  t.raw = std::string(input);
  std::vector<std::string_view> lines;
  for (std::size_t start = 0; start <= input.size();) {
    std::size_t nl = input.find_first_of("\r\n", start);
    if (nl == std::string_view::npos) nl = input.size();
    const std::string_view l = text::trimView(input.substr(start, nl - start));
    if (!text::foldKey(l).empty()) lines.push_back(l);   // drops blank and "." lines
    start = nl + 1;
  }
  if (lines.empty()) {
    if (!text::isBlank(input)) t.kind = TargetKind::Qualitative;   // only punctuation
    return t;
  }
  const bool ascii = std::all_of(input.begin(), input.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  std::string reasonVi, reasonEn;
  for (std::size_t li = 0; li < lines.size(); ++li) {
    std::string_view body = stripBullet(lines[li]);
    std::string level;
    if (const std::size_t colon = body.find(':'); colon != std::string_view::npos && colon < 24) {
      level = levelOf(body.substr(0, colon));
      if (!level.empty()) body = text::trimView(body.substr(colon + 1));
    }
    const bool hasLower = std::any_of(body.begin(), body.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    Context ctx{body, ascii, hasLower, {}, {}};
    for (std::size_t from = 0; from < body.size();) {
      const ParsedNumber n = findNumber(body, from);
      if (n.begin >= body.size()) break;
      if (!isTargetNumber(ctx, n)) {
        from = std::max(n.end, n.begin + 1);
        continue;
      }
      t.value = n.value;
      const std::string folded = text::foldKey(body);
      const bool minimum = folded.find("it nhat") != std::string::npos || folded.find("toi thieu") != std::string::npos ||
                           folded.find("tro len") != std::string::npos || folded.find("khong duoi") != std::string::npos ||
                           folded.find("khong it hon") != std::string::npos;
      t.kind = n.percent ? TargetKind::Percent : minimum ? TargetKind::Minimum : TargetKind::Count;
      t.unit = cleanUnit(text::nfcVi(body.substr(n.end)));
      std::string note = level;
      for (std::size_t k = 0; k < lines.size(); ++k) {
        if (k == li) continue;
        if (!note.empty()) note += '\n';
        note.append(lines[k]);
      }
      t.note = std::move(note);
      return t;
    }
    if (reasonVi.empty()) {
      reasonVi = std::move(ctx.reason_vi);
      reasonEn = std::move(ctx.reason_en);
    }
  }
  t.kind = TargetKind::Qualitative;
  t.reason_vi = std::move(reasonVi);
  t.reason_en = std::move(reasonEn);
  return t;
}

TargetText targetFromNumber(double value, bool percent) {
  TargetText t;
  if (!std::isfinite(value)) {
    t.kind = TargetKind::Qualitative;
    return t;
  }
  t.kind = percent ? TargetKind::Percent : TargetKind::Count;
  t.value = value;
  t.raw = percent ? formatPercentVi(value, 2) : formatNumberVi(value, 6);
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
