// Findings: what the check tells the user. Each has a code that never changes meaning (a
// public interface: `p8calc check --format json`, accepted warnings stored in documents and
// other tools rely on it), a severity, the cell, machine-readable expected/actual values and
// a message in plain Vietnamese that says what to do, and in English.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace p8 {

enum class Severity { Error, Warning, Info };
const char* severityCode(Severity s);   // "ERROR" | "WARNING" | "INFO" (stable)

struct Finding {
  std::string code;                     // stable code, see findingCatalogue()
  Severity severity = Severity::Error;
  std::string sheet, cell;              // cell in A1 style; "" when not about one cell
  std::string expected, actual;         // machine-readable ("380", "0.15"), may be ""
  std::string message_vi, message_en;
};

struct FindingKind {
  std::string code;
  Severity severity;
  std::string title_vi, title_en;       // short titles for legends and the findings sheet
};
// Every code that can ever be emitted, in a stable order (errors first within each family).
const std::vector<FindingKind>& findingCatalogue();
// The catalogue entry of a code, nullptr when there is none.
const FindingKind* findFindingKind(std::string_view code);

// Severity from the catalogue; an unknown code is a programming error (std::logic_error).
Finding makeFinding(std::string code, std::string sheet, std::string cell, std::string expected,
                    std::string actual, std::string vi, std::string en);

// "code@sheet!cell": the key under which a user accepts a warning (remembered in the
// document). A finding about no single cell (e.g. indicator-missing) is told apart by its
// subject: "code@sheet!#expected", so accepting one missing indicator accepts only that one.
std::string findingKey(const Finding& f);

// expected/actual are machine-readable: the shortest text that reads back as the same
// double ("380", "0.15", "1234.5"); "" for NaN or infinity.
std::string machineNumber(double v);

}  // namespace p8
