// Consolidation on the office side (see the header) and the XBatch methods of `p8calc
// consolidate`: a session per service instance, one document at a time, then the JSON/text
// and the consolidated report.
#include "uno/batch/batch_consolidate.hpp"

#include "core/consolidate/consolidate_out.hpp"
#include "core/consolidate/consolidated_report.hpp"
#include "uno/batch/batch.hpp"
#include "uno/batch/hidden_load.hpp"
#include "uno/batch/workbook_files.hpp"
#include "uno/check/doc_read.hpp"
#include "uno/common/args.hpp"
#include "uno/common/doc_props.hpp"
#include "uno/common/log.hpp"
#include "uno/report/report_chart.hpp"
#include "uno/report/report_run.hpp"
#include "uno/report/report_writer.hpp"

#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <osl/file.hxx>

#include <cstdio>
#include <filesystem>
#include <memory>

namespace p8::uno {

const char* const kConsolidatedProperty = "P8Consolidated";

using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace {

Reference<css::document::XDocumentProperties> properties(const Reference<css::frame::XModel>& doc) {
  Reference<css::document::XDocumentPropertiesSupplier> sup(doc, UNO_QUERY);
  return sup.is() ? sup->getDocumentProperties() : nullptr;
}

// The document's own modification date (File ▸ Properties), else the file's.
std::string modifiedOf(const Reference<css::frame::XModel>& doc, const std::string& fileModified) {
  const auto props = properties(doc);
  if (!props.is()) return fileModified;
  const css::util::DateTime d = props->getModificationDate();
  if (d.Year <= 0 || d.Month == 0 || d.Day == 0) return fileModified;
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02u:%02u:%02u", int(d.Year), unsigned(d.Month), unsigned(d.Day),
                unsigned(d.Hours), unsigned(d.Minutes), unsigned(d.Seconds));
  return buf;
}

// Why a document is p8calc's own output ("" when it is not).
std::pair<std::string, std::string> ownOutput(const Reference<css::frame::XModel>& doc) {
  if (!userProperty(doc, kConsolidatedProperty).empty())
    return {"báo cáo tổng hợp do p8calc tạo (không phải báo cáo của đơn vị), bỏ qua",
            "a consolidated report made by p8calc (no unit's report), skipped"};
  return {};
}


}  // namespace

ConsolidationSession::ConsolidationSession(const std::string& plan, ConsolidationOptions opt,
                                           std::vector<std::string> accepted)
    : m_planRef(plan), m_plan(loadPlan(plan)), m_opt(std::move(opt)), m_accepted(std::move(accepted)) {
  for (const PlanPtr& p : builtinPlans())
    if (p && p->id != m_plan->id && p->province != m_plan->province) m_others.push_back(p);
}

ConsolidationSession::Added ConsolidationSession::add(const Reference<css::frame::XModel>& document,
                                                      const std::string& file, const std::string& modified) {
  Added a;
  const std::vector<Grid> grids = readWorkbook(spreadsheet(document));
  if (auto [vi, en] = ownOutput(document); !vi.empty()) {
    a.skipped = true;
    a.note_vi = vi;
    a.note_en = en;
    return a;
  }
  CheckResult result = checkWorkbook(grids, *m_plan, checkOptions(document, m_accepted, m_opt.period));
  a.errors = result.count(Severity::Error);
  std::vector<const Plan*> others;
  for (const PlanPtr& p : m_others) others.push_back(p.get());
  m_files.push_back(consolidationFile(file, modifiedOf(document, modified), grids, std::move(result), *m_plan, others));
  a.unit = m_files.back().attribution.unitId;
  return a;
}

void ConsolidationSession::addUnreadable(const std::string& file, const std::string& modified, std::string reason_vi,
                                         std::string reason_en) {
  m_files.push_back(unreadableFile(file, modified, std::move(reason_vi), std::move(reason_en), *m_plan));
}

Consolidation ConsolidationSession::result() const { return consolidate(*m_plan, m_files, m_opt); }

Reference<css::frame::XModel> writeConsolidatedReport(const Reference<css::uno::XComponentContext>& ctx,
                                                      const Consolidation& c, const Plan& plan,
                                                      const std::string& planRef, const std::string& layout,
                                                      const ReportOptions& opt, const std::vector<std::string>& outs) {
  const ReportModel model = buildConsolidatedReport(layoutFor(layout.empty() ? "progress" : layout), plan, c, opt);
  // The chart and its block on a sheet of their own: no table header repeated above them.
  Reference<css::frame::XModel> doc =
      writeReport(ctx, chartSheetApart(model, opt.lang == "en" ? "Chart" : "Biểu đồ"), planRef, !outs.empty());
  setUserProperty(doc, kConsolidatedProperty, c.planId + " " + std::to_string(c.period));
  if (outs.empty()) return doc;
  try {
    for (const auto& out : outs) storeByExtension(doc, out);
  } catch (...) {
    closeDocument(doc);
    throw;
  }
  closeDocument(doc);
  for (const auto& out : outs) log::info("consolidated report written: " + out);
  return nullptr;
}

std::optional<Consolidation> consolidateDocuments(const Reference<css::uno::XComponentContext>& ctx,
                                                  const std::vector<std::string>& paths, const std::string& plan,
                                                  const ConsolidationOptions& opt,
                                                  const std::vector<std::string>& accepted,
                                                  const std::function<void(int, int, const std::string&)>& progress,
                                                  const std::atomic<bool>& cancel) {
  ConsolidationSession session(plan, opt, accepted);
  const Reference<css::frame::XDesktop2> desktop = css::frame::Desktop::create(ctx);
  std::vector<std::string> files;
  for (const auto& p : paths) {
    std::error_code ec;
    if (std::filesystem::is_directory(p, ec))
      for (auto& f : workbooksIn(p)) files.push_back(std::move(f));
    else
      files.push_back(p);
  }
  const int n = static_cast<int>(files.size());
  for (int i = 0; i < n; ++i) {
    if (cancel.load()) return std::nullopt;
    const std::string& path = files[std::size_t(i)];
    if (progress) progress(i, n, path);
    const std::string modified = fileModifiedIso(path);
    std::string vi, en;
    const Reference<css::frame::XModel> doc = loadHidden(desktop, path, vi, en);
    if (!doc.is()) {
      session.addUnreadable(path, modified, vi, en);
      continue;
    }
    try {
      session.add(doc, path, modified);
    } catch (const css::lang::IllegalArgumentException& e) {   // not a spreadsheet after all
      const auto nl = e.Message.indexOf('\n');
      session.addUnreadable(path, modified, utf8(nl < 0 ? e.Message : e.Message.copy(0, nl)),
                            utf8(nl < 0 ? e.Message : e.Message.copy(nl + 1)));
    } catch (...) {
      closeDocument(doc);
      throw;
    }
    closeDocument(doc);
  }
  if (cancel.load()) return std::nullopt;
  return session.result();
}

// ---- XBatch ----

namespace {

ConsolidationOptions sessionOptions(const rtl::OUString& plan, sal_Int32 period, const rtl::OUString& kind,
                                    const rtl::OUString& asOf) {
  if (plan.isEmpty()) fail("thiếu --plan (kế hoạch để tổng hợp).", "--plan is missing (the plan to consolidate).");
  if (period < 1990 || period > 2100)
    fail("--period phải là năm báo cáo, ví dụ 2025.", "--period must be the reporting year, e.g. 2025.");
  ConsolidationOptions opt;
  opt.period = period;
  opt.kind = kind.isEmpty() ? "progress" : utf8(kind);
  if (opt.kind != "progress" && opt.kind != "update")
    fail("--kind phải là progress hoặc update.", "--kind must be progress or update.");
  opt.asOf = utf8(asOf);
  return opt;
}

// The answer of a finished consolidation, and its report when paths are given.
rtl::OUString answer(const Reference<css::uno::XComponentContext>& ctx, const Consolidation& c, const Plan& plan,
                     const std::string& planRef, const rtl::OUString& format, const rtl::OUString& lang,
                     const rtl::OUString& layout, const css::uno::Sequence<rtl::OUString>& values,
                     const css::uno::Sequence<rtl::OUString>& outs, sal_Int32& errors) {
  errors = c.count(Severity::Error);
  if (outs.getLength())
    writeConsolidatedReport(ctx, c, plan, planRef, utf8(layout), reportOptions(c.period, lang, values), strings(outs));
  return ustr(format == "json" ? consolidationJson(c) : consolidationText(c, plan, utf8(lang)));
}

}  // namespace

Batch::~Batch() = default;

ConsolidationSession& Batch::session() {
  if (!m_session)
    fail("chưa bắt đầu tổng hợp (beginConsolidation).", "no consolidation was begun (beginConsolidation).");
  return *m_session;
}

rtl::OUString Batch::beginConsolidation(const rtl::OUString& plan, sal_Int32 period, const rtl::OUString& kind,
                                        const rtl::OUString& asOf, const css::uno::Sequence<rtl::OUString>& accepted) {
  try {
    m_session.reset();
    m_session = std::make_shared<ConsolidationSession>(planFromWorkbook(m_ctx, utf8(plan)), sessionOptions(plan, period, kind, asOf),
                                                       strings(accepted));
    return ustr(m_session->plan().id);
  } catch (...) {
    failFromCurrent();
  }
}

rtl::OUString Batch::addToConsolidation(const Reference<css::frame::XModel>& document, const rtl::OUString& file,
                                        const rtl::OUString& modified, sal_Bool& skipped, rtl::OUString& note,
                                        sal_Int32& errors) {
  try {
    const ConsolidationSession::Added a = session().add(document, utf8(file), utf8(modified));
    skipped = a.skipped;
    note = ustr(a.skipped ? a.note_vi + "\n" + a.note_en : "");
    errors = a.errors;
    return ustr(a.unit);
  } catch (...) {
    failFromCurrent();
  }
}

void Batch::addUnreadableToConsolidation(const rtl::OUString& file, const rtl::OUString& modified,
                                         const rtl::OUString& reasonVi, const rtl::OUString& reasonEn) {
  try {
    session().addUnreadable(utf8(file), utf8(modified), utf8(reasonVi), utf8(reasonEn));
  } catch (...) {
    failFromCurrent();
  }
}

rtl::OUString Batch::finishConsolidation(const rtl::OUString& format, const rtl::OUString& lang,
                                         const rtl::OUString& layout, const css::uno::Sequence<rtl::OUString>& values,
                                         const css::uno::Sequence<rtl::OUString>& outs, sal_Int32& errors) {
  try {
    ConsolidationSession& s = session();
    const rtl::OUString out = answer(m_ctx, s.result(), s.plan(), s.planRef(), format, lang, layout, values, outs, errors);
    m_session.reset();
    return out;
  } catch (...) {
    failFromCurrent();
  }
}

rtl::OUString Batch::consolidateFiles(const css::uno::Sequence<rtl::OUString>& paths, const rtl::OUString& plan,
                                      sal_Int32 period, const rtl::OUString& kind, const rtl::OUString& asOf,
                                      const rtl::OUString& format, const rtl::OUString& lang,
                                      const css::uno::Sequence<rtl::OUString>& values,
                                      const css::uno::Sequence<rtl::OUString>& outs, sal_Int32& errors) {
  try {
    const std::atomic<bool> never{false};
    const std::optional<Consolidation> c =
        consolidateDocuments(m_ctx, strings(paths), planFromWorkbook(m_ctx, utf8(plan)), sessionOptions(plan, period, kind, asOf), {}, {}, never);
    const PlanPtr p = p8::uno::loadPlan(utf8(plan));   // cached: the session's plan
    return answer(m_ctx, *c, *p, utf8(plan), format, lang, "", values, outs, errors);
  } catch (...) {
    failFromCurrent();
  }
}

}  // namespace p8::uno
