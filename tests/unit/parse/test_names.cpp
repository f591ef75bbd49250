// Place names: every spelling staff use matches its one unit; nothing else ever matches.
#include <catch2/catch.hpp>

#include "core/parse/names.hpp"
#include "core/parse/text.hpp"

#include <chrono>

using p8::NameMatch;
using p8::placeKey;

namespace {
p8::NameMatcher bacKan() {
  p8::NameMatcher m;
  m.add("bk-tp", "Thành phố Bắc Kạn");
  for (auto [id, name] : {std::pair{"bk-ba-be", "Ba Bể"}, {"bk-bach-thong", "Bạch Thông"},
                          {"bk-cho-don", "Chợ Đồn"}, {"bk-cho-moi", "Chợ Mới"}, {"bk-na-ri", "Na Rì"},
                          {"bk-ngan-son", "Ngân Sơn"}, {"bk-pac-nam", "Pác Nặm"}})
    m.add(id, name);
  return m;
}

p8::NameMatcher ninhThuan() {
  p8::NameMatcher m;
  m.add("nt-pr", "Thành phố Phan Rang–Tháp Chàm");
  m.add("nt-pr", "Phan Rang - Tháp Chàm");
  for (auto [id, name] : {std::pair{"nt-bac-ai", "Bác Ái"}, {"nt-ninh-hai", "Ninh Hải"},
                          {"nt-ninh-phuoc", "Ninh Phước"}, {"nt-ninh-son", "Ninh Sơn"},
                          {"nt-thuan-bac", "Thuận Bắc"}, {"nt-thuan-nam", "Thuận Nam"}})
    m.add(id, name);
  return m;
}

void requireUnique(const p8::NameMatcher& m, const char* text, const char* id) {
  INFO(text);
  const NameMatch r = m.match(text);
  CHECK(r.status == NameMatch::Status::Unique);
  CHECK(r.id == id);
}
}  // namespace

TEST_CASE("place keys drop case, diacritics, spaces and the administrative prefix", "[parse][names]") {
  CHECK(placeKey("TP. Bắc Kạn") == "backan");
  CHECK(placeKey("TP Bắc Kạn") == "backan");
  CHECK(placeKey("Tp.Bắc Kạn") == "backan");
  CHECK(placeKey("T.P. Bắc Kạn") == "backan");
  CHECK(placeKey("Thành phố Bắc Kạn") == "backan");
  CHECK(placeKey("thanh pho bac kan") == "backan");
  CHECK(placeKey("Bắc Kạn") == "backan");
  CHECK(placeKey("Tỉnh Bắc Kạn") == "backan");
  CHECK(placeKey("huyen cho don") == "chodon");
  CHECK(placeKey("H. Ba Bể") == "babe");
  CHECK(placeKey("H.Ba Bể") == "babe");
  CHECK(placeKey("Huyện Ba Bể") == "babe");
  CHECK(placeKey("HUYỆN  BA BỂ") == "babe");
  CHECK(placeKey("Huye\xCC\xA3\xCC\x82n Ba Be\xCC\x82\xCC\x89") == "babe");   // NFD, dot below before circumflex
  CHECK(placeKey("Huye\xCC\x82\xCC\xA3n Ba Be\xCC\x89\xCC\x82") == "babe");   // NFD, marks the other way round
  CHECK(placeKey("Thị xã Kỳ Anh") == "kyanh");
  CHECK(placeKey("TX. Kỳ Anh") == "kyanh");
  CHECK(placeKey("Thị trấn Chợ Mới") == "chomoi");
  CHECK(placeKey("Xã Phương Sơn") == "phuongson");
  CHECK(placeKey("Phường 1") == "1");
  CHECK(placeKey("Q. Ba Đình") == "badinh");
  CHECK(placeKey("Bạch  Thông") == "bachthong");
  CHECK(placeKey("TP Phan Rang–Tháp Chàm") == "phanrangthapcham");
  CHECK(placeKey("Phan Rang - Tháp Chàm") == "phanrangthapcham");
  CHECK(placeKey("") == "");
  CHECK(placeKey(" \xC2\xA0 ") == "");
  CHECK(placeKey("Huyện") == "huyen");   // a prefix alone is the whole name
}

TEST_CASE("prefix stripping never eats part of a real name", "[parse][names]") {
  CHECK(placeKey("Thuận Bắc") == "thuanbac");
  CHECK(placeKey("Thuận Nam") == "thuannam");
  CHECK(placeKey("Tĩnh Gia") == "tinhgia");       // a district of Thanh Hóa, not "Tỉnh Gia"
  CHECK(placeKey("Quan Hóa") == "quanhoa");       // not "Quận Hóa"
  CHECK(placeKey("Quan Sơn") == "quanson");
  CHECK(placeKey("Phương Sơn") == "phuongson");   // not "Phường Sơn"
  CHECK(placeKey("Xá Lượng") == "xaluong");
  CHECK(placeKey("Huyền Hội") == "huyenhoi");
  CHECK(placeKey("Tân Phú") == "tanphu");
  CHECK(placeKey("Hà Giang") == "hagiang");       // "H" without a dot is no prefix
  CHECK(placeKey("Tpđ") == "tpd");
  const auto tg = p8::splitPlaceName("Tĩnh Gia");
  CHECK(tg.altKey == "gia");   // kept as a fallback reading, never preferred
  const auto ascii = p8::splitPlaceName("quan hoa");
  CHECK(ascii.asciiOnly);
  CHECK(ascii.key == "hoa");
  CHECK(ascii.altKey == "quanhoa");
}

TEST_CASE("Bắc Kạn district spellings seen in sheets match one district", "[parse][names]") {
  const auto m = bacKan();
  const std::pair<const char*, const char*> cases[] = {
      {"Thành phố Bắc Kạn", "bk-tp"}, {"TP Bắc Kạn", "bk-tp"}, {"TP. Bắc Kạn", "bk-tp"},
      {"Tp.Bắc Kạn", "bk-tp"}, {"thanh pho bac kan", "bk-tp"}, {"TP BAC KAN", "bk-tp"},
      {"Ba Bể", "bk-ba-be"}, {"H. Ba Bể", "bk-ba-be"}, {"Huyện Ba Bể", "bk-ba-be"}, {"huyen ba be", "bk-ba-be"},
      {"Bạch Thông", "bk-bach-thong"}, {"Bạch  Thông", "bk-bach-thong"}, {"Bach Thong", "bk-bach-thong"},
      {"Chợ Đồn", "bk-cho-don"}, {"Cho Don", "bk-cho-don"}, {"huyen cho don", "bk-cho-don"},
      {"CHỢ ĐỒN", "bk-cho-don"}, {"Chợ Mới", "bk-cho-moi"}, {"ChợMới", "bk-cho-moi"}, {"cho moi", "bk-cho-moi"},
      {"Na Rì", "bk-na-ri"}, {"Ngân Sơn", "bk-ngan-son"}, {"Pác Nặm", "bk-pac-nam"},
      {"Pa\xCC\x81" "c Na\xCC\xA3\xCC\x82m", "bk-pac-nam"},   // decomposed Unicode
      {"P\xC3\xA1" "c N\xE1\xBA\xB7m", "bk-pac-nam"},         // composed
      {"\xC2\xA0Pác Nặm\xC2\xA0", "bk-pac-nam"}, {"Chợ Đồn.", "bk-cho-don"},
  };
  for (auto [text, id] : cases) requireUnique(m, text, id);
}

TEST_CASE("names never match the wrong place", "[parse][names]") {
  const auto m = bacKan();
  for (const char* s : {"Bắc Kạn", "Tỉnh Bắc Kạn", "bac kan", "Ninh Hải", "Chợ", "", "Huyện", "Tổng cộng",
                        "Ba Bể Chợ Đồn", "Chợ Đồn Mới", "Cho", "Don", "Ba", "\xFF\xFE", "Thị xã Bắc Kạn",
                        "Phan Rang - Tháp Chàm"}) {
    INFO(s);
    CHECK(m.match(s).status == NameMatch::Status::None);
  }
  CHECK(m.match("Chợ Đồn").id != m.match("Chợ Mới").id);
  const auto nt = ninhThuan();
  for (const char* s : {"Ba Bể", "Ninh Thuận", "Tỉnh Ninh Thuận", "Thuận", "Bắc", "Phan Rang Tháp"}) {
    INFO(s);
    CHECK(nt.match(s).status == NameMatch::Status::None);
  }
}

TEST_CASE("Ninh Thuận: the city with en dash or hyphen, names like prefixes", "[parse][names]") {
  const auto m = ninhThuan();
  for (const char* s : {"TP Phan Rang–Tháp Chàm", "TP. Phan Rang - Tháp Chàm", "Phan Rang–Tháp Chàm",
                        "Phan Rang - Tháp Chàm", "Thành phố Phan Rang-Tháp Chàm", "phan rang thap cham"})
    requireUnique(m, s, "nt-pr");
  requireUnique(m, "Thuận Bắc", "nt-thuan-bac");
  requireUnique(m, "Huyện Thuận Bắc", "nt-thuan-bac");
  requireUnique(m, "thuan bac", "nt-thuan-bac");
  requireUnique(m, "H. Bác Ái", "nt-bac-ai");
  requireUnique(m, "Ninh Hải", "nt-ninh-hai");
  CHECK(m.match("Thuận Bắc").id != m.match("Thuận Nam").id);
}

TEST_CASE("one spelling for two units is ambiguous, never one of them", "[parse][names]") {
  p8::NameMatcher m;
  m.add("a", "Huyện Ninh Sơn");
  m.add("b", "Xã Ninh Sơn");
  auto r = m.match("Ninh Sơn");
  CHECK(r.status == NameMatch::Status::Ambiguous);
  CHECK(r.candidates == std::vector<std::string>{"a", "b"});
  CHECK(r.id.empty());
  // Without diacritics "phuong son" may be "Phường Sơn" or "Phương Sơn".
  p8::NameMatcher q;
  q.add("son", "Phường Sơn");
  q.add("phuong-son", "Xã Phương Sơn");
  CHECK(q.match("phuong son").status == NameMatch::Status::Ambiguous);
  requireUnique(q, "Phương Sơn", "phuong-son");
  requireUnique(q, "Phường Sơn", "son");
  requireUnique(q, "Sơn", "son");
}

TEST_CASE("names with prefix-like first words keep them", "[parse][names]") {
  p8::NameMatcher m;
  m.add("tinh-gia", "Tĩnh Gia");
  m.add("gia", "Huyện Gia");
  m.add("quan-hoa", "Quan Hóa");
  requireUnique(m, "Tĩnh Gia", "tinh-gia");
  requireUnique(m, "Huyện Tĩnh Gia", "tinh-gia");
  requireUnique(m, "Gia", "gia");
  requireUnique(m, "Quan Hóa", "quan-hoa");
  requireUnique(m, "Huyện Quan Hóa", "quan-hoa");
  CHECK(m.match("Hóa").status == NameMatch::Status::None);
  CHECK(m.match("tinh gia").status == NameMatch::Status::Ambiguous);   // no diacritics: both readings exist
  // A plan typed without diacritics still matches sheets written with them.
  p8::NameMatcher a;
  a.add("bb", "Huyen Ba Be");
  requireUnique(a, "Ba Bể", "bb");
  requireUnique(a, "Huyện Ba Bể", "bb");
}

TEST_CASE("city and town names stay apart from the plain name", "[parse][names]") {
  p8::NameMatcher m;
  m.add("tx", "Thị xã Kỳ Anh");
  m.add("h", "Huyện Kỳ Anh");
  requireUnique(m, "Thị xã Kỳ Anh", "tx");
  requireUnique(m, "TX Kỳ Anh", "tx");
  requireUnique(m, "Kỳ Anh", "h");
  requireUnique(m, "H. Kỳ Anh", "h");
  CHECK(m.match("TP Kỳ Anh").status == NameMatch::Status::Unique);   // no city: the plain unit
  p8::NameMatcher e;
  CHECK(e.empty());
  CHECK(e.match("Ba Bể").status == NameMatch::Status::None);
  e.add("x", "");
  CHECK(e.empty());
}

TEST_CASE("matching 40k names takes milliseconds", "[parse][names][speed]") {
  const auto m = bacKan();
  const char* texts[] = {"TP. Bắc Kạn", "Huyện Ba Bể", "Cho Don", "Tổng cộng", "Số tổ", "10.000"};
  int unique = 0;
  const auto t0 = std::chrono::steady_clock::now();
  for (int k = 0; k < 40000; ++k) unique += m.match(texts[k % 6]).status == NameMatch::Status::Unique;
  const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  CHECK(unique > 20000);
  CHECK(ms < 500);
}
