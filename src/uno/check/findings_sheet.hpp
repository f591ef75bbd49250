// The findings sheet "P8 Kết quả kiểm tra": p8calc's own output sheet (results_sheet.hpp says
// which sheet that is), rewritten in place on each run. Lists every finding with a link that
// jumps to its cell, then the totals per reporting unit (in the words of the plan's level). Written in bulk (setDataArray); the caller
// makes it part of the check's one undo step.
#pragma once
#include "uno/check/results.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <string>

namespace p8::uno {

namespace css = com::sun::star;

void writeFindingsSheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                        const DocResult& result, const std::string& lang);
// Bold titles and readable column widths, derived from the sheet's texts.
void styleFindingsSheet(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

// Texts shared with the sidebar.
std::string severityName(Severity s, const std::string& lang);
// "TỔNG THEO HUYỆN" / "TỔNG THEO XÃ, PHƯỜNG" / "TOTALS PER COMMUNE/WARD": the plan's level words
// (plan_level.hpp); district words when there is no plan.
std::string totalsHeading(const Plan* plan, const std::string& lang);
std::string districtName(const Plan* plan, const std::string& unitId, const std::string& lang);
std::string indicatorName(const Plan* plan, const std::string& code, const std::string& lang);
std::string formatNumber(const std::optional<double>& v);   // vi style: 1.234 / 12,5; "" when empty

}  // namespace p8::uno
