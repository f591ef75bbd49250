// Totals against their parts, only where the sheet itself has a total: a Total column
// against the district columns of its row, a total row ("Tổng cộng", "Cộng") and a section
// row carrying a subtotal against the rows it covers. Tables nest (I → 1 → 1.1) and put the
// total row above or below the items, so a total is accepted when it equals any natural
// reading (all items, top-level items, leaves, sections) — a mismatch is reported only when
// no reading fits. Percent rows are never summed. Totals over their breakdown sub-columns:
// check_breakdown.cpp; a cell that fits neither its units nor its breakdown is one finding.
// Also: a total typed as a constant where its siblings are formulas (Total column, units'
// own totals over their breakdown, the province's shares, total rows).
#include "core/check/check_rules.hpp"

#include "core/parse/number.hpp"
#include "core/plan/plan_level.hpp"

#include <algorithm>
#include <set>

namespace p8 {
namespace {

bool summable(const SheetTable& t, const TableValues& tv, int ri) {
  return tv.rows[ri].measure != Measure::Percent && t.row(ri).role != RowRole::Blank;
}

// Sums of column ci over rows [from, to) read four ways; nullopt for a reading without
// values. "All items" counts a parent and its children twice when the parent is their
// subtotal, so it is not an acceptable reading once such a parent is seen.
struct Readings {
  std::optional<double> all, top, leaves, sections;
  bool subtotalParent = false;
  bool unknown = false;   // a part is an error or no number: the sum cannot be known
};

Readings readings(const SheetTable& t, const TableValues& tv, int from, int to, int ci) {
  Readings r;
  auto add = [](std::optional<double>& s, double v) { s = s.value_or(0) + v; };
  int topLevel = 1 << 20;
  for (int ri = from; ri < to; ++ri)
    if (t.row(ri).role == RowRole::Item) topLevel = std::min(topLevel, t.row(ri).level);
  for (int ri = from; ri < to; ++ri) {
    const TableRow& row = t.row(ri);
    if (!summable(t, tv, ri)) continue;
    const auto& v = tv.at(ri, ci).v;
    if (tv.at(ri, ci).unknown && row.role == RowRole::Item) r.unknown = true;
    if (row.role == RowRole::Section) {
      if (v) add(r.sections, *v);
      continue;
    }
    if (row.role != RowRole::Item || !v) continue;
    add(r.all, *v);
    if (row.level == topLevel) add(r.top, *v);
    // Children: the deeper item rows that follow; direct ones are the shallowest of them.
    int childLevel = 1 << 20;
    int end = ri + 1;
    for (; end < to; ++end) {
      const TableRow& k = t.row(end);
      if (k.role == RowRole::Blank) continue;
      if (k.role != RowRole::Item || k.level <= row.level) break;
      childLevel = std::min(childLevel, k.level);
    }
    if (childLevel == 1 << 20) {
      add(r.leaves, *v);
      continue;
    }
    std::optional<double> children;
    for (int k = ri + 1; k < end; ++k)
      if (t.row(k).role == RowRole::Item && t.row(k).level == childLevel && summable(t, tv, k) && tv.at(k, ci).v)
        add(children, *tv.at(k, ci).v);
    if (children && nearlyEqual(*children, *v)) r.subtotalParent = true;
  }
  return r;
}

bool fits(const Readings& r, double total) {
  for (const auto& s : {r.subtotalParent ? std::nullopt : r.all, r.top, r.leaves, r.sections})
    if (s && nearlyEqual(*s, total)) return true;
  return false;
}

bool anyValue(const Readings& r) { return !r.unknown && (r.all || r.sections); }

double primary(const Readings& r) { return r.top ? *r.top : r.all ? *r.all : r.sections.value_or(0); }

// Cells of the parts stored as text: the sheet's SUM skips them, which often explains a gap.
std::string textNote(const std::vector<std::string>& cells, bool vi) {
  if (cells.empty()) return "";
  std::string list;
  for (std::size_t i = 0; i < cells.size() && i < 3; ++i) list += (i ? ", " : "") + cells[i];
  return vi ? " (Ô " + list + " là số lưu dạng chữ nên hàm SUM không cộng.)"
            : " (Cell " + list + " holds a number stored as text, which SUM skips.)";
}

void rowTotals(const SheetTable& t, const TableValues& tv, const Breakdowns& bd, CheckContext& ctx) {
  const std::vector<int> totals = t.all(ColumnRole::Total);
  if (tv.parts.empty() || totals.empty()) return;
  const LevelWords units = reportingWords(ctx.plan);   // "huyện", or "xã, phường" for a commune plan
  for (int tc : totals) {
    const std::vector<int> districts = unitPartsOf(t, tv, tc);
    if (districts.empty()) continue;
    for (int ri = 0; ri < t.rowCount(); ++ri) {
      if (!summable(t, tv, ri)) continue;
      std::optional<double> sum;
      std::vector<std::string> textCells;
      bool unknown = false;
      for (int ci : districts) {
        const Value& v = tv.at(ri, ci);
        unknown |= v.unknown;
        if (!v.v) continue;
        sum = sum.value_or(0) + *v.v;
        if (v.fromText) textCells.push_back(t.a1(ri, ci));
      }
      if (!sum || unknown) continue;
      const auto& total = tv.at(ri, tc).v;
      // A province's Tổng over its breakdown, off its units by a share reported wrong: that
      // share is the one finding (check_breakdown.cpp).
      if (total && !nearlyEqual(*total, *sum) && !followsFromShare(t, tv, bd, ri, tc))
        reportSumMismatch(t, ri, tc, *sum, *total, "tổng các " + units.many.vi, "the " + units.many.en,
                          "Sửa công thức tổng hoặc số liệu các " + units.many.vi + ".", textCells, ctx);
    }
  }
}

std::vector<std::string> textCellsIn(const SheetTable& t, const TableValues& tv, int from, int to, int ci) {
  std::vector<std::string> out;
  for (int ri = from; ri < to; ++ri)
    if (t.row(ri).role == RowRole::Item && tv.at(ri, ci).fromText) out.push_back(t.a1(ri, ci));
  return out;
}

void totalRows(const SheetTable& t, const TableValues& tv, CheckContext& ctx) {
  const int n = t.rowCount();
  std::vector<int> totalIdx;
  for (int ri = 0; ri < n; ++ri)
    if (t.row(ri).role == RowRole::Total) totalIdx.push_back(ri);
  for (std::size_t k = 0; k < totalIdx.size(); ++k) {
    const int ri = totalIdx[k];
    if (!summable(t, tv, ri)) continue;
    const int prev = k ? totalIdx[k - 1] + 1 : 0;
    const int next = k + 1 < totalIdx.size() ? totalIdx[k + 1] : n;
    for (int ci = 0; ci < t.columnCount(); ++ci) {
      if (t.column(ci).role == ColumnRole::Rate) continue;
      const auto& total = tv.at(ri, ci).v;
      if (!total) continue;
      const Readings before = readings(t, tv, prev, ri, ci);
      const Readings after = readings(t, tv, ri + 1, next, ci);
      // The whole table (total rows are skipped): a grand total over subtotalled blocks.
      const Readings whole = readings(t, tv, 0, n, ci);
      if (before.unknown || after.unknown) continue;
      const bool above = anyValue(before);
      if (!above && !anyValue(after)) continue;
      if (fits(before, *total) || fits(after, *total) || fits(whole, *total)) continue;
      const Readings& main = above ? before : after;
      reportSumMismatch(t, ri, ci, primary(main), *total, "cộng các dòng", "the rows",
                        "Sửa công thức của dòng tổng hoặc số liệu các dòng.",
                        above ? textCellsIn(t, tv, prev, ri, ci) : textCellsIn(t, tv, ri + 1, next, ci), ctx);
    }
  }
}

void sectionSubtotals(const SheetTable& t, const TableValues& tv, CheckContext& ctx) {
  const int n = t.rowCount();
  for (int ri = 0; ri < n; ++ri) {
    const TableRow& s = t.row(ri);
    if (s.role != RowRole::Section || !summable(t, tv, ri)) continue;
    int end = ri + 1;
    while (end < n && t.row(end).role != RowRole::Total &&
           !(t.row(end).role == RowRole::Section && t.row(end).level <= s.level))
      ++end;
    for (int ci = 0; ci < t.columnCount(); ++ci) {
      if (t.column(ci).role == ColumnRole::Rate) continue;
      const auto& sub = tv.at(ri, ci).v;
      if (!sub) continue;
      const Readings parts = readings(t, tv, ri + 1, end, ci);
      if (!anyValue(parts) || fits(parts, *sub)) continue;
      reportSumMismatch(t, ri, ci, primary(parts), *sub, "cộng các dòng của mục", "the rows of this part",
                        "Sửa công thức cộng của mục hoặc số liệu các dòng.", textCellsIn(t, tv, ri + 1, end, ci), ctx);
    }
  }
}

// "=SUM(D6:K6)" when the part cells of the row form one block, else "".
std::string suggestedSum(const SheetTable& t, const TableValues& tv, int ri) {
  std::vector<int> d = tv.parts;
  std::sort(d.begin(), d.end());
  if (d.empty()) return "";
  for (std::size_t i = 1; i < d.size(); ++i)
    if (d[i] != d[i - 1] + 1 || t.column(d[i]).col != t.column(d[i - 1]).col + 1) return "";
  return "=SUM(" + t.a1(ri, d.front()) + ":" + t.a1(ri, d.back()) + ")";
}

// "=SUM(E6:F6)" for a unit's total over its breakdown in one block, else "".
std::string suggestedBreakdownSum(const SheetTable& t, int ri, const std::vector<int>& parts) {
  for (std::size_t i = 1; i < parts.size(); ++i)
    if (parts[i] != parts[i - 1] + 1 || t.column(parts[i]).col != t.column(parts[i - 1]).col + 1) return "";
  return "=SUM(" + t.a1(ri, parts.front()) + ":" + t.a1(ri, parts.back()) + ")";
}

// suggest: the formula to offer for a cell, "" when none fits.
template <class Suggest>
void hardcoded(const SheetTable& t, const std::vector<std::pair<int, int>>& group, Suggest suggest, CheckContext& ctx) {
  int formulas = 0, constants = 0;
  for (auto [ri, ci] : group) {
    const Cell& c = t.cell(ri, ci);
    if (c.type != Cell::Type::Number || c.mergedCovered) continue;
    (c.formula.empty() ? constants : formulas)++;
  }
  if (formulas == 0 || constants == 0 || formulas < constants) return;
  for (auto [ri, ci] : group) {
    const Cell& c = t.cell(ri, ci);
    if (c.type != Cell::Type::Number || c.mergedCovered || !c.formula.empty()) continue;
    const std::string at = t.a1(ri, ci);
    const std::string sum = suggest(ri, ci);
    const std::string example = sum.empty() ? "" : " (ví dụ " + sum + ")";
    ctx.add("total-hardcoded", t, at, sum.empty() ? "formula" : sum, machineNumber(c.number),
            "Tổng ở " + at + " được gõ tay (" + formatNumberVi(c.number, 4) +
                ") trong khi các tổng khác dùng công thức. Dùng công thức" + example +
                " để tổng tự đúng khi số liệu thay đổi.",
            "The total in " + at + " is typed in (" + enNumber(c.number, Measure::Plain) +
                ") while the other totals are formulas. Use a formula" +
                (sum.empty() ? "" : " (e.g. " + sum + ")") + " so it stays right when figures change.");
  }
}

}  // namespace

void reportSumMismatch(const SheetTable& t, int ri, int ci, double expected, double actual, const std::string& partsVi,
                       const std::string& partsEn, const std::string& fix, const std::vector<std::string>& textCells,
                       CheckContext& ctx) {
  const std::string at = t.a1(ri, ci);
  ctx.add("sum-mismatch", t, at, machineNumber(expected), machineNumber(actual),
          "Tổng ở " + at + " là " + formatNumberVi(actual, 4) + " nhưng " + partsVi + " là " +
              formatNumberVi(expected, 4) + "." + textNote(textCells, true) + " " + fix,
          "The total in " + at + " is " + enNumber(actual, Measure::Plain) + " but " + partsEn + " add up to " +
              enNumber(expected, Measure::Plain) + "." + textNote(textCells, false) +
              " Fix the total formula or the figures it adds.");
}

// The parts a Total column adds up: with sub-columns per unit (KH | TH under each district,
// "Toàn tỉnh" KH | TH), the units' columns of the same figure; otherwise every unit column.
std::vector<int> unitPartsOf(const SheetTable& t, const TableValues& tv, int totalCol) {
  const ColumnRole group = t.column(totalCol).group;
  std::vector<int> same;
  for (int ci : tv.parts)
    if (t.column(ci).group == group) same.push_back(ci);
  if (group != ColumnRole::Other) return same;
  // A total without a figure of its own over units with KH and TH: not comparable.
  std::set<ColumnRole> groups;
  for (int ci : tv.parts)
    if (t.column(ci).role == ColumnRole::District) groups.insert(t.column(ci).group);
  return groups.size() > 1 ? std::vector<int>() : tv.parts;
}

void checkSums(const SheetTable& t, const TableValues& tv, CheckContext& ctx) {
  const std::size_t start = ctx.findings.size();
  const Breakdowns bd = breakdowns(t);
  rowTotals(t, tv, bd, ctx);
  checkBreakdownTotals(t, tv, bd, ctx);
  totalRows(t, tv, ctx);
  sectionSubtotals(t, tv, ctx);
  // Constants among formula totals: the Total column of item rows, the units' own totals
  // over their breakdown (one group: the other units' totals of the row and the unit's of
  // the other rows are its siblings), the province's shares over the units', the total rows.
  for (int tc : t.all(ColumnRole::Total)) {
    std::vector<std::pair<int, int>> group;
    for (int ri = 0; ri < t.rowCount(); ++ri)
      if (t.row(ri).role == RowRole::Item && summable(t, tv, ri)) group.emplace_back(ri, tc);
    hardcoded(t, group, [&](int ri, int) { return suggestedSum(t, tv, ri); }, ctx);
  }
  std::vector<std::pair<int, int>> unitCells;
  for (int dc : t.all(ColumnRole::District)) {
    if (!bd[dc].empty())
      for (int ri = 0; ri < t.rowCount(); ++ri)
        if (t.row(ri).role == RowRole::Item && summable(t, tv, ri)) unitCells.emplace_back(ri, dc);
  }
  hardcoded(t, unitCells, [&](int ri, int ci) { return suggestedBreakdownSum(t, ri, bd[ci]); }, ctx);
  // The province's shares over the units' ("Thành lập mới" of the province): a column each.
  for (int tc : t.all(ColumnRole::Total))
    for (int p : bd[tc]) {
      if (unitShares(t, bd, p).empty()) continue;
      std::vector<std::pair<int, int>> group;
      for (int ri = 0; ri < t.rowCount(); ++ri)
        if (t.row(ri).role == RowRole::Item && summable(t, tv, ri)) group.emplace_back(ri, p);
      hardcoded(t, group, [](int, int) { return std::string(); }, ctx);
    }
  std::vector<std::pair<int, int>> totalCells;
  for (int ri = 0; ri < t.rowCount(); ++ri)
    if (t.row(ri).role == RowRole::Total)
      for (int ci = 0; ci < t.columnCount(); ++ci)
        if (isNumberColumn(t.table.kind, t.column(ci).role) && t.column(ci).role != ColumnRole::Rate &&
            t.column(ci).role != ColumnRole::Target)
          totalCells.emplace_back(ri, ci);
  hardcoded(t, totalCells, [](int, int) { return std::string(); }, ctx);
  // A total that fits neither its units nor its breakdown is one wrong cell: one finding.
  std::set<std::string> seen;
  auto& f = ctx.findings;
  f.erase(std::remove_if(f.begin() + static_cast<std::ptrdiff_t>(start), f.end(),
                         [&](const Finding& x) { return x.code == "sum-mismatch" && !seen.insert(x.cell).second; }),
          f.end());
}

}  // namespace p8
