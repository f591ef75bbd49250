// The three panels of the "Dự án 8" deck and the factory the sidebar asks for them
// (addon-manifest/Sidebar.xcu names them; Factories.xcu names the factory):
//   Plan   — which plan checks this document (remembered in the document), and a plan made
//            from the document's own sheets (plan_make.hpp)
//   Check  — the Kiểm tra button, counts, findings (click = go to the cell), accept warnings
//   Totals — per indicator and district: plan, allocated, actual, gap (gaps marked)
//   Report — export the standard report layout / a blank data-entry template
//   Consolidation — the units' workbooks summed into the province's report (panel_consolidate.cpp)
#pragma once
#include "uno/sidebar/panel_base.hpp"
#include "core/consolidate/consolidate.hpp"
#include "uno/common/plans.hpp"
#include "uno/report/report_run.hpp"

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <cppuhelper/implbase2.hxx>

#include <memory>
#include <optional>
#include <vector>

namespace p8::uno {

class ConsolidateJob;

class PlanPanel : public PanelBase {
public:
  using PanelBase::PanelBase;
  void onAction(const std::string& control) override;
  void onSelect(const std::string& control, int index) override;

protected:
  void build() override;
  int layout(int width) override;
  void refresh() override;

private:
  void loadChoice(const std::string& choice);
  std::vector<std::string> m_choices;   // "" = automatic, else plan id or file path
  std::string m_made;                   // what the last "make a plan" did (shown until another choice)
};

class CheckPanel : public PanelBase {
public:
  using PanelBase::PanelBase;
  void onAction(const std::string& control) override;
  void onSelect(const std::string& control, int index) override;

protected:
  void build() override;
  int layout(int width) override;
  void refresh() override;
  css::ui::LayoutSize heightFor(int width) override;

private:
  void showFinding(int index);
};

class TotalsPanel : public PanelBase {
public:
  using PanelBase::PanelBase;
  void onAction(const std::string&) override {}

protected:
  void build() override;
  int layout(int width) override;
  void refresh() override;
  css::ui::LayoutSize heightFor(int width) override;
};

// "Xuất báo cáo": the standard report of this workbook, or a blank template, as a new document.
class ReportPanel : public PanelBase {
public:
  using PanelBase::PanelBase;
  void onAction(const std::string& control) override;

protected:
  void build() override;
  int layout(int width) override;
  void refresh() override {}

private:
  ReportRequest request() const;
  void storeFields();   // the form's report fields into the document's properties
};

// "Tổng hợp": the units' workbooks (a folder or files) consolidated in the background
// (consolidate_job.hpp), the units' statuses (click = open the unit's file), the totals and
// "Tạo báo cáo tổng hợp" (a new document).
class ConsolidatePanel : public PanelBase {
public:
  using PanelBase::PanelBase;
  ~ConsolidatePanel() override;
  void onAction(const std::string& control) override;
  void onSelect(const std::string& control, int index) override;
  void SAL_CALL dispose() override;

protected:
  void build() override;
  int layout(int width) override;
  void refresh() override;

private:
  void pickSources(bool folder);
  void start();
  void stepOnMain();                         // the job's progress, on the main thread
  void showResult();
  void openRow(int index);
  void makeReport();
  std::string planRef(PlanPtr* plan) const;  // the chosen plan as consolidateDocuments takes it
  std::string totalsText(const std::string& unit) const;

  std::vector<std::string> m_plans;          // plan choices: id, path, or "kept" (the document's)
  std::shared_ptr<ConsolidateJob> m_job;
  css::uno::Reference<css::task::XStatusIndicator> m_indicator;
  int m_indicatorCount = 0;                  // the range the indicator was started with
  std::optional<Consolidation> m_result;
  std::string m_resultPlan;                  // the plan reference m_result was made with
  std::vector<std::pair<std::string, int>> m_rows;   // per row: unit id ("" = a file) and file index
};

class PanelFactory : public cppu::WeakImplHelper2<css::ui::XUIElementFactory, css::lang::XServiceInfo> {
public:
  explicit PanelFactory(const css::uno::Reference<css::uno::XComponentContext>& ctx) : m_ctx(ctx) {}
  static rtl::OUString implementationName();
  static css::uno::Sequence<rtl::OUString> serviceNames();
  css::uno::Reference<css::ui::XUIElement> SAL_CALL createUIElement(
      const rtl::OUString& url, const css::uno::Sequence<css::beans::PropertyValue>& args) override;
  rtl::OUString SAL_CALL getImplementationName() override;
  sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
  css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
  css::uno::Reference<css::uno::XComponentContext> m_ctx;
};

}  // namespace p8::uno
