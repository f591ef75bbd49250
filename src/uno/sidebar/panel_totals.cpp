#include "uno/common/args.hpp"
#include "uno/check/findings_sheet.hpp"
#include "uno/sidebar/panels.hpp"

namespace p8::uno {

using css::uno::Any;

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
  if (lines.empty()) lines.push_back(tr("Chưa có số liệu theo huyện (bấm Kiểm tra).", "No district figures yet (press Check)."));
  setItems("totals", lines);
}

}  // namespace p8::uno
