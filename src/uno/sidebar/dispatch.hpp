// The protocol handler for "vnd.p8calc:" URLs, used by the menu, the toolbar button
// (addon-manifest/Addons.xcu) and scripts (com.sun.star.frame.DispatchHelper):
//   vnd.p8calc:check  run the check (highlights, findings sheet, sidebar updated), open the deck
//   vnd.p8calc:clear  remove highlights and the findings sheet
//   vnd.p8calc:deck   open the "Dự án 8" sidebar deck
//   vnd.p8calc:makeplan  a plan from the document's sheets (plan_make.hpp); argument Out (the plan
//                     file; default next to the workbook), Lang; result "plan=ID;problems=N;sheet=…;written=…"
//   vnd.p8calc:report / vnd.p8calc:template  the standard report of the workbook / a blank
//                     data-entry workbook; arguments Layout, Period, Out (.ods/.xlsx/.pdf; without
//                     it the new document stays open), Lang
// It only routes: the work is in check_run.cpp. Every call catches everything.
#pragma once
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>

namespace p8::uno {

namespace css = com::sun::star;

class Dispatch : public cppu::WeakImplHelper4<css::frame::XDispatchProvider, css::frame::XNotifyingDispatch,
                                              css::lang::XInitialization, css::lang::XServiceInfo> {
public:
  explicit Dispatch(const css::uno::Reference<css::uno::XComponentContext>& ctx) : m_ctx(ctx) {}
  static rtl::OUString implementationName();
  static css::uno::Sequence<rtl::OUString> serviceNames();

  // XInitialization: the office passes the frame.
  void SAL_CALL initialize(const css::uno::Sequence<css::uno::Any>& args) override;
  // XDispatchProvider
  css::uno::Reference<css::frame::XDispatch> SAL_CALL queryDispatch(const css::util::URL& url,
      const rtl::OUString& target, sal_Int32 flags) override;
  css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> SAL_CALL queryDispatches(
      const css::uno::Sequence<css::frame::DispatchDescriptor>& requests) override;
  // XDispatch / XNotifyingDispatch. The result of "check" is a summary string
  // "errors=N;warnings=N;info=N;highlighted=N;plan=ID" (for scripts and tests).
  void SAL_CALL dispatch(const css::util::URL& url, const css::uno::Sequence<css::beans::PropertyValue>& args) override;
  void SAL_CALL dispatchWithNotification(const css::util::URL& url,
      const css::uno::Sequence<css::beans::PropertyValue>& args,
      const css::uno::Reference<css::frame::XDispatchResultListener>& listener) override;
  void SAL_CALL addStatusListener(const css::uno::Reference<css::frame::XStatusListener>&,
                                  const css::util::URL&) override {}
  void SAL_CALL removeStatusListener(const css::uno::Reference<css::frame::XStatusListener>&,
                                     const css::util::URL&) override {}
  // XServiceInfo
  rtl::OUString SAL_CALL getImplementationName() override;
  sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
  css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
  rtl::OUString run(const rtl::OUString& command, const css::uno::Sequence<css::beans::PropertyValue>& args);
  css::uno::Reference<css::uno::XComponentContext> m_ctx;
  css::uno::Reference<css::frame::XFrame> m_frame;
};

// Opens the sidebar deck in the frame (also used by the panels' factory tests).
void openDeck(const css::uno::Reference<css::uno::XComponentContext>& ctx,
              const css::uno::Reference<css::frame::XFrame>& frame);
extern const char* const kDeckId;

}  // namespace p8::uno
