#include "uno/common/args.hpp"
#include "uno/check/check_run.hpp"
#include "uno/common/doc_props.hpp"
#include "uno/sidebar/panels.hpp"
#include "uno/common/plans.hpp"

#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilterManager.hpp>
#include <osl/file.hxx>

namespace p8::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;

void PlanPanel::build() {
  add("FixedText", "label", {{"Label", Any(ustr(tr("Kế hoạch dùng để kiểm tra tệp này:", "Plan this document is checked against:")))}});
  add("ListBox", "plan", {{"Dropdown", Any(true)}, {"Border", Any(sal_Int16(1))}});
  add("Button", "file", {{"Label", Any(ustr(tr("Chọn tệp kế hoạch (.json)…", "Load a plan file (.json)…")))}});
  add("FixedText", "info", {{"MultiLine", Any(true)}});
}

int PlanPanel::layout(int width) {
  const int m = 6, w = std::max(width - 2 * m, 100);
  place("label", m, m, w, 18);
  place("plan", m, m + 22, w, 26);
  place("file", m, m + 54, w, 28);
  place("info", m, m + 88, w, 64);
  return m + 88 + 64 + m;
}

void PlanPanel::refresh() {
  const std::string chosen = documentPlanId(model());
  m_choices = {""};
  std::vector<std::string> items = {tr("Tự động (theo tên tỉnh, huyện trong tệp)", "Automatic (from the province and district names)")};
  int sel = 0;
  for (const auto& p : builtinPlans()) {
    m_choices.push_back(p->id);
    items.push_back(p->id + " — " + p->title.in(lang()));
    if (p->id == chosen) sel = int(items.size()) - 1;
  }
  if (!chosen.empty() && sel == 0) {
    m_choices.push_back(chosen);
    items.push_back(tr("Tệp: ", "File: ") + chosen);
    sel = int(items.size()) - 1;
  }
  setItems("plan", items);
  Reference<css::awt::XListBox> list(control("plan"), UNO_QUERY);
  if (list.is()) list->selectItemPos(sal_Int16(sel), true);

  std::string info;
  auto r = result();
  PlanPtr plan = r && r->plan ? r->plan : nullptr;
  try {
    if (!plan && !chosen.empty()) plan = chosenPlan(model());
  } catch (const std::exception& e) {
    info = tr("Không đọc được kế hoạch: ", "Cannot read the plan: ") + e.what();
  }
  if (plan) {
    info = plan->title.in(lang()) + "\n" + tr("Tỉnh ", "Province ") + plan->province + " · " +
           std::to_string(plan->startYear) + "–" + std::to_string(plan->endYear) + " · " +
           std::to_string(plan->indicators.size()) + tr(" chỉ tiêu · ", " indicators · ") +
           std::to_string(plan->districts().size()) + tr(" huyện", " districts");
  } else if (info.empty()) {
    info = tr("Kế hoạch sẽ được chọn theo nội dung tệp khi kiểm tra.", "The plan is chosen from the document's content when checking.");
  }
  setProp("info", "Label", Any(ustr(info)));
}

void PlanPanel::onSelect(const std::string& control, int index) {
  if (control != "plan" || index < 0 || index >= int(m_choices.size())) return;
  if (m_choices[index] == documentPlanId(model())) return;
  chooseDocumentPlan(model(), m_choices[index]);
  refresh();
}

void PlanPanel::onAction(const std::string& control) {
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
  chooseDocumentPlan(model(), utf8(path));
  refresh();
}

}  // namespace p8::uno
