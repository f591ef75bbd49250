// Fuzz: timeline texts. Parsed or a reason; years in range and in order.
#include "core/parse/timeline.hpp"
#include "fuzz_check.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view s(reinterpret_cast<const char*>(data), size);
  const p8::Timeline t = p8::parseTimeline(s);
  P8_FUZZ_CHECK(t.raw == s);
  P8_FUZZ_CHECK(t.parsed || (!t.reason_vi.empty() && !t.reason_en.empty()));
  if (!t.parsed) P8_FUZZ_CHECK(!t.startYear && !t.endYear && !t.recurring);
  for (const auto& y : {t.startYear, t.endYear})
    if (y) P8_FUZZ_CHECK(*y >= 1945 && *y <= 2100);
  if (t.startYear && t.endYear) P8_FUZZ_CHECK(*t.startYear <= *t.endYear);
  return 0;
}
