// Fuzz: place names. The input is split at newlines: the first lines are names added under
// their own ids, the last line is the text matched. A name always matches its own id, keys
// have no spaces, and a match is Unique, Ambiguous (≥2 candidates) or None — never two ids.
#include "core/parse/names.hpp"
#include "fuzz_check.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view s(reinterpret_cast<const char*>(data), size);
  std::vector<std::string_view> parts;
  for (std::size_t start = 0;;) {
    const std::size_t nl = s.find('\n', start);
    parts.push_back(s.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start));
    if (nl == std::string_view::npos || parts.size() > 16) break;
    start = nl + 1;
  }
  p8::NameMatcher m;
  for (const char* n : {"Thành phố Bắc Kạn", "Ba Bể", "Bạch Thông", "Chợ Đồn", "Chợ Mới", "Na Rì", "Ngân Sơn", "Pác Nặm"})
    m.add(std::string("bk:") + n, n);
  for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
    const std::string key = p8::placeKey(parts[i]);
    P8_FUZZ_CHECK(key.find(' ') == std::string::npos);
    m.add("f" + std::to_string(i), parts[i]);
    p8::NameMatcher own;
    own.add("own", parts[i]);
    const p8::NameMatch r = own.match(parts[i]);
    P8_FUZZ_CHECK(key.empty() ? r.status == p8::NameMatch::Status::None
                              : r.status == p8::NameMatch::Status::Unique && r.id == "own");
  }
  const p8::NameMatch r = m.match(parts.back());
  switch (r.status) {
    case p8::NameMatch::Status::Unique: P8_FUZZ_CHECK(!r.id.empty() && r.candidates.empty()); break;
    case p8::NameMatch::Status::Ambiguous: {
      P8_FUZZ_CHECK(r.id.empty() && r.candidates.size() >= 2);
      std::vector<std::string> c = r.candidates;
      std::sort(c.begin(), c.end());
      P8_FUZZ_CHECK(std::adjacent_find(c.begin(), c.end()) == c.end());
      break;
    }
    case p8::NameMatch::Status::None: P8_FUZZ_CHECK(r.id.empty() && r.candidates.empty()); break;
  }
  return 0;
}
