// XBatch::report and XBatch::makeTemplate: the report model of the core (layouts/*.json filled
// from the plan and from what the check read) written by the one report writer of the
// sidebar (uno/report), stored by the extension of each output path. The source document is
// only read.
#include "uno/batch/batch.hpp"

#include "core/check/check.hpp"
#include "core/plan/plan_workbook.hpp"
#include "core/report/report_model.hpp"
#include "uno/check/doc_read.hpp"
#include "uno/common/args.hpp"
#include "uno/common/plans.hpp"
#include "uno/report/report_fields.hpp"
#include "uno/report/report_run.hpp"
#include "uno/report/report_workbook.hpp"


namespace p8::uno {

using css::uno::Reference;

ReportOptions reportOptions(sal_Int32 period, const rtl::OUString& lang,
                            const css::uno::Sequence<rtl::OUString>& values) {
  ReportOptions opt;
  opt.period = period;
  opt.lang = lang == "en" ? "en" : "vi";
  for (const auto& kv : values) {
    const std::string v = utf8(kv);
    const auto eq = v.find('=');
    if (eq == std::string::npos || eq == 0)
      fail("--set cần dạng KHÓA=GIÁ TRỊ, ví dụ issuer=\"UBND TỈNH BẮC KẠN\".",
           "--set needs KEY=VALUE, e.g. issuer=\"UBND TỈNH BẮC KẠN\".");
    opt.values[v.substr(0, eq)] = v.substr(eq + 1);
  }
  return opt;
}

namespace {

std::vector<std::string> paths(const css::uno::Sequence<rtl::OUString>& outs) {
  std::vector<std::string> out;
  for (const auto& s : outs) out.push_back(utf8(s));
  if (out.empty()) fail("thiếu --out (tệp kết quả .ods, .xlsx hoặc .pdf).", "--out is missing (an .ods, .xlsx or .pdf file).");
  return out;
}

// The reporting unit of a template: a district's id or a spelling of its name.
std::string districtId(const Plan& plan, const std::string& district) {
  if (district.empty()) return "";
  const OrgUnit* byId = plan.findUnit(district);
  if (byId && byId->level == plan.reportingLevel) return byId->id;
  const NameMatch m = plan.matchDistrict(district);
  if (m.status == NameMatch::Status::Unique) return m.id;
  std::string names;
  for (const auto* d : plan.districts()) names += (names.empty() ? "" : ", ") + d->name;
  fail("không có huyện \"" + district + "\" trong kế hoạch " + plan.id + " (" + names + ").",
       "plan " + plan.id + " has no district \"" + district + "\" (" + names + ").");
}

}  // namespace

org::p8::p8calc::ReportSummary Batch::report(const Reference<css::frame::XModel>& document, const rtl::OUString& plan,
                                             const rtl::OUString& layout, sal_Int32 period, const rtl::OUString& lang,
                                             const css::uno::Sequence<rtl::OUString>& values,
                                             const css::uno::Sequence<rtl::OUString>& outs) {
  try {
    ReportOptions opt = reportOptions(period, lang, values);
    addDocumentFields(document, opt.values);   // the document's report fields; --set wins
    const std::vector<std::string> to = paths(outs);
    const ReportLayout lay = layoutFor(utf8(layout));
    const std::vector<Grid> grids = readWorkbook(spreadsheet(document));
    const PlanPtr p = planOrFail(document, grids, planFromWorkbook(m_ctx, utf8(plan)));
    CheckOptions copt;
    if (period > 0) copt.asOfYear = period;
    const CheckResult result = checkWorkbook(grids, *p, copt);
    const ReportModel model = buildReport(lay, *p, collectFigures(grids, result, *p), opt);
    storeModel(m_ctx, model, plan.isEmpty() ? p->id : utf8(plan), to);
    org::p8::p8calc::ReportSummary s;
    s.plan = ustr(p->id);
    s.errors = result.count(Severity::Error);
    s.warnings = result.count(Severity::Warning);
    s.infos = result.count(Severity::Info);
    s.notesVi.realloc(sal_Int32(model.notes.size()));
    s.notesEn.realloc(sal_Int32(model.notes.size()));
    for (std::size_t i = 0; i < model.notes.size(); ++i) {
      s.notesVi.getArray()[i] = ustr(model.notes[i].message_vi);
      s.notesEn.getArray()[i] = ustr(model.notes[i].message_en);
    }
    return s;
  } catch (...) {
    failFromCurrent();
  }
}

void Batch::makeTemplate(const rtl::OUString& plan, const rtl::OUString& layout, const rtl::OUString& district,
                         sal_Int32 period, const rtl::OUString& lang, const css::uno::Sequence<rtl::OUString>& values,
                         const css::uno::Sequence<rtl::OUString>& outs) {
  try {
    ReportOptions opt = reportOptions(period, lang, values);
    const std::vector<std::string> to = paths(outs);
    // layout "plan" (`--kind plan`): the plan workbook, blank or holding the given plan.
    if (layout == "plan") {
      const PlanPtr p = plan.isEmpty() ? nullptr : p8::uno::loadPlan(planFromWorkbook(m_ctx, utf8(plan)));
      storeWorkbook(m_ctx, buildPlanWorkbook(p ? *p : Plan{}, opt.lang).sheets, "", to);
      return;
    }
    if (plan.isEmpty()) fail("thiếu --plan (kế hoạch của biểu mẫu).", "--plan is missing (the template's plan).");
    const ReportLayout lay = layoutFor(layout.isEmpty() ? "allocation" : utf8(layout));
    PlanPtr p = p8::uno::loadPlan(planFromWorkbook(m_ctx, utf8(plan)));
    opt.district = districtId(*p, utf8(district));
    storeModel(m_ctx, buildTemplate(lay, *p, opt), utf8(plan), to);
  } catch (...) {
    failFromCurrent();
  }
}

}  // namespace p8::uno
