// The `p8calc consolidate` output: the JSON contract (schema_version 1, documented in the
// README; other tools rely on it) and a readable summary that puts the units to chase first.
// "files" holds, per checked file, exactly the object `p8calc check --format json` prints,
// written by the check's own writer (json_out.hpp).
#pragma once
#include "core/consolidate/consolidate.hpp"

#include <string>

namespace p8 {

// {"schema_version":1,"plan":id,"period":year,
//  "units":[{"unit":id,"name","status","files":[path…],"evidence":{kind,sheet,cell,text}|null,"late":bool}],
//  "totals":[{"indicator","unit":""|id,"plan","allocated","actual","cumulative","gap",
//             "units_counted":n,"units_expected":m}],
//  "files":[…the objects of p8calc check…],
//  "kind","deadline","as_of",
//  "findings":[{code,severity,unit,files,sheet,cell,expected,actual,message_vi,message_en}],
//  only when the plan's units have predecessors (former_units.hpp):
//  "by_former_unit":[{"id","name","level","units":[id…],"units_received":n,"units_total":m,
//                     "not_received":[id…],"totals":[{"indicator","allocated","actual","cumulative",
//                                                      "units_counted","units_expected"}]}],
//  "by_former_unit_unassigned":[id…],"by_former_unit_shared":[id…]}
// Missing figures are null, never 0.
std::string consolidationJson(const Consolidation& c);
// lang "vi" or "en" (anything else: vi). With predecessors it ends with the totals by former
// district (every former district, its communes not counted named).
std::string consolidationText(const Consolidation& c, const Plan& plan, const std::string& lang);

}  // namespace p8
