// Successors and former units of a plan's units, and totals grouped by former unit (see the
// header). Plans are small (a few hundred units), so plain walks over org_units are enough;
// the validator has already refused loops, and the walks are bounded all the same.
#include "core/plan/plan_history.hpp"

#include <algorithm>
#include <set>

namespace p8 {
namespace {

bool contains(const std::vector<const OrgUnit*>& v, const OrgUnit* u) {
  return std::find(v.begin(), v.end(), u) != v.end();
}

// Collects the units of `level` reached from u by predecessors and parents.
void collectFormer(const Plan& plan, const OrgUnit& u, std::string_view level, std::set<std::string>& seen,
                   std::vector<const OrgUnit*>& out) {
  for (const auto& p : u.predecessors) {
    for (const OrgUnit* q = plan.findUnit(p.id); q; q = q->parent.empty() ? nullptr : plan.findUnit(q->parent)) {
      if (!seen.insert(q->id).second) break;
      if (q->level == level) {
        if (!contains(out, q)) out.push_back(q);
        break;
      }
      collectFormer(plan, *q, level, seen, out);
    }
  }
}

}  // namespace

std::vector<const OrgUnit*> formerUnitsOf(const Plan& plan, std::string_view id, std::string_view level) {
  std::vector<const OrgUnit*> found;
  const OrgUnit* u = plan.findUnit(id);
  if (!u) return found;
  std::set<std::string> seen{u->id};
  collectFormer(plan, *u, level, seen, found);
  std::vector<const OrgUnit*> out;   // file order
  for (const auto& x : plan.orgUnits)
    if (contains(found, &x)) out.push_back(&x);
  return out;
}

std::vector<const OrgUnit*> Plan::successorsOf(std::string_view id) const {
  std::vector<const OrgUnit*> out;
  const OrgUnit* former = findUnit(id);
  if (!former) return out;
  for (const OrgUnit* u : districts()) {
    if (u->id == former->id) continue;
    for (const OrgUnit* f : formerUnitsOf(*this, u->id, former->level))
      if (f == former) out.push_back(u);
  }
  return out;
}

FormerTotals totalsByFormerUnit(const Plan& plan, const std::map<std::string, double>& figures,
                                std::string_view level) {
  FormerTotals out;
  std::map<std::string, std::size_t> slot;
  for (const auto& u : plan.orgUnits)
    if (u.level == level) {
      slot[u.id] = out.byFormer.size();
      out.byFormer.push_back(FormerTotal{u.id, u.name, std::nullopt, {}, {}});
    }
  for (const OrgUnit* u : plan.districts()) {
    const auto formers = formerUnitsOf(plan, u->id, level);
    const auto fig = figures.find(u->id);
    if (formers.size() > 1) {
      if (fig != figures.end()) out.shared.push_back(u->id);
      continue;
    }
    if (formers.empty()) {
      if (fig != figures.end()) out.unassigned.push_back(u->id);
      continue;
    }
    FormerTotal& t = out.byFormer[slot.at(formers.front()->id)];
    if (fig == figures.end()) {
      t.missing.push_back(u->id);
      continue;
    }
    t.total = t.total.value_or(0) + fig->second;
    t.units.push_back(u->id);
  }
  for (const auto& [id, v] : figures) {
    (void)v;
    const OrgUnit* u = plan.findUnit(id);
    if (!u || u->level != plan.reportingLevel) out.unassigned.push_back(id);
  }
  return out;
}

}  // namespace p8
