// XBatch::describePlans, what `p8calc plans` asks: which plans p8calc knows (the built-in
// ones) and, for a workbook, which plan it would be checked against and why — the plan kept
// in the document (P8PlanData), the document's choice (P8Plan) and the plan its texts point
// to, with the inference's evidence. The same plan choice as the check (plan_choice.hpp), so
// what this says is what `p8calc check` and the one-click check do. Nothing is written.
#include "uno/batch/batch.hpp"
#include "uno/batch/hidden_load.hpp"
#include "uno/batch/workbook_files.hpp"

#include "core/parse/json_escape.hpp"
#include "core/plan/plan_level.hpp"
#include "uno/check/doc_read.hpp"
#include "uno/check/plan_choice.hpp"
#include "uno/common/args.hpp"

#include <com/sun/star/frame/Desktop.hpp>

#include <string>

namespace p8::uno {
namespace {

std::string q(const std::string& s) { return jsonEscape(s); }   // with its quotes
std::string qOrNull(const std::string& s) { return s.empty() ? "null" : q(s); }

// A message as one sentence: ends with a single full stop.
std::string sentence(std::string s) {
  while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.pop_back();
  return s + ".";
}

std::string planJson(const Plan& p) {
  return "{\"id\":" + q(p.id) + ",\"title_vi\":" + q(p.title.vi) + ",\"title_en\":" + q(p.title.in("en")) +
         ",\"province\":" + q(p.province) + ",\"phase\":" + q(p.phase) + ",\"level\":" + q(p.reportingLevel) +
         ",\"units\":" + std::to_string(p.districts().size()) +
         ",\"indicators\":" + std::to_string(p.indicators.size()) + "}";
}

std::string planLine(const Plan& p, bool vi) {
  const LevelWords w = reportingWords(p);
  return "  " + p.id + " · " + p.province + " · " + p.phase + " · " + std::to_string(p.districts().size()) + " " +
         (vi ? w.many.vi : w.many.en) + ", " + std::to_string(p.indicators.size()) +
         (vi ? " chỉ tiêu" : " indicators") + "\n      " + p.title.in(vi ? "vi" : "en") + "\n";
}

// The built-in plans, as a JSON array or lines of text.
std::string builtins(bool json, bool vi) {
  std::string o = json ? "[" : (vi ? "Kế hoạch có sẵn:\n" : "Built-in plans:\n");
  bool first = true;
  for (const auto& p : builtinPlans()) {
    if (json) o += (first ? "" : ",") + planJson(*p);
    else o += planLine(*p, vi);
    first = false;
  }
  return json ? o + "]" : o;
}

}  // namespace

rtl::OUString Batch::describePlans(const css::uno::Reference<css::frame::XModel>& document, const rtl::OUString& file,
                                   const rtl::OUString& format, const rtl::OUString& lang) {
  try {
    const bool json = format == "json", vi = lang != "en";
    if (!document.is()) return ustr(builtins(json, vi));
    const std::vector<Grid> grids = readWorkbook(spreadsheet(document));
    std::string keptId, keptError;
    try {
      if (PlanPtr k = keptPlan(document)) keptId = k->id;
    } catch (const PlanLoadError& e) {
      keptError = vi ? e.message_vi : e.what();
    }
    const std::string chosenId = documentPlanId(document);
    std::vector<const Plan*> plans;
    const auto all = builtinPlans();
    for (const auto& p : all) plans.push_back(p.get());
    const PlanInference inferred = inferPlanEvidence(grids, plans);
    DocResult used;
    PlanSource source = PlanSource::None;
    PlanPtr plan = choosePlan(document, grids, used, "", &source);
    const char* from = !plan ? "none" : source == PlanSource::Document ? "document" : "inferred";
    const std::string f = utf8(file);
    if (json)
      return ustr("{\"file\":" + q(f) + ",\"plan\":" + qOrNull(plan ? plan->id : "") + ",\"from\":\"" + from +
                  "\",\"kept\":" + qOrNull(keptId) + ",\"kept_error\":" + qOrNull(keptError) +
                  ",\"chosen\":" + qOrNull(chosenId) + ",\"inferred\":" + qOrNull(inferred.planId) +
                  ",\"evidence_vi\":" + q(inferred.evidence_vi) + ",\"evidence_en\":" + q(inferred.evidence_en) +
                  ",\"error_vi\":" + qOrNull(plan ? "" : used.error_vi) +
                  ",\"error_en\":" + qOrNull(plan ? "" : used.error_en) + "}");
    std::string o = f + "\n";
    if (!keptId.empty()) o += (vi ? "  Kế hoạch lưu trong tệp: " : "  Plan kept in the file: ") + keptId + "\n";
    if (!keptError.empty()) o += "  ! " + keptError + "\n";
    if (!chosenId.empty() && chosenId != keptId)
      o += (vi ? "  Kế hoạch đã chọn (P8Plan): " : "  Plan chosen (P8Plan): ") + chosenId + "\n";
    o += (vi ? "  Theo nội dung: " : "  From its texts: ") +
         (inferred.planId.empty() ? std::string(vi ? "không xác định" : "cannot tell") : inferred.planId) + " — " +
         (vi ? inferred.evidence_vi : inferred.evidence_en) + "\n";
    if (plan)
      o += (vi ? "  → kiểm tra theo " : "  → checked against ") + plan->id +
           (source == PlanSource::Document ? (vi ? " (lựa chọn của tệp)" : " (the file's choice)")
                                           : (vi ? " (suy ra từ nội dung)" : " (inferred from its texts)")) + "\n";
    else
      o += (vi ? "  → chưa có kế hoạch: " + sentence(used.error_vi) + " Dùng --plan, hoặc tạo kế hoạch: p8calc plan TỆP"
               : "  → no plan: " + sentence(used.error_en) + " Use --plan, or make one: p8calc plan FILE") + "\n";
    return ustr(o);
  } catch (...) {
    failFromCurrent();
  }
}

}  // namespace p8::uno

namespace p8::uno {

std::string planFromWorkbook(const css::uno::Reference<css::uno::XComponentContext>& ctx, const std::string& asked) {
  const auto slash = asked.rfind('/');
  if (slash == std::string::npos || !isWorkbookName(asked.substr(slash + 1))) return asked;   // an id or a .json
  if (cachedPlan(asked)) return asked;   // one load per office, however many files follow
  std::string why_vi, why_en;
  const auto doc = loadHidden(css::frame::Desktop::create(ctx), asked, why_vi, why_en);
  if (!doc.is()) fail("--plan " + asked + ": " + why_vi, "--plan " + asked + ": " + why_en);
  PlanPtr kept;
  try {
    kept = keptPlan(doc);
  } catch (...) {
    closeDocument(doc);
    throw;
  }
  closeDocument(doc);
  if (!kept)
    fail("--plan " + asked + ": bảng tính này không giữ kế hoạch nào (tạo bằng p8calc plan, hoặc bảng Kế hoạch → "
             "Tạo kế hoạch từ bảng tính này, rồi lưu tệp).",
         "--plan " + asked + ": this workbook keeps no plan (make one with p8calc plan, or the Kế hoạch panel → "
             "Tạo kế hoạch từ bảng tính này, then save the file).");
  registerPlan(asked, kept);
  return asked;
}

}  // namespace p8::uno
