// Writing a plan as JSON (the inverse of parsePlan) and comparing two plans. A plan made from
// a workbook is saved next to it, and the test of every writer is that plan → JSON → plan
// gives the same plan, field for field: planDifference says where two plans differ.
#pragma once
#include "core/plan/plan.hpp"

#include <string>

namespace p8 {

// The plan in schema version 1 (plans/README.md), UTF-8, two-space indents, fields in the
// order the README lists them; numbers written so that they read back exactly.
std::string planToJson(const Plan& plan);
// Writes planToJson(plan) to path; PlanError (vi/en, naming the file) when it cannot.
void savePlanFile(const Plan& plan, const std::string& path);

// "" when a and b hold the same plan; else the first field that differs, as a field path
// with both values: "indicators[3].target: 12 ≠ 13".
std::string planDifference(const Plan& a, const Plan& b);

}  // namespace p8
