// The plan reader's toolkit, shared by plan_json.cpp (typed field access, errors),
// plan_read.cpp (the schema's fields) and plan_validate.cpp (cross-field rules). Internal:
// everything else uses parsePlan/loadPlanFile from core/plan.hpp.
#pragma once
#include "core/plan/plan.hpp"
#include "core/plan/plan_json_sites.hpp"

#include <boost/property_tree/ptree.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace p8::planjson {

using boost::property_tree::ptree;

// t's child `key`, taken literally (a key may contain dots: "1.2.03"); std::out_of_range if absent.
const ptree& child(const ptree& t, const std::string& key);

// Typed access to the fields of one file. A field path is "indicators[3].target"; `path`
// arguments are the prefix with its trailing dot ("indicators[3].") or "" at the root.
struct Reader {
  const std::string& file;
  JsonSites sites;

  // "Tệp kế hoạch 'x.json', dòng 12: trường 'f' " / "Plan file 'x.json', line 12: field 'f' "
  std::string where(int line, const std::string& field, bool vi) const;
  [[noreturn]] void fail(const std::string& field, const std::string& vi, const std::string& en) const;
  [[noreturn]] void failAt(int line, const std::string& field, const std::string& vi, const std::string& en) const;
  // The field's site when present and of one of `types`; nullptr when absent or null
  // (an error then if required); an error when of another type.
  const JsonSite* expect(const std::string& field, std::initializer_list<JsonType> types, bool required,
                         const char* vi, const char* en) const;

  std::string str(const ptree& t, const std::string& key, const std::string& path, bool required = false) const;
  std::optional<double> num(const ptree& t, const std::string& key, const std::string& path,
                            bool required = false) const;   // finite, not negative
  std::optional<int> integer(const ptree& t, const std::string& key, const std::string& path, bool required,
                             int lo, int hi) const;
  bool flag(const ptree& t, const std::string& key, const std::string& path) const;
  LocalText local(const ptree& t, const std::string& key, const std::string& path) const;
  std::vector<std::string> strings(const ptree& t, const std::string& key, const std::string& path) const;
  ContentItem item(const ptree& t, const std::string& path) const;

  // Calls each(element, "key[i].") for every object of the list `key`.
  template <class F>
  void list(const ptree& t, const std::string& key, const std::string& path, F&& each) const {
    if (!expect(path + key, {JsonType::Array}, false, "phải là danh sách [ … ].", "must be a list [ … ]."))
      return;
    int i = 0;
    for (const auto& kv : child(t, key)) {
      const std::string at = path + key + "[" + std::to_string(i++) + "]";
      expect(at, {JsonType::Object}, true, "phải là một đối tượng { … }.", "must be an object { … }.");
      each(kv.second, at + ".");
    }
  }
};

Plan readPlan(const ptree& root, const Reader& r);     // plan_read.cpp
void validatePlan(const Plan& plan, const Reader& r);  // plan_validate.cpp
// notes and org_units[].predecessors: read into `plan`, then checked (plan_read_added.cpp).
void readHistory(const ptree& root, const Reader& r, Plan& plan);
void validateHistory(const Plan& plan, const Reader& r);
bool isoDate(const std::string& s);                    // "" or a real YYYY-MM-DD day

}  // namespace p8::planjson
