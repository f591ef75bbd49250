// The subcommands of `p8calc` (README "p8calc check", "p8calc report"): each parses its
// options, starts the private office once, hands every file to the extension's batch service
// (XBatch) and prints. Exit status: check 0 no ERROR · 1 an ERROR · 2 a file or an argument
// could not be used; report/template/plan 0 written · 2 otherwise; consolidate 0 no ERROR · 1 an
// ERROR · 2 a bad argument or plan.
#pragma once
#include "office_client.hpp"

#include <string>
#include <vector>

namespace p8::cli {

int checkCommand(const std::vector<std::string>& args, OfficeClient& office);
int reportCommand(const std::vector<std::string>& args, OfficeClient& office);
int templateCommand(const std::vector<std::string>& args, OfficeClient& office);
int planCommand(const std::vector<std::string>& args, OfficeClient& office);
int consolidateCommand(const std::vector<std::string>& args, OfficeClient& office);
int plansCommand(const std::vector<std::string>& args, OfficeClient& office);

// "p8calc: vi\n        en" on stderr (control characters escaped); returns 2.
int failUsage(const std::string& vi, const std::string& en);
// The message of a failed office call, by what happened to the office.
std::pair<std::string, std::string> officeLostMessage(OfficeFailure f, const std::string& file, int timeout);

// The --out paths made absolute; {"", ""} when they are fine (.ods/.xlsx/.pdf in an existing
// folder, not `source` itself), else the reason (vi, en).
std::pair<std::string, std::string> checkOutputs(std::vector<std::string>& outs, const std::string& source);
// Before the office: why a file cannot be handed to it (vi, en) — missing, unreadable, no
// regular file (a FIFO would block the load for ever) or empty —; {"", ""} when it can.
std::pair<std::string, std::string> precheck(const std::string& path);
// The canonical path of an existing file, "" otherwise.
std::string realPath(const std::string& path);

// The one handler of a failed office call, inside a catch block: the batch's refusal
// (IllegalArgumentException: its vi/en message, after `prefix`), a lost office (crashed or
// timed out, naming `file`) or any other failure, as a message on stderr; the office is
// stopped. Returns 2.
int officeFailure(OfficeClient& office, const std::string& file, const std::string& prefix = "");

// Starts the office, runs `body` under the call deadline and stops the office; a failure
// goes through officeFailure. Returns body's exit status, else 2.
template <class Body>
int inOffice(OfficeClient& office, const std::string& file, const std::string& prefix, Body&& body) {
  try {
    office.start();
    office.arm();
    const int rc = body();
    office.disarm();
    office.stop();
    return rc;
  } catch (...) {
    return officeFailure(office, file, prefix);
  }
}

}  // namespace p8::cli
