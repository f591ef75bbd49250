#include "uno/report/report_run.hpp"

#include "core/report/report_model.hpp"
#include "uno/common/args.hpp"
#include "uno/check/check_run.hpp"
#include "uno/common/config.hpp"
#include "uno/check/doc_read.hpp"
#include "uno/common/log.hpp"
#include "uno/common/plans.hpp"
#include "uno/report/report_fields.hpp"
#include "uno/report/report_writer.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/util/XCloseable.hpp>

namespace p8::uno {
namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY;

// Stores the new document once per path and closes it, also when a store fails.
void storeAndClose(const Reference<css::frame::XModel>& doc, const std::vector<std::string>& outs) {
  try {
    for (const auto& out : outs) storeByExtension(doc, out);
  } catch (...) {
    Reference<css::util::XCloseable>(doc, UNO_QUERY)->close(true);
    throw;
  }
  Reference<css::util::XCloseable>(doc, UNO_QUERY)->close(true);
  for (const auto& out : outs) log::info("report written: " + out);
}

Reference<css::frame::XModel> finish(const Reference<css::uno::XComponentContext>& ctx, const ReportModel& model,
                                     const std::string& planRef, const ReportRequest& req) {
  Reference<css::frame::XModel> doc = writeReport(ctx, model, planRef, !req.out.empty());
  if (req.out.empty()) return doc;
  storeAndClose(doc, {req.out});
  return nullptr;
}

}  // namespace

ReportLayout layoutFor(const std::string& nameOrPath) {
  return loadLayoutFile(layoutPath(nameOrPath.empty() ? "progress" : nameOrPath, layoutsDir()));
}

void storeModel(const Reference<css::uno::XComponentContext>& ctx, const ReportModel& model,
                const std::string& planRef, const std::vector<std::string>& outs) {
  if (outs.empty()) throw ArgError("no output file (Out)");
  storeAndClose(writeReport(ctx, model, planRef, true), outs);
}

std::string layoutsDir() {
  std::string plans = plansDir();
  return plans.substr(0, plans.rfind('/') == std::string::npos ? 0 : plans.rfind('/') + 1) + "layouts";
}

Reference<css::frame::XModel> makeReport(const Reference<css::uno::XComponentContext>& ctx,
                                         const Reference<css::frame::XFrame>& frame, const ReportRequest& req) {
  Reference<css::frame::XModel> model = frameModel(frame);
  Reference<css::sheet::XSpreadsheetDocument> doc(model, UNO_QUERY);
  if (!doc.is()) throw ArgError("only Calc spreadsheets have reports");
  std::vector<Grid> grids = readWorkbook(doc);
  DocResult chosen;
  PlanPtr plan = choosePlan(model, grids, chosen);
  if (!plan) throw ArgError(chosen.error_en);
  CheckOptions copt;
  if (req.period > 0) copt.asOfYear = req.period;
  CheckResult result = checkWorkbook(grids, *plan, copt);
  ReportOptions opt;
  opt.period = req.period;
  opt.lang = req.lang.empty() ? uiLanguage(ctx) : req.lang;
  addDocumentFields(model, opt.values);   // issuer, form number, signers … stored in the document
  ReportModel m = buildReport(layoutFor(req.layout), *plan, collectFigures(grids, result, *plan), opt);
  return finish(ctx, m, "", req);
}

Reference<css::frame::XModel> makeTemplate(const Reference<css::uno::XComponentContext>& ctx,
                                           const Reference<css::frame::XFrame>& frame, const ReportRequest& req) {
  Reference<css::frame::XModel> model = frameModel(frame);
  Reference<css::sheet::XSpreadsheetDocument> doc(model, UNO_QUERY);
  PlanPtr plan;
  if (doc.is()) {
    DocResult chosen;
    plan = choosePlan(model, readWorkbook(doc), chosen);
  }
  if (!plan) plan = chosenPlan(model);
  if (!plan) throw ArgError("choose a plan first (sidebar panel Kế hoạch / Plan)");
  ReportOptions opt;
  opt.period = req.period;
  opt.lang = req.lang.empty() ? uiLanguage(ctx) : req.lang;
  addDocumentFields(model, opt.values);
  ReportModel m = buildTemplate(layoutFor(req.layout.empty() ? "allocation" : req.layout), *plan, opt);
  std::string planRef = documentPlanId(model);
  return finish(ctx, m, planRef.empty() ? plan->id : planRef, req);
}

}  // namespace p8::uno
