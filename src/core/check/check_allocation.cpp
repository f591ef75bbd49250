// Allocation tables (biểu phân bổ chỉ tiêu) against the plan, cell by cell: a target written
// in the sheet must be the plan's, and where the plan carries its own allocation each
// district's value must be that. Whether the district values of an indicator add up to the
// plan's target is judged over the workbook, as an allocation may be split over sheets by
// unit (check_shareout.cpp). Also the indicator rows of any indicator table: one row per
// indicator, and no row the plan does not know — sub-rows under an indicator (1.1, 1.2) are
// breakdowns, not unknown indicators.
#include "core/check/check_rules.hpp"

#include "core/parse/number.hpp"
#include "core/parse/text.hpp"
#include "core/plan/plan_level.hpp"

#include <cstring>
#include <map>

namespace p8 {
namespace {

std::string unitText(const Indicator& ind) { return ind.percent || ind.unit == "%" ? "" : " " + ind.unit; }

std::string viTarget(const Indicator& ind, double v) {
  return ind.percent ? formatPercentVi(v, 2) : formatNumberVi(v, 4) + unitText(ind);
}

}  // namespace

namespace {

// "- Thành lập mới", "Trong đó: …", "+ cấp xã": a breakdown of the row above, not a row of its own.
bool looksLikeBreakdown(const std::string& label) {
  const std::string trimmed = text::trim(label);
  if (!trimmed.empty() && std::string("-+*•–").find(trimmed[0]) != std::string::npos) return true;
  if (trimmed.rfind("•", 0) == 0 || trimmed.rfind("–", 0) == 0) return true;
  const std::string f = text::foldKey(label);
  for (const char* w : {"trong do", "bao gom", "gom", "chia ra", "chi tiet", "cu the"})
    if (f.rfind(w, 0) == 0 && (f.size() == std::strlen(w) || f[std::strlen(w)] == ' ')) return true;
  return false;
}

}  // namespace

void checkIndicatorRows(const SheetTable& t, CheckContext& ctx) {
  bool anyMatched = false, numbered = false;
  int matchedLevel = 1 << 20;
  for (const auto& r : t.table.rows)
    if (!r.indicatorCode.empty()) {
      anyMatched = true;
      numbered |= !r.number.empty();
      matchedLevel = std::min(matchedLevel, r.level);
    }
  if (!anyMatched) return;   // not an indicator table: its rows are activities of its own
  std::map<std::string, std::string> seen;   // code → label cell, within one section
  int parentLevel = -1;                      // level of the last matched item row
  for (int ri = 0; ri < t.rowCount(); ++ri) {
    const TableRow& r = t.row(ri);
    if (r.role == RowRole::Section) {
      seen.clear();
      parentLevel = -1;
      continue;
    }
    if (r.role != RowRole::Item) continue;
    const std::string at = t.labelA1(ri);
    if (const Indicator* ind = ctx.plan.findIndicator(r.indicatorCode)) {
      parentLevel = r.level;
      auto [it, fresh] = seen.emplace(ind->code, at);
      if (!fresh)
        ctx.add("indicator-duplicate", t, at, it->second, r.label,
                "Chỉ tiêu " + ind->code + " (" + ind->name.vi + ") đã có ở ô " + it->second +
                    ". Xóa hoặc gộp dòng trùng để không tính hai lần.",
                "Indicator " + ind->code + " (" + ind->name.in("en") + ") already appears at " + it->second +
                    ". Remove or merge the duplicate row so it is not counted twice.");
      continue;
    }
    if (r.label.empty() || r.level > matchedLevel || (parentLevel >= 0 && r.level > parentLevel)) continue;
    // Indicators carry numbers in this table; a row without one hangs under the row above.
    if ((numbered && r.number.empty()) || looksLikeBreakdown(r.label)) continue;
    parentLevel = -1;
    ctx.add("indicator-unknown", t, at, "", r.label,
            "Không nhận ra chỉ tiêu \"" + text::shorten(r.label, 80) + "\" trong kế hoạch " + ctx.plan.id +
                ". Ghi tên chỉ tiêu như trong kế hoạch (hoặc số thứ tự của chỉ tiêu).",
            "\"" + text::shorten(r.label, 80) + "\" is not an indicator of plan " + ctx.plan.id +
                ". Name it as the plan does (or by its number).");
  }
}

void checkAllocation(const SheetTable& t, const TableValues& tv, CheckContext& ctx) {
  const std::vector<int>& districts = tv.parts;   // with the province's own share, if any
  const int targetCol = t.first(ColumnRole::Target);
  for (int ri = 0; ri < t.rowCount(); ++ri) {
    const TableRow& r = t.row(ri);
    const Indicator* ind = tv.rows[ri].indicator;
    if (r.role != RowRole::Item || !ind) continue;
    for (int ci : districts) {
      const auto& v = tv.at(ri, ci).v;
      if (!v || t.column(ci).role != ColumnRole::District || t.column(ci).districtId.empty()) continue;
      // The plan's own allocation to this district, when it has one.
      auto a = ctx.plan.allocation.find(ind->code);
      if (a == ctx.plan.allocation.end()) continue;
      auto u = a->second.find(t.column(ci).districtId);
      if (u == a->second.end() || nearlyEqual(u->second, *v)) continue;
      const std::string at = t.a1(ri, ci);
      const OrgUnit* unit = ctx.plan.findUnit(u->first);
      const std::string name = unit ? unit->name : u->first;
      ctx.add("target-mismatch", t, at, machineNumber(u->second), machineNumber(*v),
              "Ô " + at + ": " + name + " được phân bổ " + viTarget(*ind, *v) + " cho chỉ tiêu " + ind->code +
                  " nhưng kế hoạch " + ctx.plan.id + " giao " + viTarget(*ind, u->second) + ". Ghi đúng số kế hoạch giao.",
              "Cell " + at + ": " + name + " is allocated " + enNumber(*v, tv.rows[ri].measure) + " for indicator " +
                  ind->code + " but plan " + ctx.plan.id + " gives " + enNumber(u->second, tv.rows[ri].measure) + ".");
    }
    // A target column: the plan's target, written again.
    if (targetCol >= 0 && ind->target) {
      const auto& written = tv.at(ri, targetCol).v;
      if (written && !nearlyEqual(*written, *ind->target)) {
        const std::string at = t.a1(ri, targetCol);
        ctx.add("target-mismatch", t, at, machineNumber(*ind->target), machineNumber(*written),
                "Chỉ tiêu ghi ở " + at + " là " + viTarget(*ind, *written) + " nhưng kế hoạch " + ctx.plan.id +
                    " là " + viTarget(*ind, *ind->target) + ". Ghi đúng chỉ tiêu của kế hoạch.",
                "The target in " + at + " is " + enNumber(*written, tv.rows[ri].measure) + " but plan " +
                    ctx.plan.id + " says " + enNumber(*ind->target, tv.rows[ri].measure) + ".");
      }
    }
  }
}

}  // namespace p8
