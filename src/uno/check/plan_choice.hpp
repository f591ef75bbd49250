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

// Where the plan came from, or which step failed (None: nothing could be told).
enum class PlanSource { Asked, Document, Inferred, None };

// The plan by the order above; nullptr with the reason in `out` (error_vi/error_en, and a
// plan-unknown finding when nothing could be told). `asked`: a built-in id or a plan file
// path ("" = none); `source` (may be null) says which step gave the plan or failed.
PlanPtr choosePlan(const css::uno::Reference<css::frame::XModel>& model, const std::vector<Grid>& grids,
                   DocResult& out, const std::string& asked = "", PlanSource* source = nullptr);

}  // namespace p8::uno
