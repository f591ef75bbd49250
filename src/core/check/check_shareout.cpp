// The share-out of the plan's targets over the units, over the whole workbook (see
// shareout.hpp): each allocation table is read into a TableShare while it is checked; once
// every sheet is read, tables split over sheets by unit are grouped and judged as one table,
// the others each on their own, as before.
#include "core/check/shareout.hpp"

#include "core/parse/number.hpp"
#include "core/parse/text.hpp"
#include "core/plan/plan_level.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace p8 {
namespace {

std::string unitText(const Indicator& ind) { return ind.percent || ind.unit == "%" ? "" : " " + ind.unit; }

std::string viTarget(const Indicator& ind, double v) {
  return ind.percent ? formatPercentVi(v, 2) : formatNumberVi(v, 4) + unitText(ind);
}

// "(4)", "4": a numbering row's cell, not a header text.
bool numbering(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return std::string("()0123456789. ").find(c) != std::string::npos; });
}

// The lowest header text of a column (its unit's name), in sheet coordinates.
std::string headerCell(const SheetTable& t, int ci) {
  const Table& tb = t.table;
  const int c = tb.columns[ci].col;
  for (int r = tb.headerBottom; r >= tb.headerTop; --r) {
    const int gr = tb.districtsAsRows ? c : r, gc = tb.districtsAsRows ? r : c;
    const Cell& x = t.grid.at(gr, gc);
    if (x.type == Cell::Type::Text && !x.mergedCovered && !text::isBlank(x.text) && !numbering(x.text)) return t.grid.a1(gr, gc);
  }
  return tableCellA1(t.grid, tb, 0, ci);
}

// The units every table together must name: every district of a phase I plan; of a commune
// plan those it allocates to (not every commune is in the project's areas).
std::vector<const OrgUnit*> expectedUnits(const Plan& plan) {
  std::vector<const OrgUnit*> out;
  for (const OrgUnit* u : plan.districts())
    if (plan.reportingLevel == "district" ||
        std::any_of(plan.allocation.begin(), plan.allocation.end(), [&](const auto& row) { return row.second.count(u->id) > 0; }))
      out.push_back(u);
  return out;
}

// Do these units cover every unit expected to share the indicator's target — every district
// of a phase I plan; of a commune plan those it allocates this indicator to, or all of them when
// it allocates nothing to it — or do columns the plan does not know (each its district-unknown)
// or a unit's second column stand in for the ones without a column? Else the sum is short
// because a unit has no column: its district-missing is the finding, not the share-out.
bool coversIndicator(const std::set<std::string>& present, int standIns, const Indicator& ind, const Plan& plan) {
  const auto a = plan.allocation.find(ind.code);
  int missing = 0;
  for (const OrgUnit* u : plan.districts())
    missing += (a == plan.allocation.end() || a->second.count(u->id)) && !present.count(u->id);
  return missing <= standIns;
}

std::string sheetList(const std::vector<std::string>& sheets) {
  std::string s;
  for (const auto& n : sheets) s += (s.empty() ? "\"" : ", \"") + n + "\"";
  return s;
}

// allocation-under / allocation-over at `at`; `over_vi/en` say where the sum comes from when
// it spans sheets ("" for one table).
void shareFinding(CheckContext& ctx, const std::string& sheet, const std::string& at, const Indicator& ind, double sum,
                  const std::string& unlisted, const std::string& over_vi, const std::string& over_en) {
  const bool under = sum < *ind.target;
  const double gap = std::fabs(*ind.target - sum);
  const LevelWords units = reportingWords(ctx.plan);   // "huyện", or "xã, phường" for a commune plan
  ctx.findings.push_back(makeFinding(
      under ? "allocation-under" : "allocation-over", sheet, at, machineNumber(*ind.target), machineNumber(sum),
      "Chỉ tiêu " + ind.code + " (" + ind.name.vi + "): các " + units.many.vi + " được phân bổ tổng cộng " +
          viTarget(ind, sum) + over_vi + " nhưng kế hoạch là " + viTarget(ind, *ind.target) + " (" +
          (under ? "còn thiếu " : "thừa ") + viTarget(ind, gap) + ")" +
          (unlisted.empty() ? "" : ", tính cả " + unlisted + " như trong bảng") + ". Điều chỉnh phân bổ cho các " +
          units.many.vi + ".",
      "Indicator " + ind.code + " (" + ind.name.in("en") + "): the " + units.many.en + " are allocated " +
          enNumber(sum, Measure::Plain) + " in all" + over_en + " but the plan target is " +
          enNumber(*ind.target, Measure::Plain) + " (" + (under ? "short by " : "over by ") + enNumber(gap, Measure::Plain) +
          ")" + (unlisted.empty() ? "" : ", counting " + unlisted + " as the sheet does") + ". Adjust the " +
          units.one.en + " allocation."));
}

// Whether a row's gap to the target is all the units' own: the plan allocates the indicator
// to each unit, some unit's figure differs from its allocation (target-mismatch at its cell,
// check_allocation.cpp), and the allocations of the units given figures (with the province's
// share and units the plan does not know, as the sheet counts them) make the target. Then
// allocation-under/over would say the same thing again: one root cause, one finding.
bool gapIsTheUnits(const Plan& plan, const Indicator& ind, const std::vector<std::pair<std::string, double>>& units,
                   const std::optional<double>& others) {
  auto a = plan.allocation.find(ind.code);
  if (a == plan.allocation.end() || a->second.empty() || !ind.target) return false;
  double planned = others.value_or(0);
  bool differs = false;
  for (const auto& [id, v] : units) {
    auto u = a->second.find(id);
    if (u == a->second.end()) return false;
    planned += u->second;
    differs |= !nearlyEqual(u->second, v);
  }
  return differs && nearlyEqual(planned, *ind.target);
}

// The allocated lines of the totals, given once every table is judged: a share-out to the
// whole province (a table or a split naming at least half the districts) before a table of a
// few pilot units, each in workbook order (the first figure of a line wins, totals.hpp).
struct AllocatedLines {
  struct Figure { std::string indicator, unit; double v; };
  std::vector<Figure> whole, few;
  // Each unit's figure; the province's: the units' sum, or the sheet's total when no unit has a figure.
  void add(bool wholeProvince, const ShareRow& r, const std::optional<double>& sum, bool unknown,
           const std::optional<double>& total, const std::set<std::string>* units = nullptr) {
    auto& to = wholeProvince ? whole : few;
    const Indicator& ind = *r.indicator;
    if (sum && !ind.percent) to.push_back({ind.code, "", *sum});
    else if (!unknown && total) to.push_back({ind.code, "", *total});
    for (const auto& [id, v] : r.firsts)
      if (!units || units->count(id)) to.push_back({ind.code, id, v});
  }
  void give(TotalsBuilder& totals) const {
    for (const auto* list : {&whole, &few})
      for (const auto& f : *list) totals.allocated(f.indicator, f.unit, f.v);
  }
};

void judgeTable(const TableShare& s, CheckContext& ctx, AllocatedLines& lines) {
  // A table naming fewer than half the plan's districts allocates to those few (two pilot
  // districts): their sum is no share-out of the province's target (as for district-missing).
  const bool wholeProvince = ctx.plan.reportingLevel != "district" || 2 * s.units.size() >= ctx.plan.districts().size();
  std::set<std::string> present;
  for (const auto& u : s.units) present.insert(u.first);
  for (const ShareRow& r : s.rows) {
    const Indicator& ind = *r.indicator;
    const std::optional<double> sum = r.unknown ? std::nullopt : r.sum();
    lines.add(wholeProvince, r, sum, r.unknown, r.total);
    if (sum && wholeProvince && ind.target && !ind.percent && !nearlyEqual(*sum, *ind.target) &&
        (*sum > *ind.target || coversIndicator(present, s.unlisted + s.repeated, ind, ctx.plan)) &&
        !gapIsTheUnits(ctx.plan, ind, r.units, r.others))
      shareFinding(ctx, s.sheet, r.at, ind, *sum, r.unlisted, "", "");
  }
}

// Tables split by unit: partial tables (some unit of the plan has no column) that share an
// indicator row and name other units, in workbook order. First tables naming no unit of each
// other; then a table left alone may join a group it shares few units with (a unit typed on two
// sheets) — so a table of two pilot districts beside the split stays a table of its own.
std::vector<std::vector<std::size_t>> splitGroups(const std::vector<TableShare>& tables, const Plan& plan) {
  const std::size_t all = plan.districts().size();
  struct Group { std::vector<std::size_t> members; std::set<std::string> units, indicators; };
  std::vector<Group> groups;
  auto fits = [&](const Group& g, const TableShare& s, bool fewShared) {
    const bool shared = std::any_of(s.rows.begin(), s.rows.end(), [&](const ShareRow& r) { return g.indicators.count(r.indicator->code) > 0; });
    const auto overlap = static_cast<std::size_t>(
        std::count_if(s.units.begin(), s.units.end(), [&](const auto& u) { return g.units.count(u.first) > 0; }));
    return shared && (fewShared ? 2 * overlap < s.units.size() : overlap == 0);
  };
  auto join = [&](Group& g, std::size_t i) {
    g.members.push_back(i);
    std::sort(g.members.begin(), g.members.end());
    for (const auto& u : tables[i].units) g.units.insert(u.first);
    for (const auto& r : tables[i].rows) g.indicators.insert(r.indicator->code);
  };
  for (std::size_t i = 0; i < tables.size(); ++i) {
    const TableShare& s = tables[i];
    if (s.units.empty() || s.rows.empty() || s.units.size() >= all) continue;
    auto home = std::find_if(groups.begin(), groups.end(), [&](const Group& g) { return fits(g, s, false); });
    join(home == groups.end() ? groups.emplace_back() : *home, i);
  }
  for (std::size_t k = 0; k < groups.size(); ++k) {
    if (groups[k].members.size() != 1) continue;
    const std::size_t i = groups[k].members.front();
    for (std::size_t h = 0; h < groups.size(); ++h)
      if (h != k && !groups[h].members.empty() && fits(groups[h], tables[i], true)) {
        join(groups[h], i);
        groups[k].members.clear();
        break;
      }
  }
  // Together they must name at least half the districts, as one table must (a commune plan
  // expects only some communes in each table anyway).
  std::vector<std::vector<std::size_t>> out;
  for (const Group& g : groups)
    if (g.members.size() >= 2 && (plan.reportingLevel != "district" || 2 * g.units.size() >= all))
      out.push_back(g.members);
  return out;
}

// Replaces the text between `from` and `to` in a message.
void guess(std::string& message, const std::string& from, const std::string& to, const std::string& names) {
  const auto a = message.find(from);
  const auto b = a == std::string::npos ? a : message.find(to, a);
  if (b != std::string::npos) message.replace(a + from.size(), b - a - from.size(), names);
}

bool isFinding(const Finding& f, const char* code, const std::string& sheet, const std::string& cell) {
  return f.code == code && f.sheet == sheet && f.cell == cell;
}

void judgeGroup(const std::vector<TableShare>& tables, const std::vector<std::size_t>& members, CheckContext& ctx,
                AllocatedLines& province) {
  std::vector<std::string> sheets;
  for (std::size_t m : members)
    if (std::find(sheets.begin(), sheets.end(), tables[m].sheet) == sheets.end()) sheets.push_back(tables[m].sheet);
  const std::string names = sheetList(sheets);
  const LevelWords w = reportingWords(ctx.plan);
  // Per-table district-missing: the group's own replaces them.
  ctx.findings.erase(std::remove_if(ctx.findings.begin(), ctx.findings.end(), [&](const Finding& f) {
    return f.code == "district-missing" && f.cell.empty() && std::any_of(members.begin(), members.end(), [&](std::size_t m) {
             return f.sheet == tables[m].sheet && f.message_vi.rfind("Bảng ở " + tables[m].origin + " ", 0) == 0;
           });
  }), ctx.findings.end());
  // Units: the first table naming one holds it; a later one naming it again is a duplicate.
  std::map<std::string, std::pair<std::size_t, std::string>> owner;   // unit id → (table, header cell)
  int explained = 0, standIns = 0;   // a unit on two sheets explains a missing one, but is counted once
  for (std::size_t m : members) {
    explained += tables[m].unlisted + tables[m].repeated;
    standIns += tables[m].unlisted + tables[m].repeated;
    for (const auto& [id, cell] : tables[m].units) {
      auto [it, fresh] = owner.emplace(id, std::make_pair(m, cell));
      if (fresh || it->second.first == m) continue;
      ++explained;
      const OrgUnit* u = ctx.plan.findUnit(id);
      const std::string name = u ? u->name : id;
      const TableShare& first = tables[it->second.first];
      ctx.findings.push_back(makeFinding(
          "district-duplicate", tables[m].sheet, cell, first.sheet + "!" + it->second.second, name,
          "Ô " + cell + " là " + w.one.vi + " " + name + " lần thứ hai: trang \"" + first.sheet + "\" đã có " +
              w.one.vi + " này ở ô " + it->second.second + ". Bảng phân bổ chia theo " + w.one.vi + " trên các trang " +
              names + " được cộng như một bảng; xóa cột trùng để không tính hai lần.",
          "Cell " + cell + " is " + w.one.en + " " + name + " a second time: sheet \"" + first.sheet +
              "\" has it at " + it->second.second + ". The allocation split by " + w.one.en + " over sheets " + names +
              " is added up as one table; remove the duplicate so it is not counted twice."));
    }
  }
  std::vector<const OrgUnit*> missing;
  for (const OrgUnit* u : expectedUnits(ctx.plan))
    if (!owner.count(u->id)) missing.push_back(u);
  // A misspelt or repeated name where a unit should be is that unit's one finding.
  if (explained < static_cast<int>(missing.size()))
    for (const OrgUnit* u : missing)
      ctx.findings.push_back(makeFinding(
          "district-missing", tables[members.front()].sheet, "", u->id, "",
          "Các bảng phân bổ ở trang " + names + " không có cột cho " + w.one.vi + " " + u->name +
              ". Thêm cột nếu " + w.one.vi + " có chỉ tiêu (hoặc sửa tên cột nếu đã có nhưng viết khác).",
          "The allocation tables on sheets " + names + " have no column for " + w.one.en + " " + u->name +
              ". Add one if the " + w.one.en + " has targets (or fix the header if it is spelled differently)."));
  std::set<std::string> named;
  for (const auto& o : owner) named.insert(o.first);
  // An unknown header's message guesses the unit it should be from those without a column:
  // without a column on any of the sheets, not just its own.
  if (!missing.empty()) {
    std::string vi;
    for (const OrgUnit* u : missing) vi += (vi.empty() ? "" : ", ") + u->name;
    for (Finding& f : ctx.findings)
      if (f.code == "district-unknown" && std::find(sheets.begin(), sheets.end(), f.sheet) != sheets.end()) {
        guess(f.message_vi, "có thể là ", " (chưa có cột)", vi);
        guess(f.message_en, "perhaps ", " (no column yet)", vi);
      }
  }

  // The same indicator row (its first, second … in each table) over the tables.
  std::vector<std::pair<std::string, int>> keys;
  std::map<std::pair<std::string, int>, std::vector<std::pair<std::size_t, const ShareRow*>>> rows;
  for (std::size_t m : members)
    for (const ShareRow& r : tables[m].rows) {
      const auto key = std::make_pair(r.indicator->code, r.occurrence);
      if (!rows.count(key)) keys.push_back(key);
      rows[key].emplace_back(m, &r);
    }
  // Each row's sum over the tables: each unit once (in the table that names it first), the
  // province's share and units the plan does not know as the sheets count them.
  struct Line {
    std::optional<double> sum, total, others;
    bool unknown = false;
    std::string unlisted;
    std::vector<std::pair<std::string, double>> units;   // each unit once, as counted in the sum
  };
  std::map<std::pair<std::string, int>, Line> lines;
  for (const auto& key : keys) {
    Line& l = lines[key];
    std::set<std::string> counted;
    for (const auto& [m, r] : rows[key]) {
      l.unknown |= r->unknown;
      if (!l.total) l.total = r->total;
      if (r->others) {
        l.sum = l.sum.value_or(0) + *r->others;
        l.others = l.others.value_or(0) + *r->others;
      }
      if (!r->unlisted.empty()) l.unlisted += (l.unlisted.empty() ? "" : ", ") + r->unlisted;
      for (const auto& [id, v] : r->units)
        if (owner.at(id).first == m && counted.insert(id).second) {
          l.sum = l.sum.value_or(0) + v;
          l.units.emplace_back(id, v);
        }
    }
    if (l.unknown) l.sum.reset();
  }
  // A grand total over the tables (a Total column on one sheet that adds the others in): its
  // column is known by a row where it is the sum over the tables, not its own sheet's.
  auto grand = [&](const ShareRow& r, const ShareRow::TotalCell& c, const Line& l) {
    return l.sum && nearlyEqual(c.v, *l.sum) && !(r.sum() && nearlyEqual(*r.sum(), c.v));
  };
  std::set<std::pair<std::size_t, int>> grandColumns;   // (table, column)
  for (const auto& key : keys)
    for (const auto& [m, r] : rows[key])
      for (const auto& c : r->totals)
        if (grand(*r, c, lines[key])) grandColumns.emplace(m, c.column);
  for (const auto& key : keys)
    for (const auto& [m, r] : rows[key])
      for (const auto& c : r->totals) {
        if (!grandColumns.count({m, c.column})) continue;
        const Line& l = lines[key];
        for (auto it = ctx.findings.begin(); it != ctx.findings.end();) {
          if (!isFinding(*it, "sum-mismatch", tables[m].sheet, c.cell)) { ++it; continue; }
          if (!l.sum || grand(*r, c, l)) { it = ctx.findings.erase(it); continue; }   // right, or not knowable
          // Wrong: against the sum over the tables, not its own sheet's units.
          *it = makeFinding("sum-mismatch", tables[m].sheet, c.cell, machineNumber(*l.sum), machineNumber(c.v),
                            "Tổng ở " + c.cell + " là " + formatNumberVi(c.v, 4) + " nhưng tổng các " + w.many.vi +
                                " trên các trang " + names + " là " + formatNumberVi(*l.sum, 4) +
                                ". Sửa công thức tổng hoặc số liệu các " + w.many.vi + ".",
                            "The total in " + c.cell + " is " + enNumber(c.v, Measure::Plain) + " but the " + w.many.en +
                                " on sheets " + names + " add up to " + enNumber(*l.sum, Measure::Plain) +
                                ". Fix the total formula or the figures it adds.");
          ++it;
        }
      }
  for (const auto& key : keys) {
    const auto& parts = rows[key];
    const Indicator& ind = *parts.front().second->indicator;
    const Line& l = lines[key];
    // The units' lines from the table that names each first; the province's is the sum.
    for (const auto& [m, r] : parts) {
      std::set<std::string> own;
      for (const auto& [id, v] : r->firsts)
        if (owner.at(id).first == m) own.insert(id);
      const bool first = m == parts.front().first;
      province.add(true, *r, first ? l.sum : std::nullopt, first ? l.unknown : true, first ? l.total : std::nullopt, &own);
    }
    if (!l.sum || !ind.target || ind.percent || nearlyEqual(*l.sum, *ind.target)) continue;
    if (*l.sum < *ind.target && !coversIndicator(named, standIns, ind, ctx.plan)) continue;
    if (gapIsTheUnits(ctx.plan, ind, l.units, l.others)) continue;
    std::string lacking;
    for (const std::string& s : sheets)
      if (std::none_of(parts.begin(), parts.end(), [&](const auto& p) { return tables[p.first].sheet == s; }))
        lacking += (lacking.empty() ? "\"" : ", \"") + s + "\"";
    // At the grand total when a sheet has one, else at the row's label on the first sheet.
    std::string sheet = tables[parts.front().first].sheet, at = parts.front().second->label;
    for (const auto& [m, r] : parts)
      for (const auto& c : r->totals)
        if (grandColumns.count({m, c.column})) { sheet = tables[m].sheet; at = c.cell; }
    shareFinding(ctx, sheet, at, ind, *l.sum, l.unlisted,
                 " (cộng các trang " + names + (lacking.empty() ? "" : "; trang " + lacking + " không có dòng chỉ tiêu này") + ")",
                 " (over sheets " + names + (lacking.empty() ? "" : "; sheet " + lacking + " has no row for it") + ")");
  }
}

}  // namespace

std::optional<double> ShareRow::sum() const {
  std::optional<double> s = others;
  for (const auto& u : units) s = s.value_or(0) + u.second;
  return s;
}

TableShare readShare(const SheetTable& t, const TableValues& tv) {
  TableShare s;
  s.sheet = t.sheet();
  s.origin = t.table.range.substr(0, t.table.range.find(':'));
  std::set<std::string> seenColumns, named;   // unit id and sub-column group; unit id
  for (int ci : tv.parts) {
    const TableColumn& c = t.column(ci);
    if (c.role != ColumnRole::District) continue;
    if (c.districtId.empty()) { ++s.unlisted; continue; }
    if (!seenColumns.insert(c.districtId + "#" + columnRoleCode(c.group)).second) ++s.repeated;
    if (named.insert(c.districtId).second) s.units.emplace_back(c.districtId, headerCell(t, ci));
  }
  const int totalCol = t.first(ColumnRole::Total);
  const std::vector<int> totalCols = t.all(ColumnRole::Total);
  std::map<std::string, int> occurrences;
  for (int ri = 0; ri < t.rowCount(); ++ri) {
    const Indicator* ind = tv.rows[ri].indicator;
    if (t.row(ri).role != RowRole::Item || !ind) continue;
    ShareRow r;
    r.indicator = ind;
    r.occurrence = occurrences[ind->code]++;
    for (int ci : tv.parts) {
      const Value& v = tv.at(ri, ci);
      r.unknown |= v.unknown;
      if (!v.v) continue;
      const TableColumn& c = t.column(ci);
      if (c.role == ColumnRole::District && !c.districtId.empty()) {
        auto it = std::find_if(r.units.begin(), r.units.end(), [&](const auto& u) { return u.first == c.districtId; });
        if (it == r.units.end()) {
          r.units.emplace_back(c.districtId, *v.v);
          r.firsts.emplace_back(c.districtId, *v.v);
        } else {
          it->second += *v.v;
        }
        continue;
      }
      r.others = r.others.value_or(0) + *v.v;
      if (c.role == ColumnRole::District) {   // a unit the plan does not know, counted as the sheet counts it
        const std::string& h = c.header;
        r.unlisted += (r.unlisted.empty() ? "" : ", ") + h.substr(h.rfind(" / ") == std::string::npos ? 0 : h.rfind(" / ") + 3);
      }
    }
    r.label = t.labelA1(ri);
    r.at = totalCol >= 0 ? t.a1(ri, totalCol) : r.label;
    if (totalCol >= 0) r.total = tv.at(ri, totalCol).v;
    for (int tc : totalCols)
      if (tv.at(ri, tc).v) r.totals.push_back({tc, t.a1(ri, tc), *tv.at(ri, tc).v});
    s.rows.push_back(std::move(r));
  }
  return s;
}

void judgeShares(const std::vector<TableShare>& tables, CheckContext& ctx) {
  const auto groups = splitGroups(tables, ctx.plan);
  std::vector<int> groupOf(tables.size(), -1);
  for (std::size_t g = 0; g < groups.size(); ++g)
    for (std::size_t m : groups[g]) groupOf[m] = static_cast<int>(g);
  AllocatedLines province;
  // Groups first: a unit's own sheet is the source of its line, a summary sheet beside the
  // split ("Tổng hợp" with every district) a copy of it, judged on its own.
  for (std::size_t g = 0; g < groups.size(); ++g) judgeGroup(tables, groups[g], ctx, province);
  for (std::size_t i = 0; i < tables.size(); ++i)
    if (groupOf[i] < 0) judgeTable(tables[i], ctx, province);
  province.give(ctx.totals);
}

}  // namespace p8
