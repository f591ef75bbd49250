// The `p8calc check` output: the JSON contract (schema_version 1, documented in README) and
// a readable text table. JSON is written by hand: the contract fixes key order, numbers
// must stay numbers (Boost.PropertyTree's writer would quote them) and text must stay valid
// UTF-8 whatever a sheet holds.
#pragma once
#include "core/check/check.hpp"
#include "core/parse/json_escape.hpp"   // jsonEscape, for the writers that use this one

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace p8 {

using FileResult = std::pair<std::string, CheckResult>;   // file name, its result

// {"schema_version":1,"files":[{"file","plan","tables":[{sheet,range,kind}],
//   "findings":[{code,severity,sheet,cell,expected,actual,message_vi,message_en}],
//   "totals":[{indicator,district,plan,allocated,actual,gap}],
//   "plan_evidence":{seen_vi,seen_en,message_vi,message_en}}]}; empty figures are null.
std::string toJson(const std::vector<FileResult>& files);
// The CLI's default output; lang "vi" or "en" (anything else: vi).
std::string toText(const std::vector<FileResult>& files, const std::string& lang);

// A JSON number, or null for an empty or non-finite figure.
std::string jsonNumber(const std::optional<double>& v);

}  // namespace p8
