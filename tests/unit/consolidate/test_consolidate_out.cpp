// The `p8calc consolidate` JSON (schema_version 1: key order, null for missing figures, the
// check's own objects in "files") and the text summary that lists the units to chase first.
#include "consolidate_util.hpp"

#include "core/check/json_out.hpp"
#include "core/consolidate/consolidate_out.hpp"
#include "test_json_util.hpp"

#include <set>

using namespace constest;
using p8test::bacKan;

namespace {

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("consolidation JSON: the shape of the contract", "[consolidate][json]") {
  const p8::Consolidation c = p8::consolidate(bacKan(), smallCycle(), options2025());
  const std::string json = p8::consolidationJson(c);
  INFO(json);
  CHECK(json.rfind("{\"schema_version\":1,\"plan\":\"bac-kan-2022\",\"period\":2025,\"units\":[{\"unit\":\"bk-tp-bac-kan\","
                   "\"name\":\"Thành phố Bắc Kạn\",\"status\":\"missing\",\"files\":[],\"evidence\":null,\"late\":false},",
                   0) == 0);
  CHECK(contains(json, "{\"unit\":\"bk-ba-be\",\"name\":\"Ba Bể\",\"status\":\"received\",\"files\":[\"in/ba-be.xlsx\"],"
                       "\"evidence\":{\"kind\":\"reporting-unit\",\"sheet\":\"Báo cáo\",\"cell\":\"A1\","
                       "\"text\":\"Đơn vị báo cáo: Huyện Ba Bể\"},\"late\":true}"));
  CHECK(contains(json, "{\"unit\":\"bk-cho-don\",\"name\":\"Chợ Đồn\",\"status\":\"duplicate\","
                       "\"files\":[\"in/cho-don.xlsx\",\"in/cho-don (1).xlsx\"],\"evidence\":{\"kind\":\"issuer\""));
  // The whole plan ("" unit): one unit of eight counted; then a missing unit's line, all null.
  CHECK(contains(json, "\"totals\":[{\"indicator\":\"1\",\"unit\":\"\",\"plan\":380,\"allocated\":null,\"actual\":8,"
                       "\"cumulative\":30,\"gap\":350,\"units_counted\":1,\"units_expected\":8},"));
  CHECK(contains(json, "{\"indicator\":\"1\",\"unit\":\"bk-ngan-son\",\"plan\":null,\"allocated\":null,\"actual\":null,"
                       "\"cumulative\":null,\"gap\":null,\"units_counted\":0,\"units_expected\":1}"));
  // "files": exactly what `p8calc check --format json` prints for each file, by the same writer.
  for (const auto& f : c.files) {
    std::string one = p8::toJson({{f.path, f.check}});
    one = one.substr(std::string("{\"schema_version\":1,\"files\":[").size());
    one = one.substr(0, one.size() - std::string("]}\n").size());
    CHECK(contains(json, one));
  }
  const std::size_t units = json.find("\"units\":"), totals = json.find("\"totals\":"), files = json.find("\"files\":[{\"file\"");
  const std::size_t findings = json.find("\"findings\":");
  CHECK(units < totals);
  CHECK(totals < files);
  CHECK(files < findings);
  boost::property_tree::ptree root;
  REQUIRE_NOTHROW(root = p8test::parseJson(json));
  CHECK(root.get<int>("schema_version") == 1);
  CHECK(root.get<std::string>("plan") == "bac-kan-2022");
  CHECK(root.get<int>("period") == 2025);
  CHECK(root.get_child("units").size() == 8);
  CHECK(root.get_child("files").size() == 4);
  CHECK(root.get_child("totals").size() == bacKan().indicators.size() * 9);
  CHECK(root.get<std::string>("deadline") == "2025-09-10");
  std::multiset<std::string> codes;
  for (const auto& f : root.get_child("findings")) codes.insert(f.second.get<std::string>("code"));
  CHECK(codes == std::multiset<std::string>{"unit-duplicate", "unit-late", "unit-unknown"});
  for (const auto& f : root.get_child("findings"))
    if (f.second.get<std::string>("code") == "unit-unknown")
      CHECK(f.second.get_child("files").front().second.get_value<std::string>() == "in/tong-hop-cu.xlsx");
}

TEST_CASE("consolidation text: the units to chase first, in Vietnamese and English", "[consolidate][json]") {
  const p8::Consolidation c = p8::consolidate(bacKan(), smallCycle(), options2025());
  const std::string vi = p8::consolidationText(c, bacKan(), "vi");
  INFO(vi);
  CHECK(contains(vi, "Đã nhận 1/8 huyện"));
  CHECK(contains(vi, "Cần đôn đốc trước:"));
  const std::size_t dup = vi.find("Chợ Đồn có 2 tệp"), missing = vi.find("Ngân Sơn: chưa nộp, đã quá hạn");
  CHECK(dup != std::string::npos);
  CHECK(missing != std::string::npos);
  CHECK(dup < missing);   // what blocks the sum first
  CHECK(contains(vi, "tong-hop-cu.xlsx"));
  CHECK(contains(vi, "đã nhận (muộn)  Ba Bể"));
  CHECK(contains(vi, "trùng tệp  Chợ Đồn  in/cho-don.xlsx"));
  CHECK(contains(vi, "Huyện Chợ Đồn có 2 tệp"));
  CHECK(contains(vi, "(1/8 huyện) — chưa đủ đơn vị"));
  CHECK(contains(vi, "hạn 10/09/2025"));
  const std::string en = p8::consolidationText(c, bacKan(), "en");
  INFO(en);
  CHECK(contains(en, "Received 1/8 districts"));
  CHECK(contains(en, "duplicate  Chợ Đồn  in/cho-don.xlsx"));
  CHECK(contains(en, "District Chợ Đồn has 2 files"));
  CHECK(contains(en, "Chase first:"));
  CHECK(contains(en, "Ngân Sơn: not received, overdue"));
  CHECK(contains(en, "not all units"));
  // Before the deadline a missing unit is not yet overdue.
  p8::ConsolidationOptions early = options2025();
  early.asOf = "2025-09-01";
  const std::string before = p8::consolidationText(p8::consolidate(bacKan(), smallCycle(), early), bacKan(), "vi");
  CHECK(contains(before, "Ngân Sơn: chưa nộp\n"));
}
