#include "core/plan/plan_level.hpp"
#include "uno/common/args.hpp"
#include "uno/check/check_run.hpp"
#include "uno/check/findings_sheet.hpp"
#include "uno/sidebar/panels.hpp"

#include <com/sun/star/awt/FontDescriptor.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

namespace p8::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {
const char* mark(Severity s) { return s == Severity::Error ? "✖" : s == Severity::Warning ? "⚠" : "ℹ"; }
}

void CheckPanel::build() {
  add("Button", "check", {{"Label", Any(ustr(tr("Kiểm tra", "Check")))},
                          {"HelpText", Any(ustr(tr("Kiểm tra mọi trang tính theo kế hoạch", "Check every sheet against the plan")))},
                          {"DefaultButton", Any(true)}});
  add("Button", "clear", {{"Label", Any(ustr(tr("Xóa đánh dấu", "Clear marks")))},
                          {"HelpText", Any(ustr(tr("Xóa khung đánh dấu và trang kết quả (hoàn tác được)",
                                                   "Remove the marks and the results sheet (undoable)")))}});
  add("FixedText", "summary", {{"MultiLine", Any(true)}, {"Label", Any(ustr(tr("Chưa kiểm tra. Bấm Kiểm tra.", "Not checked yet. Press Check.")))}});
  add("ListBox", "findings", {{"Border", Any(sal_Int16(1))}, {"Dropdown", Any(false)},
                              {"HelpText", Any(ustr(tr("Bấm vào một dòng để đến ô đó", "Click a line to go to its cell")))}});
  add("FixedText", "detail", {{"MultiLine", Any(true)}, {"Label", Any(rtl::OUString())}});
  add("Button", "accept", {{"Label", Any(ustr(tr("Chấp nhận cảnh báo đã chọn", "Accept the selected warning")))},
                           {"HelpText", Any(ustr(tr("Cảnh báo đã chấp nhận được lưu trong tệp và không hiện lại",
                                                    "Accepted warnings are kept in the document and not shown again")))}});
}

css::ui::LayoutSize CheckPanel::heightFor(int width) {
  int h = layout(width);
  return css::ui::LayoutSize(h, -1, h + 160);   // the list takes the space the deck has
}

int CheckPanel::layout(int width) {
  const int m = 6, bh = 28, w = std::max(width - 2 * m, 100);
  auto win = getWindow();
  int total = win.is() ? win->getPosSize().Height : 0;
  int y = m;
  place("check", m, y, w / 2 - 3, bh);
  place("clear", m + w / 2 + 3, y, w - w / 2 - 3, bh);
  y += bh + m;
  place("summary", m, y, w, 34);
  y += 34 + m;
  int detailH = 110, listH = std::max(120, total - y - detailH - bh - 3 * m);
  place("findings", m, y, w, listH);
  y += listH + m;
  place("detail", m, y, w, detailH);
  y += detailH + m;
  place("accept", m, y, w, bh);
  return y + bh + m - listH + 120;   // minimum: a list of 120 px
}

void CheckPanel::refresh() {
  auto r = result();
  if (!r) return;
  const CheckResult& c = r->check;
  std::string summary;
  if (!(vi() ? r->error_vi : r->error_en).empty()) summary = vi() ? r->error_vi : r->error_en;
  else {
    summary = std::to_string(c.count(Severity::Error)) + tr(" lỗi · ", " errors · ") +
              std::to_string(c.count(Severity::Warning)) + tr(" cảnh báo · ", " warnings · ") +
              std::to_string(c.count(Severity::Info)) + tr(" thông tin", " info");
    if (r->plan)
      summary += "\n" + tr("Kế hoạch: ", "Plan: ") + r->plan->id + tr(" (theo ", " (by ") +
                 reportingWords(*r->plan).many.in(lang()) + ")";
    if (c.findings.empty()) summary += "\n" + tr("Không phát hiện vấn đề nào.", "No problems found.");
  }
  if (!(vi() ? r->note_vi : r->note_en).empty()) summary += "\n" + (vi() ? r->note_vi : r->note_en);
  setProp("summary", "Label", Any(ustr(summary)));
  std::vector<std::string> items;
  for (const Finding& f : c.findings)
    items.push_back(std::string(mark(f.severity)) + " " + (f.cell.empty() ? f.sheet : f.cell) + " · " +
                    f.code + " · " + (vi() ? f.message_vi : f.message_en));
  setItems("findings", items);
  setProp("detail", "Label", Any(rtl::OUString()));
}

void CheckPanel::showFinding(int index) {
  auto r = result();
  if (!r || index < 0 || index >= int(r->check.findings.size())) return;
  const Finding& f = r->check.findings[index];
  std::string detail = severityName(f.severity, lang()) + " · " + f.code + " · " + f.sheet + "!" + f.cell + "\n" +
                       (vi() ? f.message_vi : f.message_en);
  setProp("detail", "Label", Any(ustr(detail)));
  // Go to the cell: select it in the view (the sheet switches with the selection).
  Reference<css::sheet::XSpreadsheetDocument> doc(model(), UNO_QUERY);
  if (!doc.is() || f.cell.empty()) return;
  Reference<css::container::XNameAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
  if (!sheets->hasByName(ustr(f.sheet))) return;
  Reference<css::sheet::XSpreadsheet> sheet(sheets->getByName(ustr(f.sheet)), UNO_QUERY_THROW);
  Reference<css::view::XSelectionSupplier> sel(model()->getCurrentController(), UNO_QUERY);
  if (sel.is()) sel->select(Any(sheet->getCellRangeByName(ustr(f.cell))));
}

void CheckPanel::onSelect(const std::string& control, int index) {
  if (control == "findings") showFinding(index);
}

void CheckPanel::onAction(const std::string& control) {
  if (control == "check") {
    runCheck(m_ctx, m_frame);
  } else if (control == "clear") {
    clearCheckOutput(m_ctx, model());
  } else if (control == "accept") {
    auto r = result();
    int i = selected("findings");
    if (!r || i < 0 || i >= int(r->check.findings.size())) {
      setProp("detail", "Label", Any(ustr(tr("Hãy chọn một cảnh báo trong danh sách trước.", "Select a warning in the list first."))));
      return;
    }
    const Finding& f = r->check.findings[i];
    if (f.severity == Severity::Error) {
      setProp("detail", "Label", Any(ustr(tr("Lỗi không chấp nhận được: hãy sửa ô đó. Chỉ cảnh báo và thông tin mới chấp nhận được.",
                                             "Errors cannot be accepted: fix the cell. Only warnings and info can be accepted."))));
      return;
    }
    acceptAndRecheck(m_ctx, m_frame, {findingKey(f)});
  }
}

}  // namespace p8::uno
