// Findings: what the check tells the user, with a code that never changes meaning (a public
// interface: `p8calc check --format json` and other tools rely on it), the cell, and a
// message in plain Vietnamese that says what to do, and in English.
#pragma once
#include <string>
#include <vector>

namespace p8 {

enum class Severity { Error, Warning, Info };
const char* severityCode(Severity s);   // "ERROR" | "WARNING" | "INFO"

struct Finding {
  std::string code;
  Severity severity = Severity::Error;
  std::string sheet, cell;              // cell in A1 style; "" when not about one cell
  std::string expected, actual;         // machine-readable ("380", "0.15"), may be ""
  std::string message_vi, message_en;
};

struct FindingKind { std::string code; Severity severity; std::string title_vi, title_en; };
const std::vector<FindingKind>& findingCatalogue();   // every code that can be emitted
// Severity from the catalogue; an unknown code is a programming error (throws).
Finding makeFinding(const std::string& code, std::string sheet, std::string cell,
                    std::string expected, std::string actual, std::string vi, std::string en);
std::string findingKey(const Finding& f);            // "code@sheet!cell" (accepted warnings)

}  // namespace p8
