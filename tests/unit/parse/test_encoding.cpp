// Old Vietnamese encodings: TCVN3 through glibc's iconv, VNI through our table (every vowel
// with every tone, đ/Đ, ơ/ư, upper case), and the per-sheet detection in both directions.
#include "core/parse/encoding.hpp"
#include "core/parse/number.hpp"

#include <catch2/catch.hpp>

using p8::LegacyEncoding;

TEST_CASE("TCVN3 text reads as Unicode and back", "[parse][encoding]") {
  CHECK(p8::decodeTcvn3("Chî §ån") == "Chợ Đồn");
  CHECK(p8::decodeTcvn3("B¹ch Th«ng") == "Bạch Thông");
  CHECK(p8::decodeTcvn3("Tæ truyÒn th«ng céng ®ång") == "Tổ truyền thông cộng đồng");
  for (const char* s : {"Chợ Đồn", "Ngân Sơn", "Pác Nặm", "Tổng cộng", "ĐVT", "Chỉ tiêu"})
    CHECK(p8::decodeTcvn3(p8::encodeTcvn3(s)) == s);
  CHECK(p8::decodeTcvn3("Chợ Đồn") == "Chợ Đồn");   // Unicode text comes back unchanged
  CHECK(p8::decodeTcvn3("Cho Don") == "Cho Don");
}

TEST_CASE("VNI text reads as Unicode, letter by letter", "[parse][encoding]") {
  CHECK(p8::decodeVni("Chôï Ñoàn") == "Chợ Đồn");
  CHECK(p8::decodeVni("Baïch Thoâng") == "Bạch Thông");
  CHECK(p8::decodeVni("Ngaân Sôn") == "Ngân Sơn");
  CHECK(p8::decodeVni("Paùc Naëm") == "Pác Nặm");
  CHECK(p8::decodeVni("Ba Beå") == "Ba Bể");
  CHECK(p8::decodeVni("Toång coäng") == "Tổng cộng");
  CHECK(p8::decodeVni("Chæ tieâu") == "Chỉ tiêu");
  CHECK(p8::decodeVni("Ngöôøi laäp bieåu") == "Người lập biểu");
  CHECK(p8::decodeVni("Tyû leä") == "Tỷ lệ");
  CHECK(p8::decodeVni("Ñaø Naüng") == "Đà Nẵng");
  CHECK(p8::decodeVni("HUYEÄN CHÔÏ ÑOÀN") == "HUYỆN CHỢ ĐỒN");
  // Every tone on a plain vowel, a circumflex and the breve.
  CHECK(p8::decodeVni("aù aø aû aõ aï") == "á à ả ã ạ");
  CHECK(p8::decodeVni("aâ aá aà aå aã aä") == "â ấ ầ ẩ ẫ ậ");
  CHECK(p8::decodeVni("aê aé aè aú aü aë") == "ă ắ ằ ẳ ẵ ặ");
  CHECK(p8::decodeVni("oâ eâ ô ö ñ") == "ô ê ơ ư đ");
  CHECK(p8::decodeVni("í ì æ ó ò") == "í ì ỉ ĩ ị");
  CHECK(p8::decodeVni("uù yø uõ") == "ú ỳ ũ");
}

TEST_CASE("a sheet's encoding is told from its texts, never from one odd cell", "[parse][encoding]") {
  const std::vector<std::string_view> tcvn = {"Chî §ån", "B¹ch Th«ng", "Tæng céng", "ChØ tiªu", "Ng©n S¬n"};
  CHECK(p8::detectLegacyEncoding(tcvn) == LegacyEncoding::Tcvn3);
  const std::vector<std::string_view> vni = {"Chôï Ñoàn", "Baïch Thoâng", "Toång coäng", "Chæ tieâu", "Ngaân Sôn"};
  CHECK(p8::detectLegacyEncoding(vni) == LegacyEncoding::Vni);
  const std::vector<std::string_view> unicode = {"Chợ Đồn", "Bạch Thông", "Tổng cộng", "Chỉ tiêu", "Ngân Sơn", "Bà Tô"};
  CHECK(p8::detectLegacyEncoding(unicode) == LegacyEncoding::None);
  const std::vector<std::string_view> french = {"Café", "Crème brûlée", "Hà Nội", "Tổng"};
  CHECK(p8::detectLegacyEncoding(french) == LegacyEncoding::None);
  CHECK(p8::detectLegacyEncoding({"Chî §ån"}) == LegacyEncoding::None);
}

TEST_CASE("phone numbers, IDs, dates and years are identifiers, not figures", "[parse][number]") {
  using K = p8::IdentifierKind;
  CHECK(p8::identifierKind("0912345678") == K::Phone);
  CHECK(p8::identifierKind("0209 3870 123") == K::Phone);
  CHECK(p8::identifierKind("0987.654.321") == K::Phone);
  CHECK(p8::identifierKind("+84 912 345 678") == K::Phone);
  CHECK(p8::identifierKind("001185012345") == K::Phone);   // a CCCD starts with 0 too: an identifier either way
  CHECK(p8::identifierKind("123456789") == K::Id);
  CHECK(p8::identifierKind("12/05/2024") == K::Date);
  CHECK(p8::identifierKind("2024-05-12") == K::Date);
  CHECK(p8::identifierKind("2024") == K::Year);
  CHECK(p8::identifierKind("10.000") == K::None);
  CHECK(p8::identifierKind("12,5") == K::None);
  CHECK(p8::identifierKind("380") == K::None);
  CHECK(p8::identifierKind("01") == K::None);
  CHECK(p8::identifierKind("1.234.567") == K::None);
  CHECK(p8::identifierKind("-3") == K::None);
}
