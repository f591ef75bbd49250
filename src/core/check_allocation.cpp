// Allocation tables (biểu phân bổ chỉ tiêu): each indicator row's district values must add
// up to its total and to the plan's target; totals should be formulas; every plan indicator
// and district should appear once. Also fills the per-district totals.
#include "core/check.hpp"

#include "core/number.hpp"
#include "core/target.hpp"

#include <cmath>
#include <map>
#include <set>

namespace p8 {

std::string plainNumber(double v);

namespace {

bool close(double a, double b) { return std::fabs(a - b) <= 1e-9 + 1e-6 * std::max(std::fabs(a), std::fabs(b)); }

}  // namespace

void checkAllocation(const Table& t, CheckContext& ctx) {
  const int totalCol = t.columnIndex(ColumnRole::Total);
  const int targetCol = t.columnIndex(ColumnRole::Target);
  const int nameCol = t.columnIndex(ColumnRole::Name);
  std::map<std::string, std::string> seenIndicators;   // code → label cell
  std::vector<const TableRow*> items;
  int formulaTotals = 0, constantTotals = 0;
  for (const auto& r : t.rows)
    if (r.role == RowRole::Item && totalCol >= 0) {
      const Cell& c = t.cell(r, t.columns[totalCol]);
      (c.formula.empty() ? constantTotals : formulaTotals) += c.type != Cell::Type::Empty;
    }
  bool anyMatched = false;
  for (const auto& r : t.rows) anyMatched |= !r.indicatorCode.empty();

  // Column sums over item rows, for the total row check.
  std::map<int, double> columnSums;
  for (const auto& r : t.rows) {
    if (r.role != RowRole::Item) continue;
    items.push_back(&r);
    const Indicator* ind = ctx.plan.findIndicator(r.indicatorCode);
    const bool isPercent = ind && ind->percent;
    const bool isCount = ind && !ind->percent;
    const std::string labelCell = nameCol >= 0 ? t.a1(r, t.columns[nameCol]) : t.grid->a1(r.row, t.left);
    if (ind) {
      auto [it, fresh] = seenIndicators.emplace(ind->code, labelCell);
      if (!fresh)
        ctx.findings.push_back(makeFinding(
            "indicator-duplicate", t.sheet, labelCell, it->second, r.label,
            "Chỉ tiêu " + ind->code + " (" + ind->name.vi + ") đã có ở " + it->second + ". Xóa hoặc gộp dòng trùng.",
            "Indicator " + ind->code + " already appears at " + it->second + ". Remove or merge the duplicate."));
    } else if (anyMatched && !r.label.empty()) {
      ctx.findings.push_back(makeFinding(
          "indicator-unknown", t.sheet, labelCell, "", r.label,
          "Không nhận ra chỉ tiêu \"" + r.label + "\" trong kế hoạch " + ctx.plan.id +
              ". Kiểm tra tên chỉ tiêu hoặc ghi mã chỉ tiêu ở cột TT.",
          "\"" + r.label + "\" is not an indicator of plan " + ctx.plan.id + "."));
    }
    double districtSum = 0;
    bool anyValue = false;
    for (const auto& c : t.columns) {
      if (c.role != ColumnRole::District && c.role != ColumnRole::Total && c.role != ColumnRole::Target) continue;
      auto v = readNumber(t, r, c, ctx, isCount, isPercent);
      if (v) columnSums[c.col] += *v;
      if (c.role == ColumnRole::District) {
        if (v) { districtSum += *v; anyValue = true; }
        Total tot{ind ? ind->code : r.label, c.districtId, std::nullopt, v, std::nullopt, std::nullopt};
        if (ind) {
          auto a = ctx.plan.allocation.find(ind->code);
          if (a != ctx.plan.allocation.end()) {
            auto u = a->second.find(c.districtId);
            if (u != a->second.end()) tot.plan = u->second;
          }
        }
        if (tot.plan && tot.allocated) tot.gap = *tot.plan - *tot.allocated;
        ctx.totals.push_back(tot);
      }
    }
    // The row's total cell.
    if (totalCol >= 0) {
      const auto& tc = t.columns[totalCol];
      const Cell& cell = t.cell(r, tc);
      if (cell.type == Cell::Type::Number && anyValue && !close(cell.number, districtSum) && !isPercent)
        ctx.findings.push_back(makeFinding(
            "sum-mismatch", t.sheet, t.a1(r, tc), plainNumber(districtSum), plainNumber(cell.number),
            "Tổng ở " + t.a1(r, tc) + " là " + formatNumberVi(cell.number) + " nhưng tổng các huyện là " +
                formatNumberVi(districtSum) + ". Sửa công thức tổng hoặc số liệu các huyện.",
            "The total in " + t.a1(r, tc) + " is " + plainNumber(cell.number) + " but the districts add up to " +
                plainNumber(districtSum) + ". Fix the total formula or the district figures."));
      if (cell.type == Cell::Type::Number && cell.formula.empty() && formulaTotals > 0 && formulaTotals >= constantTotals)
        ctx.findings.push_back(makeFinding(
            "total-hardcoded", t.sheet, t.a1(r, tc), "=SUM(...)", plainNumber(cell.number),
            "Tổng ở " + t.a1(r, tc) + " được gõ tay trong khi các dòng khác dùng công thức. Dùng công thức SUM để tổng luôn đúng.",
            "The total in " + t.a1(r, tc) + " is typed in while the other rows use formulas. Use a SUM formula."));
    }
    // Against the plan.
    if (ind && ind->target && !ind->percent && anyValue) {
      const std::string at = totalCol >= 0 ? t.a1(r, t.columns[totalCol]) : labelCell;
      if (!close(districtSum, *ind->target)) {
        const bool under = districtSum < *ind->target;
        ctx.findings.push_back(makeFinding(
            under ? "allocation-under" : "allocation-over", t.sheet, at, plainNumber(*ind->target), plainNumber(districtSum),
            "Chỉ tiêu " + ind->code + " (" + ind->name.vi + "): các huyện được phân bổ " + formatNumberVi(districtSum) +
                " " + ind->unit + ", kế hoạch là " + formatNumberVi(*ind->target) + " " + ind->unit + " (" +
                (under ? "thiếu " : "thừa ") + formatNumberVi(std::fabs(*ind->target - districtSum)) + "). Điều chỉnh phân bổ.",
            "Indicator " + ind->code + ": districts are allocated " + plainNumber(districtSum) + " but the plan target is " +
                plainNumber(*ind->target) + ". Adjust the allocation."));
      }
      Total prov{ind->code, "", ind->target, districtSum, std::nullopt, *ind->target - districtSum};
      ctx.totals.push_back(prov);
    }
    if (ind && ind->target && targetCol >= 0) {
      const auto& tc = t.columns[targetCol];
      const Cell& cell = t.cell(r, tc);
      std::optional<double> written;
      if (cell.type == Cell::Type::Number) written = cell.number;
      else if (cell.type == Cell::Type::Text) written = parseTarget(cell.text).value;
      if (written && !close(*written, *ind->target))
        ctx.findings.push_back(makeFinding(
            "target-mismatch", t.sheet, t.a1(r, tc), plainNumber(*ind->target), plainNumber(*written),
            "Chỉ tiêu ghi ở " + t.a1(r, tc) + " là " + formatNumberVi(*written) + " nhưng kế hoạch " + ctx.plan.id + " là " +
                formatNumberVi(*ind->target) + ". Ghi đúng chỉ tiêu kế hoạch.",
            "The target in " + t.a1(r, tc) + " is " + plainNumber(*written) + " but plan " + ctx.plan.id + " says " +
                plainNumber(*ind->target) + "."));
    }
  }
  // Total row: each numeric column must equal the sum of the item rows above.
  for (const auto& r : t.rows) {
    if (r.role != RowRole::Total) continue;
    for (const auto& c : t.columns) {
      if (c.role != ColumnRole::District && c.role != ColumnRole::Total) continue;
      const Cell& cell = t.cell(r, c);
      if (cell.type != Cell::Type::Number) {
        if (cell.type == Cell::Type::Error) readNumber(t, r, c, ctx, false, false);
        continue;
      }
      const double sum = columnSums[c.col];
      if (!close(sum, cell.number))
        ctx.findings.push_back(makeFinding(
            "sum-mismatch", t.sheet, t.a1(r, c), plainNumber(sum), plainNumber(cell.number),
            "Dòng tổng ở " + t.a1(r, c) + " là " + formatNumberVi(cell.number) + " nhưng cộng các dòng là " +
                formatNumberVi(sum) + ". Sửa công thức tổng.",
            "The total row cell " + t.a1(r, c) + " is " + plainNumber(cell.number) + " but the rows add up to " +
                plainNumber(sum) + "."));
    }
  }
  // Plan indicators absent from an indicator table.
  if (anyMatched)
    for (const auto& ind : ctx.plan.indicators)
      if (ind.target && !ind.percent && !seenIndicators.count(ind.code))
        ctx.findings.push_back(makeFinding(
            "indicator-missing", t.sheet, "", ind.code, "",
            "Bảng " + t.range + " chưa có chỉ tiêu " + ind.code + " (" + ind.name.vi + "). Thêm dòng nếu cần phân bổ.",
            "Table " + t.range + " has no row for indicator " + ind.code + " (" + ind.name.en + ")."));
}

}  // namespace p8
