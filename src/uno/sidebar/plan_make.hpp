// "Tạo kế hoạch từ bảng tính này" / "Make a plan from this workbook" (the Kế hoạch panel's
// button and vnd.p8calc:makeplan): the plan read from the document's own sheets with the
// check's reader (planFromGrids), its review written as a NEW sheet (one undo step; no cell of
// the user's is touched), the plan saved as JSON next to the workbook, kept in the document
// (P8PlanData) and chosen for it. The user reads the review before relying on the plan.
#pragma once
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace p8::uno {

namespace css = com::sun::star;

extern const char* const kMakePlanUndoTitle;

struct MadePlan {
  std::string planId;                // "" when no plan could be made
  std::size_t problems = 0;          // review items to check
  std::string reviewSheet;           // the sheet written ("" when the structure is protected)
  std::string written;               // the plan file saved ("" when none)
  std::string message_vi, message_en;   // what happened and what to do, for the panel
};

// `out`: where to save the plan file; "" = next to the workbook as <id>.json (a free variant of
// the name when that file exists), or — for a document never saved — ask with a file dialog
// when `ask` (else no file: the plan is kept in the document only). Never throws.
MadePlan makePlanFromDocument(const css::uno::Reference<css::uno::XComponentContext>& ctx,
                              const css::uno::Reference<css::frame::XModel>& model, const std::string& out,
                              bool ask, const std::string& lang);

}  // namespace p8::uno
