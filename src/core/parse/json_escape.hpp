// A JSON string literal for any text p8calc writes: the check's and the consolidation's JSON,
// a plan file, a plan review. One escaper for all of them, because sheet text is anything a
// user typed (control characters, broken UTF-8 from an old .xls) and every output must stay
// valid JSON that Boost.PropertyTree and Python read back.
#pragma once
#include <string>
#include <string_view>

namespace p8 {

// s with quotes: ", \ and control characters escaped (\n \r \t \b \f, others \u00XX, also DEL),
// valid UTF-8 passed through, invalid UTF-8 bytes replaced by U+FFFD.
std::string jsonEscape(std::string_view s);

}  // namespace p8
