// The "Tổng theo huyện" / "Tổng theo xã, phường" panel: per indicator and reporting unit, plan,
// allocated, actual and gap. Its title follows the level of the plan the document was checked
// against (plan_level.hpp), so a commune plan never says "huyện".
#include "core/plan/plan_level.hpp"
#include "uno/common/args.hpp"
#include "uno/check/findings_sheet.hpp"
#include "uno/sidebar/panels.hpp"

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XPanel.hpp>
#include <com/sun/star/ui/XPanels.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>

namespace p8::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace {

// "Tổng theo xã, phường" / "Totals per commune/ward" for a commune plan.
std::string totalsTitle(const Plan* plan, bool vi) {
  const LevelWords w = plan ? reportingWords(*plan) : levelWords("district");
  return vi ? "Tổng theo " + w.many.vi : "Totals per " + w.one.en;
}

// The panel's title in the deck (Sidebar.xcu gives the district words): set through the
// sidebar's own API, only when it differs, and quietly not when the deck is not shown.
void setPanelTitle(const Reference<css::frame::XModel>& model, const std::string& title) {
  try {
    Reference<css::frame::XController2> c(model.is() ? model->getCurrentController() : nullptr, UNO_QUERY);
    Reference<css::ui::XSidebarProvider> sidebar(c.is() ? c->getSidebar() : nullptr);
    if (!sidebar.is()) return;
    Reference<css::container::XNameAccess> decks(sidebar->getDecks(), UNO_QUERY);
    if (!decks.is() || !decks->hasByName("P8calcDeck")) return;
    Reference<css::ui::XDeck> deck(decks->getByName("P8calcDeck"), UNO_QUERY);
    Reference<css::container::XNameAccess> panels(deck.is() ? deck->getPanels() : nullptr, UNO_QUERY);
    if (!panels.is() || !panels->hasByName("P8calcTotalsPanel")) return;
    Reference<css::ui::XPanel> panel(panels->getByName("P8calcTotalsPanel"), UNO_QUERY);
    if (panel.is() && panel->getTitle() != ustr(title)) panel->setTitle(ustr(title));
  } catch (const css::uno::Exception&) {
  }
}

}  // namespace

void TotalsPanel::build() {
  add("FixedText", "legend", {{"MultiLine", Any(true)},
                              {"Label", Any(ustr(tr("KH = kế hoạch · PB = đã phân bổ · TH = thực hiện · ▼ còn thiếu · ▲ vượt",
                                                    "Plan · Alloc = allocated · Act = actual · ▼ short · ▲ over")))}});
  add("ListBox", "totals", {{"Border", Any(sal_Int16(1))}, {"Dropdown", Any(false)}});
}

css::ui::LayoutSize TotalsPanel::heightFor(int width) {
  int h = layout(width);
  return css::ui::LayoutSize(h, -1, h + 200);
}

int TotalsPanel::layout(int width) {
  const int m = 6, w = std::max(width - 2 * m, 100);
  auto win = getWindow();
  int total = win.is() ? win->getPosSize().Height : 0;
  place("legend", m, m, w, 34);
  int y = m + 34 + m;
  place("totals", m, y, w, std::max(120, total - y - m));
  return y + 120 + m;
}

void TotalsPanel::refresh() {
  auto r = result();
  if (!r) return;
  const Plan* plan = r->plan.get();
  std::vector<std::string> lines;
  std::string current;
  for (const Total& t : r->check.totals) {
    if (t.indicator != current) {
      current = t.indicator;
      lines.push_back(indicatorName(plan, t.indicator, lang()));
    }
    std::string line = "    " + districtName(plan, t.district, lang()) + ": " + tr("KH ", "Plan ") +
                       (t.plan ? formatNumber(t.plan) : "—");
    if (t.allocated) line += tr(" · PB ", " · Alloc ") + formatNumber(t.allocated);
    if (t.actual) line += tr(" · TH ", " · Act ") + formatNumber(t.actual);
    if (t.gap && *t.gap > 0) line += tr(" · ▼ thiếu ", " · ▼ short ") + formatNumber(t.gap);
    else if (t.gap && *t.gap < 0) line += tr(" · ▲ vượt ", " · ▲ over ") + formatNumber(-*t.gap);
    lines.push_back(line);
  }
  if (lines.empty()) {
    const LevelWords w = plan ? reportingWords(*plan) : levelWords("district");
    lines.push_back(vi() ? "Chưa có số liệu theo " + w.many.vi + " (bấm Kiểm tra)."
                         : "No figures per " + w.one.en + " yet (press Check).");
  }
  setItems("totals", lines);
  setPanelTitle(model(), totalsTitle(plan, vi()));
}

}  // namespace p8::uno
