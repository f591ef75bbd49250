// The Kế hoạch panel: which plan checks this document — automatic, a built-in plan, the plan
// kept in the document, a recent or another plan file — and "Tạo kế hoạch từ bảng tính này"
// (plan_make.hpp). When the last check found no plan that fits, the panel says what the
// workbook shows and offers to make one from it.
#include "core/plan/plan_level.hpp"
#include "uno/common/args.hpp"
#include "uno/check/check_run.hpp"
#include "uno/common/config.hpp"
#include "uno/common/doc_props.hpp"
#include "uno/sidebar/panels.hpp"
#include "uno/sidebar/plan_make.hpp"
#include "uno/common/plans.hpp"

#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilterManager.hpp>
#include <osl/file.hxx>

#include <algorithm>

namespace p8::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;

void PlanPanel::build() {
  add("FixedText", "label", {{"Label", Any(ustr(tr("Kế hoạch dùng để kiểm tra tệp này:", "Plan this document is checked against:")))}});
  add("ListBox", "plan", {{"Dropdown", Any(true)}, {"Border", Any(sal_Int16(1))}});
  add("Button", "file", {{"Label", Any(ustr(tr("Chọn tệp kế hoạch (.json)…", "Load a plan file (.json)…")))}});
  add("Button", "make", {{"Label", Any(ustr(tr("Tạo kế hoạch từ bảng tính này", "Make a plan from this workbook")))},
                         {"HelpText", Any(ustr(tr("Đọc bảng chỉ tiêu, phụ lục và bảng phân bổ của tệp này thành kế hoạch; "
                                                  "thêm trang xem lại (hoàn tác được), lưu tệp .json cạnh bảng tính và giữ "
                                                  "kế hoạch trong tệp",
                                                  "Read this workbook's indicator table, appendix and allocation as a plan; "
                                                  "adds a review sheet (undoable), saves a .json next to the workbook and "
                                                  "keeps the plan in the document")))}});
  add("FixedText", "info", {{"MultiLine", Any(true)}});
}

int PlanPanel::layout(int width) {
  const int m = 6, w = std::max(width - 2 * m, 100);
  place("label", m, m, w, 18);
  place("plan", m, m + 22, w, 26);
  place("file", m, m + 54, w, 28);
  place("make", m, m + 88, w, 28);
  place("info", m, m + 122, w, 96);
  return m + 122 + 96 + m;
}

void PlanPanel::refresh() {
  const std::string chosen = documentPlanId(model());
  m_choices = {""};
  std::vector<std::string> items = {tr("Tự động (theo tên tỉnh, đơn vị, năm trong tệp)", "Automatic (from the province, unit names and years)")};
  int sel = 0;
  auto offer = [&](const std::string& choice, const std::string& label) {
    if (std::find(m_choices.begin(), m_choices.end(), choice) != m_choices.end()) return;
    m_choices.push_back(choice);
    items.push_back(label);
    if (choice == chosen) sel = int(items.size()) - 1;
  };
  std::string info;
  PlanPtr kept;
  try {
    kept = keptPlan(model());
  } catch (const std::exception& e) {
    info = tr("Kế hoạch lưu trong tệp không dùng được: ", "The plan kept in this document cannot be used: ") + e.what() + "\n";
  }
  if (kept) offer(kept->id, tr("Trong tệp này: ", "In this document: ") + kept->id + " — " + kept->title.in(lang()));
  for (const auto& p : builtinPlans()) offer(p->id, p->id + " — " + p->title.in(lang()));
  for (const auto& f : recentPlanFiles(userProfileDir(m_ctx))) offer(f, tr("Tệp gần đây: ", "Recent file: ") + f);
  if (!chosen.empty()) offer(chosen, tr("Tệp: ", "File: ") + chosen);
  setItems("plan", items);
  Reference<css::awt::XListBox> list(control("plan"), UNO_QUERY);
  if (list.is()) list->selectItemPos(sal_Int16(sel), true);

  auto r = result();
  PlanPtr plan = r && r->plan ? r->plan : nullptr;
  try {
    if (!plan && !chosen.empty()) plan = chosenPlan(model());
  } catch (const std::exception& e) {
    info += tr("Không đọc được kế hoạch: ", "Cannot read the plan: ") + e.what();
  }
  if (!m_made.empty()) {
    info = m_made;
  } else if (plan) {
    info += plan->title.in(lang()) + "\n" + tr("Tỉnh ", "Province ") + plan->province + " · " +
            std::to_string(plan->startYear) + "–" + std::to_string(plan->endYear) + " · " +
            std::to_string(plan->indicators.size()) + tr(" chỉ tiêu · ", " indicators · ") +
            std::to_string(plan->districts().size()) + " " + reportingWords(*plan).many.in(lang());
    if (kept && kept->id == plan->id) info += tr("\nKế hoạch được lưu trong tệp: mang tệp đi đâu cũng dùng được.",
                                                 "\nThe plan is kept in this document: it travels with the file.");
  } else if (r && !r->plan) {
    // The check's own words say what the workbook shows ("Thái Nguyên, xã, 2026–2030").
    // No error and no plan: no plan finds a P8 table here (the check had nothing to check).
    const std::string why = vi() ? r->error_vi : r->error_en;
    const std::string none = tr("Tệp này không có bảng nào của Dự án 8 mà một kế hoạch có sẵn nhận ra, nên không có gì "
                                "để kiểm tra. Nếu đây là kế hoạch của tỉnh, có thể tạo kế hoạch từ các bảng của tệp.",
                                "This workbook has no Project 8 table that a built-in plan recognises, so there is "
                                "nothing to check. If it is the province's plan, a plan can be made from its sheets.");
    info += (why.empty() ? none : why) +
            tr("\nBấm «Tạo kế hoạch từ bảng tính này» để tạo kế hoạch từ các bảng của tệp, hoặc chọn tệp kế hoạch.",
               "\nPress «Make a plan from this workbook» to make one from its sheets, or load a plan file.");
  } else if (info.empty()) {
    info = tr("Kế hoạch sẽ được chọn theo nội dung tệp khi kiểm tra.", "The plan is chosen from the document's content when checking.");
  }
  setProp("info", "Label", Any(ustr(info)));
}

void PlanPanel::onSelect(const std::string& control, int index) {
  if (control != "plan" || index < 0 || index >= int(m_choices.size())) return;
  if (m_choices[index] == documentPlanId(model())) return;
  try {
    if (!m_choices[index].empty()) loadChoice(m_choices[index]);
  } catch (const std::exception& e) {
    setProp("info", "Label", Any(ustr(tr("Không dùng được kế hoạch: ", "Cannot use the plan: ") + e.what())));
    return;
  }
  m_made.clear();
  chooseDocumentPlan(model(), m_choices[index]);
  refresh();
}

// A plan of the list is loadable now (a recent file may have gone): refuse it with its message.
void PlanPanel::loadChoice(const std::string& choice) {
  if (PlanPtr kept = keptPlan(model()); kept && kept->id == choice) return;
  loadPlan(choice);
}

void PlanPanel::onAction(const std::string& control) {
  if (control == "make") {
    const MadePlan made = makePlanFromDocument(m_ctx, model(), "", true, lang());
    m_made = vi() ? made.message_vi : made.message_en;
    refresh();
    return;
  }
  if (control != "file") return;
  auto picker = css::ui::dialogs::FilePicker::createWithMode(
      m_ctx, css::ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE);
  Reference<css::ui::dialogs::XFilterManager> filters(picker, UNO_QUERY);
  if (filters.is()) {
    filters->appendFilter(ustr(tr("Kế hoạch Dự án 8 (*.json)", "Project 8 plan (*.json)")), "*.json");
    filters->setCurrentFilter(ustr(tr("Kế hoạch Dự án 8 (*.json)", "Project 8 plan (*.json)")));
  }
  if (picker->execute() != css::ui::dialogs::ExecutableDialogResults::OK) return;
  auto files = picker->getSelectedFiles();
  if (!files.hasElements()) return;
  rtl::OUString path;
  if (osl::FileBase::getSystemPathFromFileURL(files[0], path) != osl::FileBase::E_None) return;
  try {
    loadPlan(utf8(path));   // refuse a broken file now, with its message, not at check time
  } catch (const std::exception& e) {
    setProp("info", "Label", Any(ustr(tr("Không dùng được tệp kế hoạch: ", "Cannot use the plan file: ") + e.what())));
    return;
  }
  rememberRecentPlanFile(userProfileDir(m_ctx), utf8(path));
  m_made.clear();
  chooseDocumentPlan(model(), utf8(path));
  refresh();
}

}  // namespace p8::uno
