// The words of the reporting level: a commune plan says "xã, phường", a district plan "huyện".
#include <catch2/catch.hpp>

#include "core/plan/plan.hpp"
#include "core/plan/plan_level.hpp"
#include "test_plans.hpp"

TEST_CASE("the words of a plan's reporting level, in Vietnamese and English", "[plan][level]") {
  const auto& bk = p8test::bacKan();
  const auto& tn = p8test::thaiNguyen();
  const auto d = p8::reportingWords(bk);
  CHECK(d.one.vi == "huyện");
  CHECK(d.one.en == "district");
  CHECK(d.many.in("en") == "districts");
  CHECK(d.title().vi == "Huyện");
  const auto c = p8::reportingWords(tn);
  CHECK(c.one.vi == "xã, phường");
  CHECK(c.one.in("en") == "commune/ward");
  CHECK(c.many.en == "communes and wards");
  CHECK(c.title().vi == "Xã, phường");
  CHECK(c.title().en == "Commune/ward");
  CHECK("Tổng theo " + c.one.vi == "Tổng theo xã, phường");
  CHECK(p8::levelWords("province").one.vi == "tỉnh");
  CHECK(p8::levelWords("ward").one.vi == "xã, phường");
  CHECK(p8::levelWords("thôn").one.vi == "đơn vị");   // unknown level: still readable
  CHECK(p8::levelWords("").many.en == "units");
}

TEST_CASE("an administrative prefix names its level", "[plan][level]") {
  CHECK(p8::adminPrefixLevel("Huyện Ba Bể") == "district");
  CHECK(p8::adminPrefixLevel("H. Ba Bể") == "district");
  CHECK(p8::adminPrefixLevel("TP Bắc Kạn") == "district");
  CHECK(p8::adminPrefixLevel("HUYỆN CHỢ ĐỒN") == "district");
  CHECK(p8::adminPrefixLevel("Xã Ba Bể") == "commune");
  CHECK(p8::adminPrefixLevel("Phường Đức Xuân") == "commune");
  CHECK(p8::adminPrefixLevel("P. Đức Xuân") == "commune");
  CHECK(p8::adminPrefixLevel("Ba Bể") == "");
  CHECK(p8::adminPrefixLevel("Huyền Trang") == "");   // a name, not the prefix
  CHECK(p8::adminPrefixLevel("Phương Sơn") == "");
}
