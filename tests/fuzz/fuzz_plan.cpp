// Fuzz: the plan reader. Any text either loads as a Plan or throws PlanError with a
// message; any other exception, crash or sanitizer report is a bug.
#include "core/plan/plan.hpp"
#include "fuzz_check.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string s(reinterpret_cast<const char*>(data), size);
  try {
    const p8::Plan plan = p8::parsePlan(s, "fuzz.json");
    for (const auto& d : plan.districts()) (void)plan.matchDistrict(d->name);
    for (const auto& ind : plan.indicators) (void)plan.matchIndicator(ind.name.vi);
  } catch (const p8::PlanError& e) {
    P8_FUZZ_CHECK(e.what()[0] != '\0');
    P8_FUZZ_CHECK(!e.message_vi.empty() && !e.message_en.empty());
  }
  return 0;
}
