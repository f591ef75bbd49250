// The "Tổng hợp" panel: the province's side of the reporting cycle inside Calc. The user
// chooses the units' workbooks (a folder or files), the reporting year, the kind of report
// (progress before 10/9, year update before 25/01) and the plan (the same choices as the
// Kế hoạch panel); "Tổng hợp" reads and checks every file in the background exactly as
// `p8calc consolidate` does (consolidate_job.hpp: Hủy / Cancel stops it, nothing is kept of a
// cancelled run), then lists every unit of the plan's level with its status, the files that
// name no unit, and the totals. A click on a row opens that unit's file read-only (at the cell
// of its first finding); "Tạo báo cáo tổng hợp" opens the consolidated report as a new
// document — this document's cells are never touched.
#include "core/plan/plan_level.hpp"
#include "uno/batch/batch_consolidate.hpp"
#include "uno/common/args.hpp"
#include "uno/common/config.hpp"
#include "uno/report/report_fields.hpp"
#include "uno/sidebar/consolidate_job.hpp"
#include "uno/sidebar/panels.hpp"

#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XNumericField.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/task/XStatusIndicatorFactory.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/FolderPicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <osl/file.hxx>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <filesystem>

namespace p8::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

int currentYear() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  localtime_r(&t, &tm);
  return tm.tm_year + 1900;
}

std::string systemPath(const rtl::OUString& url) {
  rtl::OUString path;
  if (osl::FileBase::getSystemPathFromFileURL(url, path) != osl::FileBase::E_None) return {};
  return utf8(path);
}

std::string baseName(const std::string& path) { return std::filesystem::path(path).filename().string(); }

}  // namespace

ConsolidatePanel::~ConsolidatePanel() {
  if (m_job) m_job->detach();
}

void ConsolidatePanel::dispose() {
  if (m_job) m_job->detach();   // the worker stops before its next file; nothing is shown
  m_job.reset();
  if (m_indicator.is()) {
    try {
      m_indicator->end();
    } catch (...) {
    }
    m_indicator.clear();
  }
  PanelBase::dispose();
}

void ConsolidatePanel::build() {
  add("FixedText", "sourcesLabel", {{"Label", Any(ustr(tr("Tệp của các đơn vị (thư mục, tệp; cách bởi ;):",
                                                          "The units' files (folders, files; split by ;):")))}});
  add("Edit", "sources", {{"Border", Any(sal_Int16(1))}});
  add("Button", "folder", {{"Label", Any(ustr(tr("Chọn thư mục…", "Choose a folder…")))}});
  add("Button", "files", {{"Label", Any(ustr(tr("Chọn tệp…", "Choose files…")))}});
  add("FixedText", "periodLabel", {{"Label", Any(ustr(tr("Năm báo cáo:", "Reporting year:")))}});
  add("NumericField", "period", {{"Value", Any(double(currentYear()))}, {"ValueMin", Any(2000.0)},
                                 {"ValueMax", Any(2100.0)}, {"DecimalAccuracy", Any(sal_Int16(0))},
                                 {"ShowThousandsSeparator", Any(false)}, {"Spin", Any(true)},
                                 {"Border", Any(sal_Int16(1))}});
  add("FixedText", "kindLabel", {{"Label", Any(ustr(tr("Loại báo cáo:", "Kind of report:")))}});
  add("ListBox", "kind", {{"Dropdown", Any(true)}, {"Border", Any(sal_Int16(1))}});
  setItems("kind", {tr("Tiến độ (hạn 10/9)", "Progress (due 10/9)"), tr("Cập nhật năm (hạn 25/01)", "Year update (due 25/01)")});
  Reference<css::awt::XListBox>(control("kind"), UNO_QUERY_THROW)->selectItemPos(0, true);
  add("FixedText", "planLabel", {{"Label", Any(ustr(tr("Kế hoạch:", "Plan:")))}});
  add("ListBox", "plan", {{"Dropdown", Any(true)}, {"Border", Any(sal_Int16(1))}});
  add("Button", "run", {{"Label", Any(ustr(tr("Tổng hợp", "Consolidate")))},
                        {"HelpText", Any(ustr(tr("Đọc và kiểm tra từng tệp như p8calc consolidate; tệp của đơn vị chỉ được mở để đọc",
                                                 "Reads and checks every file as p8calc consolidate does; the units' files are opened read-only")))}});
  add("Button", "cancel", {{"Label", Any(ustr(tr("Hủy", "Cancel")))}, {"Enabled", Any(false)}});
  add("FixedText", "status", {{"MultiLine", Any(true)}});
  add("FixedText", "unitsLabel", {{"Label", Any(ustr(tr("Đơn vị báo cáo:", "Reporting units:")))}});
  add("ListBox", "units", {{"Dropdown", Any(false)}, {"Border", Any(sal_Int16(1))}});
  add("FixedText", "detail", {{"MultiLine", Any(true)}});
  add("Button", "report", {{"Label", Any(ustr(tr("Tạo báo cáo tổng hợp", "Make the consolidated report")))},
                           {"HelpText", Any(ustr(tr("Mở báo cáo tổng hợp trong một tệp mới; tệp đang mở không bị thay đổi",
                                                    "Opens the consolidated report as a new document; this workbook is not changed")))},
                           {"Enabled", Any(false)}});
}

int ConsolidatePanel::layout(int width) {
  const int m = 6, w = std::max(width - 2 * m, 100), half = w / 2;
  int y = m;
  place("sourcesLabel", m, y, w, 18);
  place("sources", m, y + 20, w, 26);
  place("folder", m, y + 50, half - 3, 28);
  place("files", m + half + 3, y + 50, w - half - 3, 28);
  y += 84;
  place("periodLabel", m, y + 4, half - 3, 20);
  place("period", m + half + 3, y, w - half - 3, 26);
  place("kindLabel", m, y + 34, half - 3, 20);
  place("kind", m + half + 3, y + 30, w - half - 3, 26);
  place("planLabel", m, y + 64, half - 3, 20);
  place("plan", m + half + 3, y + 60, w - half - 3, 26);
  y += 92;
  place("run", m, y, half - 3, 28);
  place("cancel", m + half + 3, y, w - half - 3, 28);
  place("status", m, y + 32, w, 48);
  y += 84;
  place("unitsLabel", m, y, w, 18);
  place("units", m, y + 20, w, 200);
  place("detail", m, y + 224, w, 150);
  place("report", m, y + 378, w, 28);
  return y + 378 + 28 + m;
}

// The plan choices of the Kế hoạch panel: the plan kept in this document, the built-in plans,
// recent plan files and the document's chosen file; the document's choice is selected.
void ConsolidatePanel::refresh() {
  if (m_job || !m_plans.empty()) return;   // filled once; a check result changes nothing here
  const std::string chosen = documentPlanId(model());
  std::vector<std::string> items;
  int sel = -1, keptIndex = -1;
  auto offer = [&](const std::string& choice, const std::string& label) {
    if (std::find(m_plans.begin(), m_plans.end(), choice) != m_plans.end()) return;
    m_plans.push_back(choice);
    items.push_back(label);
  };
  PlanPtr kept;
  try {
    kept = keptPlan(model());
  } catch (const std::exception&) {
  }
  if (kept) {
    offer("kept", tr("Trong tệp này: ", "In this document: ") + kept->id);
    keptIndex = 0;
    if (chosen == kept->id) sel = 0;
  }
  for (const auto& p : builtinPlans()) offer(p->id, p->id + " — " + p->title.in(lang()));
  for (const auto& f : recentPlanFiles(userProfileDir(m_ctx))) offer(f, tr("Tệp gần đây: ", "Recent file: ") + f);
  if (!chosen.empty() && !(kept && chosen == kept->id)) offer(chosen, tr("Tệp: ", "File: ") + chosen);
  if (sel < 0 && !chosen.empty())
    for (std::size_t i = 0; i < m_plans.size(); ++i)
      if (m_plans[i] == chosen) sel = int(i);
  if (sel < 0) {
    auto r = result();
    if (r && r->plan)
      for (std::size_t i = 0; i < m_plans.size(); ++i)
        if (m_plans[i] == r->plan->id) sel = int(i);
  }
  if (sel < 0) sel = keptIndex >= 0 ? keptIndex : 0;
  setItems("plan", items);
  if (!items.empty()) Reference<css::awt::XListBox>(control("plan"), UNO_QUERY_THROW)->selectItemPos(sal_Int16(sel), true);
  onSelect("plan", sel);
}

// The chosen plan as consolidateDocuments takes it (a built-in id, a file path, or for the
// document's kept plan a key registered with the plans in memory), loaded into `plan`.
std::string ConsolidatePanel::planRef(PlanPtr* plan) const {
  const int i = selected("plan");
  if (i < 0 || i >= int(m_plans.size())) throw ArgError("choose a plan");
  std::string ref = m_plans[std::size_t(i)];
  if (ref == "kept") {
    PlanPtr kept = keptPlan(model());
    if (!kept) throw ArgError("this document keeps no plan any more");
    ref = "p8calc-kept:" + kept->id;   // no file: the plan as the document keeps it now
    registerPlan(ref, kept);
  }
  if (plan) *plan = loadPlan(ref);
  return ref;
}

void ConsolidatePanel::onSelect(const std::string& control, int index) {
  if (control == "units") {
    openRow(index);
    return;
  }
  if (control != "plan" || index < 0) return;
  // The words of the plan's level ("Các xã, phường:") and a year inside its period.
  try {
    PlanPtr plan;
    planRef(&plan);
    setProp("unitsLabel", "Label", Any(ustr(tr("Các ", "The ") + reportingWords(*plan).many.in(lang()) + ":")));
    const int year = std::clamp(currentYear(), plan->startYear, plan->endYear);
    Reference<css::awt::XNumericField>(this->control("period"), UNO_QUERY_THROW)->setValue(double(year));
  } catch (const std::exception& e) {
    setProp("status", "Label", Any(ustr(tr("Không dùng được kế hoạch: ", "Cannot use the plan: ") + e.what())));
  }
}

void ConsolidatePanel::onAction(const std::string& control) {
  if (control == "folder" || control == "files") pickSources(control == "folder");
  else if (control == "run") start();
  else if (control == "cancel" && m_job) {
    m_job->cancel();
    setProp("status", "Label", Any(ustr(tr("Đang hủy…", "Cancelling…"))));
  } else if (control == "report") makeReport();
}

void ConsolidatePanel::pickSources(bool folder) {
  std::vector<std::string> paths;
  if (folder) {
    auto picker = css::ui::dialogs::FolderPicker::create(m_ctx);
    picker->setTitle(ustr(tr("Thư mục chứa tệp của các đơn vị", "The folder of the units' workbooks")));
    if (picker->execute() != css::ui::dialogs::ExecutableDialogResults::OK) return;
    paths.push_back(systemPath(picker->getDirectory()));
  } else {
    auto picker = css::ui::dialogs::FilePicker::createWithMode(m_ctx, css::ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE);
    picker->setMultiSelectionMode(true);
    if (picker->execute() != css::ui::dialogs::ExecutableDialogResults::OK) return;
    for (const auto& url : picker->getSelectedFiles()) paths.push_back(systemPath(url));
  }
  std::string text;
  for (const auto& p : paths)
    if (!p.empty()) text += (text.empty() ? "" : "; ") + p;
  Reference<css::awt::XTextComponent>(control("sources"), UNO_QUERY_THROW)->setText(ustr(text));
}

void ConsolidatePanel::start() {
  if (m_job) return;   // one run at a time
  std::vector<std::string> paths;
  const std::string text = utf8(Reference<css::awt::XTextComponent>(control("sources"), UNO_QUERY_THROW)->getText());
  for (std::size_t a = 0; a <= text.size();) {
    std::size_t b = text.find(';', a);
    if (b == std::string::npos) b = text.size();
    std::string p = text.substr(a, b - a);
    p.erase(0, p.find_first_not_of(" \t"));
    p.erase(p.find_last_not_of(" \t") + 1);
    if (!p.empty()) paths.push_back(p);
    a = b + 1;
  }
  if (paths.empty()) {
    setProp("status", "Label", Any(ustr(tr("Hãy chọn thư mục hoặc tệp của các đơn vị trước.",
                                           "Choose the folder or the files of the units first."))));
    return;
  }
  ConsolidationOptions opt;
  opt.period = int(Reference<css::awt::XNumericField>(control("period"), UNO_QUERY_THROW)->getValue());
  opt.kind = selected("kind") == 1 ? "update" : "progress";
  std::string plan;
  try {
    plan = planRef(nullptr);
  } catch (const std::exception& e) {
    setProp("status", "Label", Any(ustr(tr("Không dùng được kế hoạch: ", "Cannot use the plan: ") + e.what())));
    return;
  }
  // A new run: the last consolidation is gone (a cancelled run leaves none, never half of one).
  m_result.reset();
  m_rows.clear();
  setItems("units", {});
  setProp("detail", "Label", Any(rtl::OUString()));
  setProp("report", "Enabled", Any(false));
  setProp("run", "Enabled", Any(false));
  setProp("cancel", "Enabled", Any(true));
  setProp("status", "Label", Any(ustr(tr("Đang tổng hợp…", "Consolidating…"))));
  m_resultPlan = plan;
  try {
    Reference<css::task::XStatusIndicatorFactory> f(m_frame, UNO_QUERY);
    if (f.is()) m_indicator = f->createStatusIndicator();
    if (m_indicator.is()) m_indicator->start(ustr(tr("Tổng hợp", "Consolidating")), 1);
  } catch (...) {
    m_indicator.clear();
  }
  m_indicatorCount = 0;
  m_job = std::make_shared<ConsolidateJob>(m_ctx, paths, plan, opt, [this] { handle("consolidate", [this] { stepOnMain(); }); });
  m_job->start();
}

void ConsolidatePanel::stepOnMain() {
  if (!m_job) return;
  const ConsolidateJob::Progress p = m_job->snapshot();
  if (!p.done) {
    const std::string line = std::to_string(p.index + 1) + "/" + std::to_string(p.count) + ": " + baseName(p.file);
    setProp("status", "Label", Any(ustr(tr("Đang đọc ", "Reading ") + line)));
    if (m_indicator.is()) {
      if (m_indicatorCount != p.count) {   // the file count is known with the first file
        m_indicatorCount = p.count;
        m_indicator->start(ustr(tr("Tổng hợp ", "Consolidating ") + line), std::max(p.count, 1));
      }
      m_indicator->setText(ustr(tr("Tổng hợp ", "Consolidating ") + line));
      m_indicator->setValue(p.index);
    }
    return;
  }
  m_job->detach();   // later steps of this job, if any, do nothing
  m_job.reset();
  if (m_indicator.is()) m_indicator->end();
  m_indicator.clear();
  setProp("run", "Enabled", Any(true));
  setProp("cancel", "Enabled", Any(false));
  if (!p.error_vi.empty()) {
    setProp("status", "Label", Any(ustr(tr("Không tổng hợp được: ", "Could not consolidate: ") + (vi() ? p.error_vi : p.error_en))));
    return;
  }
  if (p.cancelled || !p.result) {
    setProp("status", "Label", Any(ustr(tr("Đã hủy: không có gì được ghi, chưa có kết quả tổng hợp.",
                                           "Cancelled: nothing was written, there is no consolidation."))));
    return;
  }
  m_result = p.result;
  showResult();
}

void ConsolidatePanel::makeReport() {
  if (!m_result) {
    setProp("status", "Label", Any(ustr(tr("Hãy bấm «Tổng hợp» trước.", "Press «Consolidate» first."))));
    return;
  }
  try {
    PlanPtr plan = loadPlan(m_resultPlan);
    ReportOptions opt;
    opt.period = m_result->period;
    opt.lang = lang();
    addDocumentFields(model(), opt.values);   // issuer, signers … stored in this document, if any
    writeConsolidatedReport(m_ctx, *m_result, *plan, m_resultPlan, "progress", opt, {});
    setProp("status", "Label", Any(ustr(tr("Đã mở báo cáo tổng hợp trong tệp mới. Lưu bằng Tệp ▸ Lưu thành, hoặc xuất PDF.",
                                           "The consolidated report opened as a new document. Save it, or export it as PDF."))));
  } catch (const std::exception& e) {
    setProp("status", "Label", Any(ustr(tr("Không tạo được báo cáo: ", "Could not make the report: ") + e.what())));
  }
}

}  // namespace p8::uno
