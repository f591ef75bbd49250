#include <catch2/catch.hpp>

#include "core/names.hpp"

using p8::NameMatch;

namespace {
p8::NameMatcher bacKan() {
  p8::NameMatcher m;
  m.add("bk-tp", "Thành phố Bắc Kạn");
  for (auto [id, name] : {std::pair{"bk-ba-be", "Ba Bể"}, {"bk-bach-thong", "Bạch Thông"},
                          {"bk-cho-don", "Chợ Đồn"}, {"bk-cho-moi", "Chợ Mới"},
                          {"bk-na-ri", "Na Rì"}, {"bk-ngan-son", "Ngân Sơn"},
                          {"bk-pac-nam", "Pác Nặm"}})
    m.add(id, name);
  return m;
}
}  // namespace

TEST_CASE("district spellings seen in sheets match one district", "[parse]") {
  auto m = bacKan();
  const std::pair<const char*, const char*> cases[] = {
      {"TP Bắc Kạn", "bk-tp"},       {"TP. Bắc Kạn", "bk-tp"},   {"Thành phố Bắc Kạn", "bk-tp"},
      {"Tp.Bắc Kạn", "bk-tp"},       {"H. Ba Bể", "bk-ba-be"},   {"Huyện Ba Bể", "bk-ba-be"},
      {"Cho Don", "bk-cho-don"},     {"huyen cho don", "bk-cho-don"},
      {"CHỢ ĐỒN", "bk-cho-don"},     {"Bạch  Thông", "bk-bach-thong"},
      {"Pa\xCC\x81" "c Na\xCC\xA3\xCC\x82m", "bk-pac-nam"},   // decomposed Unicode
      {"ChợMới", "bk-cho-moi"},
  };
  for (auto [text, id] : cases) {
    INFO(text);
    auto r = m.match(text);
    CHECK(r.status == NameMatch::Status::Unique);
    CHECK(r.id == id);
  }
}

TEST_CASE("names never match the wrong place", "[parse]") {
  auto m = bacKan();
  for (const char* s : {"Bắc Kạn", "Tỉnh Bắc Kạn", "Ninh Hải", "Chợ", "", "Huyện", "Tổng cộng",
                        "Ba Bể Chợ Đồn"}) {
    INFO(s);
    CHECK(m.match(s).status == NameMatch::Status::None);
  }
}

TEST_CASE("one spelling for two units is ambiguous", "[parse]") {
  p8::NameMatcher m;
  m.add("a", "Huyện Ninh Sơn");
  m.add("b", "Xã Ninh Sơn");
  auto r = m.match("Ninh Sơn");
  CHECK(r.status == NameMatch::Status::Ambiguous);
  CHECK(r.candidates.size() == 2);
}

TEST_CASE("place keys keep the city marker and drop level prefixes", "[parse]") {
  CHECK(p8::placeKey("TP. Bắc Kạn") == "tp:backan");
  CHECK(p8::placeKey("Bắc Kạn") == "backan");
  CHECK(p8::placeKey("huyen cho don") == "chodon");
  CHECK(p8::placeKey("TP Phan Rang–Tháp Chàm") == p8::placeKey("Thành phố Phan Rang - Tháp Chàm"));
  CHECK(p8::placeKey("Thuận Bắc") == "thuanbac");
}
