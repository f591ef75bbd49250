// See refusing_handler.hpp. Only UNO headers and the URE: no helper of either process.
#include "uno/batch/refusing_handler.hpp"

#include <com/sun/star/task/XInteractionAbort.hpp>
#include <com/sun/star/task/XInteractionPassword.hpp>
#include <com/sun/star/task/XInteractionRequest.hpp>

namespace p8 {

using css::uno::Reference;
using css::uno::UNO_QUERY;

void RefusingHandler::handle(const Reference<css::task::XInteractionRequest>& request) {
  try {
    const auto continuations = request->getContinuations();
    bool password = false;
    for (const auto& c : continuations)
      if (Reference<css::task::XInteractionPassword>(c, UNO_QUERY).is()) password = true;
    const rtl::OString type = request->getRequest().getValueTypeName().toUtf8();
    what.assign(type.getStr(), type.getLength());
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

}  // namespace p8
