// The JSON contract of `p8calc check --format json`: key order and types (numbers stay
// numbers, empty figures are null), strings escaped so any sheet text gives valid JSON —
// checked by parsing the output back with Boost.PropertyTree — and the text form.
#include "test_check_util.hpp"

#include "core/check/json_out.hpp"
#include "test_json_util.hpp"

using namespace checktest;

TEST_CASE("toJson follows the contract and parses back", "[check][json]") {
  auto rows = correctAllocation();
  rows[5][11] = "=SUM(D6:K6)|370";
  auto r = check(rows, bacKan(), {}, "Phân bổ \"A\"");
  const std::string json = p8::toJson({{"thư mục/b.ods", r}});
  CHECK(json.rfind("{\"schema_version\":1,\"files\":[{\"file\":\"thư mục/b.ods\",\"plan\":\"bac-kan-2022\",\"tables\":[", 0) == 0);
  boost::property_tree::ptree root;
  REQUIRE_NOTHROW(root = p8test::parseJson(json));
  CHECK(root.get<int>("schema_version") == 1);
  const auto& file = root.get_child("files").front().second;
  CHECK(file.get<std::string>("file") == "thư mục/b.ods");
  const auto& table = file.get_child("tables").front().second;
  CHECK(table.get<std::string>("sheet") == "Phân bổ \"A\"");
  CHECK(table.get<std::string>("range") == "A4:L16");
  CHECK(table.get<std::string>("kind") == "allocation");
  const auto& f = file.get_child("findings").front().second;
  CHECK(f.get<std::string>("code") == "sum-mismatch");
  CHECK(f.get<std::string>("severity") == "ERROR");
  CHECK(f.get<std::string>("cell") == "L6");
  CHECK(f.get<std::string>("expected") == "380");
  CHECK(f.get<std::string>("actual") == "370");
  CHECK(f.get<std::string>("message_vi").find("Tổng ở L6 là 370") != std::string::npos);
  CHECK_FALSE(f.get<std::string>("message_en").empty());
  // Keys in contract order, numbers unquoted, empty figures null.
  CHECK(json.find("{\"code\":\"sum-mismatch\",\"severity\":\"ERROR\",\"sheet\":\"Phân bổ \\\"A\\\"\",\"cell\":\"L6\","
                  "\"expected\":\"380\",\"actual\":\"370\",\"message_vi\":") != std::string::npos);
  CHECK(json.find("{\"indicator\":\"1\",\"district\":\"\",\"plan\":380,\"allocated\":380,\"actual\":null,\"gap\":0}") !=
        std::string::npos);
  CHECK(json.find("{\"indicator\":\"1\",\"district\":\"bk-ba-be\",\"plan\":null,\"allocated\":47,\"actual\":null,\"gap\":null}") !=
        std::string::npos);
  CHECK(json.back() == '\n');
}

TEST_CASE("an empty run and several files are valid JSON", "[check][json]") {
  CHECK(p8::toJson({}) == "{\"schema_version\":1,\"files\":[]}\n");
  p8::CheckResult empty;
  auto root = p8test::parseJson(p8::toJson({{"a.ods", empty}, {"b.xlsx", check(correctAllocation())}}));
  CHECK(root.get_child("files").size() == 2);
}

TEST_CASE("jsonEscape: quotes, backslashes, controls; UTF-8 kept, broken bytes repaired", "[check][json]") {
  CHECK(p8::jsonEscape("a\"b\\\n\x01") == "\"a\\\"b\\\\\\n\\u0001\"");
  CHECK(p8::jsonEscape("\t\r\b\f") == "\"\\t\\r\\b\\f\"");
  CHECK(p8::jsonEscape("Chợ Đồn – 12,5%") == "\"Chợ Đồn – 12,5%\"");
  CHECK(p8::jsonEscape("😀") == "\"😀\"");
  CHECK(p8::jsonEscape("\xEF\xBF\xBD") == "\"\xEF\xBF\xBD\"");
  CHECK(p8::jsonEscape("a\xC3") == "\"a\xEF\xBF\xBD\"");           // truncated sequence
  CHECK(p8::jsonEscape("\xFF\xFE") == "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");
  CHECK(p8::jsonEscape(std::string("a\0b", 3)) == "\"a\\u0000b\"");
  // Whatever bytes a sheet name holds, the output parses.
  std::string nasty;
  for (int c = 0; c < 256; ++c) nasty += static_cast<char>(c);
  p8::CheckResult r;
  r.findings.push_back(p8::makeFinding("cell-error", nasty, "A1", "", nasty, nasty, nasty));
  CHECK_NOTHROW(p8test::parseJson(p8::toJson({{nasty, r}})));
}

TEST_CASE("jsonNumber: round-trip precision, null for nothing", "[check][json]") {
  CHECK(p8::jsonNumber(380.0) == "380");
  CHECK(p8::jsonNumber(0.15) == "0.15");
  CHECK(p8::jsonNumber(-7.0) == "-7");
  CHECK(p8::jsonNumber(-0.0) == "0");
  CHECK(std::stod(p8::jsonNumber(0.1 + 0.2)) == 0.1 + 0.2);
  CHECK(std::stod(p8::jsonNumber(1e300)) == 1e300);
  CHECK(p8::jsonNumber(std::nullopt) == "null");
  CHECK(p8::jsonNumber(std::numeric_limits<double>::infinity()) == "null");
  CHECK(p8::jsonNumber(std::numeric_limits<double>::quiet_NaN()) == "null");
  CHECK(p8::machineNumber(1234.5) == "1234.5");
}

TEST_CASE("toText: counts and one line per finding, in vi or en", "[check][json]") {
  auto rows = correctAllocation();
  rows[5][11] = "=SUM(D6:K6)|370";
  auto r = check(rows);
  const std::string vi = p8::toText({{"a.ods", r}}, "vi");
  CHECK(vi.find("== a.ods  (kế hoạch bac-kan-2022)") != std::string::npos);
  CHECK(vi.find("bảng Phân bổ!A4:L16  [allocation]") != std::string::npos);
  CHECK(vi.find(" lỗi, ") != std::string::npos);
  CHECK(vi.find("ERROR  sum-mismatch  Phân bổ!L6  Tổng ở L6 là 370") != std::string::npos);
  const std::string en = p8::toText({{"a.ods", r}}, "en");
  CHECK(en.find(" errors, ") != std::string::npos);
  CHECK(en.find("The total in L6 is 370") != std::string::npos);
}
