// The last check of each open document, shared by the dispatch handler (menu, toolbar) and
// the sidebar panels: whoever runs the check stores the result here, and every panel
// listening is told, so a check from the menu also fills the sidebar. UI thread only.
#pragma once
#include "core/check/check.hpp"
#include "uno/common/plans.hpp"

#include <com/sun/star/uno/XInterface.hpp>

#include <functional>
#include <memory>
#include <string>

namespace p8::uno {

namespace css = com::sun::star;

struct DocResult {
  PlanPtr plan;              // nullptr when no plan could be chosen
  CheckResult check;
  std::string error_vi, error_en;   // a check that could not run says why
  int highlighted = 0;       // cells marked on the sheets
  bool highlightsCapped = false;
  std::string note_vi, note_en;     // e.g. why no results sheet was written
};

std::shared_ptr<const DocResult> lastResult(const css::uno::Reference<css::uno::XInterface>& doc);
void storeResult(const css::uno::Reference<css::uno::XInterface>& doc, DocResult result);

// Listeners get the document's canonical interface pointer (compare, never dereference).
using ResultListener = std::function<void(const void* doc)>;
int addResultListener(ResultListener listener);
void removeResultListener(int id);
const void* documentKey(const css::uno::Reference<css::uno::XInterface>& doc);

}  // namespace p8::uno
