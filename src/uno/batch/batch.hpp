// The batch service org.p8.p8calc.Batch (idl/org/p8/p8calc/XBatch.idl): `p8calc check`,
// `report` and `template` call it in their private office over the UNO bridge. It is the
// one-click check's pipeline without the output into the document: readWorkbook, choosePlan,
// the document's accepted warnings, checkWorkbook, and the one report writer. `p8calc
// consolidate` feeds it one document at a time into a session (batch_consolidate.hpp).
#pragma once
#include "core/check/check.hpp"
#include "core/report/report_model.hpp"
#include "core/table/grid.hpp"
#include "uno/common/plans.hpp"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>
#include <org/p8/p8calc/XBatch.hpp>

#include <memory>
#include <string>
#include <vector>

namespace p8::uno {

class ConsolidationSession;

namespace css = com::sun::star;

class Batch : public cppu::WeakImplHelper2<org::p8::p8calc::XBatch, css::lang::XServiceInfo> {
public:
  explicit Batch(const css::uno::Reference<css::uno::XComponentContext>& ctx) : m_ctx(ctx) {}
  static rtl::OUString implementationName();
  static css::uno::Sequence<rtl::OUString> serviceNames();

  rtl::OUString SAL_CALL loadPlan(const rtl::OUString& plan) override;
  rtl::OUString SAL_CALL check(const css::uno::Reference<css::frame::XModel>& document, const rtl::OUString& file,
                               const rtl::OUString& plan, const css::uno::Sequence<rtl::OUString>& accepted,
                               sal_Int32 year, const rtl::OUString& format, const rtl::OUString& lang,
                               sal_Int32& errors) override;
  rtl::OUString SAL_CALL damaged(const rtl::OUString& file, const rtl::OUString& format,
                                 const rtl::OUString& lang) override;
  rtl::OUString SAL_CALL inspect(const css::uno::Reference<css::frame::XModel>& document) override;
  org::p8::p8calc::ReportSummary SAL_CALL report(const css::uno::Reference<css::frame::XModel>& document,
                                                 const rtl::OUString& plan, const rtl::OUString& layout,
                                                 sal_Int32 period, const rtl::OUString& lang,
                                                 const css::uno::Sequence<rtl::OUString>& values,
                                                 const css::uno::Sequence<rtl::OUString>& outs) override;
  void SAL_CALL makeTemplate(const rtl::OUString& plan, const rtl::OUString& layout, const rtl::OUString& district,
                             sal_Int32 period, const rtl::OUString& lang,
                             const css::uno::Sequence<rtl::OUString>& values,
                             const css::uno::Sequence<rtl::OUString>& outs) override;

  rtl::OUString SAL_CALL makePlan(const css::uno::Reference<css::frame::XModel>& document, const rtl::OUString& file,
                                  const rtl::OUString& id, const rtl::OUString& province, const rtl::OUString& phase,
                                  const rtl::OUString& out, const rtl::OUString& format, const rtl::OUString& lang,
                                  rtl::OUString& written, sal_Int32& problems) override;

  rtl::OUString SAL_CALL describePlans(const css::uno::Reference<css::frame::XModel>& document,
                                       const rtl::OUString& file, const rtl::OUString& format,
                                       const rtl::OUString& lang) override;

  rtl::OUString SAL_CALL beginConsolidation(const rtl::OUString& plan, sal_Int32 period, const rtl::OUString& kind,
                                            const rtl::OUString& asOf,
                                            const css::uno::Sequence<rtl::OUString>& accepted) override;
  rtl::OUString SAL_CALL addToConsolidation(const css::uno::Reference<css::frame::XModel>& document,
                                            const rtl::OUString& file, const rtl::OUString& modified,
                                            sal_Bool& skipped, rtl::OUString& note, sal_Int32& errors) override;
  void SAL_CALL addUnreadableToConsolidation(const rtl::OUString& file, const rtl::OUString& modified,
                                             const rtl::OUString& reasonVi, const rtl::OUString& reasonEn) override;
  rtl::OUString SAL_CALL consolidateFiles(const css::uno::Sequence<rtl::OUString>& paths, const rtl::OUString& plan,
                                          sal_Int32 period, const rtl::OUString& kind, const rtl::OUString& asOf,
                                          const rtl::OUString& format, const rtl::OUString& lang,
                                          const css::uno::Sequence<rtl::OUString>& values,
                                          const css::uno::Sequence<rtl::OUString>& outs, sal_Int32& errors) override;
  rtl::OUString SAL_CALL finishConsolidation(const rtl::OUString& format, const rtl::OUString& lang,
                                             const rtl::OUString& layout,
                                             const css::uno::Sequence<rtl::OUString>& values,
                                             const css::uno::Sequence<rtl::OUString>& outs,
                                             sal_Int32& errors) override;

  rtl::OUString SAL_CALL getImplementationName() override;
  sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
  css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

  ~Batch() override;

private:
  ConsolidationSession& session();   // the running one, else the failure "no consolidation begun"
  css::uno::Reference<css::uno::XComponentContext> m_ctx;
  std::shared_ptr<ConsolidationSession> m_session;   // shared: declared here, defined in batch_consolidate
};

// The document as a spreadsheet, else the failure "not a spreadsheet".
css::uno::Reference<css::sheet::XSpreadsheetDocument> spreadsheet(const css::uno::Reference<css::frame::XModel>& document);
// The plan by plan_choice's order ("" = not asked for), else the failure saying why.
PlanPtr planOrFail(const css::uno::Reference<css::frame::XModel>& document, const std::vector<Grid>& grids,
                   const std::string& asked);

// `--plan WORKBOOK`: a workbook (.ods .xlsx .xls .fods) that keeps its plan (P8PlanData) stands
// for that plan — a province sends its template, the file carries the plan. Loads it hidden,
// registers its kept plan under `asked` (so loadPlan(asked) gives it), else the failure saying
// the file keeps no plan. Anything else is left to loadPlan. Returns `asked`.
std::string planFromWorkbook(const css::uno::Reference<css::uno::XComponentContext>& ctx, const std::string& asked);

// The check's options for a document, as `p8calc check` and the one-click check set them: the
// document's accepted warnings plus `accepted`, the reporting year (0 = none).
CheckOptions checkOptions(const css::uno::Reference<css::frame::XModel>& document,
                          const std::vector<std::string>& accepted, int year);
// Report options from the batch's arguments (values "KEY=VALUE"; a bad one is a failure).
ReportOptions reportOptions(sal_Int32 period, const rtl::OUString& lang, const css::uno::Sequence<rtl::OUString>& values);
std::vector<std::string> strings(const css::uno::Sequence<rtl::OUString>& seq);

// A failure the caller shows to the user: Message = vi + "\n" + en (see XBatch.idl).
[[noreturn]] void fail(const std::string& vi, const std::string& en);
// Inside a catch block: the failure as the IllegalArgumentException of XBatch.
[[noreturn]] void failFromCurrent();

}  // namespace p8::uno
