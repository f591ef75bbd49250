// Field sites of a plan file: line and JSON type of every value, by field path (see the
// header for why Boost alone is not enough).
#include "core/plan/plan_json_sites.hpp"

#include "core/parse/text.hpp"

#include <cstdint>

namespace p8::planjson {
namespace {

class Scanner {
public:
  explicit Scanner(std::string_view s) : m_s(s) {}

  JsonSites run() {
    skipSpace();
    value("", 0);
    return std::move(m_out);
  }

private:
  std::string_view m_s;
  std::size_t m_i = 0;
  int m_line = 1;
  JsonSites m_out;

  bool more() const { return m_i < m_s.size(); }
  char peek() const { return more() ? m_s[m_i] : '\0'; }
  void step() {
    if (!more()) return;
    if (m_s[m_i] == '\n') ++m_line;
    ++m_i;
  }
  void skipSpace() {
    while (more() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r')) step();
  }

  void record(const std::string& path, JsonType type, int line) {
    auto [it, fresh] = m_out.at.emplace(path, JsonSite{line, type});
    (void)it;
    if (!fresh && m_out.duplicate.empty()) {
      m_out.duplicate = path;
      m_out.duplicateLine = line;
    }
  }

  std::uint32_t hex4() {
    std::uint32_t v = 0;
    for (int k = 0; k < 4 && more(); ++k) {
      const char c = peek();
      v <<= 4;
      if (c >= '0' && c <= '9') v |= static_cast<std::uint32_t>(c - '0');
      else if (c >= 'a' && c <= 'f') v |= static_cast<std::uint32_t>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') v |= static_cast<std::uint32_t>(c - 'A' + 10);
      step();
    }
    return v;
  }

  // A string at m_i (on the opening quote); decoded like Boost does, so keys compare equal.
  std::string string() {
    std::string out;
    step();   // "
    while (more() && peek() != '"') {
      if (peek() != '\\') {
        out += peek();
        step();
        continue;
      }
      step();
      const char e = peek();
      step();
      switch (e) {
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          std::uint32_t cp = hex4();
          if (cp >= 0xD800 && cp < 0xDC00 && peek() == '\\') {
            step();
            step();   // u
            const std::uint32_t lo = hex4();
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          }
          text::appendUtf8(out, cp);
          break;
        }
        default: out += e;   // " \ /
      }
    }
    step();   // "
    return out;
  }

  void value(const std::string& path, int depth) {
    if (depth > 256) return;   // the reader refuses deep files first; this only guards the stack
    const int line = m_line;
    const char c = peek();
    if (c == '{') {
      record(path, JsonType::Object, line);
      step();
      skipSpace();
      while (more() && peek() != '}') {
        if (peek() != '"') return;   // not valid JSON: stop quietly
        const std::string key = string();
        skipSpace();
        if (peek() == ':') step();
        skipSpace();
        value(path.empty() ? key : path + "." + key, depth + 1);
        skipSpace();
        if (peek() == ',') step();
        skipSpace();
      }
      step();
    } else if (c == '[') {
      record(path, JsonType::Array, line);
      step();
      skipSpace();
      for (int n = 0; more() && peek() != ']'; ++n) {
        const std::size_t before = m_i;
        value(path + "[" + std::to_string(n) + "]", depth + 1);
        skipSpace();
        if (peek() == ',') step();
        skipSpace();
        if (m_i == before) return;   // no progress: not valid JSON
      }
      step();
    } else if (c == '"') {
      record(path, JsonType::String, line);
      string();
    } else {
      JsonType t = c == 't' || c == 'f' ? JsonType::Bool : c == 'n' ? JsonType::Null : JsonType::Number;
      record(path, t, line);
      while (more() && peek() != ',' && peek() != '}' && peek() != ']' && peek() != ' ' &&
             peek() != '\n' && peek() != '\r' && peek() != '\t')
        step();
    }
  }
};

}  // namespace

Depth nestingDepth(std::string_view s, int limit) {
  Depth d;
  int depth = 0, line = 1;
  bool inString = false, escaped = false;
  for (char c : s) {
    if (c == '\n') ++line;
    if (inString) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') inString = false;
      continue;
    }
    if (c == '"') {
      inString = true;
    } else if (c == '{' || c == '[') {
      if (++depth > d.depth) {
        d.depth = depth;
        d.line = line;
        if (depth > limit) return d;
      }
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return d;
}

JsonSites scanSites(std::string_view json) {
  // A UTF-8 byte order mark (Windows Notepad writes one) is not part of the JSON.
  if (json.substr(0, 3) == "\xEF\xBB\xBF") json.remove_prefix(3);
  return Scanner(json).run();
}

}  // namespace p8::planjson
