#include "interaction.hpp"

#include <com/sun/star/task/XInteractionAbort.hpp>
#include <com/sun/star/task/XInteractionPassword.hpp>
#include <com/sun/star/task/XInteractionRequest.hpp>

namespace p8::cli {

using css::uno::Reference;
using css::uno::UNO_QUERY;

void RefusingHandler::handle(const Reference<css::task::XInteractionRequest>& request) {
  try {
    const auto continuations = request->getContinuations();
    bool password = false;
    for (const auto& c : continuations)
      if (Reference<css::task::XInteractionPassword>(c, UNO_QUERY).is()) password = true;
    what = str(request->getRequest().getValueTypeName());
    if (password) passwordAsked = true;
    else if (what == "com.sun.star.document.FilterOptionsRequest") optionsAsked = true;
    else if (what == "com.sun.star.task.ErrorCodeRequest" || what == "com.sun.star.document.BrokenPackageRequest")
      damageReported = true;
    for (const auto& c : continuations)
      if (Reference<css::task::XInteractionAbort> abort{c, UNO_QUERY}; abort.is()) {
        abort->select();
        return;
      }
  } catch (...) {   // a handler that throws would hand the question to the office's own UI
  }
}

}  // namespace p8::cli
