// The `p8calc check` output: the JSON contract (schema_version 1, documented in README) and
// a readable text table. Written by hand: the contract fixes key order and number format.
#pragma once
#include "core/check.hpp"

#include <string>
#include <utility>
#include <vector>

namespace p8 {

using FileResult = std::pair<std::string, CheckResult>;
std::string toJson(const std::vector<FileResult>& files);
std::string toText(const std::vector<FileResult>& files, const std::string& lang);
std::string jsonEscape(const std::string& s);

}  // namespace p8
