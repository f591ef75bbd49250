// The words of a plan's reporting level. Phase I plans report by district ("huyện"), plans
// since 1 July 2025 by commune and ward ("xã, phường"); every message, panel, report and
// template that names the reporting units takes its words from here, so a commune plan never
// says "tổng các huyện".
#pragma once
#include "core/plan/plan.hpp"

#include <string>
#include <string_view>

namespace p8 {

struct LevelWords {
  LocalText one;    // a unit: "huyện" / "district", "xã, phường" / "commune/ward"
  LocalText many;   // units: "huyện" / "districts", "xã, phường" / "communes and wards"
  // Capitalised for headings: "Huyện" / "District", "Xã, phường" / "Commune/ward".
  LocalText title() const;
};

// Words of a level code: "province", "district", "commune" (also "ward"); any other level
// gives "đơn vị" / "unit", so a message stays readable.
LevelWords levelWords(std::string_view level);
// The words of the plan's reporting level (Plan::reportingLevel).
LevelWords reportingWords(const Plan& plan);

}  // namespace p8
