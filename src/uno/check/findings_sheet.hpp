// The findings sheet "P8 Kết quả kiểm tra": p8calc's own output sheet, replaced on each run
// (never a user's sheet: the check skips it, and only a sheet of exactly this name is
// replaced). Lists every finding with a link that jumps to its cell, then the totals per
// district. Written in bulk (setDataArray); runs inside the caller's undo context.
#pragma once
#include "uno/check/results.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <string>

namespace p8::uno {

namespace css = com::sun::star;

void writeFindingsSheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                        const DocResult& result, const std::string& lang);
bool removeFindingsSheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc);

// Texts shared with the sidebar.
std::string severityName(Severity s, const std::string& lang);
std::string districtName(const Plan* plan, const std::string& unitId, const std::string& lang);
std::string indicatorName(const Plan* plan, const std::string& code, const std::string& lang);
std::string formatNumber(const std::optional<double>& v);   // vi style: 1.234 / 12,5; "" when empty

}  // namespace p8::uno
