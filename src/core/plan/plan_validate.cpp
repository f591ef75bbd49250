// Rules across fields of a plan: ids unique and not empty, parents that exist (and no
// cycles), dates that are real dates, a reporting level that has units, and an allocation
// that names known indicators and units. A plan that passes can be used by every check
// without further defensive code.
#include "core/plan/plan_json_reader.hpp"

#include <map>
#include <set>

namespace p8::planjson {
namespace {

std::string at(const char* list, std::size_t i, const char* field) {
  return std::string(list) + "[" + std::to_string(i) + "]." + field;
}

// Ids unique and not empty; every parent known and no parent chain that loops.
void checkTree(const Reader& r, const char* list, const char* idField,
               const std::vector<std::pair<std::string, std::string>>& idParent, const std::string& what_vi,
               const std::string& what_en) {
  std::map<std::string, std::string> parentOf;
  for (std::size_t i = 0; i < idParent.size(); ++i) {
    const auto& [id, parent] = idParent[i];
    if (id.empty()) r.fail(at(list, i, idField), "không được để trống.", "must not be empty.");
    if (!parentOf.emplace(id, parent).second)
      r.fail(at(list, i, idField), "= '" + id + "' bị trùng: mỗi " + what_vi + " phải có mã riêng.",
             "= '" + id + "' is a duplicate: each " + what_en + " needs its own id.");
  }
  for (std::size_t i = 0; i < idParent.size(); ++i) {
    const std::string& parent = idParent[i].second;
    if (!parent.empty() && !parentOf.count(parent))
      r.fail(at(list, i, "parent"), "= '" + parent + "': không có " + what_vi + " nào mang mã này.",
             "= '" + parent + "': no " + what_en + " has this id.");
  }
  for (std::size_t i = 0; i < idParent.size(); ++i) {
    std::size_t steps = 0;
    for (std::string p = idParent[i].second; !p.empty(); p = parentOf.at(p))
      if (p == idParent[i].first || ++steps > idParent.size())
        r.fail(at(list, i, "parent"), "tạo thành vòng lặp (một mục là cha của chính nó).",
               "makes a loop (an item is its own parent).");
  }
}

void checkContent(const Reader& r, const std::vector<ContentItem>& items, const std::string& path,
                  const std::set<std::string>& codes) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string p = path + "[" + std::to_string(i) + "]";
    if (!items[i].indicator.empty() && !codes.count(items[i].indicator))
      r.fail(p + ".indicator", "= '" + items[i].indicator + "': không có chỉ tiêu nào mang mã này.",
             "= '" + items[i].indicator + "': no indicator has this code.");
    checkContent(r, items[i].children, p + ".children", codes);
  }
}

}  // namespace

void validatePlan(const Plan& plan, const Reader& r) {
  if (plan.id.empty()) r.fail("id", "không được để trống.", "must not be empty.");
  if (plan.endYear < plan.startYear)
    r.fail("end_year", "= " + std::to_string(plan.endYear) + " sớm hơn năm bắt đầu " + std::to_string(plan.startYear) + ".",
           "= " + std::to_string(plan.endYear) + " is before the start year " + std::to_string(plan.startYear) + ".");

  std::vector<std::pair<std::string, std::string>> tree;
  std::set<std::string> codes, units;
  for (const auto& ind : plan.indicators) {
    tree.emplace_back(ind.code, ind.parent);
    codes.insert(ind.code);
  }
  checkTree(r, "indicators", "code", tree, "chỉ tiêu", "indicator");
  tree.clear();
  for (const auto& u : plan.orgUnits) {
    tree.emplace_back(u.id, u.parent);
    units.insert(u.id);
  }
  checkTree(r, "org_units", "id", tree, "đơn vị", "unit");

  bool reportingUnits = false;
  for (std::size_t i = 0; i < plan.orgUnits.size(); ++i) {
    const OrgUnit& u = plan.orgUnits[i];
    reportingUnits |= u.level == plan.reportingLevel;
    for (auto [field, value] : {std::pair<const char*, const std::string*>{"valid_from", &u.validFrom},
                                {"valid_to", &u.validTo}})
      if (!isoDate(*value))
        r.fail(at("org_units", i, field), "= '" + *value + "' phải là ngày dạng NĂM-THÁNG-NGÀY, ví dụ 2025-06-30.",
               "= '" + *value + "' must be a date written YEAR-MONTH-DAY, e.g. 2025-06-30.");
    if (!u.validFrom.empty() && !u.validTo.empty() && u.validTo < u.validFrom)
      r.fail(at("org_units", i, "valid_to"), "sớm hơn valid_from.", "is before valid_from.");
  }
  if (!plan.orgUnits.empty() && !reportingUnits)
    r.fail("reporting_level", "= '" + plan.reportingLevel + "': không có đơn vị nào trong org_units ở cấp này.",
           "= '" + plan.reportingLevel + "': no unit in org_units has this level.");

  for (std::size_t i = 0; i < plan.deadlines.size(); ++i) {
    const Deadline& d = plan.deadlines[i];
    const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d.day > days[d.month - 1])
      r.fail(at("deadlines", i, "day"), "= " + std::to_string(d.day) + ": tháng " + std::to_string(d.month) +
                                            " không có ngày này.",
             "= " + std::to_string(d.day) + ": month " + std::to_string(d.month) + " has no such day.");
  }

  checkContent(r, plan.content, "content", codes);

  for (const auto& [code, row] : plan.allocation) {
    const Indicator* ind = nullptr;
    for (const auto& i : plan.indicators)
      if (i.code == code) ind = &i;
    if (!ind)
      r.fail("allocation." + code, "không có chỉ tiêu nào mang mã '" + code + "' trong indicators.",
             "no indicator in indicators has the code '" + code + "'.");
    for (const auto& [unit, v] : row) {
      if (!units.count(unit))
        r.fail("allocation." + code + "." + unit, "không có đơn vị nào mang mã '" + unit + "' trong org_units.",
               "no unit in org_units has the id '" + unit + "'.");
      if (ind->percent && v > 1)
        r.fail("allocation." + code + "." + unit, "là tỷ lệ nên phải viết dạng phân số (15% là 0.15).",
               "is a percentage, so write it as a fraction (15% is 0.15).");
    }
  }
}

}  // namespace p8::planjson
