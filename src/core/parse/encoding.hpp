// Old Vietnamese encodings. Before Unicode, sheets were typed in TCVN3 (ABC; fonts .VnTime,
// .VnArial, capitals in .VnTimeH) or VNI (VNI-Times …): the cell holds Latin-1 look-alikes
// ("Chî §ån" is Chợ Đồn in TCVN3, "Chôï Ñoàn" in VNI). p8calc reads such text as Unicode for
// recognition and matching only — the user's cells are never rewritten. TCVN3 goes through
// glibc's iconv (TCVN5712-1); VNI has no iconv table, so its table is here (tested letter by
// letter in tests/unit/parse/test_encoding.cpp).
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace p8 {

enum class LegacyEncoding { None, Tcvn3, Vni };
const char* legacyEncodingName(LegacyEncoding e);   // "TCVN3 (ABC)", "VNI", ""

// The Unicode text a TCVN3 / VNI string stands for. A text that cannot be in that encoding
// (it holds a character beyond Latin-1 and Windows-1252) comes back unchanged.
std::string decodeTcvn3(std::string_view text);
std::string decodeVni(std::string_view text);
std::string decodeLegacy(std::string_view text, LegacyEncoding e);
// Unicode → how a TCVN3 font shows it in a cell (Latin-1 look-alikes); for fixtures and tests.
std::string encodeTcvn3(std::string_view utf8);

// True when a text could be in an old encoding: some non-ASCII, nothing beyond Latin-1 /
// Windows-1252. Cheap: most cells of a Unicode sheet fail on their first Vietnamese letter.
bool mayBeLegacy(std::string_view text);

// Which encoding the texts of one sheet are in: the reading that turns them into the most
// Vietnamese syllables wins, and only when it clearly beats reading them as they are.
LegacyEncoding detectLegacyEncoding(const std::vector<std::string_view>& texts);

}  // namespace p8
