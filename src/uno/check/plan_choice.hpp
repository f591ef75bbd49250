// Which plan a document is checked against, in this order (README "p8calc check"):
//   1. the plan asked for by the caller (`p8calc --plan`; the one-click check asks for none),
//   2. the document's own choice (P8Plan, set in the sidebar's Kế hoạch panel): the plan kept
//      in the document (P8PlanData) when P8Plan is its id, else the built-in plan or file named,
//   3. the built-in plan its texts name (province and district names).
// Shared by the one-click check, the reports and the batch service (`p8calc`).
#pragma once
#include "uno/check/results.hpp"

#include <com/sun/star/frame/XModel.hpp>

#include <string>
#include <vector>

namespace p8::uno {

namespace css = com::sun::star;

// Where the plan came from, or which step failed (None: nothing could be told — plan-unknown;
// NoTable: no plan, and no candidate plan finds a table in it — nothing to check).
enum class PlanSource { Asked, Document, Inferred, None, NoTable };

// The plan by the order above; nullptr with the reason in `out` (error_vi/error_en). When
// no plan can be inferred, `out.check` is the core's answer for it (checkWithoutPlan,
// core/check/check_infer.hpp): the plan-unknown finding (source None), or — no candidate plan
// finds a table — the sheets' table-not-found INFO (source NoTable: nothing to check; a
// check reports it as checked, the reason is for callers that need a plan, e.g. reports).
// `asked`: a built-in id or a plan file path ("" = none); `source` (may be null) says which
// step gave the plan or failed; `file` names the workbook in messages ("" = its URL's path).
PlanPtr choosePlan(const css::uno::Reference<css::frame::XModel>& model, const std::vector<Grid>& grids,
                   DocResult& out, const std::string& asked = "", PlanSource* source = nullptr,
                   const std::string& file = "");

}  // namespace p8::uno
