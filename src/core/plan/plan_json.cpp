// Reading a plan from JSON (Boost.PropertyTree for the values, plan_json_sites for lines and
// types). Every problem becomes a PlanError naming the file, the line and the field path
// ("indicators[3].target"), in Vietnamese and English, so a province officer can fix the file
// in a text editor. Unknown fields are ignored so files written for newer versions still load.
#include "core/plan/plan.hpp"
#include "core/plan/plan_json_reader.hpp"

#include <boost/property_tree/json_parser.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace p8 {
namespace planjson {
namespace {

constexpr int kMaxDepth = 64;                      // plans nest ~6 levels
constexpr std::size_t kMaxBytes = 32u << 20;       // a plan is a few hundred kB at most

// Boost's parser speaks English; say the usual ones in Vietnamese too.
std::string syntaxVi(const std::string& m) {
  if (m == "expected value") return "thiếu giá trị (thừa dấu phẩy, hoặc thiếu dấu ngoặc kép?)";
  if (m == "expected '}' or ','") return "thiếu dấu '}' hoặc ','";
  if (m == "expected ']' or ','") return "thiếu dấu ']' hoặc ','";
  if (m == "expected ':'") return "thiếu dấu ':' sau tên trường";
  if (m == "expected key string") return "tên trường phải đặt trong dấu ngoặc kép";
  if (m == "garbage after data") return "có nội dung thừa sau dữ liệu";
  if (m == "invalid code sequence") return "có ký tự không phải UTF-8 (hãy lưu tệp dạng UTF-8)";
  if (m == "invalid escape sequence") return "chuỗi thoát '\\' không hợp lệ";
  return "lỗi cú pháp JSON (" + m + ")";
}

}  // namespace

const ptree& child(const ptree& t, const std::string& key) {
  // A literal key lookup: keys may contain dots ("1.2.03") or any other character.
  auto it = t.find(key);
  if (it == t.not_found()) throw std::out_of_range("plan field not found: " + key);   // sites and ptree disagree
  return it->second;
}

std::string Reader::where(int line, const std::string& field, bool vi) const {
  std::string s = (vi ? "Tệp kế hoạch '" : "Plan file '") + file + "'";
  if (line > 0) s += (vi ? ", dòng " : ", line ") + std::to_string(line);
  s += ": ";
  if (!field.empty()) s += (vi ? "trường '" : "field '") + field + "' ";
  return s;
}

void Reader::fail(const std::string& field, const std::string& vi, const std::string& en) const {
  int line = 0;
  // The field's own line, or the line of the object it is missing from.
  for (std::string p = field;; ) {
    if (const JsonSite* s = sites.find(p)) {
      line = s->line;
      break;
    }
    const std::size_t cut = p.find_last_of(".[");
    if (cut == std::string::npos) {
      if (p.empty()) break;
      p.clear();
    } else {
      p.erase(cut);
    }
  }
  failAt(line, field, vi, en);
}

void Reader::failAt(int line, const std::string& field, const std::string& vi, const std::string& en) const {
  throw PlanError(file, line, field, where(line, field, true) + vi, where(line, field, false) + en);
}

const JsonSite* Reader::expect(const std::string& field, std::initializer_list<JsonType> types,
                               bool required, const char* vi, const char* en) const {
  const JsonSite* s = sites.find(field);
  if (!s || s->type == JsonType::Null) {
    if (required) fail(field, "bị thiếu (bắt buộc).", "is missing (required).");
    return nullptr;
  }
  for (JsonType t : types)
    if (s->type == t) return s;
  fail(field, vi, en);
}

std::string Reader::str(const ptree& t, const std::string& key, const std::string& path,
                        bool required) const {
  if (!expect(path + key, {JsonType::String}, required, "phải là chuỗi chữ (trong dấu ngoặc kép).",
              "must be a string (in double quotes)."))
    return {};
  return child(t, key).data();
}

std::optional<double> Reader::num(const ptree& t, const std::string& key, const std::string& path,
                                  bool required) const {
  if (!expect(path + key, {JsonType::Number}, required, "phải là số.", "must be a number."))
    return std::nullopt;
  auto v = child(t, key).get_value_optional<double>();
  if (!v || !std::isfinite(*v)) fail(path + key, "phải là số hữu hạn.", "must be a finite number.");
  if (*v < 0) fail(path + key, "không được âm.", "must not be negative.");
  return *v;
}

std::optional<int> Reader::integer(const ptree& t, const std::string& key, const std::string& path,
                                   bool required, int lo, int hi) const {
  auto v = num(t, key, path, required);
  if (!v) return std::nullopt;
  if (*v != std::floor(*v) || *v < lo || *v > hi)
    fail(path + key, "phải là số nguyên từ " + std::to_string(lo) + " đến " + std::to_string(hi) + ".",
         "must be a whole number from " + std::to_string(lo) + " to " + std::to_string(hi) + ".");
  return static_cast<int>(*v);
}

bool Reader::flag(const ptree& t, const std::string& key, const std::string& path) const {
  if (!expect(path + key, {JsonType::Bool}, false, "phải là true hoặc false.", "must be true or false."))
    return false;
  return child(t, key).data() == "true";
}

LocalText Reader::local(const ptree& t, const std::string& key, const std::string& path) const {
  LocalText out;
  const JsonSite* s = expect(path + key, {JsonType::String, JsonType::Object}, false,
                             "phải là chuỗi chữ hoặc {\"vi\": …, \"en\": …}.",
                             "must be a string or {\"vi\": …, \"en\": …}.");
  if (!s) return out;
  const ptree& c = child(t, key);
  if (s->type == JsonType::String) {   // a plain string means Vietnamese
    out.vi = c.data();
    return out;
  }
  out.vi = str(c, "vi", path + key + ".");
  out.en = str(c, "en", path + key + ".");
  return out;
}

std::vector<std::string> Reader::strings(const ptree& t, const std::string& key,
                                         const std::string& path) const {
  std::vector<std::string> out;
  if (!expect(path + key, {JsonType::Array}, false, "phải là danh sách chuỗi [\"…\", \"…\"].",
              "must be a list of strings [\"…\", \"…\"]."))
    return out;
  int i = 0;
  for (const auto& kv : child(t, key)) {
    const std::string at = path + key + "[" + std::to_string(i++) + "]";
    expect(at, {JsonType::String}, true, "phải là chuỗi chữ.", "must be a string.");
    out.push_back(kv.second.data());
  }
  return out;
}

ContentItem Reader::item(const ptree& t, const std::string& path) const {
  ContentItem c;
  c.number = str(t, "number", path);
  c.text = local(t, "text", path);
  c.targetText = str(t, "target_text", path);
  c.timelineText = str(t, "timeline_text", path);
  c.indicator = str(t, "indicator", path);
  list(t, "children", path, [&](const ptree& v, const std::string& p) { c.children.push_back(item(v, p)); });
  return c;
}

}  // namespace planjson

Plan parsePlan(const std::string& jsonText, const std::string& file) {
  using namespace planjson;
  auto plainError = [&](int line, const std::string& vi, const std::string& en) {
    Reader r{file, {}};
    return PlanError(file, line, "", r.where(line, "", true) + vi, r.where(line, "", false) + en);
  };
  if (jsonText.size() > kMaxBytes)
    throw plainError(0, "tệp quá lớn để là một kế hoạch.", "the file is too large to be a plan.");
  if (jsonText.find_first_not_of(" \t\r\n") == std::string::npos ||
      jsonText == "\xEF\xBB\xBF")
    throw plainError(0, "tệp trống.", "the file is empty.");
  if (Depth d = nestingDepth(jsonText, kMaxDepth); d.depth > kMaxDepth)
    throw plainError(d.line, "lồng nhau quá sâu (hơn " + std::to_string(kMaxDepth) + " mức).",
                     "nested too deeply (more than " + std::to_string(kMaxDepth) + " levels).");
  ptree root;
  try {
    std::istringstream in(jsonText);
    boost::property_tree::read_json(in, root);
  } catch (const boost::property_tree::json_parser_error& e) {
    const int line = static_cast<int>(e.line());
    throw plainError(line, "không đúng cú pháp JSON: " + syntaxVi(e.message()) + ".",
                     "not valid JSON: " + e.message() + ".");
  }
  const Reader r{file, scanSites(jsonText)};
  if (const JsonSite* s = r.sites.find(""); !s || s->type != JsonType::Object)
    throw plainError(1, "phải là một đối tượng JSON { … }.", "must be a JSON object { … }.");
  if (!r.sites.duplicate.empty())
    r.failAt(r.sites.duplicateLine, r.sites.duplicate, "được ghi hai lần; chỉ giữ một.", "is written twice; keep one.");
  try {
    Plan plan = readPlan(root, r);
    readHistory(root, r, plan);
    validatePlan(plan, r);
    validateHistory(plan, r);
    plan.index();
    return plan;
  } catch (const PlanError&) {
    throw;
  } catch (const std::exception& e) {   // not expected: still a plan error, never a crash
    throw plainError(0, std::string("không đọc được (") + e.what() + ").",
                     std::string("cannot be read (") + e.what() + ").");
  }
}

}  // namespace p8
