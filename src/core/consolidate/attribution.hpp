// Which reporting unit sent a file? A unit's workbook rarely says so in one place: the
// template's "Đơn vị báo cáo:" cell, an issuing body in the header ("HỘI LHPN HUYỆN NA RÌ",
// "UBND XÃ BẰNG VÂN"), the sheet's name, and last the file's name ("bao-cao-ba-be.xlsx").
// Each is matched against the plan's reporting units with the plan's own name matcher
// (never fuzzily), strongest evidence first; what decided is kept, so the user sees why a
// file was counted for a unit. A file that names another province ("UBND TỈNH NINH THUẬN")
// or only a unit of another plan belongs to no unit of this plan.
#pragma once
#include "core/plan/plan.hpp"
#include "core/table/grid.hpp"

#include <string>
#include <vector>

namespace p8 {

enum class EvidenceKind { None, ReportingUnit, Issuer, SheetName, FileName };
// "" | "reporting-unit" | "issuer" | "sheet-name" | "file-name" (stable, used in JSON)
const char* evidenceKindCode(EvidenceKind k);

struct Attribution {
  std::string unitId;                  // a reporting unit of the plan; "" = none
  EvidenceKind kind = EvidenceKind::None;
  std::string sheet, cell;             // where the evidence is ("" for the file name)
  std::string text;                    // the text that named the unit (or the file name)
  // Set when the file belongs elsewhere: the province or plan it names ("Ninh Thuận").
  std::string otherProvince;
  // Why no unit: a sentence (vi/en) for the unit-unknown finding; "" when attributed.
  std::string why_vi, why_en;
};

// `path` is the file's path or name (only its last component is read). `others` are the other
// plans known (may be empty): a unit they know and this plan does not marks the file as
// another province's.
Attribution attributeFile(const std::vector<Grid>& sheets, const std::string& path, const Plan& plan,
                          const std::vector<const Plan*>& others = {});

}  // namespace p8
