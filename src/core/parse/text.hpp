// Text helpers for Vietnamese spreadsheet content: sheets mix composed (NFC) and decomposed
// (NFD) Unicode, NBSP, upper/lower case and missing diacritics ("Cho Don" for "Chợ Đồn"), so
// every comparison in p8calc goes through foldKey. All functions take any bytes: invalid
// UTF-8 never crashes, it is dropped (foldKey) or read as U+FFFD (nextCodePoint).
// No std::regex and no allocation beyond the result: these run on every cell of a sheet.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace p8::text {

// Trims ASCII and Unicode spaces (NBSP, thin space, ideographic space, BOM …).
std::string trim(std::string_view s);
// The same without copying: a view into s.
std::string_view trimView(std::string_view s);
// Lower-case, Vietnamese diacritics removed (đ→d, also the look-alike Ð/ð), combining marks
// dropped, punctuation and symbols → one space, spaces collapsed and trimmed, invalid UTF-8
// bytes dropped. Letters of other scripts are kept as they are. '%' is kept (it changes the
// meaning of a header: "Tỷ lệ %"). "TP. Bắc Kạn" → "tp bac kan".
std::string foldKey(std::string_view s);
// Appends the folded form of s to out (no separator added); for callers folding many cells.
void foldKeyInto(std::string_view s, std::string& out);
bool isBlank(std::string_view s);
// Whether folded text contains `words` as whole words ("tinh bac kan" contains "bac kan",
// not "ac ka"); both sides already folded with foldKey.
bool containsWords(std::string_view folded, std::string_view words);
// One line of p8calc's TAB-separated records (the workbook dump, the report model text):
// the fields with \t \n \\ unescaped. `out` is reused, so no allocation per line once grown.
void splitFields(std::string_view line, std::vector<std::string>& out);
// Lower-case with diacritics kept and Vietnamese letters in composed form (NFC), so that
// decomposed and composed spellings compare equal: "HUYỆN" and "Huye\u0323\u0302n" → "huyện".
// Invalid UTF-8 bytes are dropped. For the few places where diacritics carry meaning
// ("Tĩnh Gia" is a name, "Tỉnh" a prefix).
std::string lowerVi(std::string_view s);
// Vietnamese letters in composed form (NFC), case and everything else kept: text shown to
// users or compared byte-wise (a unit "cuộc" typed decomposed equals the composed one).
std::string nfcVi(std::string_view s);
// At most maxBytes bytes, never cutting a UTF-8 character; "…" appended when cut.
std::string shorten(std::string_view s, std::size_t maxBytes);
// Decodes one UTF-8 code point at s[i] (i < s.size()), advancing i by at least 1; invalid,
// overlong or surrogate sequences give U+FFFD and advance by one byte.
char32_t nextCodePoint(std::string_view s, std::size_t& i);
// Appends code point c as UTF-8 (one to four bytes); c is not checked.
void appendUtf8(std::string& out, char32_t c);
// Is c a space (ASCII white space, NBSP, U+2000–U+200B, U+202F, U+205F, U+3000, BOM)?
bool isSpace(char32_t c);
// The ASCII base letter of a Latin letter with diacritics, lower-cased ('A'→'a', 'Ệ'→'e',
// 'Đ'→'d'); 0 when c is no Latin letter.
char baseLetter(char32_t c);

}  // namespace p8::text
