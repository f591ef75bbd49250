// Where the add-in functions get their plan: an explicit argument (a built-in id or a path
// to a plan JSON file), else the plan chosen for the document (user-defined document
// property "P8Plan", set from the sidebar) — the plan kept in the document itself
// ("P8PlanData") when P8Plan names its id —, else bac-kan-2022. Plans are loaded once and
// cached for the life of the office; a document's choice is read once per document.
#pragma once
#include "core/plan/plan.hpp"
#include "uno/common/args.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/uno/Any.hxx>

#include <memory>
#include <string>
#include <vector>

namespace p8::uno {

using PlanPtr = std::shared_ptr<const Plan>;

// A plan that cannot be loaded; what() is the English message (the log's), both kept.
struct PlanLoadError : ArgError {
  PlanLoadError(std::string vi, const std::string& en) : ArgError(en), message_vi(std::move(vi)) {}
  std::string message_vi;
};

std::string plansDir();                                 // <extension>/plans
PlanPtr loadPlan(const std::string& idOrPath);          // throws PlanLoadError with a clear message
std::vector<PlanPtr> builtinPlans();                    // all built-in plans (cached)
// From now on loadPlan(key) gives `plan` (a plan kept in a workbook, asked for by its path).
void registerPlan(const std::string& key, PlanPtr plan);
PlanPtr cachedPlan(const std::string& key);   // loaded or registered under key, else nullptr
PlanPtr planFor(const css::uno::Reference<css::beans::XPropertySet>& document,
                const css::uno::Any& planArgument);
// The sidebar calls this when the user picks a plan, so functions see it without re-reading.
void rememberDocumentPlan(const css::uno::Reference<css::uno::XInterface>& document,
                          const std::string& idOrPath);
std::string documentPlanId(const css::uno::Reference<css::uno::XInterface>& document);
// The plan chosen for the document (loaded), nullptr when none was chosen; throws ArgError
// when the chosen plan cannot be loaded.
PlanPtr chosenPlan(const css::uno::Reference<css::uno::XInterface>& document);
// Stores the choice in the document ("P8Plan") and in the cache the functions read.
void chooseDocumentPlan(const css::uno::Reference<css::uno::XInterface>& document,
                        const std::string& idOrPath);
// The plan kept in the document (P8PlanData), nullptr when it keeps none; throws
// PlanLoadError when the kept text is no valid plan.
PlanPtr keptPlan(const css::uno::Reference<css::uno::XInterface>& document);
// Keeps `plan` in the document (its JSON in P8PlanData) and chooses it (P8Plan = its id), so
// the file carries its plan: functions, the check and reports use it without any path.
void keepDocumentPlan(const css::uno::Reference<css::uno::XInterface>& document, const Plan& plan);
// Plan files the user loaded or made lately (newest first, at most 8), kept in the user
// profile (p8calc-recent-plans.txt) so every document's plan list offers them.
std::vector<std::string> recentPlanFiles(const std::string& profileDir);
void rememberRecentPlanFile(const std::string& profileDir, const std::string& path);

}  // namespace p8::uno
