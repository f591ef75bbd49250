#include "uno/sidebar/panel_base.hpp"

#include "uno/common/args.hpp"
#include "uno/check/check_run.hpp"
#include "uno/common/config.hpp"
#include "uno/common/log.hpp"

#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/ui/UIElementType.hpp>
#include <cppuhelper/implbase3.hxx>

namespace p8::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

// One listener for all controls of a panel; forgets the panel on dispose.
class PanelEvents : public cppu::WeakImplHelper3<css::awt::XActionListener, css::awt::XItemListener,
                                                 css::awt::XWindowListener> {
public:
  explicit PanelEvents(PanelBase* panel) : m_panel(panel) {}
  void forget() { m_panel = nullptr; }
  void SAL_CALL actionPerformed(const css::awt::ActionEvent& e) override {
    if (m_panel) m_panel->handle("action", [&] { m_panel->onAction(utf8(e.ActionCommand)); });
  }
  void SAL_CALL itemStateChanged(const css::awt::ItemEvent& e) override {
    if (!m_panel) return;
    m_panel->handle("select", [&] {
      m_panel->onSelect(m_panel->nameOf(e.Source), e.Selected);
    });
  }
  void SAL_CALL windowResized(const css::awt::WindowEvent&) override {
    if (m_panel) m_panel->relayout();
  }
  void SAL_CALL windowMoved(const css::awt::WindowEvent&) override {}
  void SAL_CALL windowShown(const css::lang::EventObject&) override {}
  void SAL_CALL windowHidden(const css::lang::EventObject&) override {}
  void SAL_CALL disposing(const css::lang::EventObject&) override {}

private:
  PanelBase* m_panel;
};

PanelBase::PanelBase(const Reference<css::uno::XComponentContext>& ctx, const Reference<css::frame::XFrame>& frame,
                     const Reference<css::awt::XWindow>& parent, const Reference<css::ui::XSidebar>& sidebar,
                     const rtl::OUString& url)
    : m_ctx(ctx), m_frame(frame), m_parent(parent), m_sidebar(sidebar), m_url(url), m_lang(uiLanguage(ctx)) {}

PanelBase::~PanelBase() {
  if (m_events.is()) m_events->forget();
  if (m_listener) removeResultListener(m_listener);
}

void PanelBase::init() {
  m_events = new PanelEvents(this);
  auto smgr = m_ctx->getServiceManager();
  Reference<css::awt::XControl> container(
      smgr->createInstanceWithContext("com.sun.star.awt.UnoControlContainer", m_ctx), UNO_QUERY_THROW);
  container->setModel(Reference<css::awt::XControlModel>(
      smgr->createInstanceWithContext("com.sun.star.awt.UnoControlContainerModel", m_ctx), UNO_QUERY_THROW));
  Reference<css::awt::XWindowPeer> parentPeer(m_parent, UNO_QUERY_THROW);
  container->createPeer(Reference<css::awt::XToolkit>(css::awt::Toolkit::create(m_ctx), UNO_QUERY_THROW), parentPeer);
  m_container.set(container, UNO_QUERY_THROW);
  build();
  m_parent->addWindowListener(m_events.get());
  const void* key = documentKey(model());
  m_listener = addResultListener([this, key](const void* doc) {
    if (doc == key) handle("refresh", [this] { refresh(); relayout(); });
  });
  handle("refresh", [this] { refresh(); });
  relayout();
}

sal_Int16 PanelBase::getType() { return css::ui::UIElementType::TOOLPANEL; }

Reference<css::awt::XWindow> PanelBase::getWindow() { return Reference<css::awt::XWindow>(m_container, UNO_QUERY); }

Reference<css::frame::XModel> PanelBase::model() const { return frameModel(m_frame); }

css::ui::LayoutSize PanelBase::heightFor(int width) {
  int h = layout(width);
  return css::ui::LayoutSize(h, h, h);
}

css::ui::LayoutSize PanelBase::getHeightForWidth(sal_Int32 width) {
  css::ui::LayoutSize size(120, -1, 200);
  handle("height", [&] { size = heightFor(width); });
  return size;
}

void PanelBase::relayout() {
  handle("layout", [this] {
    if (!m_parent.is() || !m_container.is()) return;
    css::awt::Rectangle r = m_parent->getPosSize();
    Reference<css::awt::XWindow>(m_container, UNO_QUERY_THROW)->setPosSize(0, 0, r.Width, r.Height, css::awt::PosSize::POSSIZE);
    int h = layout(r.Width);
    if (h != m_lastHeight && m_sidebar.is()) {
      m_lastHeight = h;
      m_sidebar->requestLayout();
    }
  });
}

void PanelBase::dispose() {
  if (m_listener) removeResultListener(m_listener);
  m_listener = 0;
  if (m_events.is()) {
    m_events->forget();
    try {
      if (m_parent.is()) m_parent->removeWindowListener(m_events.get());
    } catch (...) {
    }
  }
  Reference<css::lang::XComponent> c(m_container, UNO_QUERY);
  m_container.clear();
  if (c.is()) c->dispose();
}

Reference<css::awt::XControl> PanelBase::add(const char* kind, const std::string& name,
                                             std::initializer_list<std::pair<const char*, Any>> props) {
  auto smgr = m_ctx->getServiceManager();
  const rtl::OUString base = "com.sun.star.awt.UnoControl" + rtl::OUString::createFromAscii(kind);
  Reference<css::awt::XControl> c(smgr->createInstanceWithContext(base, m_ctx), UNO_QUERY_THROW);
  Reference<css::beans::XPropertySet> m(smgr->createInstanceWithContext(base + "Model", m_ctx), UNO_QUERY_THROW);
  for (const auto& [prop, value] : props) m->setPropertyValue(rtl::OUString::createFromAscii(prop), value);
  c->setModel(Reference<css::awt::XControlModel>(m, UNO_QUERY_THROW));
  m_container->addControl(ustr(name), c);
  m_names.emplace_back(Reference<css::uno::XInterface>(c, UNO_QUERY), name);
  if (Reference<css::awt::XButton> b{c, UNO_QUERY}; b.is()) {
    b->setActionCommand(ustr(name));
    b->addActionListener(m_events.get());
  }
  if (Reference<css::awt::XListBox> l{c, UNO_QUERY}; l.is()) l->addItemListener(m_events.get());
  return c;
}

std::string PanelBase::nameOf(const Reference<css::uno::XInterface>& source) const {
  Reference<css::uno::XInterface> key(source, UNO_QUERY);
  for (const auto& [c, name] : m_names)
    if (c == key) return name;
  return {};
}

Reference<css::awt::XControl> PanelBase::control(const std::string& name) const {
  return m_container.is() ? m_container->getControl(ustr(name)) : nullptr;
}

void PanelBase::place(const std::string& name, int x, int y, int w, int h) {
  Reference<css::awt::XWindow> win(control(name), UNO_QUERY);
  if (win.is()) win->setPosSize(x, y, std::max(w, 10), std::max(h, 10), css::awt::PosSize::POSSIZE);
}

void PanelBase::setProp(const std::string& name, const char* prop, const Any& value) {
  auto c = control(name);
  if (c.is())
    Reference<css::beans::XPropertySet>(c->getModel(), UNO_QUERY_THROW)
        ->setPropertyValue(rtl::OUString::createFromAscii(prop), value);
}

void PanelBase::setItems(const std::string& listName, const std::vector<std::string>& items) {
  css::uno::Sequence<rtl::OUString> seq(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) seq.getArray()[i] = ustr(items[i]);
  setProp(listName, "StringItemList", Any(seq));
}

int PanelBase::selected(const std::string& listName) const {
  Reference<css::awt::XListBox> l(control(listName), UNO_QUERY);
  return l.is() ? l->getSelectedItemPos() : -1;
}

void PanelBase::handle(const char* what, const std::function<void()>& body) {
  try {
    body();
  } catch (...) {
    const std::string text = currentExceptionText();
    log::error(std::string("panel ") + what + ": " + (text.empty() ? std::string("unknown exception") : text));
  }
}

}  // namespace p8::uno
