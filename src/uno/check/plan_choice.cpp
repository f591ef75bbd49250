#include "uno/check/plan_choice.hpp"

#include "core/check/check_infer.hpp"

#include "uno/common/args.hpp"
#include "uno/common/doc_props.hpp"
#include "uno/common/plans.hpp"

#include <osl/file.hxx>

namespace p8::uno {

using css::uno::Reference;

namespace {

// The plan loader's own words (file, line, field) in both languages.
void planMessage(DocResult& out, const std::exception& e, const std::string& vi, const std::string& en) {
  const auto* p = dynamic_cast<const PlanLoadError*>(&e);
  out.error_vi = vi + (p ? p->message_vi : e.what());
  out.error_en = en + e.what();
}

}  // namespace

PlanPtr choosePlan(const Reference<css::frame::XModel>& model, const std::vector<Grid>& grids,
                   DocResult& out, const std::string& asked, PlanSource* source, const std::string& file) {
  PlanSource unused;
  PlanSource& from = source ? *source : unused;
  if (!asked.empty()) {
    from = PlanSource::Asked;
    try {
      return loadPlan(asked);
    } catch (const std::exception& e) {
      planMessage(out, e, "", "");
      return nullptr;
    }
  }
  from = PlanSource::Document;
  try {
    if (PlanPtr chosen = chosenPlan(model)) return chosen;
  } catch (const std::exception& e) {
    planMessage(out, e, "Không đọc được kế hoạch đã chọn cho tệp này: ",
                "The plan chosen for this document cannot be read: ");
    out.error_vi += ". Hãy chọn lại kế hoạch ở mục Kế hoạch.";
    out.error_en += ". Choose the plan again in the Plan panel.";
    return nullptr;
  }
  from = PlanSource::Inferred;
  auto builtins = builtinPlans();
  std::vector<const Plan*> all;
  for (const auto& p : builtins) all.push_back(p.get());
  const PlanInference seen = inferPlanEvidence(grids, all);
  for (const auto& p : builtins)
    if (p->id == seen.planId) return p;
  // Say what was seen ("Thái Nguyên, xã, 2026–2030"), never check against a plan that does not
  // fit; or, when no plan finds a table in it, that there is nothing to check (the core decides).
  rtl::OUString path;   // the file as the user knows it, not its URL
  if (!file.empty()) path = ustr(file);
  else if (osl::FileBase::getSystemPathFromFileURL(model->getURL(), path) != osl::FileBase::E_None)
    path = model->getURL();
  UnplannedCheck unplanned = checkWithoutPlan(grids, all, seen, utf8(path));
  out.check = std::move(unplanned.result);
  from = unplanned.noTable ? PlanSource::NoTable : PlanSource::None;
  if (unplanned.noTable) {
    // For callers that need a plan (reports, `p8calc plans`); a check reports no failure.
    out.error_vi = "Tệp \"" + utf8(path) + "\" không có bảng nào của Dự án 8 mà một kế hoạch có sẵn nhận ra; "
                   "nếu tệp có bảng như vậy, hãy chọn kế hoạch của nó.";
    out.error_en = "The workbook \"" + utf8(path) + "\" has no Project 8 table that a built-in plan recognises; "
                   "if it has one, choose its plan.";
  } else {
    out.error_vi = out.check.findings.front().message_vi;
    out.error_en = out.check.findings.front().message_en;
  }
  return nullptr;
}

}  // namespace p8::uno
