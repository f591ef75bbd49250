#include "uno/check/plan_choice.hpp"

#include "uno/common/args.hpp"
#include "uno/common/doc_props.hpp"
#include "uno/common/plans.hpp"

namespace p8::uno {

using css::uno::Reference;

// The document's plan choice, else the plan its texts name; nullptr with a reason otherwise.
PlanPtr choosePlan(const Reference<css::frame::XModel>& model, const std::vector<Grid>& grids,
                   DocResult& out) {
  try {
    if (PlanPtr chosen = chosenPlan(model)) return chosen;
  } catch (const std::exception& e) {
    out.error_vi = std::string("Không đọc được kế hoạch đã chọn cho tệp này: ") + e.what() +
                   ". Hãy chọn lại kế hoạch ở mục Kế hoạch.";
    out.error_en = std::string("The plan chosen for this document cannot be read: ") + e.what() +
                   ". Choose the plan again in the Plan panel.";
    return nullptr;
  }
  auto builtins = builtinPlans();
  std::vector<const Plan*> all;
  for (const auto& p : builtins) all.push_back(p.get());
  std::string id = inferPlan(grids, all);
  for (const auto& p : builtins)
    if (p->id == id) return p;
  out.check.findings.push_back(planUnknownFinding(utf8(model->getURL()), all));
  out.error_vi = "Không xác định được kế hoạch của tệp này: hãy chọn kế hoạch ở mục Kế hoạch.";
  out.error_en = "Cannot tell which plan this workbook follows: choose one in the Plan panel.";
  return nullptr;
}

}  // namespace p8::uno
