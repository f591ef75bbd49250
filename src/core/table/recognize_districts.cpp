// District headers, checked while the header is read: a column whose header looks like a
// place but names no district of the plan (a typo, a district of another province), two
// columns for one district, and — in an allocation table — plan districts with no column.
// "Looks like a place": a short text in the district row, among or next to the district
// columns or under their group header, or written with an administrative prefix ("Huyện
// X"); never the province's own share ("Cấp tỉnh"), a total, or a known column name.
#include "core/table/recognize_internal.hpp"

#include "core/parse/text.hpp"
#include "core/plan/plan_level.hpp"

#include <algorithm>
#include <map>

namespace p8::rec {
namespace {

struct HeaderCell {
  int row = -1, col = -1;   // anchor of the column's lowest header text (view coordinates)
  const TextFacts* facts = nullptr;
  std::string text;
  GridRect group{};          // the merged group header above, if any
  bool grouped = false;
};

HeaderCell lowestCell(const View& v, const Header& h, int c) {
  HeaderCell hc;
  for (int r = h.bottom; r >= h.top; --r) {
    if (r == h.numberingRow) continue;
    int ar = r, ac = c;
    const Cell& x = v.shown(r, c, &ar, &ac);
    if (x.type != Cell::Type::Text || text::isBlank(x.text)) continue;
    if (hc.row < 0) {
      hc.row = ar;
      hc.col = ac;
      hc.facts = v.facts(ar, ac);
      hc.text = text::trim(x.text);
      continue;
    }
    GridRect a;
    if (v.merged(r, c, a) && a.right > a.left) {   // the group header ("Phân bổ cho các huyện")
      hc.group = a;
      hc.grouped = true;
      break;
    }
  }
  return hc;
}

bool looksLikePlace(const HeaderCell& hc, const std::string& provinceFolded) {
  if (!hc.facts || hc.facts->longText) return false;
  const std::string& f = hc.facts->folded;
  if (f.empty() || wordCount(f) > 5 || f.size() > 48) return false;
  if (hc.facts->role() != ColumnRole::Other) return false;
  if (isProvinceShare(f, provinceFolded) || isNotPlaceHeader(f) || isTitleText(f)) return false;
  if (std::any_of(f.begin(), f.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) return false;
  return true;
}

}  // namespace

void checkDistrictHeaders(const View& v, const Header& h, bool allocation, std::vector<int>& unknownColumns) {
  Context& ctx = v.ctx;
  const std::string& sheet = ctx.grid.sheet;
  std::map<std::string, std::string> seen;   // district id → header cell
  std::map<std::string, std::string> seenColumns;   // district id and sub-column group → header cell
  std::map<int, int> districtRows;           // header row → district columns on it
  int duplicates = 0;                        // a district typed over another is its one finding
  std::vector<GridRect> groups;
  int first = -1, last = -1;
  for (const auto& col : h.columns) {
    if (col.role != ColumnRole::District) continue;
    const HeaderCell hc = lowestCell(v, h, col.col);
    if (first < 0) first = col.col;
    last = col.col;
    ++districtRows[hc.row];
    if (hc.grouped) groups.push_back(hc.group);
    const std::string at = v.a1(hc.row, hc.col);
    // Sub-columns of one unit (KH | TH) are one district each, told apart by their group.
    seen.emplace(col.districtId, at);
    auto [it, fresh] = seenColumns.emplace(col.districtId + "#" + columnRoleCode(col.group), at);
    if (!fresh) {
      ++duplicates;
      const OrgUnit* u = ctx.plan.findUnit(col.districtId);
      const std::string name = u ? u->name : col.districtId;
      const LevelWords w = reportingWords(ctx.plan);   // "huyện", or "xã, phường" for a commune plan
      ctx.findings.push_back(makeFinding(
          "district-duplicate", sheet, at, it->second, hc.text,
          "Cột \"" + hc.text + "\" (ô " + at + ") là " + w.one.vi + " " + name + " lần thứ hai; cột đầu tiên ở ô " + it->second +
              ". Gộp hoặc xóa cột trùng để không tính hai lần.",
          "Column \"" + hc.text + "\" (cell " + at + ") is " + w.one.en + " " + name + " a second time; the first is at " +
              it->second + ". Merge or remove the duplicate so it is not counted twice."));
    }
  }
  int districtRow = -1, most = 0;
  for (const auto& [r, n] : districtRows)
    if (n > most) { most = n; districtRow = r; }
  // Unknown places: only where the header holds districts (or several prefixed names).
  std::vector<HeaderCell> unknown;
  for (const auto& col : h.columns) {
    if (col.role == ColumnRole::District || !col.partOf.empty()) continue;   // a unit's breakdown is no place
    const HeaderCell hc = lowestCell(v, h, col.col);
    if (!looksLikePlace(hc, ctx.provinceFolded) || !hc.facts->districtId().empty()) continue;   // a known district, not a figure column
    const bool among = first >= 0 && hc.row == districtRow && col.col >= first - 1 && col.col <= last + 1;
    const bool underGroup = std::any_of(groups.begin(), groups.end(), [&](const GridRect& g) {
      return col.col >= g.left && col.col <= g.right && hc.row > g.bottom;
    });
    if (hc.facts->districtAmbiguous() || among || underGroup || hasPlacePrefix(hc.facts->folded)) unknown.push_back(hc);
  }
  const long prefixed = std::count_if(unknown.begin(), unknown.end(),
                                      [](const HeaderCell& hc) { return hasPlacePrefix(hc.facts->folded); });
  std::string examples;
  for (const OrgUnit* d : ctx.districts) {
    if (examples.size() > 60) { examples += ", …"; break; }
    examples += (examples.empty() ? "" : ", ") + d->name;
  }
  // Plan districts without a column: named in the unknown header's message (a misspelt
  // name is one root cause, one finding), else district-missing in an allocation table.
  std::vector<const OrgUnit*> missing;
  for (const OrgUnit* d : ctx.districts)
    if (!seen.count(d->id)) missing.push_back(d);
  // Every district of a phase I plan takes part; of a commune plan only the communes it
  // allocates to (not every commune is in the project's areas): without an allocation a
  // table of some communes misses none.
  if (ctx.plan.reportingLevel != "district")
    missing.erase(std::remove_if(missing.begin(), missing.end(), [&](const OrgUnit* d) {
      return std::none_of(ctx.plan.allocation.begin(), ctx.plan.allocation.end(),
                          [&](const auto& row) { return row.second.count(d->id) > 0; });
    }), missing.end());
  std::string missingNames;
  for (const OrgUnit* d : missing) missingNames += (missingNames.empty() ? "" : ", ") + d->name;
  int reported = 0;
  for (const auto& hc : unknown) {
    if (first < 0 && prefixed < 2 && !hc.facts->districtAmbiguous()) continue;
    ++reported;
    unknownColumns.push_back(hc.col);
    const std::string at = v.a1(hc.row, hc.col);
    const LevelWords w = reportingWords(ctx.plan);
    const std::string why_vi = hc.facts->districtAmbiguous() ? " (tên này khớp với nhiều " + w.many.vi + ")" : "";
    const std::string why_en = hc.facts->districtAmbiguous() ? " (the name fits several " + w.many.en + ")" : "";
    ctx.findings.push_back(makeFinding(
        "district-unknown", sheet, at, "", hc.text,
        "Không nhận ra " + w.one.vi + " \"" + hc.text + "\" (ô " + at + ") trong kế hoạch " + ctx.plan.id + why_vi +
            ". Sửa tên cho đúng một " + w.one.vi + " của kế hoạch: " +
            (missing.empty() ? examples : "có thể là " + missingNames + " (chưa có cột)") +
            ". Các tổng vẫn cộng cả cột này như trong bảng.",
        "\"" + hc.text + "\" (cell " + at + ") is not a " + w.one.en + " of plan " + ctx.plan.id + why_en +
            ". Write the name of one of the plan's " + w.many.en + ": " +
            (missing.empty() ? examples : "perhaps " + missingNames + " (no column yet)") +
            ". Sums still count this column, as the sheet does."));
  }
  // A misspelt or repeated name where a district should be: reported once above.
  if (!allocation || reported + duplicates >= static_cast<int>(missing.size())) return;
  // A table naming fewer than half the plan's districts is an allocation to those few (a
  // model for two districts), not one missing the rest — as with indicators (check.cpp).
  // (A commune plan expects only the communes it allocates to: filtered below.)
  if (ctx.plan.reportingLevel == "district" &&
      2 * (seen.size() + static_cast<std::size_t>(reported)) < ctx.districts.size())
    return;
  const LevelWords w = reportingWords(ctx.plan);
  for (const OrgUnit* d : missing) {
    ctx.findings.push_back(makeFinding(
        "district-missing", sheet, "", d->id, "",
        "Bảng ở " + v.a1(h.top, h.left) + " không có cột cho " + w.one.vi + " " + d->name +
            ". Thêm cột nếu " + w.one.vi + " có chỉ tiêu (hoặc sửa tên cột nếu đã có nhưng viết khác).",
        "The table at " + v.a1(h.top, h.left) + " has no column for " + w.one.en + " " + d->name +
            ". Add one if the " + w.one.en + " has targets (or fix the header if it is spelled differently)."));
  }
}

}  // namespace p8::rec

namespace p8::rec {

// A table per district (progress by huyện): the rows' labels are the districts. When most
// rows name one, a row naming none is an unknown district and a second row for one
// district a duplicate, reported at the label cell.
void checkDistrictRows(const View& v, const Table& t) {
  const int ci = t.columnIndex(ColumnRole::Name);
  if (ci < 0 || t.kind == TableKind::Allocation) return;
  const int col = t.columns[static_cast<std::size_t>(ci)].col;
  int items = 0, districts = 0;
  for (const auto& row : t.rows)
    if (row.role == RowRole::Item) {
      ++items;
      districts += !row.districtId.empty();
    }
  if (districts < 2 || 5 * districts < 3 * items) return;
  Context& ctx = v.ctx;
  const LevelWords w = reportingWords(ctx.plan);   // "huyện", or "xã, phường" for a commune plan
  std::map<std::string, std::string> seen;
  for (const auto& row : t.rows) {
    if (row.role != RowRole::Item) continue;
    const std::string at = v.a1(row.row, col);
    if (!row.districtId.empty()) {
      auto [it, fresh] = seen.emplace(row.districtId, at);
      if (!fresh)
        ctx.findings.push_back(makeFinding(
            "district-duplicate", ctx.grid.sheet, at, it->second, row.label,
            "Dòng \"" + row.label + "\" (ô " + at + ") là " + w.one.vi + " đã có ở ô " + it->second +
                ". Gộp hoặc xóa dòng trùng để không tính hai lần.",
            "Row \"" + row.label + "\" (cell " + at + ") is a " + w.one.en + " already at " + it->second +
                ". Merge or remove the duplicate so it is not counted twice."));
      continue;
    }
    HeaderCell hc;
    hc.facts = v.facts(row.row, col);
    hc.text = row.label;
    if (!looksLikePlace(hc, ctx.provinceFolded) || isTotalLabel(hc.facts->folded) || isFooterText(hc.facts->folded))
      continue;
    ctx.findings.push_back(makeFinding(
        "district-unknown", ctx.grid.sheet, at, "", row.label,
        "Không nhận ra " + w.one.vi + " \"" + row.label + "\" (ô " + at + ") trong kế hoạch " + ctx.plan.id +
            ". Sửa tên cho đúng một " + w.one.vi + " của kế hoạch.",
        "\"" + row.label + "\" (cell " + at + ") is not a " + w.one.en + " of plan " + ctx.plan.id +
            ". Write the name of one of the plan's " + w.many.en + "."));
  }
}

}  // namespace p8::rec
