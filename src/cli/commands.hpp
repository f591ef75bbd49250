// The subcommands of `p8calc` (README "p8calc check", "p8calc report"): each parses its
// options, starts the private office once, hands every file to the extension's batch service
// (XBatch) and prints. Exit status: check 0 no ERROR · 1 an ERROR · 2 a file or an argument
// could not be used; report/template/plan 0 written · 2 otherwise.
#pragma once
#include "office_client.hpp"

#include <string>
#include <vector>

namespace p8::cli {

int checkCommand(const std::vector<std::string>& args, OfficeClient& office);
int reportCommand(const std::vector<std::string>& args, OfficeClient& office);
int templateCommand(const std::vector<std::string>& args, OfficeClient& office);
int planCommand(const std::vector<std::string>& args, OfficeClient& office);

// "p8calc: vi\n        en" on stderr (control characters escaped); returns 2.
int failUsage(const std::string& vi, const std::string& en);
// The message of a failed office call, by what happened to the office.
std::pair<std::string, std::string> officeLostMessage(OfficeFailure f, const std::string& file, int timeout);

}  // namespace p8::cli
