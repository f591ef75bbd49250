// The finding catalogue: codes are a public interface, so the test pins every code and its
// severity; a code dropped or re-graded by accident fails here.
#include <catch2/catch.hpp>

#include "core/check/finding.hpp"

#include <set>

TEST_CASE("the finding catalogue pins every code and its severity", "[check][finding]") {
  using S = p8::Severity;
  const std::pair<const char*, S> expected[] = {
      {"sum-mismatch", S::Error},          {"allocation-under", S::Error},
      {"allocation-over", S::Error},       {"target-mismatch", S::Error},
      {"district-unknown", S::Error},      {"district-missing", S::Warning},
      {"district-duplicate", S::Error},    {"indicator-unknown", S::Warning},
      {"indicator-missing", S::Warning},   {"indicator-duplicate", S::Error},
      {"value-not-number", S::Error},      {"value-text-number", S::Warning},
      {"value-negative", S::Error},        {"value-not-integer", S::Warning},
      {"percent-out-of-range", S::Error},  {"cell-error", S::Error},
      {"total-hardcoded", S::Warning},     {"target-empty", S::Warning},
      {"target-qualitative", S::Info},     {"progress-behind", S::Warning},
      {"progress-exceeds", S::Info},       {"value-empty", S::Info},
      {"timeline-unparsed", S::Info},      {"timeline-outside-phase", S::Warning},
      {"table-not-found", S::Info},        {"plan-unknown", S::Warning},
      {"content-skipped", S::Info},
      {"text-legacy-encoding", S::Info},   {"file-damaged", S::Error},
      {"unit-duplicate", S::Error},        {"unit-unknown", S::Error},
      {"unit-unreadable", S::Error},       {"unit-late", S::Info},
      {"unit-no-figures", S::Warning},
  };
  for (const auto& [code, sev] : expected) {
    INFO(code);
    const p8::FindingKind* k = p8::findFindingKind(code);
    REQUIRE(k != nullptr);
    CHECK(k->severity == sev);
    CHECK_FALSE(k->title_vi.empty());
    CHECK_FALSE(k->title_en.empty());
    CHECK(p8::makeFinding(code, "", "", "", "", "", "").severity == sev);
  }
  CHECK(p8::findingCatalogue().size() == std::size(expected));
  std::set<std::string> unique;
  for (const auto& k : p8::findingCatalogue()) CHECK(unique.insert(k.code).second);
}

TEST_CASE("makeFinding fills every field and refuses unknown codes", "[check][finding]") {
  p8::Finding f = p8::makeFinding("sum-mismatch", "Phân bổ", "D9", "380", "370", "vi", "en");
  CHECK(f.code == "sum-mismatch");
  CHECK(f.severity == p8::Severity::Error);
  CHECK(f.sheet == "Phân bổ");
  CHECK(f.cell == "D9");
  CHECK(f.expected == "380");
  CHECK(f.actual == "370");
  CHECK(f.message_vi == "vi");
  CHECK(f.message_en == "en");
  CHECK(p8::findingKey(f) == "sum-mismatch@Phân bổ!D9");
  CHECK_THROWS_AS(p8::makeFinding("no-such-code", "", "", "", "", "", ""), std::logic_error);
  CHECK(p8::findFindingKind("") == nullptr);
  CHECK(std::string(p8::severityCode(p8::Severity::Error)) == "ERROR");
  CHECK(std::string(p8::severityCode(p8::Severity::Warning)) == "WARNING");
  CHECK(std::string(p8::severityCode(p8::Severity::Info)) == "INFO");
}
