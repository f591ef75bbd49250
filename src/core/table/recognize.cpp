// Table recognition, top level: scan the sheet for header rows, read each table's header
// and rows, decide its kind, and look again with rows and columns swapped when districts
// run down a column outside every table found (districts as rows: the table is then read
// transposed and tableCell/tableCellA1 map back). A table is kept only on evidence: header
// words AND figures that fit them (figuresFit) — a staff list, a budget estimate or a
// functions demo is no Project 8 table. One pass over the rows per orientation, every text
// cell folded once: linear in the size of the sheet.
#include "core/table/recognize_internal.hpp"

#include "core/parse/text.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace p8 {

const char* tableKindCode(TableKind k) {
  switch (k) {
    case TableKind::Allocation: return "allocation";
    case TableKind::Appendix: return "appendix";
    case TableKind::Progress: return "progress";
  }
  return "";
}

const char* columnRoleCode(ColumnRole r) {
  switch (r) {
    case ColumnRole::Number: return "number";
    case ColumnRole::Name: return "name";
    case ColumnRole::Unit: return "unit";
    case ColumnRole::Target: return "target";
    case ColumnRole::District: return "district";
    case ColumnRole::Total: return "total";
    case ColumnRole::Timeline: return "timeline";
    case ColumnRole::PlanYear: return "plan-year";
    case ColumnRole::Actual: return "actual";
    case ColumnRole::Cumulative: return "cumulative";
    case ColumnRole::Rate: return "rate";
    case ColumnRole::Note: return "note";
    case ColumnRole::Other: return "other";
  }
  return "other";
}

const char* rowRoleCode(RowRole r) {
  switch (r) {
    case RowRole::Section: return "section";
    case RowRole::Item: return "item";
    case RowRole::Total: return "total";
    case RowRole::Blank: return "blank";
  }
  return "item";
}

int Table::columnIndex(ColumnRole role) const {
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (columns[i].role == role) return static_cast<int>(i);
  return -1;
}

GridRect gridArea(const Table& t) {
  if (t.districtsAsRows) return {t.left, t.top, t.right, t.bottom};
  return {t.top, t.left, t.bottom, t.right};
}

const Cell& tableCell(const Grid& g, const Table& t, int ri, int ci) {
  static const Cell empty;
  if (ri < 0 || ci < 0 || ri >= static_cast<int>(t.rows.size()) || ci >= static_cast<int>(t.columns.size())) return empty;
  const int r = t.rows[static_cast<std::size_t>(ri)].row, c = t.columns[static_cast<std::size_t>(ci)].col;
  return t.districtsAsRows ? g.at(c, r) : g.at(r, c);
}

std::string tableCellA1(const Grid& g, const Table& t, int ri, int ci) {
  if (ri < 0 || ci < 0 || ri >= static_cast<int>(t.rows.size()) || ci >= static_cast<int>(t.columns.size())) return "";
  const int r = t.rows[static_cast<std::size_t>(ri)].row, c = t.columns[static_cast<std::size_t>(ci)].col;
  return t.districtsAsRows ? g.a1(c, r) : g.a1(r, c);
}

namespace rec {
namespace {

std::optional<TableKind> kindOf(const Header& h) {
  int districts = 0, reported = 0;
  std::set<ColumnRole> roles;
  std::set<std::string> ids;
  for (const auto& c : h.columns) {
    if (c.role == ColumnRole::District) ++districts, ids.insert(c.districtId);
    if (c.role == ColumnRole::District && (c.group == ColumnRole::Actual || c.group == ColumnRole::Cumulative))
      ++reported;
    roles.insert(c.role);
  }
  auto has = [&](ColumnRole r) { return roles.count(r) > 0; };
  // Districts under "Thực hiện" / "Lũy kế" report what was done, not what was allocated;
  // so do units with a KH | TH pair each (more district columns than districts).
  const bool subColumns = ids.size() < static_cast<std::size_t>(districts);
  if (districts >= 2 && (reported * 2 > districts || (subColumns && reported > 0))) return TableKind::Progress;
  if (districts >= 2) return TableKind::Allocation;
  if (!has(ColumnRole::Name) && !has(ColumnRole::Number)) return std::nullopt;
  if (has(ColumnRole::Actual) || has(ColumnRole::Cumulative)) return TableKind::Progress;
  if (has(ColumnRole::Timeline) || has(ColumnRole::Target)) return TableKind::Appendix;
  if (has(ColumnRole::PlanYear)) return TableKind::Progress;
  // One unit's sheet (a sheet per district: "STT · Chỉ tiêu · ĐVT · Huyện Ba Bể"): its share,
  // or what it did under "Thực hiện"; kept only on evidence (oneUnitFits).
  if (districts == 1) return reported ? TableKind::Progress : TableKind::Allocation;
  return std::nullopt;
}

// A table whose label column has no header ("", "Phân bổ …" only over the numbers): the
// first column before the numbers that holds text in the rows below becomes the label.
void findLabelColumn(const View& v, Header& h) {
  for (const auto& c : h.columns)
    if (c.role == ColumnRole::Name) return;
  // "Đơn vị" over district names: the reporting units, not a unit of measure.
  for (auto& c : h.columns) {
    if (c.role != ColumnRole::Unit) continue;
    int places = 0;
    for (int r = h.bottom + 1; r < std::min(v.rows(), h.bottom + 12); ++r)
      if (const TextFacts* f = v.facts(r, c.col)) places += !f->districtId().empty();
    if (places >= 2) {
      c.role = ColumnRole::Name;
      return;
    }
  }
  // "Đơn vị" over indicator names (a table read turned round): the labels, not a unit.
  for (auto& c : h.columns) {
    if (c.role != ColumnRole::Unit) continue;
    int names = 0;
    for (int r = h.bottom + 1; r < std::min(v.rows(), h.bottom + 12); ++r)
      if (const TextFacts* f = v.facts(r, c.col)) names += wordCount(f->folded) >= 3;
    if (names >= 2) {
      c.role = ColumnRole::Name;
      return;
    }
  }
  auto textBelow = [&](int col) {
    for (int r = h.bottom + 1; r < std::min(v.rows(), h.bottom + 12); ++r)
      if (v.at(r, col).type == Cell::Type::Text && v.facts(r, col)) return true;
    return false;
  };
  for (auto& c : h.columns) {
    if (c.role != ColumnRole::Other && c.role != ColumnRole::Number) break;
    if (c.role == ColumnRole::Other && textBelow(c.col)) {
      c.role = ColumnRole::Name;
      h.guessedLabel = c.col;
      return;
    }
  }
  // Left of the header: labels under an empty corner cell.
  if (h.left > 0 && textBelow(h.left - 1)) {
    TableColumn label;
    label.col = --h.left;
    label.role = ColumnRole::Name;
    h.columns.insert(h.columns.begin(), label);
    h.guessedLabel = label.col;
  }
}

struct Candidate {
  Table table;
  Header header;
};

// Figures that fit the roles: a column named for figures (a district, "Thực hiện", "Tổng
// cộng" …) holds numbers in most of its data cells. A staff list's "Đơn vị" turned round,
// a column of phone numbers, names or formula texts is no figure column: its role is
// dropped. A table is a Project 8 table only when figure columns remain, and (for
// indicator tables) a row names a plan indicator or the units are the plan's districts.
bool figuresFit(const View& v, Header& h, const Table& t) {
  if (t.kind == TableKind::Appendix) return true;   // activities with text targets and timelines
  struct Count { int numbers = 0, texts = 0; };
  std::vector<Count> counts(h.columns.size());
  Count all;
  for (std::size_t i = 0; i < h.columns.size(); ++i) {
    if (!isFigureRole(h.columns[i].role)) continue;
    for (const auto& row : t.rows) {
      if (row.role == RowRole::Blank || row.role == RowRole::Section) continue;
      const Cell& x = v.at(row.row, h.columns[i].col);
      if (x.mergedCovered) continue;
      if (x.type == Cell::Type::Number) ++counts[i].numbers;
      else if (x.type == Cell::Type::Text && !text::isBlank(x.text)) (isFigureText(x.text) ? counts[i].numbers : counts[i].texts)++;
    }
    all.numbers += counts[i].numbers;
    all.texts += counts[i].texts;
  }
  // Texts outnumbering half the figures: a list, not a table of figures. One text among the
  // figures is a typing slip to report (value-not-number), so it takes two.
  auto textual = [](const Count& c) { return c.texts >= 2 && c.numbers < 2 * c.texts; };
  if (textual(all)) return false;
  const bool indicatorRow = std::any_of(t.rows.begin(), t.rows.end(), [](const TableRow& r) { return !r.indicatorCode.empty(); });
  int figureColumns = 0, districtColumns = 0;
  for (std::size_t i = 0; i < h.columns.size(); ++i) {
    auto& col = h.columns[i];
    if (!isFigureRole(col.role)) continue;
    // A column headed by a district is that district's column in a table of figures: texts
    // in it ("mười", a note) are slips reported at their cells, never a reason to call the
    // district missing. Other figure columns ("Thực hiện" over phone numbers) lose the role.
    if (textual(counts[i]) && col.role != ColumnRole::District) {
      col.role = ColumnRole::Other;
      col.districtId.clear();
      continue;
    }
    ++figureColumns;
    districtColumns += col.role == ColumnRole::District;
  }
  if (figureColumns == 0) return false;
  // An allocation table is its districts plus a few columns around them (TT, name, ĐVT,
  // target, total, note). A sheet whose "header" holds more other texts than districts —
  // a functions demo, a list read the wrong way round — is no allocation table.
  if (t.kind == TableKind::Allocation) {
    int extra = 0, names = 0, numbers = 0, targets = 0;
    for (const auto& col : h.columns) {
      if (col.header.empty() || !col.partOf.empty()) continue;   // a unit's breakdown belongs to it
      switch (col.role) {
        case ColumnRole::District: case ColumnRole::Total: case ColumnRole::Note: case ColumnRole::Unit: break;
        case ColumnRole::Name: extra += names++ > 0; break;
        case ColumnRole::Number: extra += numbers++ > 0; break;
        case ColumnRole::Target: extra += targets++ > 0; break;
        // Columns a header names for figures of their own (the phase target, last year's
        // result, this year's plan) belong to the table, however few its units: an
        // allocation to two districts may carry all three. Texts naming nothing do not.
        case ColumnRole::PlanYear: case ColumnRole::Actual: case ColumnRole::Cumulative: case ColumnRole::Rate: break;
        default: ++extra;
      }
    }
    if (extra > districtColumns) return false;
  }
  int districtRows = 0;
  for (const auto& r : t.rows) districtRows += !r.districtId.empty();
  if (indicatorRow) return true;
  // Without indicators, units as columns are a table only when its header names its rows
  // (TT, "Nội dung": "Kinh phí truyền thông") or a total: a list of communes under their
  // former districts, read turned round, has neither — only a column of texts found by
  // position ("code").
  const bool labelled = std::any_of(h.columns.begin(), h.columns.end(), [&](const TableColumn& c) {
    return ((c.role == ColumnRole::Name && c.col != h.guessedLabel) || c.role == ColumnRole::Number ||
            c.role == ColumnRole::Total || c.role == ColumnRole::Target);
  });
  return (districtColumns >= 2 && labelled) || (t.kind == TableKind::Progress && districtRows >= 2);
}

void scan(const View& v, std::vector<Candidate>& out) {
  int floor = 0;
  for (int r = 0; r < v.rows();) {
    if (!rowSignal(v, r).seed()) { ++r; continue; }
    Header h;
    if (!readHeader(v, r, floor, h)) { ++r; continue; }
    findLabelColumn(v, h);
    std::optional<TableKind> kind = kindOf(h);
    if (!kind) kind = unitOfSheet(v, h, floor);
    if (!kind) { r = h.bottom + 1; continue; }
    if (*kind == TableKind::Allocation && oneUnitOnly(h) && resultsTitle(v, std::max(floor, h.top - 5), h.top)) {
      for (auto& c : h.columns)
        if (c.role == ColumnRole::District && c.group == ColumnRole::Other) c.group = ColumnRole::Actual;
      kind = TableKind::Progress;
    }
    Table t;
    t.kind = *kind;
    t.sheet = v.ctx.grid.sheet;
    t.districtsAsRows = v.transposed;
    t.top = t.headerTop = h.top;
    t.headerBottom = h.bottom;
    t.left = h.left;
    t.right = h.right;
    t.bottom = readRows(v, h, t);
    const bool data = std::any_of(t.rows.begin(), t.rows.end(), [](const TableRow& x) { return x.role != RowRole::Blank; });
    if (!data) { r = h.bottom + 1; continue; }
    matchIndicators(v.ctx, t);
    if (!figuresFit(v, h, t) || (oneUnitOnly(h) && !oneUnitFits(v, h, t))) { r = h.bottom + 1; continue; }
    const std::optional<TableKind> still = kindOf(h);   // roles dropped may change the kind
    if (!still) { r = h.bottom + 1; continue; }
    t.kind = *still;
    for (const auto& c : h.columns)
      if (c.role != ColumnRole::Other || !c.header.empty()) t.columns.push_back(c);
    const GridRect a = gridArea(t);
    t.range = rangeA1(v.ctx.grid, a.top, a.left, a.bottom, a.right);
    r = floor = t.bottom + 1;
    out.push_back({std::move(t), std::move(h)});
  }
}

// Rows of a transposed table must be indicators: labels like "Kế hoạch", "Thực hiện" are a
// per-district table's columns, read the wrong way round.
bool indicatorLike(const Table& t) {
  int items = 0, columnNames = 0;
  for (const auto& row : t.rows) {
    if (row.role != RowRole::Item) continue;
    ++items;
    const ColumnRole r = roleOfHeader(text::foldKey(row.label.substr(0, 120)));
    columnNames += r != ColumnRole::Other && r != ColumnRole::Name && r != ColumnRole::Total && row.indicatorCode.empty();
  }
  return 2 * columnNames < items;
}

bool overlaps(const GridRect& a, const GridRect& b) {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

// Districts written down a column, outside every table read so far: ≥ 2 in one column.
bool districtsDownAColumn(Context& ctx, const std::vector<Candidate>& found) {
  const Grid& g = ctx.grid;
  // Column spans of the tables found, per grid row (tables are read one below the other,
  // so this stays as small as the sheet).
  std::vector<std::vector<std::pair<int, int>>> covered(static_cast<std::size_t>(g.rows));
  for (const auto& c : found) {
    const GridRect a = gridArea(c.table);
    for (int r = std::max(0, a.top); r <= std::min(a.bottom, g.rows - 1); ++r)
      covered[static_cast<std::size_t>(r)].emplace_back(a.left, a.right);
  }
  std::map<int, std::set<std::string>> perColumn;
  for (int r = 0; r < g.rows; ++r) {
    const auto& spans = covered[static_cast<std::size_t>(r)];
    for (int c = 0; c < g.cols; ++c) {
      if (g.at(r, c).type != Cell::Type::Text) continue;
      if (std::any_of(spans.begin(), spans.end(), [c](const std::pair<int, int>& s) { return c >= s.first && c <= s.second; }))
        continue;
      const TextFacts* f = ctx.facts(r, c);
      if (!f || f->districtId().empty()) continue;
      auto& ids = perColumn[c];
      ids.insert(f->districtId());
      if (ids.size() >= 2) return true;
    }
  }
  return false;
}

}  // namespace

void markUnknownUnits(Table& t, const std::vector<int>& viewColumns) {
  for (auto& col : t.columns)
    if (col.role != ColumnRole::District && std::find(viewColumns.begin(), viewColumns.end(), col.col) != viewColumns.end()) {
      col.role = ColumnRole::District;   // a unit the plan does not know: its figures still count in the sums
      col.districtId.clear();
      col.unlisted = true;
    }
}

}  // namespace rec

Recognition recognizeTables(const Grid& grid, const Plan& plan) {
  Recognition out;
  if (grid.rows <= 0 || grid.cols <= 0 || grid.cells.empty()) return out;
  rec::Context ctx(grid, plan);
  const rec::View normal(ctx, false);
  std::vector<rec::Candidate> found;
  rec::scan(normal, found);
  for (auto& c : found) {
    std::vector<int> unknown;
    rec::checkDistrictHeaders(normal, c.header, c.table.kind == TableKind::Allocation, unknown);
    rec::markUnknownUnits(c.table, unknown);
    rec::checkDistrictRows(normal, c.table);
  }
  if (rec::districtsDownAColumn(ctx, found)) {
    const rec::View turned(ctx, true);
    std::vector<rec::Candidate> more;
    rec::scan(turned, more);
    for (auto& c : more) {
      if (c.table.kind != TableKind::Allocation || !rec::indicatorLike(c.table)) continue;
      const GridRect a = gridArea(c.table);
      if (std::any_of(found.begin(), found.end(), [&](const rec::Candidate& f) { return rec::overlaps(gridArea(f.table), a); }))
        continue;
      std::vector<int> unknown;
      rec::checkDistrictHeaders(turned, c.header, true, unknown);
      rec::markUnknownUnits(c.table, unknown);
      found.push_back(std::move(c));
    }
  }
  std::stable_sort(found.begin(), found.end(), [](const rec::Candidate& a, const rec::Candidate& b) {
    const GridRect x = gridArea(a.table), y = gridArea(b.table);
    return x.top != y.top ? x.top < y.top : x.left < y.left;
  });
  for (auto& c : found) out.tables.push_back(std::move(c.table));
  out.findings = std::move(ctx.findings);
  return out;
}

}  // namespace p8
