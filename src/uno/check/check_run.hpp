// One-click validation, shared by the menu/toolbar (dispatch) and the sidebar: read the
// document in bulk, choose the plan (the document's choice, else inferred from its texts),
// run the core check, then
// replace the findings sheet and the highlights (one undo step: check_output.hpp). The user's cells are only read.
#pragma once
#include "uno/check/check_output.hpp"
#include "uno/check/plan_choice.hpp"
#include "uno/check/results.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace p8::uno {

namespace css = com::sun::star;

// Runs the check on the frame's document and stores the result (listeners are told).
// Never throws: a failure is a DocResult with error_vi/error_en set.
std::shared_ptr<const DocResult> runCheck(const css::uno::Reference<css::uno::XComponentContext>& ctx,
                                          const css::uno::Reference<css::frame::XFrame>& frame);

// Accepts the warnings with these keys (remembered in the document) and re-runs the check.
std::shared_ptr<const DocResult> acceptAndRecheck(const css::uno::Reference<css::uno::XComponentContext>& ctx,
                                                  const css::uno::Reference<css::frame::XFrame>& frame,
                                                  const std::vector<std::string>& keys);

css::uno::Reference<css::frame::XModel> frameModel(const css::uno::Reference<css::frame::XFrame>& frame);

}  // namespace p8::uno
