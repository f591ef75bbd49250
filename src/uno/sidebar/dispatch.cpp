#include "uno/sidebar/dispatch.hpp"
#include "uno/sidebar/plan_make.hpp"

#include "uno/common/args.hpp"
#include "uno/check/check_run.hpp"
#include "uno/common/log.hpp"
#include "uno/report/report_run.hpp"

#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XDispatchHelper.hpp>
#include <cppuhelper/supportsservice.hxx>

namespace p8::uno {

const char* const kDeckId = "P8calcDeck";

namespace {
const char* const kProtocol = "vnd.p8calc:";
}

rtl::OUString Dispatch::implementationName() { return "org.p8.p8calc.Dispatch"; }
css::uno::Sequence<rtl::OUString> Dispatch::serviceNames() {
  rtl::OUString name("com.sun.star.frame.ProtocolHandler");
  return css::uno::Sequence<rtl::OUString>(&name, 1);
}
rtl::OUString Dispatch::getImplementationName() { return implementationName(); }
sal_Bool Dispatch::supportsService(const rtl::OUString& name) { return cppu::supportsService(this, name); }
css::uno::Sequence<rtl::OUString> Dispatch::getSupportedServiceNames() { return serviceNames(); }

void Dispatch::initialize(const css::uno::Sequence<css::uno::Any>& args) {
  for (const auto& a : args)
    if (css::uno::Reference<css::frame::XFrame> f{a, css::uno::UNO_QUERY}; f.is()) m_frame = f;
}

css::uno::Reference<css::frame::XDispatch> Dispatch::queryDispatch(const css::util::URL& url,
                                                                   const rtl::OUString&, sal_Int32) {
  if (url.Complete.startsWith(rtl::OUString::createFromAscii(kProtocol))) return this;
  return {};
}

css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> Dispatch::queryDispatches(
    const css::uno::Sequence<css::frame::DispatchDescriptor>& requests) {
  css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> out(requests.getLength());
  for (sal_Int32 i = 0; i < requests.getLength(); ++i)
    out.getArray()[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
  return out;
}

// Our deck already showing: nothing to do — dispatching ".uno:SidebarDeck.X" for the deck
// that is already current would close it again.
bool deckShowing(const css::uno::Reference<css::frame::XFrame>& frame) {
  css::uno::Reference<css::frame::XController2> c(frame.is() ? frame->getController() : nullptr, css::uno::UNO_QUERY);
  if (!c.is()) return false;
  css::uno::Reference<css::ui::XSidebarProvider> sidebar = c->getSidebar();
  if (!sidebar.is() || !sidebar->isVisible()) return false;
  css::uno::Reference<css::container::XNameAccess> decks(sidebar->getDecks(), css::uno::UNO_QUERY);
  const rtl::OUString id = rtl::OUString::createFromAscii(kDeckId);
  if (!decks.is() || !decks->hasByName(id)) return false;
  css::uno::Reference<css::ui::XDeck> deck(decks->getByName(id), css::uno::UNO_QUERY);
  return deck.is() && deck->isActive();
}

void openDeck(const css::uno::Reference<css::uno::XComponentContext>& ctx,
              const css::uno::Reference<css::frame::XFrame>& frame) {
  if (deckShowing(frame)) return;
  auto helper = css::frame::DispatchHelper::create(ctx);
  css::uno::Reference<css::frame::XDispatchProvider> provider(frame, css::uno::UNO_QUERY);
  if (provider.is())
    helper->executeDispatch(provider, ".uno:SidebarDeck." + rtl::OUString::createFromAscii(kDeckId), "", 0, {});
}

rtl::OUString Dispatch::run(const rtl::OUString& complete,
                           const css::uno::Sequence<css::beans::PropertyValue>& args) {
  const std::string command = utf8(complete.copy(rtl::OUString::createFromAscii(kProtocol).getLength()));
  if (command == "check") {
    auto r = runCheck(m_ctx, m_frame);
    std::string summary = "errors=" + std::to_string(r->check.count(Severity::Error)) +
                          ";warnings=" + std::to_string(r->check.count(Severity::Warning)) +
                          ";info=" + std::to_string(r->check.count(Severity::Info)) +
                          ";highlighted=" + std::to_string(r->highlighted) +
                          ";plan=" + (r->plan ? r->plan->id : std::string());
    if (!r->error_en.empty()) summary += ";error=" + r->error_en;
    // One click: the findings appear in the deck (when the frame has a visible window).
    css::uno::Reference<css::awt::XWindow2> window(
        m_frame.is() ? m_frame->getContainerWindow() : css::uno::Reference<css::awt::XWindow>(), css::uno::UNO_QUERY);
    if (window.is() && window->isVisible())
      openDeck(m_ctx, m_frame);
    return ustr(summary);
  }
  if (command == "clear") return ustr("removed=" + std::to_string(clearCheckOutput(m_ctx, frameModel(m_frame))));
  if (command == "report" || command == "template") {
    ReportRequest req;
    if (command == "template") req.layout = "allocation";
    for (const auto& a : args) {
      rtl::OUString text;
      sal_Int32 number = 0;
      if (a.Name == "Layout" && (a.Value >>= text)) req.layout = utf8(text);
      else if (a.Name == "Period" && (a.Value >>= number)) req.period = number;
      else if (a.Name == "Out" && (a.Value >>= text)) req.out = utf8(text);
      else if (a.Name == "Lang" && (a.Value >>= text)) req.lang = utf8(text);
    }
    if (command == "report") makeReport(m_ctx, m_frame, req);
    else makeTemplate(m_ctx, m_frame, req);
    return ustr(req.out.empty() ? std::string("opened") : "written=" + req.out);
  }
  if (command == "makeplan") {   // the Kế hoạch panel's "Tạo kế hoạch từ bảng tính này"; Out = the plan file
    std::string out, lang = "vi";
    for (const auto& a : args) {
      rtl::OUString text;
      if (a.Name == "Out" && (a.Value >>= text)) out = utf8(text);
      else if (a.Name == "Lang" && (a.Value >>= text)) lang = utf8(text);
    }
    const MadePlan m = makePlanFromDocument(m_ctx, frameModel(m_frame), out, false, lang);
    return ustr("plan=" + m.planId + ";problems=" + std::to_string(m.problems) + ";sheet=" + m.reviewSheet +
                ";written=" + m.written + ";message=" + m.message_en);
  }
  if (command == "deck") {
    openDeck(m_ctx, m_frame);
    return "ok";
  }
  throw std::runtime_error("unknown command vnd.p8calc:" + command);
}

void Dispatch::dispatch(const css::util::URL& url, const css::uno::Sequence<css::beans::PropertyValue>& args) {
  dispatchWithNotification(url, args, {});
}

void Dispatch::dispatchWithNotification(const css::util::URL& url,
                                        const css::uno::Sequence<css::beans::PropertyValue>& args,
                                        const css::uno::Reference<css::frame::XDispatchResultListener>& listener) {
  css::frame::DispatchResultEvent ev;
  ev.Source = static_cast<cppu::OWeakObject*>(this);
  ev.State = css::frame::DispatchResultState::FAILURE;
  try {
    ev.Result <<= run(url.Complete, args);
    ev.State = css::frame::DispatchResultState::SUCCESS;
  } catch (...) {
    const std::string what = currentExceptionText();
    log::error("dispatch " + utf8(url.Complete) + ": " + (what.empty() ? std::string("unknown exception") : what));
    if (!what.empty()) ev.Result <<= ustr("error=" + what);
  }
  try {
    if (listener.is()) listener->dispatchFinished(ev);
  } catch (...) {
  }
}

}  // namespace p8::uno
