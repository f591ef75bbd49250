// See hidden_load.hpp.
#include "uno/batch/hidden_load.hpp"

#include "uno/batch/refusing_handler.hpp"
#include "uno/common/args.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/task/XInteractionHandler.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <osl/file.hxx>
#include <rtl/ref.hxx>

namespace p8::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace {

css::beans::PropertyValue arg(const char* name, const css::uno::Any& value) {
  css::beans::PropertyValue p;
  p.Name = rtl::OUString::createFromAscii(name);
  p.Value = value;
  return p;
}

}  // namespace

void closeDocument(const Reference<css::frame::XModel>& doc) {
  try {
    if (Reference<css::util::XCloseable> c{doc, UNO_QUERY}; c.is()) c->close(true);
  } catch (...) {
  }
}

// A workbook loaded as `p8calc` loads it; null with the reason when it cannot be.
Reference<css::frame::XModel> loadHidden(const Reference<css::frame::XDesktop2>& desktop, const std::string& path,
                                         std::string& why_vi, std::string& why_en) {
  rtl::Reference<RefusingHandler> handler(new RefusingHandler);
  const css::beans::PropertyValue args[] = {
      arg("Hidden", css::uno::Any(true)),
      arg("ReadOnly", css::uno::Any(true)),
      arg("MacroExecutionMode", css::uno::Any(css::document::MacroExecMode::NEVER_EXECUTE)),
      arg("UpdateDocMode", css::uno::Any(css::document::UpdateDocMode::NO_UPDATE)),
      arg("Silent", css::uno::Any(true)),
      arg("InteractionHandler", css::uno::Any(Reference<css::task::XInteractionHandler>(handler.get()))),
  };
  rtl::OUString url;
  osl::FileBase::getFileURLFromSystemPath(ustr(path), url);
  Reference<css::frame::XModel> doc;
  try {
    doc.set(desktop->loadComponentFromURL(url, "_blank", 0, css::uno::Sequence<css::beans::PropertyValue>(args, 6)),
            UNO_QUERY);
  } catch (const css::uno::Exception&) {
  }
  if (handler->passwordAsked) {
    closeDocument(doc);
    why_vi = "tệp có mật khẩu";
    why_en = "the file is password-protected";
    return nullptr;
  }
  Reference<css::sheet::XCalculatable> calc(doc, UNO_QUERY);
  if (!calc.is()) {
    closeDocument(doc);
    why_vi = "không mở được tệp: không phải bảng tính hoặc tệp bị hỏng";
    why_en = "cannot open the file: not a spreadsheet, or damaged";
    return nullptr;
  }
  calc->calculateAll();   // read-only: in memory only, as p8calc check does
  return doc;
}

}  // namespace p8::uno
