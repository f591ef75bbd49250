// Reports and templates from the office side (sidebar "Xuất báo cáo", vnd.p8calc:report and
// vnd.p8calc:template): the same core model as `p8calc report`, written by report_writer into a
// new document that is left open for the user, or stored and closed when a path is given.
// The user's workbook is only read.
#pragma once
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <vector>

namespace p8::uno {

namespace css = com::sun::star;

struct ReportRequest {
  std::string layout = "progress";   // a layout name in <extension>/layouts, or a JSON path
  int period = 0;                    // reporting year; 0 = the plan's end year
  std::string out;                   // .ods/.xlsx/.pdf path; "" = leave the new document open
  std::string lang;                  // "" = the office's UI language
};

// The report of the frame's workbook. Throws ArgError / LayoutError with a clear message.
css::uno::Reference<css::frame::XModel> makeReport(const css::uno::Reference<css::uno::XComponentContext>& ctx,
                                                   const css::uno::Reference<css::frame::XFrame>& frame,
                                                   const ReportRequest& req);
// A blank data-entry workbook for the plan of the frame's document (kind = layout name).
css::uno::Reference<css::frame::XModel> makeTemplate(const css::uno::Reference<css::uno::XComponentContext>& ctx,
                                                     const css::uno::Reference<css::frame::XFrame>& frame,
                                                     const ReportRequest& req);

// Writes a model printed by `p8calc-report` (core/report_model.hpp text) into a new document,
// stores it once per path in `outs` and closes it: `p8calc report/template` use this, so the
// CLI and the sidebar share one writer.
void writeModelText(const css::uno::Reference<css::uno::XComponentContext>& ctx, const std::string& text,
                    const std::string& planRef, const std::vector<std::string>& outs);

std::string layoutsDir();   // <extension>/layouts

}  // namespace p8::uno
