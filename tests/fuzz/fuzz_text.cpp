// Fuzz: text folding, trimming, composing. Any bytes in; folding is idempotent, trimming too,
// results are valid UTF-8 (re-folding them drops nothing).
#include "core/parse/text.hpp"
#include "fuzz_check.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

namespace {
bool validUtf8(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t at = i;
    const char32_t c = p8::text::nextCodePoint(s, i);
    if (c == 0xFFFD && s.compare(at, 3, "\xEF\xBF\xBD") != 0) return false;
  }
  return true;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string s(reinterpret_cast<const char*>(data), size);
  const std::string f = p8::text::foldKey(s);
  P8_FUZZ_CHECK(p8::text::foldKey(f) == f);
  P8_FUZZ_CHECK(validUtf8(f));
  P8_FUZZ_CHECK(f.empty() || (f.front() != ' ' && f.back() != ' '));
  P8_FUZZ_CHECK(f.find("  ") == std::string::npos);
  const std::string t = p8::text::trim(s);
  P8_FUZZ_CHECK(p8::text::trim(t) == t);
  P8_FUZZ_CHECK(p8::text::isBlank(s) == t.empty());
  const std::string lv = p8::text::lowerVi(s);
  P8_FUZZ_CHECK(validUtf8(lv));
  P8_FUZZ_CHECK(p8::text::lowerVi(lv) == lv);
  P8_FUZZ_CHECK(p8::text::foldKey(lv) == p8::text::foldKey(p8::text::nfcVi(s)));
  const std::string nfc = p8::text::nfcVi(s);
  P8_FUZZ_CHECK(p8::text::nfcVi(nfc) == nfc);
  const std::string sh = p8::text::shorten(s, size / 2);
  P8_FUZZ_CHECK(sh.size() <= size / 2 + 3 || sh == s);
  return 0;
}
