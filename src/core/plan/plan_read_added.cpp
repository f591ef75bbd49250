// Fields added to schema 1 after plan_read.cpp (plans/README.md): `notes` (what a plan
// assumes, for the people who use it) and org_units[].predecessors (which units a unit was
// formed from, and when). Read after the other fields and checked after them: every id known, no unit formed from itself through any chain, and dates in order —
// a predecessor must have ended before the change and the unit must exist on its day.
#include "core/plan/plan_json_reader.hpp"

#include <functional>
#include <map>

namespace p8::planjson {
namespace {

std::string unitField(std::size_t i, std::size_t k, const char* field) {
  return "org_units[" + std::to_string(i) + "].predecessors[" + std::to_string(k) + "]" +
         (*field ? std::string(".") + field : std::string());
}

}  // namespace

bool isoDate(const std::string& s) {
  if (s.empty()) return true;
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (int k : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[k] < '0' || s[k] > '9') return false;
  const int y = std::stoi(s.substr(0, 4)), m = std::stoi(s.substr(5, 2)), d = std::stoi(s.substr(8, 2));
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  const int days[] = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m >= 1 && m <= 12 && d >= 1 && d <= days[m - 1];
}

void readHistory(const ptree& root, const Reader& r, Plan& plan) {
  plan.notes = r.local(root, "notes", "");
  std::size_t i = 0;
  r.list(root, "org_units", "", [&](const ptree& v, const std::string& p) {
    if (i >= plan.orgUnits.size()) return;   // readPlan read the same list
    OrgUnit& u = plan.orgUnits[i++];
    r.list(v, "predecessors", p, [&](const ptree& e, const std::string& q) {
      Predecessor pre;
      pre.id = r.str(e, "id", q, true);
      pre.date = r.str(e, "date", q);
      u.predecessors.push_back(std::move(pre));
    });
  });
}

void validateHistory(const Plan& plan, const Reader& r) {
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < plan.orgUnits.size(); ++i) index.emplace(plan.orgUnits[i].id, i);
  for (std::size_t i = 0; i < plan.orgUnits.size(); ++i) {
    const OrgUnit& u = plan.orgUnits[i];
    for (std::size_t k = 0; k < u.predecessors.size(); ++k) {
      const Predecessor& p = u.predecessors[k];
      auto it = index.find(p.id);
      if (it == index.end())
        r.fail(unitField(i, k, "id"), "= '" + p.id + "': không có đơn vị nào mang mã này trong org_units.",
               "= '" + p.id + "': no unit in org_units has this id.");
      if (p.id == u.id)
        r.fail(unitField(i, k, "id"), "= '" + p.id + "': một đơn vị không thể được hình thành từ chính nó.",
               "= '" + p.id + "': a unit cannot be formed from itself.");
      if (!isoDate(p.date))
        r.fail(unitField(i, k, "date"), "= '" + p.date + "' phải là ngày dạng NĂM-THÁNG-NGÀY, ví dụ 2025-07-01.",
               "= '" + p.date + "' must be a date written YEAR-MONTH-DAY, e.g. 2025-07-01.");
      const OrgUnit& pred = plan.orgUnits[it->second];
      const std::string day = p.date.empty() ? u.validFrom : p.date;
      if (day.empty()) continue;
      const std::string field = unitField(i, k, p.date.empty() ? "" : "date");
      if (!pred.validTo.empty() && pred.validTo >= day)
        r.fail(field, "ngày " + day + " không sau ngày '" + pred.id + "' chấm dứt (" + pred.validTo +
                          "): đơn vị cũ phải chấm dứt trước khi đơn vị mới được hình thành.",
               "date " + day + " is not after '" + pred.id + "' ended (" + pred.validTo +
                   "): the former unit must end before the new one is formed.");
      if (!pred.validFrom.empty() && pred.validFrom >= day)
        r.fail(field, "ngày " + day + " không sau ngày '" + pred.id + "' bắt đầu (" + pred.validFrom + ").",
               "date " + day + " is not after '" + pred.id + "' began (" + pred.validFrom + ").");
      if (!p.date.empty() && ((!u.validFrom.empty() && p.date < u.validFrom) || (!u.validTo.empty() && p.date > u.validTo)))
        r.fail(field, "ngày " + p.date + " nằm ngoài thời gian tồn tại của '" + u.id + "' (valid_from … valid_to).",
               "date " + p.date + " is outside the time '" + u.id + "' exists (valid_from … valid_to).");
    }
  }
  // No unit formed from itself through a chain: a depth-first walk with colours.
  std::vector<int> colour(plan.orgUnits.size(), 0);   // 0 new, 1 on the path, 2 done
  std::function<void(std::size_t)> visit = [&](std::size_t i) {
    colour[i] = 1;
    const OrgUnit& u = plan.orgUnits[i];
    for (std::size_t k = 0; k < u.predecessors.size(); ++k) {
      const std::size_t j = index.at(u.predecessors[k].id);
      if (colour[j] == 1)
        r.fail(unitField(i, k, "id"), "= '" + u.predecessors[k].id + "' tạo thành vòng lặp: '" + u.id +
                                          "' lại là tiền thân của chính nó.",
               "= '" + u.predecessors[k].id + "' makes a loop: '" + u.id + "' would be its own predecessor.");
      if (colour[j] == 0) visit(j);
    }
    colour[i] = 2;
  };
  for (std::size_t i = 0; i < plan.orgUnits.size(); ++i)
    if (colour[i] == 0) visit(i);
}

}  // namespace p8::planjson
