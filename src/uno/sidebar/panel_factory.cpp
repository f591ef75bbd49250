#include "uno/common/args.hpp"
#include "uno/common/log.hpp"
#include "uno/sidebar/panels.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <cppuhelper/supportsservice.hxx>

namespace p8::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;

rtl::OUString PanelFactory::implementationName() { return "org.p8.p8calc.PanelFactory"; }
css::uno::Sequence<rtl::OUString> PanelFactory::serviceNames() {
  rtl::OUString name("com.sun.star.ui.UIElementFactory");
  return css::uno::Sequence<rtl::OUString>(&name, 1);
}
rtl::OUString PanelFactory::getImplementationName() { return implementationName(); }
sal_Bool PanelFactory::supportsService(const rtl::OUString& n) { return cppu::supportsService(this, n); }
css::uno::Sequence<rtl::OUString> PanelFactory::getSupportedServiceNames() { return serviceNames(); }

Reference<css::ui::XUIElement> PanelFactory::createUIElement(
    const rtl::OUString& url, const css::uno::Sequence<css::beans::PropertyValue>& args) {
  Reference<css::frame::XFrame> frame;
  Reference<css::awt::XWindow> parent;
  Reference<css::ui::XSidebar> sidebar;
  for (const auto& a : args) {
    if (a.Name == "Frame") a.Value >>= frame;
    else if (a.Name == "ParentWindow") a.Value >>= parent;
    else if (a.Name == "Sidebar") a.Value >>= sidebar;
  }
  if (!parent.is() || !frame.is())
    throw css::lang::IllegalArgumentException("p8calc panel needs ParentWindow and Frame", *this, 1);
  const std::string which = utf8(url.copy(url.lastIndexOf('/') + 1));
  rtl::Reference<PanelBase> panel;
  if (which == "Plan") panel = new PlanPanel(m_ctx, frame, parent, sidebar, url);
  else if (which == "Check") panel = new CheckPanel(m_ctx, frame, parent, sidebar, url);
  else if (which == "Totals") panel = new TotalsPanel(m_ctx, frame, parent, sidebar, url);
  else if (which == "Report") panel = new ReportPanel(m_ctx, frame, parent, sidebar, url);
  else if (which == "Consolidate") panel = new ConsolidatePanel(m_ctx, frame, parent, sidebar, url);
  else throw css::lang::IllegalArgumentException("unknown p8calc panel " + url, *this, 0);
  try {
    panel->init();
  } catch (const css::uno::Exception& e) {
    log::error("panel " + which + ": " + utf8(e.Message));
    throw;
  }
  log::info("panel created: " + which);
  return panel.get();
}

}  // namespace p8::uno
