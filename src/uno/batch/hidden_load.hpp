// A workbook loaded in this office the way `p8calc` loads it: hidden, read-only, macros never
// run, links not updated, every question of the load answered "cancel" (a password file is
// refused, not asked for), then recalculated in memory. Used by the sidebar's consolidation
// and by a plan kept in a workbook (`--plan WORKBOOK`).
#pragma once
#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/frame/XModel.hpp>

#include <string>

namespace p8::uno {

namespace css = com::sun::star;

// Null with the reason (vi, en) when it cannot be loaded.
css::uno::Reference<css::frame::XModel> loadHidden(const css::uno::Reference<css::frame::XDesktop2>& desktop,
                                                   const std::string& path, std::string& why_vi, std::string& why_en);
void closeDocument(const css::uno::Reference<css::frame::XModel>& doc);

}  // namespace p8::uno
