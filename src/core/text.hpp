// Text helpers for Vietnamese spreadsheet content: sheets mix composed and decomposed
// Unicode, NBSP, upper/lower case and missing diacritics ("Cho Don" for "Chợ Đồn"), so
// every comparison in p8calc goes through foldKey.
#pragma once
#include <string>
#include <string_view>

namespace p8::text {

// Trims ASCII and Unicode spaces (NBSP, thin space, ideographic space …).
std::string trim(std::string_view s);
// Lower-case ASCII, Vietnamese diacritics removed (đ→d), punctuation → one space, spaces
// collapsed and trimmed. Invalid UTF-8 bytes are dropped. "TP. Bắc Kạn" → "tp bac kan".
std::string foldKey(std::string_view s);
bool isBlank(std::string_view s);
// At most maxBytes bytes, never cutting a UTF-8 character; "…" appended when cut.
std::string shorten(std::string_view s, std::size_t maxBytes);
// Decodes one UTF-8 code point at s[i], advancing i; invalid bytes give U+FFFD.
char32_t nextCodePoint(std::string_view s, std::size_t& i);

}  // namespace p8::text
