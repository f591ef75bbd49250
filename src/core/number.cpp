#include "core/number.hpp"

#include "core/text.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace p8 {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

ParsedNumber fail(ParsedNumber::Status st, std::string vi, std::string en) {
  ParsedNumber n;
  n.status = st;
  n.reason_vi = std::move(vi);
  n.reason_en = std::move(en);
  return n;
}

ParsedNumber ambiguous(std::string_view body) {
  std::string b(body);
  return fail(ParsedNumber::Status::Ambiguous,
              "Không rõ cách đọc số \"" + b +
                  "\": theo kiểu Việt Nam dấu chấm ngăn cách hàng nghìn (10.000) và dấu phẩy "
                  "là phần thập phân (12,5). Hãy viết lại cho rõ.",
              "Ambiguous number \"" + b +
                  "\": Vietnamese style uses a dot for thousands (10.000) and a comma for "
                  "decimals (12,5). Please rewrite it.");
}

// Digits with '.', ',' or single spaces between groups. Returns the value or a failure.
ParsedNumber parseBody(std::string_view body) {
  std::string digits;   // normalised: digits and at most one '.'
  digits.reserve(body.size());
  std::size_t dots = 0, commas = 0, spaces = 0;
  for (char c : body) {
    if (c == '.') ++dots;
    else if (c == ',') ++commas;
    else if (c == ' ') ++spaces;
    else if (!isDigit(c)) return fail(ParsedNumber::Status::NotNumber, "", "");
  }
  // Group lengths between separators.
  auto groupsOk = [&](char sep, std::size_t from, std::size_t to) {
    // every group after the first (within [from,to)) must be exactly 3 digits, the first 1–3
    std::size_t len = 0, groups = 0;
    for (std::size_t i = from; i <= to; ++i) {
      if (i == to || body[i] == sep) {
        if (groups == 0 ? (len < 1 || len > 3) : len != 3) return false;
        ++groups;
        len = 0;
      } else if (isDigit(body[i])) {
        ++len;
      } else {
        return false;
      }
    }
    return true;
  };
  if (body.empty() || !isDigit(body.front()) || !isDigit(body.back()))
    return fail(ParsedNumber::Status::NotNumber, "", "");
  if (spaces) {   // "10 000": space as thousands separator, nothing else mixed in
    if (dots || commas || !groupsOk(' ', 0, body.size())) return ambiguous(body);
    for (char c : body) if (c != ' ') digits += c;
  } else if (dots && commas) {
    std::size_t comma = body.find(',');
    if (commas > 1 || body.rfind('.') > comma || !groupsOk('.', 0, comma)) return ambiguous(body);
    for (std::size_t i = 0; i < comma; ++i) if (body[i] != '.') digits += body[i];
    digits += '.';
    digits.append(body.substr(comma + 1));
  } else if (dots) {
    // Thousands only when every group is 3 digits and the number does not start with 0.
    if (!groupsOk('.', 0, body.size()) || body.front() == '0') return ambiguous(body);
    for (char c : body) if (c != '.') digits += c;
  } else if (commas) {
    std::size_t comma = body.find(',');
    if (commas > 1) return ambiguous(body);
    const std::size_t decimals = body.size() - comma - 1;
    const bool zeroInt = comma == 1 && body.front() == '0';
    // "12,500" could be 12.5 (vi) or 12500 (en): refuse; "0,125" is clearly a decimal.
    if (decimals == 3 && !zeroInt) return ambiguous(body);
    digits.append(body.substr(0, comma));
    digits += '.';
    digits.append(body.substr(comma + 1));
  } else {
    digits.assign(body);
  }
  ParsedNumber n;
  n.status = ParsedNumber::Status::Ok;
  n.value = std::strtod(digits.c_str(), nullptr);
  if (!std::isfinite(n.value)) return fail(ParsedNumber::Status::NotNumber, "", "");
  return n;
}

std::size_t skipSpaces(std::string_view s, std::size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  if (s.compare(i, 2, "\xC2\xA0") == 0) return skipSpaces(s, i + 2);
  return i;
}

// Span of a number token starting at digit position i: digits and inner separators.
std::size_t tokenEnd(std::string_view s, std::size_t i) {
  std::size_t j = i;
  while (j < s.size()) {
    if (isDigit(s[j])) { ++j; continue; }
    if ((s[j] == '.' || s[j] == ',') && j + 1 < s.size() && isDigit(s[j + 1])) { ++j; continue; }
    // a single space between digit groups ("10 000") only when exactly 3 digits follow
    auto digitAt = [&](std::size_t k) { return k < s.size() && isDigit(s[k]); };
    if (s[j] == ' ' && digitAt(j + 1) && digitAt(j + 2) && digitAt(j + 3) && !digitAt(j + 4)) {
      ++j;
      continue;
    }
    break;
  }
  return j;
}

ParsedNumber finishToken(std::string_view s, std::size_t signPos, std::size_t start,
                         std::size_t end, bool negative) {
  ParsedNumber n = parseBody(s.substr(start, end - start));
  n.begin = signPos;
  std::size_t after = skipSpaces(s, end);
  if (after < s.size() && s[after] == '%') {
    n.percent = true;
    end = after + 1;
  }
  n.end = end;
  if (n.ok()) {
    if (negative) n.value = -n.value;
    if (n.percent) n.value /= 100.0;
  }
  return n;
}

}  // namespace

ParsedNumber parseNumber(std::string_view text) {
  const std::string t = text::trim(text);
  if (t.empty())
    return fail(ParsedNumber::Status::Empty, "Ô trống, không có số.", "Empty: no number.");
  std::string_view s(t);
  std::size_t i = 0;
  bool negative = false;
  if (s[i] == '-' || s[i] == '+') { negative = s[i] == '-'; ++i; }
  else if (s.compare(0, 3, "\xE2\x88\x92") == 0) { negative = true; i = 3; }   // U+2212
  i = skipSpaces(s, i);
  ParsedNumber bad = fail(ParsedNumber::Status::NotNumber,
                          "\"" + t + "\" không phải là số.", "\"" + t + "\" is not a number.");
  if (i >= s.size() || !isDigit(s[i])) return bad;
  // The whole rest must be the number (+ optional %).
  std::size_t end = s.size();
  std::size_t pct = s.find('%');
  if (pct != std::string_view::npos) {
    if (pct != s.size() - 1) return bad;
    end = pct;
    while (end > i && (s[end - 1] == ' ')) --end;
    if (end >= 2 && s.compare(end - 2, 2, "\xC2\xA0") == 0) end -= 2;
  }
  ParsedNumber n = parseBody(s.substr(i, end - i));
  if (n.status == ParsedNumber::Status::NotNumber) return bad;
  n.begin = 0;
  n.end = text.size();
  n.percent = pct != std::string_view::npos;
  if (n.ok()) {
    if (negative) n.value = -n.value;
    if (n.percent) n.value /= 100.0;
  }
  return n;
}

ParsedNumber findNumber(std::string_view s, std::size_t from) {
  for (std::size_t i = from; i < s.size(); ++i) {
    if (!isDigit(s[i])) continue;
    // A digit glued to a letter before it ("HĐ1", "4.0" in "công nghệ 4.0" is fine) counts.
    bool negative = i > 0 && s[i - 1] == '-' && (i == 1 || s[i - 2] == ' ');
    std::size_t end = tokenEnd(s, i);
    return finishToken(s, negative ? i - 1 : i, i, end, negative);
  }
  return fail(ParsedNumber::Status::NotNumber, "Không tìm thấy số.", "No number found.");
}

std::string formatNumberVi(double v, int maxDecimals) {
  if (!std::isfinite(v)) return "";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", maxDecimals, std::fabs(v));
  std::string s(buf);
  std::string intPart = s.substr(0, s.find('.'));
  std::string frac = s.find('.') == std::string::npos ? "" : s.substr(s.find('.') + 1);
  while (!frac.empty() && frac.back() == '0') frac.pop_back();
  std::string grouped;
  for (std::size_t k = 0; k < intPart.size(); ++k) {
    if (k && (intPart.size() - k) % 3 == 0) grouped += '.';
    grouped += intPart[k];
  }
  if (!frac.empty()) grouped += "," + frac;
  if (v < 0 && grouped != "0") grouped = "-" + grouped;
  return grouped;
}

std::string formatPercentVi(double fraction, int maxDecimals) {
  return formatNumberVi(fraction * 100.0, maxDecimals) + "%";
}

}  // namespace p8
