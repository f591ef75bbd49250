// Phase I comparisons: since 1 July 2025 provinces report by commune and ward, but phase I
// (2021–2025) was planned and reported by district. When the plan says which units each
// commune was formed from (OrgUnit::predecessors), the consolidation also sums the communes'
// figures back to the former districts ("Thái Nguyên's 37 communes → Bắc Kạn's 8 districts").
// The rules of the consolidation hold in every group: only the files counted are summed, a
// commune whose file is missing, duplicated or unreadable is named in its group (never a
// silent 0), a sum says how many communes it holds, and a commune formed from several former
// districts cannot be split, so it is named and counted in none.
#pragma once
#include "core/plan/plan.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace p8 {

struct Consolidation;

struct FormerUnitTotal {
  std::string indicator;
  std::optional<double> allocated, actual, cumulative, planYear;   // empty for rates (not summed) and when no unit gave one
  int unitsCounted = 0, unitsExpected = 0;
};

struct FormerUnitGroup {
  std::string id, name, level;            // the former unit (a district of phase I)
  std::vector<std::string> units;         // its successors expected in the period, plan order
  std::vector<std::string> notReceived;   // of them: the units whose file is not counted (missing, duplicate, unreadable)
  int unitsReceived = 0;
  std::vector<FormerUnitTotal> totals;    // one per indicator, plan order
  const FormerUnitTotal* total(const std::string& indicator) const;
};

struct FormerGrouping {
  std::string level;                      // the former units' level: "district"
  std::string since;                      // ISO date the units were formed (earliest predecessor date), "" unknown
  std::vector<FormerUnitGroup> groups;    // former units reached by the units expected, plan order
  std::vector<std::string> unassigned;    // units expected with no former unit of the level
  std::vector<std::string> shared;        // units formed from several former units: in no group
  const FormerUnitGroup* group(const std::string& id) const;
};

// The grouping of a consolidation by the former units of `level`; empty when no unit expected
// in the period has predecessors (a phase I plan: nothing to compare).
std::optional<FormerGrouping> groupByFormerUnit(const Consolidation& c, const Plan& plan,
                                                std::string_view level = "district");

// "Huyện Ba Bể" for a former unit named "Ba Bể"; a name with its own prefix ("Thành phố Bắc
// Kạn") as it is.
std::string formerUnitLabel(const FormerUnitGroup& g, bool en);

}  // namespace p8
