// Text folding and trimming: the base of every comparison (names, headers, labels).
#include <catch2/catch.hpp>

#include "core/parse/text.hpp"

#include <chrono>
#include <string>

using p8::text::foldKey;

TEST_CASE("folding ignores case, diacritics, punctuation and Unicode form", "[parse][text]") {
  CHECK(foldKey("TP. Bắc Kạn") == "tp bac kan");
  CHECK(foldKey("CHỢ ĐỒN") == "cho don");
  CHECK(foldKey("Cho\xC2\xA0  Don") == "cho don");
  CHECK(foldKey("Cho\xCC\x9B\xCC\xA3 \xC4\x90o\xCC\x82\xCC\x80n") == "cho don");   // NFD
  CHECK(foldKey("Pa\xCC\x81" "c Na\xCC\xA3\xCC\x82m") == "pac nam");
  CHECK(foldKey("Phan Rang–Tháp Chàm") == "phan rang thap cham");
  CHECK(foldKey("  “Nếp nghĩ, cách làm”  ") == "nep nghi cach lam");
  CHECK(foldKey("ƯỚC TÍNH Ơ Ư ỹ Ỹ") == "uoc tinh o u y y");
  CHECK(foldKey("Ðiện Biên") == "dien bien");   // Ð (U+00D0) from old font conversions
  CHECK(foldKey("Tỷ lệ (%)") == "ty le %");
  CHECK(foldKey("HĐ1") == "hd1");
  CHECK(foldKey("") == "");
  CHECK(foldKey("...") == "");
}

TEST_CASE("folding every Vietnamese letter gives its base letter", "[parse][text]") {
  CHECK(foldKey("aàáảãạăằắẳẵặâầấẩẫậ") == "aaaaaaaaaaaaaaaaaa");
  CHECK(foldKey("AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ") == "aaaaaaaaaaaaaaaaaa");
  CHECK(foldKey("eèéẻẽẹêềếểễệEÈÉẺẼẸÊỀẾỂỄỆ") == std::string(24, 'e'));
  CHECK(foldKey("iìíỉĩịIÌÍỈĨỊ") == std::string(12, 'i'));
  CHECK(foldKey("oòóỏõọôồốổỗộơờớởỡợOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ") == std::string(36, 'o'));
  CHECK(foldKey("uùúủũụưừứửữựUÙÚỦŨỤƯỪỨỬỮỰ") == std::string(24, 'u'));
  CHECK(foldKey("yỳýỷỹỵYỲÝỶỸỴ") == std::string(12, 'y'));
  CHECK(foldKey("dđDĐ") == "dddd");
}

TEST_CASE("folding keeps other scripts and drops invalid bytes", "[parse][text]") {
  CHECK(foldKey("\xFF\xFE") == "");
  CHECK(foldKey("Ch\xFFo Don") == "cho don");
  CHECK(foldKey("\xC3") == "");                      // truncated sequence
  CHECK(foldKey("\xED\xA0\x80x") == "x");            // a UTF-16 surrogate is invalid UTF-8
  CHECK(foldKey("\xE0\x80\xAF") == "");              // overlong '/'
  CHECK(foldKey("北京 Hà Nội") == "北京 ha noi");
  CHECK(foldKey("αβ") != foldKey("γδ"));
}

TEST_CASE("trimming removes ASCII and Unicode spaces only", "[parse][text]") {
  using p8::text::trim;
  CHECK(trim("\xC2\xA0 x \xE3\x80\x80") == "x");
  CHECK(trim("\t\r\n 77 tổ \xE2\x80\xAF") == "77 tổ");
  CHECK(trim("\xEF\xBB\xBF" "Ba Bể") == "Ba Bể");   // BOM
  CHECK(trim("Bể") == "Bể");
  CHECK(trim("x\xFF") == "x\xFF");               // invalid byte is not a space
  CHECK(trim("\xA0") == "\xA0");                 // a lone continuation byte is not NBSP
  CHECK(trim("") == "");
  CHECK(p8::text::trimView("  a b  ") == "a b");
  CHECK(p8::text::isBlank(" \xC2\xA0\t"));
  CHECK(p8::text::isBlank(""));
  CHECK_FALSE(p8::text::isBlank(" . "));
}

TEST_CASE("shortening never cuts a character", "[parse][text]") {
  using p8::text::shorten;
  CHECK(shorten("Bắc Kạn", 100) == "Bắc Kạn");
  CHECK(shorten("Bắc Kạn", 2) == "B\xE2\x80\xA6");   // "ắ" is 3 bytes: not cut in half
  CHECK(shorten("abcdef", 3) == "abc\xE2\x80\xA6");
}

TEST_CASE("code points decode and invalid bytes advance by one", "[parse][text]") {
  const std::string s = "ạ\xF0\x9F\x98\x80\xC3x";
  std::size_t i = 0;
  CHECK(p8::text::nextCodePoint(s, i) == 0x1EA1);
  CHECK(i == 3);
  CHECK(p8::text::nextCodePoint(s, i) == 0x1F600);
  CHECK(i == 7);
  CHECK(p8::text::nextCodePoint(s, i) == 0xFFFD);
  CHECK(i == 8);
  CHECK(p8::text::nextCodePoint(s, i) == 'x');
  CHECK(p8::text::baseLetter(U'Ặ') == 'a');
  CHECK(p8::text::baseLetter(U'5') == 0);
}

TEST_CASE("folding 40k cells takes milliseconds", "[parse][text][speed]") {
  const char* cells[] = {"Thành phố Bắc Kạn", "Tổ truyền thông cộng đồng", "10.000", "Chợ Đồn", "TỔNG CỘNG"};
  std::string out;
  std::size_t total = 0;
  const auto t0 = std::chrono::steady_clock::now();
  for (int k = 0; k < 40000; ++k) {
    out.clear();
    p8::text::foldKeyInto(cells[k % 5], out);
    total += out.size();
  }
  const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  CHECK(total > 0);
  CHECK(ms < 200);   // ~5 ms on a slow machine; generous for sanitizer builds
}

TEST_CASE("lowerVi composes decomposed Vietnamese and keeps diacritics", "[parse][text]") {
  using p8::text::lowerVi;
  CHECK(lowerVi("HUYỆN Ba Bể") == "huyện ba bể");
  CHECK(lowerVi("Huye\xCC\xA3\xCC\x82n") == "huyện");
  CHECK(lowerVi("Huye\xCC\x82\xCC\xA3n") == "huyện");
  CHECK(lowerVi("Tĩnh") != lowerVi("Tỉnh"));
  CHECK(lowerVi("ĐỒN") == "đồn");
  CHECK(lowerVi("Ư\xCC\x80") == "ừ");
  CHECK(lowerVi("u\xCC\x9B\xCC\x81") == "ứ");
  CHECK(lowerVi("a\xCC\x81\xCC\x81") == "á\xCC\x81");   // a second tone mark stays as it is
  CHECK(lowerVi("x\xCC\x81") == "x\xCC\x81");
  CHECK(lowerVi("\xFF" "a") == "a");
}

TEST_CASE("nfcVi composes decomposed Vietnamese and keeps case", "[parse][text]") {
  using p8::text::nfcVi;
  CHECK(nfcVi("cuo\xCC\x82\xCC\xA3" "c") == "cuộc");
  CHECK(nfcVi("Tha\xCC\x80nh lâ\xCC\xA3p 15 CLB") == "Thành lập 15 CLB");
  CHECK(nfcVi("HUYE\xCC\xA3\xCC\x82N") == "HUYỆN");
  CHECK(nfcVi("ĐCTC, Tổ") == "ĐCTC, Tổ");
  CHECK(nfcVi("ＡＢ ∑ x\xCC\x81") == "ＡＢ ∑ x\xCC\x81");
  CHECK(nfcVi("\xFF") == "");
}

TEST_CASE("invalid bytes inside a decomposed letter are dropped (fuzz find)", "[parse][text]") {
  const std::string s = "\x03ho\xCC\x9B\xA4\xCC\xA3TP";   // o + horn, a stray byte, dot below
  const std::string lv = p8::text::lowerVi(s);
  CHECK(lv == "\x03hợtp");
  CHECK(p8::text::lowerVi(lv) == lv);
}

TEST_CASE("splitFields: TAB-separated records with \\t \\n \\\\ escaped", "[parse][text]") {
  std::vector<std::string> f;
  p8::text::splitFields("C\t3\t4\tT\tTổ\\tTKVVTB\\nmới \\\\ cũ\t", f);
  REQUIRE(f.size() == 6);
  CHECK(f[0] == "C");
  CHECK(f[4] == "Tổ\tTKVVTB\nmới \\ cũ");
  CHECK(f[5].empty());
  p8::text::splitFields("", f);
  CHECK(f == std::vector<std::string>{""});
  p8::text::splitFields("a\\", f);   // a lone backslash at the end stays
  CHECK(f == std::vector<std::string>{"a\\"});
}
