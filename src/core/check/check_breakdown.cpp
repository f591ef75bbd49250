// A total over its breakdown sub-columns, where the header has them: a unit's "Ba Bể" over
// "Tổng số | Thành lập mới | Củng cố" (or the total last, or years "2023 | 2024 | Tổng"), the
// province's "Tổng cộng" / "Toàn tỉnh" over the same breakdown, whose shares also add up
// the units' same shares. "Trong đó: Nữ" is a part of a total only, never added up. One root
// cause, one finding: a province's Tổng that follows from a wrong unit total or a wrong
// province share is not reported again (recognition of the sub-columns: recognize_header.cpp).
#include "core/check/check_rules.hpp"

#include "core/parse/text.hpp"
#include "core/plan/plan_level.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>

namespace p8 {
namespace {

bool summable(const SheetTable& t, const TableValues& tv, int ri) {
  return tv.rows[ri].measure != Measure::Percent && t.row(ri).role != RowRole::Blank;
}

std::string lowestHeader(const TableColumn& c) {
  const std::size_t bar = c.header.rfind(" / ");
  return text::foldKey(bar == std::string::npos ? c.header : c.header.substr(bar + 3));
}

// A sum of columns of one row; nullopt when none has a value or one is unknown (already reported).
std::optional<double> rowSum(const SheetTable& t, const TableValues& tv, int ri, const std::vector<int>& cols,
                             std::vector<std::string>& textCells) {
  std::optional<double> sum;
  for (int ci : cols) {
    const Value& v = tv.at(ri, ci);
    if (v.unknown) return std::nullopt;
    if (!v.v) continue;
    sum = sum.value_or(0) + *v.v;
    if (v.fromText) textCells.push_back(t.a1(ri, ci));
  }
  return sum;
}

}  // namespace

// The breakdown each total adds up, when its header has one (indexed by column, empty for
// any other column): a unit's District column over the sub-columns that name it in partOf
// ("Ba Bể" over "Thành lập mới | Củng cố | Tổng"), the province's Total column over the "*"
// columns beside it ("Tổng cộng" over "Tổng số | Thành lập mới | Củng cố"). Only the shares
// of a partition, at least two; "Trong đó: Nữ" is a part of the total only, never added up.
// Computed once per table: a table read turned round has thousands of unit columns.
Breakdowns breakdowns(const SheetTable& t) {
  std::map<std::string, std::vector<int>> byUnit;
  for (int ci = 0; ci < t.columnCount(); ++ci) {
    const TableColumn& c = t.column(ci);
    if (!c.partOf.empty() && c.partOf != "*" && !c.subset) byUnit[c.partOf].push_back(ci);
  }
  Breakdowns out(t.columnCount());
  for (int tc = 0; tc < t.columnCount(); ++tc) {
    const TableColumn& d = t.column(tc);
    std::vector<int>& parts = out[tc];
    if (d.role == ColumnRole::District && !d.districtId.empty()) {
      if (const auto it = byUnit.find(d.districtId); it != byUnit.end()) parts = it->second;
    } else if (d.role == ColumnRole::Total) {
      // The run of "*" columns next to it, under the same header (recognize_header.cpp).
      for (int step : {-1, 1})
        for (int ci = tc + step; ci >= 0 && ci < t.columnCount() && t.column(ci).partOf == "*" &&
                                 std::abs(t.column(ci).col - t.column(ci - step).col) == 1;
             ci += step)
          if (!t.column(ci).subset) parts.push_back(ci);
      std::sort(parts.begin(), parts.end());
    }
    if (parts.size() < 2) parts.clear();
  }
  return out;
}

// The units' columns of the same share as the province's breakdown column p ("Thành lập
// mới" under each unit): one per unit broken down, at least two; else empty.
std::vector<int> unitShares(const SheetTable& t, const Breakdowns& bd, int p) {
  const std::string want = lowestHeader(t.column(p));
  std::vector<int> out;
  for (int dc : t.all(ColumnRole::District)) {
    if (bd[dc].empty()) continue;
    int found = -1, n = 0;
    for (int ci : bd[dc])
      if (lowestHeader(t.column(ci)) == want) found = ci, ++n;
    if (n != 1) return {};
    out.push_back(found);
  }
  return out.size() < 2 ? std::vector<int>() : out;
}

bool followsFromShare(const SheetTable& t, const TableValues& tv, const Breakdowns& bd, int ri, int tc) {
  const std::vector<int>& parts = bd[tc];
  const auto& total = tv.at(ri, tc).v;
  std::vector<std::string> none;
  const auto sum = parts.empty() ? std::nullopt : rowSum(t, tv, ri, parts, none);
  if (!total || !sum || !nearlyEqual(*total, *sum)) return false;
  for (int p : parts) {
    const std::vector<int> shares = unitShares(t, bd, p);
    const auto ofUnits = shares.empty() ? std::nullopt : rowSum(t, tv, ri, shares, none);
    const auto& v = tv.at(ri, p).v;
    if (ofUnits && v && !nearlyEqual(*v, *ofUnits)) return true;
  }
  return false;
}

namespace {

// A province's breakdown figure against the units' same share: the cell to fix when the
// province's Tổng then misses its breakdown (reported here, not again at the Tổng).
std::vector<char> provinceShares(const SheetTable& t, const TableValues& tv, const Breakdowns& bd,
                                 const std::vector<int>& parts, CheckContext& ctx) {
  std::vector<char> wrongRows(t.rowCount());
  const LevelWords units = reportingWords(ctx.plan);
  for (int p : parts) {
    const std::vector<int> shares = unitShares(t, bd, p);
    if (shares.empty()) continue;
    for (int ri = 0; ri < t.rowCount(); ++ri) {
      if (!summable(t, tv, ri)) continue;
      std::vector<std::string> textCells;
      const auto sum = rowSum(t, tv, ri, shares, textCells);
      const auto& v = tv.at(ri, p).v;
      if (!sum || !v || nearlyEqual(*v, *sum)) continue;
      wrongRows[ri] = 1;
      reportSumMismatch(t, ri, p, *sum, *v, "tổng các " + units.many.vi, "the " + units.many.en,
                        "Sửa công thức tổng hoặc số liệu các " + units.many.vi + ".", textCells, ctx);
    }
  }
  return wrongRows;
}

}  // namespace

// A total against its breakdown sub-columns (breakdowns): each unit's own, then the
// province's. On a row where a unit's total or a province's share was found wrong, the
// province's Tổng follows from it and is not reported again (one root cause, one finding).
void checkBreakdownTotals(const SheetTable& t, const TableValues& tv, const Breakdowns& bd, CheckContext& ctx) {
  std::vector<char> wrongRows(t.rowCount());
  const LevelWords units = reportingWords(ctx.plan);
  for (bool province : {false, true})
    for (int dc = 0; dc < t.columnCount(); ++dc) {
      if ((t.column(dc).role == ColumnRole::Total) != province) continue;
      const std::vector<int>& parts = bd[dc];
      if (parts.empty()) continue;
      const std::string& h = t.column(dc).header;
      const std::string owner = h.substr(0, h.find(" / "));   // "Ba Bể", "Tổng cộng", "Toàn tỉnh"
      const std::vector<char> wrongShare =
          province ? provinceShares(t, tv, bd, parts, ctx) : std::vector<char>(t.rowCount());
      const std::vector<int> unitCols = province ? unitPartsOf(t, tv, dc) : std::vector<int>();
      for (int ri = 0; ri < t.rowCount(); ++ri) {
        if (!summable(t, tv, ri) || wrongShare[ri] || (province && wrongRows[ri])) continue;
        std::vector<std::string> textCells;
        const auto sum = rowSum(t, tv, ri, parts, textCells);
        const auto& total = tv.at(ri, dc).v;
        if (!sum || !total || nearlyEqual(*total, *sum)) continue;
        wrongRows[ri] = 1;
        std::vector<std::string> none;
        const auto ofUnits = unitCols.empty() ? std::nullopt : rowSum(t, tv, ri, unitCols, none);
        const std::string fix = !province ? "Sửa công thức tổng của đơn vị hoặc số liệu chi tiết."
                                : ofUnits && nearlyEqual(*ofUnits, *total)
                                    ? "Tổng này khớp với tổng các " + units.many.vi + "; sửa số liệu các cột chi tiết."
                                    : "Sửa công thức tổng hoặc số liệu chi tiết.";
        reportSumMismatch(t, ri, dc, *sum, *total, "các cột chi tiết của " + owner, "the detail columns of " + owner,
                          fix, textCells, ctx);
      }
    }
}

}  // namespace p8
