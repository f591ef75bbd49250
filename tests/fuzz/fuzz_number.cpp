// Fuzz: vi-VN numbers. parseNumber/findNumber on any bytes: a number read is finite, spans
// stay inside the text, a search always moves on, and a formatted value reads back.
#include "core/parse/number.hpp"
#include "fuzz_check.hpp"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view s(reinterpret_cast<const char*>(data), size);
  const p8::ParsedNumber whole = p8::parseNumber(s);
  if (whole.ok()) {
    P8_FUZZ_CHECK(std::isfinite(whole.value));
    P8_FUZZ_CHECK(whole.reason_vi.empty());
    // Reading the vi-VN display of an integer gives it back.
    if (!whole.percent && std::fabs(whole.value) < 1e15 && whole.value == std::floor(whole.value)) {
      const p8::ParsedNumber back = p8::parseNumber(p8::formatNumberVi(whole.value, 0));
      P8_FUZZ_CHECK(back.ok() && back.value == whole.value);
    }
  } else {
    P8_FUZZ_CHECK(!whole.reason_vi.empty() && !whole.reason_en.empty());
  }
  std::size_t from = 0;
  for (int guard = 0; guard <= static_cast<int>(size) + 1; ++guard) {
    const p8::ParsedNumber n = p8::findNumber(s, from);
    P8_FUZZ_CHECK(n.begin <= n.end && n.end <= s.size());
    if (n.begin >= s.size()) break;
    P8_FUZZ_CHECK(n.begin >= from);
    P8_FUZZ_CHECK(n.end > n.begin);
    if (n.ok()) P8_FUZZ_CHECK(std::isfinite(n.value));
    from = n.end;
    P8_FUZZ_CHECK(guard < static_cast<int>(size) + 1);
  }
  return 0;
}
