// The grouping by former unit (see the header). It reads only what the consolidation decided
// — each unit's status and its totals line per indicator — so a group's sum is the sum of the
// very figures the province's totals hold, and the former units of a commune come from the
// plan's history (plan_history.hpp), the one walk over predecessors.
#include "core/consolidate/former_units.hpp"

#include "core/consolidate/consolidate.hpp"
#include "core/plan/plan_history.hpp"
#include "core/plan/plan_level.hpp"

#include <map>
#include <set>

namespace p8 {
namespace {

void add(std::optional<double>& sum, const std::optional<double>& v) {
  if (v) sum = sum.value_or(0) + *v;
}

// The earliest date on which one of the units was formed from a unit of `level`.
std::string formedSince(const Plan& plan, const std::vector<UnitReport>& units) {
  std::string since;
  for (const UnitReport& r : units)
    if (const OrgUnit* u = plan.findUnit(r.id))
      for (const Predecessor& p : u->predecessors) {
        const std::string day = !p.date.empty() ? p.date : u->validFrom;
        if (!day.empty() && (since.empty() || day < since)) since = day;
      }
  return since.size() >= 10 ? since.substr(0, 10) : since;
}

}  // namespace

const FormerUnitTotal* FormerUnitGroup::total(const std::string& indicator) const {
  for (const auto& t : totals)
    if (t.indicator == indicator) return &t;
  return nullptr;
}

const FormerUnitGroup* FormerGrouping::group(const std::string& id) const {
  for (const auto& g : groups)
    if (g.id == id) return &g;
  return nullptr;
}

std::optional<FormerGrouping> groupByFormerUnit(const Consolidation& c, const Plan& plan, std::string_view level) {
  bool history = false;
  for (const UnitReport& r : c.units)
    if (const OrgUnit* u = plan.findUnit(r.id); u && !u->predecessors.empty()) history = true;
  if (!history) return std::nullopt;

  FormerGrouping g;
  g.level = std::string(level);
  g.since = formedSince(plan, c.units);
  std::map<std::string, std::vector<const UnitReport*>> members;   // former id → its units expected
  for (const UnitReport& r : c.units) {
    const auto formers = formerUnitsOf(plan, r.id, level);
    if (formers.empty()) g.unassigned.push_back(r.id);
    else if (formers.size() > 1) g.shared.push_back(r.id);
    else members[formers.front()->id].push_back(&r);
  }
  for (const OrgUnit& former : plan.orgUnits) {   // plan order
    auto m = members.find(former.id);
    if (m == members.end()) continue;
    FormerUnitGroup group{former.id, former.name, former.level, {}, {}, 0, {}};
    for (const UnitReport* r : m->second) {
      group.units.push_back(r->id);
      if (r->status == UnitStatus::Received) ++group.unitsReceived;
      else group.notReceived.push_back(r->id);
    }
    for (const Indicator& ind : plan.indicators) {
      FormerUnitTotal t;
      t.indicator = ind.code;
      t.unitsExpected = static_cast<int>(m->second.size());
      for (const UnitReport* r : m->second) {
        const ConsolidatedTotal* line = c.total(ind.code, r->id);
        if (!line) continue;
        t.unitsCounted += line->unitsCounted;
        if (ind.percent) continue;   // rates of units do not add up, as in the province's totals
        add(t.allocated, line->allocated);
        add(t.actual, line->actual);
        add(t.cumulative, line->cumulative);
        add(t.planYear, line->planYear);
      }
      group.totals.push_back(std::move(t));
    }
    g.groups.push_back(std::move(group));
  }
  return g;
}

std::string formerUnitLabel(const FormerUnitGroup& g, bool en) {
  if (!adminPrefixLevel(g.name).empty()) return g.name;
  const LocalText title = levelWords(g.level).title();
  return (en ? title.en : title.vi) + " " + g.name;
}

}  // namespace p8
