// Which plan a document is checked against: the document's own choice (P8Plan), else the
// built-in plan its texts name. Shared by the one-click check and the batch service.
#pragma once
#include "uno/check/results.hpp"

#include <com/sun/star/frame/XModel.hpp>

#include <vector>

namespace p8::uno {

namespace css = com::sun::star;

// The document's plan choice, else the plan its texts name; nullptr with the reason in `out`
// (error_vi/error_en, and a plan-unknown finding when nothing could be told).
PlanPtr choosePlan(const css::uno::Reference<css::frame::XModel>& model, const std::vector<Grid>& grids,
                   DocResult& out);

}  // namespace p8::uno
