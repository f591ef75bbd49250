// Reading vi-VN numbers. A number body is digit runs joined by single separators ('.', ',',
// or a space/NBSP between thousands groups); its shape decides the reading:
//   dots only, every group after the first of 3 digits  → thousands ("1.234.567")
//   one comma                                          → decimal ("12,5"), except "1,234":
//                                                        3 decimals could be English thousands
//   dots then one comma                                → "1.234,5"
//   anything else with separators                      → Ambiguous, with the reason.
// Conversion uses std::from_chars/to_chars, which ignore the C locale (LibreOffice may run
// under a locale whose decimal point is ',').
#include "core/parse/number.hpp"

#include "core/parse/text.hpp"

#include <charconv>
#include <cmath>

namespace p8 {
namespace {

using Status = ParsedNumber::Status;

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Byte length of a space that may separate thousands groups at s[i]: ' ', NBSP, narrow
// NBSP (LibreOffice's French-style grouping), thin space; 0 when none.
std::size_t groupSpaceLen(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  if (s[i] == ' ') return 1;
  if (s.compare(i, 2, "\xC2\xA0") == 0) return 2;
  if (s.compare(i, 3, "\xE2\x80\xAF") == 0 || s.compare(i, 3, "\xE2\x80\x89") == 0) return 3;
  return 0;
}

ParsedNumber fail(Status st, std::string vi, std::string en) {
  ParsedNumber n;
  n.status = st;
  n.reason_vi = std::move(vi);
  n.reason_en = std::move(en);
  return n;
}

ParsedNumber notNumber(std::string_view s) {
  const std::string q = "\"" + text::shorten(s, 40) + "\"";
  return fail(Status::NotNumber, q + " không phải là một số.", q + " is not a number.");
}

const char* const kHowVi = " Kiểu Việt Nam: dấu chấm ngăn cách hàng nghìn (10.000), dấu phẩy trước phần thập phân (12,5).";
const char* const kHowEn = " Vietnamese style: a dot between thousands (10.000), a comma before decimals (12,5).";

ParsedNumber ambiguous(std::string_view body, const char* whyVi, const char* whyEn) {
  const std::string q = "\"" + text::shorten(body, 40) + "\"";
  return fail(Status::Ambiguous, "Không rõ cách đọc số " + q + ": " + whyVi + kHowVi,
              "Ambiguous number " + q + ": " + whyEn + kHowEn);
}

// Runs of digits in [from, to), split by any other byte: the first of 1–3 digits, every
// other of exactly 3 — the shape of a number with thousands separators.
bool groupedBy3(std::string_view s, std::size_t from, std::size_t to) {
  std::size_t len = 0;
  bool first = true;
  for (std::size_t i = from;;) {
    if (i < to && isDigit(s[i])) {
      ++len;
      ++i;
      continue;
    }
    if (first ? (len < 1 || len > 3) : len != 3) return false;
    if (i >= to) return true;
    first = false;
    len = 0;
    const std::size_t sp = groupSpaceLen(s, i);
    i += sp ? sp : 1;
  }
}

// The value of body's digits, [0, decimalAt) as the integer part, the rest as decimals.
bool toDouble(std::string_view body, std::size_t decimalAt, double& out) {
  char small[96];
  std::string large;
  char* buf = small;
  if (body.size() + 2 > sizeof small) {
    large.resize(body.size() + 2);
    buf = large.data();
  }
  std::size_t n = 0;
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (i == decimalAt) buf[n++] = '.';
    if (isDigit(body[i])) buf[n++] = body[i];
  }
  const auto r = std::from_chars(buf, buf + n, out, std::chars_format::fixed);
  return r.ec == std::errc() && r.ptr == buf + n && std::isfinite(out);
}

// body: digits and separators only, starting and ending with a digit (checked here too).
ParsedNumber readBody(std::string_view body) {
  if (body.empty() || !isDigit(body.front()) || !isDigit(body.back())) return notNumber(body);
  std::size_t dots = 0, commas = 0, spaces = 0, comma = std::string_view::npos;
  bool prevSep = false;
  for (std::size_t i = 0; i < body.size();) {
    const char c = body[i];
    if (isDigit(c)) { prevSep = false; ++i; continue; }
    std::size_t len = 1;
    if (c == '.') ++dots;
    else if (c == ',') { ++commas; if (comma == std::string_view::npos) comma = i; }
    else if ((len = groupSpaceLen(body, i)) > 0) ++spaces;
    else return notNumber(body);
    if (prevSep) return notNumber(body);   // "1..5", "1, 5"
    prevSep = true;
    i += len;
  }
  std::size_t decimalAt = body.size();
  if (commas > 1)
    return ambiguous(body, "có nhiều dấu phẩy (kiểu Anh dùng dấu phẩy ngăn cách hàng nghìn).",
                     "more than one comma (English style uses commas between thousands).");
  if (commas == 1) {
    const std::string_view intPart = body.substr(0, comma), frac = body.substr(comma + 1);
    if (frac.find('.') != std::string_view::npos)
      return ambiguous(body, "dấu phẩy đứng trước dấu chấm, kiểu viết của Anh (1,234.5).",
                       "a comma before a dot, as English writes 1,234.5.");
    if (frac.find_first_not_of("0123456789") != std::string_view::npos) return notNumber(body);
    const bool intGrouped = intPart.find_first_not_of("0123456789") != std::string_view::npos;
    if (intGrouped && (!groupedBy3(body, 0, comma) || (dots && spaces)))
      return ambiguous(body, "các nhóm chữ số trước dấu phẩy không phải nhóm 3 chữ số.",
                       "the digit groups before the comma are not groups of 3.");
    if (!intGrouped && frac.size() == 3 && intPart != "0")
      return ambiguous(body, "sau dấu phẩy có đúng 3 chữ số, có thể là số nghìn viết kiểu Anh (1,234 = 1.234).",
                       "exactly 3 digits follow the comma, which may be an English thousands separator (1,234 = 1.234).");
    decimalAt = comma;
  } else if (dots && spaces) {
    return ambiguous(body, "vừa có dấu chấm vừa có khoảng trắng giữa các chữ số.",
                     "both dots and spaces between the digits.");
  } else if (dots) {
    if (!groupedBy3(body, 0, body.size()))
      return ambiguous(body, "sau dấu chấm phải có đúng 3 chữ số (dấu chấm ngăn cách hàng nghìn); có thể là số thập phân viết kiểu Anh.",
                       "a dot must be followed by exactly 3 digits (it separates thousands); this may be an English decimal.");
    if (body.front() == '0')
      return ambiguous(body, "số bắt đầu bằng 0 trước dấu chấm, có thể là số thập phân viết kiểu Anh (0.5).",
                       "a 0 before the dot, which may be an English decimal (0.5).");
  } else if (spaces && !groupedBy3(body, 0, body.size())) {
    return notNumber(body);   // "12 34": two numbers, not thousands groups
  }
  ParsedNumber n;
  if (!toDouble(body, decimalAt, n.value)) {
    const std::string q = "\"" + text::shorten(body, 40) + "\"";
    return fail(Status::NotNumber, "Số " + q + " quá lớn.", "The number " + q + " is too large.");
  }
  n.status = Status::Ok;
  return n;
}

// End of a number token starting at the digit s[i]: digits, and separators that sit
// between digits ('.' or ',' followed by a digit; a space only between thousands groups,
// i.e. after a run of 1–3 digits and before exactly 3).
std::size_t tokenEnd(std::string_view s, std::size_t i) {
  std::size_t j = i, run = 0;
  while (j < s.size()) {
    if (isDigit(s[j])) { ++j; ++run; continue; }
    if ((s[j] == '.' || s[j] == ',') && j + 1 < s.size() && isDigit(s[j + 1])) { ++j; run = 0; continue; }
    if (const std::size_t sp = groupSpaceLen(s, j); sp && run >= 1 && run <= 3) {
      const std::size_t k = j + sp;
      auto digitAt = [&](std::size_t p) { return p < s.size() && isDigit(s[p]); };
      if (digitAt(k) && digitAt(k + 1) && digitAt(k + 2) && !digitAt(k + 3) &&
          !(k + 3 < s.size() && (s[k + 3] == '.' || s[k + 3] == ',') && digitAt(k + 4))) {
        j = k;
        run = 0;
        continue;
      }
    }
    break;
  }
  return j;
}

// Spaces (ASCII, NBSP) then '%' at s[i]? Returns the index after '%', or npos.
std::size_t percentAfter(std::string_view s, std::size_t i) {
  while (i < s.size()) {
    if (s[i] == ' ' || s[i] == '\t') ++i;
    else if (s.compare(i, 2, "\xC2\xA0") == 0) i += 2;
    else break;
  }
  return i < s.size() && s[i] == '%' ? i + 1 : std::string_view::npos;
}

void applySignAndPercent(ParsedNumber& n, bool negative) {
  if (!n.ok()) return;
  if (negative) n.value = -n.value;
  if (n.percent) n.value /= 100.0;
}

}  // namespace

ParsedNumber parseNumber(std::string_view text) {
  const std::string_view s = text::trimView(text);
  if (s.empty()) {
    ParsedNumber n = fail(Status::Empty, "Trống, không có số.", "Empty: no number.");
    n.end = text.size();
    return n;
  }
  std::size_t i = 0;
  bool negative = false;
  if (s[0] == '-' || s[0] == '+') { negative = s[0] == '-'; i = 1; }
  else if (s.compare(0, 3, "\xE2\x88\x92") == 0) { negative = true; i = 3; }   // U+2212 minus
  if (i >= s.size() || !isDigit(s[i])) return notNumber(s);
  std::size_t end = s.size();
  bool percent = false;
  if (s.back() == '%') {
    percent = true;
    end = text::trimView(s.substr(0, s.size() - 1)).size();
  }
  ParsedNumber n = readBody(s.substr(i, end - i));
  n.percent = percent;
  n.begin = 0;
  n.end = text.size();
  applySignAndPercent(n, negative);
  return n;
}

ParsedNumber findNumber(std::string_view s, std::size_t from) {
  for (std::size_t i = from; i < s.size(); ++i) {
    if (!isDigit(s[i])) continue;
    // A minus sign directly before the digits, itself at the start or after a space ("-3",
    // not the bullet "- 3" nor the range "2022-2023").
    const bool negative = i > from && s[i - 1] == '-' && (i - 1 == 0 || s[i - 2] == ' ' || s[i - 2] == '(');
    const std::size_t end = tokenEnd(s, i);
    ParsedNumber n = readBody(s.substr(i, end - i));
    n.begin = negative ? i - 1 : i;
    n.end = end;
    if (const std::size_t p = percentAfter(s, end); p != std::string_view::npos) {
      n.percent = true;
      n.end = p;
    }
    applySignAndPercent(n, negative);
    return n;
  }
  ParsedNumber n = fail(Status::NotNumber, "Không tìm thấy số.", "No number found.");
  n.begin = n.end = s.size();
  return n;
}

std::string formatNumberVi(double v, int maxDecimals) {
  if (!std::isfinite(v)) return "";
  if (maxDecimals < 0) maxDecimals = 0;
  if (maxDecimals > 15) maxDecimals = 15;
  char buf[400];
  const auto r = std::to_chars(buf, buf + sizeof buf, std::fabs(v), std::chars_format::fixed, maxDecimals);
  if (r.ec != std::errc()) return "";
  const std::string_view s(buf, static_cast<std::size_t>(r.ptr - buf));
  const std::size_t dot = s.find('.');
  const std::string_view intPart = s.substr(0, dot);
  std::string_view frac = dot == std::string_view::npos ? std::string_view() : s.substr(dot + 1);
  while (!frac.empty() && frac.back() == '0') frac.remove_suffix(1);
  std::string out;
  for (std::size_t k = 0; k < intPart.size(); ++k) {
    if (k && (intPart.size() - k) % 3 == 0) out += '.';
    out += intPart[k];
  }
  if (!frac.empty()) {
    out += ',';
    out.append(frac);
  }
  if (v < 0 && out != "0") out.insert(0, 1, '-');
  return out;
}

std::string formatPercentVi(double fraction, int maxDecimals) {
  return formatNumberVi(fraction * 100.0, maxDecimals) + "%";
}

IdentifierKind identifierKind(std::string_view text) {
  std::size_t b = 0, e = text.size();
  while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
  while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
  const std::string_view t = text.substr(b, e - b);
  if (t.empty() || t.size() > 24) return IdentifierKind::None;
  int digits = 0, groups = 0, slashes = 0, dashes = 0, spaces = 0, dots = 0;
  bool inDigits = false;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const char c = t[i];
    if (c >= '0' && c <= '9') {
      ++digits;
      if (!inDigits) ++groups;
      inDigits = true;
      continue;
    }
    inDigits = false;
    if (c == '/') ++slashes;
    else if (c == '-') ++dashes;
    else if (c == ' ') ++spaces;
    else if (c == '.') ++dots;
    else if (!(c == '+' && i == 0) && c != '(' && c != ')') return IdentifierKind::None;
  }
  if (digits == 0) return IdentifierKind::None;
  // Dates: d/m/yyyy, dd-mm-yyyy, yyyy-mm-dd (three groups, a four-digit year at one end).
  if (groups == 3 && (slashes == 2 || (dashes == 2 && t[0] != '-')) && spaces == 0) {
    const bool yearFirst = t.size() >= 4 && t.substr(0, 4).find_first_not_of("0123456789") == std::string_view::npos;
    const bool yearLast = t.size() >= 4 && t.substr(t.size() - 4).find_first_not_of("0123456789") == std::string_view::npos;
    if (yearFirst || yearLast) return IdentifierKind::Date;
  }
  if (slashes || (dashes && t[0] == '-' && groups == 1)) return IdentifierKind::None;
  const bool leadingZero = t[0] == '0' || (t[0] == '+' && t.size() > 1 && t[1] == '8');
  // Phones: 10–11 digits starting 0 (or +84), grouped by spaces, dots or dashes, or none.
  if (leadingZero && digits >= 9 && digits <= 12) return IdentifierKind::Phone;
  if (spaces + dashes > 0 && groups >= 3 && digits >= 9) return IdentifierKind::Phone;
  if (groups == 1 && digits >= 9 && dots == 0 && spaces == 0) return IdentifierKind::Id;   // CCCD, account
  if (groups == 1 && digits == 4 && t.size() == 4) {
    const int y = (t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0');
    if (y >= 1900 && y <= 2100) return IdentifierKind::Year;
  }
  return IdentifierKind::None;
}

}  // namespace p8
