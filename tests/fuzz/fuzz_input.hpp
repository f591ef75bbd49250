// The structured input decoder of the workbook fuzzer (FuzzedDataProvider-style, but read
// front to back so a seed file can be written by hand: "\x01\x00" is "allocation skeleton,
// Bắc Kạn plan, no change"). Bytes past the end read as 0, so every prefix of an input is a
// valid input and short inputs decode to the plain, correct skeletons.
#pragma once
#include <cstddef>
#include <cstdint>
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

namespace p8fuzz {

class Input {
public:
  Input(const std::uint8_t* data, std::size_t size) : m_data(data), m_size(size) {}

  bool empty() const { return m_pos >= m_size; }
  std::uint8_t byte() { return m_pos < m_size ? m_data[m_pos++] : 0; }
  bool flag() { return byte() & 1; }
  // lo..hi inclusive (hi - lo < 65536); one byte when the span fits one, else two.
  int range(int lo, int hi) {
    if (hi <= lo) return lo;
    const unsigned span = static_cast<unsigned>(hi - lo) + 1;
    unsigned v = byte();
    if (span > 256) v = (v << 8) | byte();
    return lo + static_cast<int>(v % span);
  }
  template <class T> const T& pick(const std::vector<T>& v) { return v[static_cast<std::size_t>(range(0, static_cast<int>(v.size()) - 1))]; }
  // Eight raw bytes as a double: NaN, infinities, subnormals and -0 included.
  double rawDouble() {
    std::uint64_t bits = 0;
    for (int i = 0; i < 8; ++i) bits = (bits << 8) | byte();
    double d;
    std::memcpy(&d, &bits, sizeof d);
    return d;
  }
  // A length byte (0..maxLen), then that many raw bytes (invalid UTF-8 and NUL included).
  std::string bytes(std::size_t maxLen) {
    const std::size_t n = std::min<std::size_t>(byte(), maxLen);
    std::string s;
    for (std::size_t i = 0; i < n && !empty(); ++i) s += static_cast<char>(byte());
    return s;
  }

  // Everything not read yet (and nothing more is read after it).
  std::string rest() {
    std::string s(reinterpret_cast<const char*>(m_data) + std::min(m_pos, m_size), m_size - std::min(m_pos, m_size));
    m_pos = m_size;
    return s;
  }

private:
  const std::uint8_t* m_data;
  std::size_t m_size, m_pos = 0;
};

}  // namespace p8fuzz
