// One unit per sheet (a sheet per district: "STT · Chỉ tiêu · ĐVT · Huyện Ba Bể", or "Số
// lượng" on a sheet named "Ba Bể" or under a title naming it): that unit's allocation — or its
// results under a title of results — kept only on evidence (indicator rows of the plan and
// figures in the unit's column), so a staff list or notes under one district's name stay no
// table. The share-out (check_shareout.cpp) judges such sheets together, as one table split by unit.
#include "core/table/recognize_internal.hpp"

#include "core/parse/text.hpp"

#include <algorithm>

namespace p8::rec {

// The header names one unit's column and no column of targets or results (kindOf's last case):
// a table only by oneUnitFits.
bool oneUnitOnly(const Header& h) {
  int districts = 0;
  for (const auto& c : h.columns) {
    districts += c.role == ColumnRole::District;
    switch (c.role) {
      case ColumnRole::Actual: case ColumnRole::Cumulative: case ColumnRole::Timeline: case ColumnRole::Target:
      case ColumnRole::PlanYear: return false;
      default: break;
    }
  }
  return districts == 1;
}

// The one unit the title rows above a header name ("BIỂU PHÂN BỔ … - HUYỆN BA BỂ"); "" when
// they name none or several.
std::string titleUnit(const View& v, int from, int to) {
  std::string id;
  for (int r = std::max(0, from); r < to; ++r)
    for (int c = 0; c < v.cols(); ++c) {
      const TextFacts* f = v.facts(r, c);
      if (!f || f->longText) continue;
      for (const OrgUnit* d : v.ctx.districts) {
        bool named = text::containsWords(f->folded, text::foldKey(d->name));
        for (const auto& a : d->aliases) named = named || (wordCount(text::foldKey(a)) >= 2 && text::containsWords(f->folded, text::foldKey(a)));
        if (!named) continue;
        if (!id.empty() && id != d->id) return {};
        id = d->id;
      }
    }
  return id;
}

// A sheet named for one unit ("Ba Bể", "Huyện Ba Bể"), or under a title naming one, whose
// header names the indicators and one column of figures under a word of its own ("Số lượng",
// "Phân bổ"): that unit's column.
std::optional<TableKind> unitOfSheet(const View& v, Header& h, int floor) {
  if (v.transposed) return std::nullopt;
  std::string unit;
  if (v.ctx.mayBePlace(text::foldKey(v.ctx.grid.sheet))) {
    const NameMatch m = v.ctx.plan.matchDistrict(v.ctx.grid.sheet);
    if (m.status == NameMatch::Status::Unique) unit = m.id;
  }
  if (unit.empty()) unit = titleUnit(v, std::max(floor, h.top - 5), h.top);
  if (unit.empty()) return std::nullopt;
  TableColumn* value = nullptr;
  bool name = false;
  for (auto& c : h.columns) {
    name |= c.role == ColumnRole::Name;
    if (c.role == ColumnRole::District) return std::nullopt;
    if (c.role != ColumnRole::Other || c.header.empty() || !c.partOf.empty()) continue;
    if (value) return std::nullopt;   // two columns of their own: not one unit's figures
    value = &c;
  }
  if (!name || !value) return std::nullopt;
  value->role = ColumnRole::District;
  value->districtId = unit;
  return TableKind::Allocation;
}

// A title above one unit's column that reports results ("BÁO CÁO KẾT QUẢ THỰC HIỆN … HUYỆN
// BA BỂ"): its figures are what the unit did, not its share — a progress table, never summed
// against the plan's targets as an allocation.
bool resultsTitle(const View& v, int from, int to) {
  for (int r = std::max(0, from); r < to; ++r)
    for (int c = 0; c < v.cols(); ++c) {
      const TextFacts* f = v.facts(r, c);
      if (!f) continue;
      const std::string& t = f->folded;
      if (hasWords(t, "ke hoach") || hasWords(t, "phan bo") || hasWords(t, "giao")) continue;
      if (hasWords(t, "ket qua") || hasWords(t, "thuc hien") || startsWords(t, "bao cao")) return true;
    }
  return false;
}

// Evidence that one unit's column is a Project 8 table and not a list naming a district: rows
// naming indicators of the plan, and figures in that unit's column (a staff list's "Đơn vị",
// notes or a demo have neither).
bool oneUnitFits(const View& v, const Header& h, const Table& t) {
  int col = -1;
  for (const auto& c : h.columns)
    if (c.role == ColumnRole::District) col = c.col;
  int numbers = 0, texts = 0, indicators = 0;
  for (const auto& row : t.rows) {
    if (row.role != RowRole::Item) continue;
    indicators += !row.indicatorCode.empty();
    const Cell& x = v.at(row.row, col);
    if (x.mergedCovered) continue;
    if (x.type == Cell::Type::Number) ++numbers;
    else if (x.type == Cell::Type::Text && !text::isBlank(x.text)) (isFigureText(x.text) ? numbers : texts)++;
  }
  return col >= 0 && indicators >= 1 && numbers >= 1 && 2 * texts <= numbers;
}

}  // namespace p8::rec
