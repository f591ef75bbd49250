// A strict JSON validator (RFC 8259, strings must be valid UTF-8, no control characters in
// them) for the workbook fuzzer: whatever a sheet holds, `p8calc check --format json` must
// stay parseable by any consumer. Also validUtf8() for the text outputs.
#pragma once
#include <cctype>
#include <cstddef>
#include <string_view>

namespace p8fuzz {

// Length of the UTF-8 sequence at s[i] (shortest form, no surrogates, ≤ U+10FFFF), 0 if invalid.
inline std::size_t utf8Length(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  const unsigned c = b(0);
  const auto cont = [&](std::size_t k) { return (b(k) & 0xC0) == 0x80; };
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    if (c == 0xE0 && b(1) < 0xA0) return 0;
    if (c == 0xED && b(1) >= 0xA0) return 0;
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if (c == 0xF0 && b(1) < 0x90) return 0;
    if (c == 0xF4 && b(1) >= 0x90) return 0;
    return 4;
  }
  return 0;
}

inline bool validUtf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = utf8Length(s, i);
    if (!n) return false;
    i += n;
  }
  return true;
}

class JsonValidator {
public:
  explicit JsonValidator(std::string_view s) : m_s(s) {}
  bool valid() {
    ws();
    if (!value(0)) return false;
    ws();
    return m_i == m_s.size();
  }

private:
  std::string_view m_s;
  std::size_t m_i = 0;

  char peek() const { return m_i < m_s.size() ? m_s[m_i] : '\0'; }
  void ws() {
    while (m_i < m_s.size() && (m_s[m_i] == ' ' || m_s[m_i] == '\n' || m_s[m_i] == '\r' || m_s[m_i] == '\t')) ++m_i;
  }
  bool lit(std::string_view w) {
    if (m_s.substr(m_i, w.size()) != w) return false;
    m_i += w.size();
    return true;
  }
  static bool digit(char c) { return c >= '0' && c <= '9'; }
  bool number() {
    if (peek() == '-') ++m_i;
    if (peek() == '0') ++m_i;
    else if (digit(peek())) while (digit(peek())) ++m_i;
    else return false;
    if (peek() == '.') {
      ++m_i;
      if (!digit(peek())) return false;
      while (digit(peek())) ++m_i;
    }
    if (peek() == 'e' || peek() == 'E') {
      ++m_i;
      if (peek() == '+' || peek() == '-') ++m_i;
      if (!digit(peek())) return false;
      while (digit(peek())) ++m_i;
    }
    return true;
  }
  bool string() {
    if (peek() != '"') return false;
    ++m_i;
    while (m_i < m_s.size()) {
      const auto c = static_cast<unsigned char>(m_s[m_i]);
      if (c == '"') { ++m_i; return true; }
      if (c < 0x20) return false;
      if (c == '\\') {
        const char e = m_i + 1 < m_s.size() ? m_s[m_i + 1] : '\0';
        if (e == 'u') {
          for (std::size_t k = 2; k < 6; ++k)
            if (m_i + k >= m_s.size() || !std::isxdigit(static_cast<unsigned char>(m_s[m_i + k]))) return false;
          m_i += 6;
        } else if (std::string_view("\"\\/bfnrt").find(e) != std::string_view::npos && e) {
          m_i += 2;
        } else {
          return false;
        }
        continue;
      }
      const std::size_t n = utf8Length(m_s, m_i);
      if (!n) return false;
      m_i += n;
    }
    return false;
  }
  bool value(int depth) {
    if (depth > 64) return false;
    ws();
    const char c = peek();
    if (c == '{' || c == '[') {
      const char close = c == '{' ? '}' : ']';
      ++m_i;
      ws();
      if (peek() == close) { ++m_i; return true; }
      for (;;) {
        ws();
        if (c == '{') {
          if (!string()) return false;
          ws();
          if (peek() != ':') return false;
          ++m_i;
        }
        if (!value(depth + 1)) return false;
        ws();
        if (peek() == ',') { ++m_i; continue; }
        if (peek() == close) { ++m_i; return true; }
        return false;
      }
    }
    if (c == '"') return string();
    if (c == 't') return lit("true");
    if (c == 'f') return lit("false");
    if (c == 'n') return lit("null");
    return number();
  }
};

}  // namespace p8fuzz
