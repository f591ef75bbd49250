// Fuzz: target texts. Any bytes give a classification; a value exactly for the numeric kinds.
#include "core/parse/target.hpp"
#include "core/parse/text.hpp"
#include "fuzz_check.hpp"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string s(reinterpret_cast<const char*>(data), size);
  const p8::TargetText t = p8::parseTarget(s);
  P8_FUZZ_CHECK(t.raw == s);
  const bool numeric = t.kind == p8::TargetKind::Count || t.kind == p8::TargetKind::Percent ||
                       t.kind == p8::TargetKind::Minimum;
  P8_FUZZ_CHECK(t.value.has_value() == numeric);
  if (t.value) P8_FUZZ_CHECK(std::isfinite(*t.value));
  if (t.kind == p8::TargetKind::Empty) P8_FUZZ_CHECK(p8::text::isBlank(s));
  if (p8::text::isBlank(s)) P8_FUZZ_CHECK(t.kind == p8::TargetKind::Empty);
  P8_FUZZ_CHECK(p8::targetKindCode(t.kind)[0] != '\0');
  return 0;
}
