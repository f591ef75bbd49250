#include "core/text.hpp"

#include <unordered_map>

namespace p8::text {
namespace {

// Base letter of every Vietnamese precomposed letter (lower and upper case).
const std::unordered_map<char32_t, char>& baseLetters() {
  static const std::unordered_map<char32_t, char> map = [] {
    std::unordered_map<char32_t, char> m;
    const std::pair<char, const char*> groups[] = {
        {'a', "àáảãạăằắẳẵặâầấẩẫậÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬäåÄÅ"},
        {'e', "èéẻẽẹêềếểễệÈÉẺẼẸÊỀẾỂỄỆëË"},
        {'i', "ìíỉĩịÌÍỈĨỊïîÏÎ"},
        {'o', "òóỏõọôồốổỗộơờớởỡợÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢöÖ"},
        {'u', "ùúủũụưừứửữựÙÚỦŨỤƯỪỨỬỮỰüûÜÛ"},
        {'y', "ỳýỷỹỵỲÝỶỸỴÿ"},
        {'d', "đĐ"},
        {'c', "çÇ"},
        {'n', "ñÑ"},
    };
    for (const auto& [base, letters] : groups) {
      std::string_view s(letters);
      for (std::size_t i = 0; i < s.size();) m[nextCodePoint(s, i)] = base;
    }
    return m;
  }();
  return map;
}

bool isSpaceCode(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
         c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F ||
         c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

bool isCombining(char32_t c) { return c >= 0x300 && c <= 0x36F; }

}  // namespace

char32_t nextCodePoint(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  auto cont = [&](std::size_t k) {
    return i + k < s.size() && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
  };
  auto bits = [&](std::size_t k) { return static_cast<char32_t>(s[i + k] & 0x3F); };
  if (b0 < 0x80) { ++i; return b0; }
  if ((b0 & 0xE0) == 0xC0 && b0 >= 0xC2 && cont(1)) {
    char32_t c = (static_cast<char32_t>(b0 & 0x1F) << 6) | bits(1);
    i += 2;
    return c;
  }
  if ((b0 & 0xF0) == 0xE0 && cont(1) && cont(2)) {
    char32_t c = (static_cast<char32_t>(b0 & 0x0F) << 12) | (bits(1) << 6) | bits(2);
    i += 3;
    return c >= 0x800 ? c : 0xFFFD;
  }
  if ((b0 & 0xF8) == 0xF0 && cont(1) && cont(2) && cont(3)) {
    char32_t c = (static_cast<char32_t>(b0 & 0x07) << 18) | (bits(1) << 12) | (bits(2) << 6) |
                 bits(3);
    i += 4;
    return c >= 0x10000 && c <= 0x10FFFF ? c : 0xFFFD;
  }
  ++i;
  return 0xFFFD;
}

std::string trim(std::string_view s) {
  std::size_t begin = 0, end = s.size();
  // Leading: decode forward.
  while (begin < end) {
    std::size_t j = begin;
    if (!isSpaceCode(nextCodePoint(s, j))) break;
    begin = j;
  }
  // Trailing: step back over UTF-8 continuation bytes to a code point start.
  while (end > begin) {
    std::size_t start = end - 1;
    while (start > begin && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    std::size_t j = start;
    if (!isSpaceCode(nextCodePoint(s, j)) || j != end) break;
    end = start;
  }
  return std::string(s.substr(begin, end - begin));
}

std::string foldKey(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pendingSpace = false;
  const auto& letters = baseLetters();
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    char ch = 0;
    if (b < 0x80) {
      ++i;
      if (b >= 'A' && b <= 'Z') ch = static_cast<char>(b - 'A' + 'a');
      else if ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')) ch = static_cast<char>(b);
      else if (b == '%') ch = '%';
    } else {
      char32_t c = nextCodePoint(s, i);
      if (isCombining(c)) continue;   // decomposed diacritics: drop the mark, keep going
      auto it = letters.find(c);
      if (it != letters.end()) ch = it->second;
      else if (c == 0xFFFD) continue;
      else if (!isSpaceCode(c) && c > 0x2E7F) {   // other scripts: keep the bytes as they are
        if (pendingSpace && !out.empty()) out += ' ';
        pendingSpace = false;
        out += "\xEF\xBF\xBD";   // a marker; such names rarely matter for matching
        continue;
      }
    }
    if (!ch) {
      pendingSpace = true;
      continue;
    }
    if (pendingSpace && !out.empty()) out += ' ';
    pendingSpace = false;
    out += ch;
  }
  return out;
}

std::string shorten(std::string_view s, std::size_t maxBytes) {
  if (s.size() <= maxBytes) return std::string(s);
  std::size_t n = maxBytes;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return std::string(s.substr(0, n)) + "\xE2\x80\xA6";
}

bool isBlank(std::string_view s) {
  for (std::size_t i = 0; i < s.size();)
    if (!isSpaceCode(nextCodePoint(s, i))) return false;
  return true;
}

}  // namespace p8::text
