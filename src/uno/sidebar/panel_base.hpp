// What every panel of the "Dự án 8" sidebar deck shares: the UNO shell a sidebar needs
// (XUIElement, XToolPanel, XSidebarPanel, XComponent), a control container on the deck's
// parent window, controls made from their models, one listener object that forwards
// button clicks, list selections and resizes to the panel, and the result subscription
// (a check run from the menu refreshes the open panels too). Subclasses only lay out and
// fill their controls; every callback is wrapped so nothing escapes into the office.
#pragma once
#include "uno/check/results.hpp"

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/ui/XSidebar.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>
#include <rtl/ref.hxx>

#include <functional>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace p8::uno {

namespace css = com::sun::star;
class PanelEvents;

class PanelBase : public cppu::WeakImplHelper4<css::ui::XUIElement, css::ui::XToolPanel,
                                                css::ui::XSidebarPanel, css::lang::XComponent> {
public:
  PanelBase(const css::uno::Reference<css::uno::XComponentContext>& ctx,
            const css::uno::Reference<css::frame::XFrame>& frame,
            const css::uno::Reference<css::awt::XWindow>& parent,
            const css::uno::Reference<css::ui::XSidebar>& sidebar, const rtl::OUString& url);
  ~PanelBase() override;
  void init();   // builds the controls (after construction, so virtual calls work)

  // XUIElement
  css::uno::Reference<css::frame::XFrame> SAL_CALL getFrame() override { return m_frame; }
  rtl::OUString SAL_CALL getResourceURL() override { return m_url; }
  sal_Int16 SAL_CALL getType() override;
  css::uno::Reference<css::uno::XInterface> SAL_CALL getRealInterface() override { return *this; }
  // XToolPanel
  css::uno::Reference<css::awt::XWindow> SAL_CALL getWindow() override;
  css::uno::Reference<css::accessibility::XAccessible> SAL_CALL createAccessible(
      const css::uno::Reference<css::accessibility::XAccessible>&) override { return {}; }
  // XSidebarPanel
  css::ui::LayoutSize SAL_CALL getHeightForWidth(sal_Int32 width) override;
  sal_Int32 SAL_CALL getMinimalWidth() override { return 220; }
  // XComponent
  void SAL_CALL dispose() override;
  void SAL_CALL addEventListener(const css::uno::Reference<css::lang::XEventListener>&) override {}
  void SAL_CALL removeEventListener(const css::uno::Reference<css::lang::XEventListener>&) override {}

  // Called by PanelEvents (already guarded).
  virtual void onAction(const std::string& control) = 0;
  virtual void onSelect(const std::string&, int) {}
  void relayout();
  std::string nameOf(const css::uno::Reference<css::uno::XInterface>& control) const;
  // Runs a UI callback; whatever it throws is logged, never passed to the office.
  void handle(const char* what, const std::function<void()>& body);

protected:
  virtual void build() = 0;                     // add controls
  virtual int layout(int width) = 0;            // place controls; returns the height used
  virtual void refresh() = 0;                   // fill from lastResult()
  virtual css::ui::LayoutSize heightFor(int width);

  bool vi() const { return m_lang == "vi"; }
  const std::string& lang() const { return m_lang; }
  std::string tr(const char* viText, const char* enText) const { return vi() ? viText : enText; }
  css::uno::Reference<css::frame::XModel> model() const;
  std::shared_ptr<const DocResult> result() const { return lastResult(model()); }

  // Controls: kind is "Button", "FixedText", "ListBox", ...; props are model properties.
  css::uno::Reference<css::awt::XControl> add(const char* kind, const std::string& name,
      std::initializer_list<std::pair<const char*, css::uno::Any>> props);
  css::uno::Reference<css::awt::XControl> control(const std::string& name) const;
  void place(const std::string& name, int x, int y, int w, int h);
  void setProp(const std::string& name, const char* prop, const css::uno::Any& value);
  void setItems(const std::string& listName, const std::vector<std::string>& items);
  int selected(const std::string& listName) const;   // -1 when none

  css::uno::Reference<css::uno::XComponentContext> m_ctx;
  css::uno::Reference<css::frame::XFrame> m_frame;

private:
  css::uno::Reference<css::awt::XWindow> m_parent;
  css::uno::Reference<css::ui::XSidebar> m_sidebar;
  rtl::OUString m_url;
  std::string m_lang;
  css::uno::Reference<css::awt::XControlContainer> m_container;
  rtl::Reference<PanelEvents> m_events;
  std::vector<std::pair<css::uno::Reference<css::uno::XInterface>, std::string>> m_names;
  int m_listener = 0;
  int m_lastHeight = 0;
};

}  // namespace p8::uno
