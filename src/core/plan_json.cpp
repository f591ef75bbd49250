// Reading a plan from JSON (Boost.PropertyTree). Every problem becomes a PlanError naming
// the file, the line when the parser knows it, and the field path ("indicators[3].target"),
// in Vietnamese and English. Unknown fields are ignored so newer files still load.
#include "core/plan.hpp"

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>

#include <cmath>
#include <fstream>
#include <set>
#include <sstream>

namespace p8 {
namespace {

using boost::property_tree::ptree;

struct Reader {
  const std::string& file;

  [[noreturn]] void fail(const std::string& field, const std::string& vi,
                         const std::string& en) const {
    throw PlanError(file, 0, field,
                    "Tệp kế hoạch '" + file + "', trường '" + field + "': " + vi,
                    "Plan file '" + file + "', field '" + field + "': " + en);
  }

  std::string str(const ptree& t, const std::string& key, const std::string& path,
                  bool required = false) const {
    auto c = t.get_child_optional(key);
    if (!c) {
      if (required) fail(path + key, "thiếu trường bắt buộc.", "required field is missing.");
      return {};
    }
    if (!c->empty()) fail(path + key, "phải là chuỗi chữ.", "must be a string.");
    return c->data() == "null" ? std::string() : c->data();
  }

  std::optional<double> num(const ptree& t, const std::string& key, const std::string& path,
                            bool required = false) const {
    auto c = t.get_child_optional(key);
    if (!c || c->data() == "null") {
      if (required) fail(path + key, "thiếu trường bắt buộc.", "required field is missing.");
      return std::nullopt;
    }
    auto v = c->get_value_optional<double>();
    if (!c->empty() || !v || !std::isfinite(*v))
      fail(path + key, "phải là số.", "must be a number.");
    if (*v < 0) fail(path + key, "không được âm.", "must not be negative.");
    return *v;
  }

  bool flag(const ptree& t, const std::string& key, const std::string& path) const {
    auto c = t.get_child_optional(key);
    if (!c) return false;
    if (c->data() == "true") return true;
    if (c->data() == "false") return false;
    fail(path + key, "phải là true hoặc false.", "must be true or false.");
  }

  LocalText local(const ptree& t, const std::string& key, const std::string& path) const {
    LocalText out;
    auto c = t.get_child_optional(key);
    if (!c) return out;
    if (c->empty()) {   // a plain string means Vietnamese
      out.vi = c->data();
      return out;
    }
    out.vi = str(*c, "vi", path + key + ".");
    out.en = str(*c, "en", path + key + ".");
    return out;
  }

  std::vector<std::string> strings(const ptree& t, const std::string& key,
                                   const std::string& path) const {
    std::vector<std::string> out;
    auto c = t.get_child_optional(key);
    if (!c) return out;
    int i = 0;
    for (const auto& [k, v] : *c) {
      if (!k.empty() || !v.empty())
        fail(path + key + "[" + std::to_string(i) + "]", "phải là danh sách chuỗi.",
             "must be a list of strings.");
      out.push_back(v.data());
      ++i;
    }
    return out;
  }

  template <class F>
  void list(const ptree& t, const std::string& key, const std::string& path, F&& each) const {
    auto c = t.get_child_optional(key);
    if (!c) return;
    if (c->empty() && !c->data().empty()) fail(path + key, "phải là danh sách.", "must be a list.");
    int i = 0;
    for (const auto& [k, v] : *c) {
      if (!k.empty()) fail(path + key, "phải là danh sách.", "must be a list.");
      each(v, path + key + "[" + std::to_string(i++) + "].");
    }
  }

  ContentItem item(const ptree& t, const std::string& path) const {
    ContentItem c;
    c.number = str(t, "number", path);
    c.text = local(t, "text", path);
    c.targetText = str(t, "target_text", path);
    c.timelineText = str(t, "timeline_text", path);
    c.indicator = str(t, "indicator", path);
    list(t, "children", path, [&](const ptree& v, const std::string& p) {
      c.children.push_back(item(v, p));
    });
    return c;
  }
};

void validate(const Plan& plan, const Reader& r) {
  std::set<std::string> codes, units;
  for (std::size_t i = 0; i < plan.indicators.size(); ++i) {
    const auto& ind = plan.indicators[i];
    const std::string at = "indicators[" + std::to_string(i) + "].code";
    if (ind.code.empty()) r.fail(at, "mã chỉ số trống.", "indicator code is empty.");
    if (!codes.insert(ind.code).second)
      r.fail(at, "mã chỉ số '" + ind.code + "' bị trùng.", "duplicate indicator code '" + ind.code + "'.");
  }
  for (std::size_t i = 0; i < plan.indicators.size(); ++i) {
    const auto& p = plan.indicators[i].parent;
    if (!p.empty() && !codes.count(p))
      r.fail("indicators[" + std::to_string(i) + "].parent", "không có chỉ số cha '" + p + "'.",
             "no parent indicator '" + p + "'.");
  }
  for (std::size_t i = 0; i < plan.orgUnits.size(); ++i) {
    const auto& u = plan.orgUnits[i];
    const std::string at = "org_units[" + std::to_string(i) + "]";
    if (u.id.empty()) r.fail(at + ".id", "mã đơn vị trống.", "unit id is empty.");
    if (!units.insert(u.id).second)
      r.fail(at + ".id", "mã đơn vị '" + u.id + "' bị trùng.", "duplicate unit id '" + u.id + "'.");
  }
  for (std::size_t i = 0; i < plan.orgUnits.size(); ++i) {
    const auto& p = plan.orgUnits[i].parent;
    if (!p.empty() && !units.count(p))
      r.fail("org_units[" + std::to_string(i) + "].parent", "không có đơn vị cha '" + p + "'.",
             "no parent unit '" + p + "'.");
  }
  for (const auto& [code, row] : plan.allocation) {
    if (!codes.count(code))
      r.fail("allocation." + code, "chỉ số '" + code + "' không có trong kế hoạch.",
             "indicator '" + code + "' is not in the plan.");
    for (const auto& [unit, v] : row)
      if (!units.count(unit))
        r.fail("allocation." + code + "." + unit, "đơn vị '" + unit + "' không có trong kế hoạch.",
               "unit '" + unit + "' is not in the plan.");
  }
}

}  // namespace

Plan parsePlan(const std::string& jsonText, const std::string& file) {
  ptree root;
  try {
    std::istringstream in(jsonText);
    boost::property_tree::read_json(in, root);
  } catch (const boost::property_tree::json_parser_error& e) {
    throw PlanError(file, static_cast<int>(e.line()), "",
                    "Tệp kế hoạch '" + file + "' không đúng định dạng JSON ở dòng " +
                        std::to_string(e.line()) + ": " + e.message(),
                    "Plan file '" + file + "' is not valid JSON at line " +
                        std::to_string(e.line()) + ": " + e.message());
  }
  Reader r{file};
  Plan plan;
  auto version = r.num(root, "schema_version", "", true);
  if (*version != 1)
    r.fail("schema_version", "phiên bản " + std::to_string(static_cast<int>(*version)) +
                                 " chưa được hỗ trợ (chỉ hỗ trợ 1).",
           "version " + std::to_string(static_cast<int>(*version)) + " is not supported (only 1).");
  plan.id = r.str(root, "id", "", true);
  if (plan.id.empty()) r.fail("id", "mã kế hoạch trống.", "plan id is empty.");
  plan.title = r.local(root, "title", "");
  plan.province = r.str(root, "province", "");
  plan.phase = r.str(root, "phase", "");
  plan.source = r.str(root, "source", "");
  if (auto y = r.num(root, "start_year", "")) plan.startYear = static_cast<int>(*y);
  if (auto y = r.num(root, "end_year", "")) plan.endYear = static_cast<int>(*y);
  if (plan.endYear < plan.startYear)
    r.fail("end_year", "năm kết thúc trước năm bắt đầu.", "end year is before start year.");
  if (auto lvl = r.str(root, "reporting_level", ""); !lvl.empty()) plan.reportingLevel = lvl;
  r.list(root, "indicators", "", [&](const ptree& v, const std::string& p) {
    Indicator ind;
    ind.code = r.str(v, "code", p, true);
    ind.name = r.local(v, "name", p);
    ind.unit = r.str(v, "unit", p);
    ind.target = r.num(v, "target", p);
    ind.targetText = r.str(v, "target_text", p);
    ind.percent = r.flag(v, "percent", p);
    ind.parent = r.str(v, "parent", p);
    ind.aliases = r.strings(v, "aliases", p);
    if (ind.percent && ind.target && *ind.target > 1)
      r.fail(p + "target", "tỷ lệ phải viết dạng phân số (15% là 0.15).",
             "a percentage must be a fraction (15% is 0.15).");
    plan.indicators.push_back(std::move(ind));
  });
  r.list(root, "content", "", [&](const ptree& v, const std::string& p) {
    plan.content.push_back(r.item(v, p));
  });
  r.list(root, "org_units", "", [&](const ptree& v, const std::string& p) {
    OrgUnit u;
    u.id = r.str(v, "id", p, true);
    u.name = r.str(v, "name", p, true);
    u.level = r.str(v, "level", p, true);
    u.parent = r.str(v, "parent", p);
    u.aliases = r.strings(v, "aliases", p);
    u.validFrom = r.str(v, "valid_from", p);
    u.validTo = r.str(v, "valid_to", p);
    plan.orgUnits.push_back(std::move(u));
  });
  r.list(root, "deadlines", "", [&](const ptree& v, const std::string& p) {
    Deadline d;
    d.kind = r.str(v, "kind", p, true);
    d.day = static_cast<int>(*r.num(v, "day", p, true));
    d.month = static_cast<int>(*r.num(v, "month", p, true));
    d.yearOffset = static_cast<int>(r.num(v, "year_offset", p).value_or(0));
    d.label = r.local(v, "label", p);
    if (d.day < 1 || d.day > 31 || d.month < 1 || d.month > 12)
      r.fail(p + "day", "ngày/tháng không hợp lệ.", "invalid day/month.");
    plan.deadlines.push_back(std::move(d));
  });
  if (auto alloc = root.get_child_optional("allocation")) {
    for (const auto& [code, row] : *alloc) {
      for (const auto& [unit, value] : row) {
        (void)value;
        if (auto v = r.num(row, unit, "allocation." + code + "."))
          plan.allocation[code][unit] = *v;
      }
    }
  }
  validate(plan, r);
  plan.index();
  return plan;
}

Plan loadPlanFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw PlanError(path, 0, "", "Không mở được tệp kế hoạch '" + path + "'.",
                    "Cannot open plan file '" + path + "'.");
  std::ostringstream buf;
  buf << in.rdbuf();
  return parsePlan(buf.str(), path);
}

}  // namespace p8
