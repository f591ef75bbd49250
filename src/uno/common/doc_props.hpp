// What p8calc remembers inside a document, as user-defined document properties (File ▸
// Properties ▸ Custom Properties), never in cells: the chosen plan ("P8Plan"), the plan kept
// in the document itself ("P8PlanData": the plan file's JSON, so the workbook carries its plan
// to another folder or machine) and the warnings the user accepted ("P8AcceptedWarnings", one
// finding key per line).
#pragma once
#include <com/sun/star/uno/XInterface.hpp>

#include <string>
#include <vector>

namespace p8::uno {

namespace css = com::sun::star;

extern const char* const kPlanProperty;
extern const char* const kPlanDataProperty;
extern const char* const kAcceptedProperty;

// "" when the document has no such property (or is not a document).
std::string userProperty(const css::uno::Reference<css::uno::XInterface>& doc, const char* name);
// Adds or replaces the property; an empty value removes it.
void setUserProperty(const css::uno::Reference<css::uno::XInterface>& doc, const char* name,
                     const std::string& value);

std::vector<std::string> acceptedWarnings(const css::uno::Reference<css::uno::XInterface>& doc);
void acceptWarnings(const css::uno::Reference<css::uno::XInterface>& doc,
                    const std::vector<std::string>& keys);
void forgetAcceptedWarnings(const css::uno::Reference<css::uno::XInterface>& doc);

}  // namespace p8::uno
