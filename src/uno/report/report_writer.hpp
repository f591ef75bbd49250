// Writes a report model (core/report_model.hpp: cells, styles, merges, page setup) into a
// NEW Calc document — the sidebar's "Xuất báo cáo" and vnd.p8calc:report/template. All
// decisions (what goes where, which formula, what stays empty) are the core's; this only
// turns them into cell styles, bulk data, merges, validation lists and a page style.
#pragma once
#include "core/report/report_model.hpp"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <vector>

namespace p8::uno {

namespace css = com::sun::star;

// A new Calc document (hidden when `hidden`) holding the model; `planRef` is remembered in it
// (P8Plan) so a filled template is checked against the same plan.
css::uno::Reference<css::frame::XModel> writeReport(const css::uno::Reference<css::uno::XComponentContext>& ctx,
                                                    const ReportModel& model, const std::string& planRef, bool hidden);
// The same with one sheet per model, in order, in ONE document (the first model's title and
// fonts are the document's; each later sheet gets its own page style).
css::uno::Reference<css::frame::XModel> writeReport(const css::uno::Reference<css::uno::XComponentContext>& ctx,
                                                    const std::vector<ReportModel>& models, const std::string& planRef,
                                                    bool hidden);

// Stores a document by the file's extension (.ods, .xlsx, .pdf); throws on another extension.
void storeByExtension(const css::uno::Reference<css::frame::XModel>& doc, const std::string& path);

}  // namespace p8::uno
