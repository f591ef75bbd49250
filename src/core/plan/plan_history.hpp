// Units that carry their history: since 1 July 2025 provinces report by commune and ward, but
// phase I (2021–2025) was planned by district. A plan that says which units each commune was
// formed from (OrgUnit::predecessors) lets the new figures be summed back to the former
// districts, so a province can compare the phases unit by unit. Nothing is guessed: a unit
// formed from several former units of the level cannot be split and is named, not counted.
#pragma once
#include "core/plan/plan.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace p8 {

// The units of `level` that `id` was formed from, directly or through units in between (a
// predecessor of another level is followed further back, and up its parents), file order.
std::vector<const OrgUnit*> formerUnitsOf(const Plan& plan, std::string_view id, std::string_view level);

struct FormerTotal {
  std::string id, name;                 // the former unit
  std::optional<double> total;          // empty when none of its successors has a figure (never a 0 of nothing)
  std::vector<std::string> units;       // reporting units summed into it, file order
  std::vector<std::string> missing;     // its successors without a figure
};

struct FormerTotals {
  std::vector<FormerTotal> byFormer;    // every former unit of the level, file order
  std::vector<std::string> unassigned;  // units with a figure but no former unit of the level
  std::vector<std::string> shared;      // units formed from several: their figure cannot be split
};

// Per-unit figures of a commune plan (unit id → value) summed back to the former units of
// `level` ("district": Bắc Kạn's 8 districts from Thái Nguyên's 37 communes). Figures of ids
// that are no unit of the plan are ignored by the caller's choice: they are listed unassigned.
FormerTotals totalsByFormerUnit(const Plan& plan, const std::map<std::string, double>& figures,
                                std::string_view level = "district");

}  // namespace p8
