#include "core/recognize.hpp"

#include "core/text.hpp"

#include <algorithm>


namespace p8 {
namespace {

bool has(const std::string& f, std::string_view w) {
  // word-boundary containment in a folded text
  for (std::size_t p = f.find(w); p != std::string::npos; p = f.find(w, p + 1)) {
    bool a = p == 0 || f[p - 1] == ' ';
    bool b = p + w.size() == f.size() || f[p + w.size()] == ' ';
    if (a && b) return true;
  }
  return false;
}

bool startsWord(const std::string& f, std::string_view w) {
  return f.rfind(w, 0) == 0 && (f.size() == w.size() || f[w.size()] == ' ');
}

ColumnRole roleOfHeader(const std::string& f) {
  if (f.empty()) return ColumnRole::Other;
  if (has(f, "thoi gian")) return ColumnRole::Timeline;
  if (has(f, "dvt") || has(f, "don vi tinh") || f == "don vi") return ColumnRole::Unit;
  if (has(f, "ghi chu")) return ColumnRole::Note;
  if (has(f, "ty le") || f == "%") return ColumnRole::Rate;
  if (has(f, "luy ke")) return ColumnRole::Cumulative;
  if (has(f, "thuc hien") || has(f, "ket qua")) return ColumnRole::Actual;
  if (has(f, "ke hoach nam") || has(f, "kh nam")) return ColumnRole::PlanYear;
  if (has(f, "ke hoach") || has(f, "muc tieu") || has(f, "chi tieu tong the") ||
      has(f, "chi tieu giai doan") || has(f, "chi tieu ke hoach") || has(f, "chi tieu duoc giao") ||
      f == "kh" || has(f, "kh giai doan"))
    return ColumnRole::Target;
  if (f == "tt" || f == "stt" || f == "so tt" || f == "so thu tu") return ColumnRole::Number;
  if (startsWord(f, "tong") || startsWord(f, "cong") || has(f, "toan tinh") || has(f, "tong cong"))
    return ColumnRole::Total;
  if (has(f, "noi dung") || has(f, "chi tieu") || has(f, "hoat dong") || startsWord(f, "ten") ||
      has(f, "chi so") || has(f, "nhiem vu"))
    return ColumnRole::Name;
  return ColumnRole::Other;
}

std::string cellText(const Cell& c) {
  if (c.type == Cell::Type::Text) return c.text;
  return {};
}

bool isNumberingToken(const Cell& c) {
  if (c.type == Cell::Type::Number) return c.number >= 1 && c.number <= 60 && c.number == (int)c.number;
  if (c.type != Cell::Type::Text) return false;
  std::string f = text::foldKey(c.text);
  if (f.empty() || f.size() > 4) return false;
  return std::all_of(f.begin(), f.end(), [](char ch) { return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z'); }) &&
         f.size() <= 3;
}

bool isRoman(const std::string& s) {
  if (s.empty() || s.size() > 5) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return c == 'I' || c == 'V' || c == 'X'; });
}

bool isTotalLabel(const std::string& f) {
  return f == "tong" || f == "tong cong" || f == "cong" || f == "toan tinh" || f == "tong so" ||
         startsWord(f, "tong cong") || startsWord(f, "toan tinh") || f == "cong toan tinh";
}

struct HeaderGuess { int row = -1; int score = 0; int districts = 0; };

// Score one row as the main header row.
HeaderGuess scoreRow(const Grid& g, const Plan& plan, int r) {
  HeaderGuess h{r, 0, 0};
  for (int c = 0; c < g.cols; ++c) {
    const Cell& cell = g.at(r, c);
    if (cell.type != Cell::Type::Text) continue;
    std::string f = text::foldKey(cell.text);
    if (f.size() > 80) continue;
    if (plan.matchDistrict(cell.text).status == NameMatch::Status::Unique) {
      ++h.districts;
      ++h.score;
    } else if (roleOfHeader(f) != ColumnRole::Other) {
      ++h.score;
    }
  }
  return h;
}

// Text of the header cells above and at row `bottom` for a column (merged anchors included).
std::string headerText(const Grid& g, int top, int bottom, int c) {
  std::string out;
  for (int r = top; r <= bottom; ++r) {
    const Cell* cell = &g.at(r, c);
    if (cell->mergedCovered)    // the anchor of the merged area covering (r, c)
      if (const MergedArea* m = g.mergeAt(r, c)) cell = &g.at(m->top - g.originRow, m->left - g.originCol);
    std::string t = text::trim(cellText(*cell));
    if (!t.empty() && out.find(t) == std::string::npos) out += (out.empty() ? "" : " ") + t;
  }
  return out;
}

bool rowEmpty(const Grid& g, int r) {
  for (int c = 0; c < g.cols; ++c)
    if (g.at(r, c).type != Cell::Type::Empty) return false;
  return true;
}

int levelOf(const std::string& number, const std::string& foldedLabel) {
  if (isRoman(number) || startsWord(foldedLabel, "noi dung") || startsWord(text::foldKey(number), "noi dung")) return 0;
  std::string f = text::foldKey(number);
  if (startsWord(f, "hd") || f.rfind("hd", 0) == 0) return 1;
  if (number.find('.') != std::string::npos) return 2;
  if (number.size() >= 2 && number[0] == '0') return 2;
  return 1;
}

}  // namespace

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

GridRect gridArea(const Table& t) {
  if (t.districtsAsRows) return {t.left, t.top, t.right, t.bottom};
  return {t.top, t.left, t.bottom, t.right};
}

const Cell& tableCell(const Grid& g, const Table& t, int ri, int ci) {
  static const Cell empty;
  if (ri < 0 || ci < 0 || ri >= (int)t.rows.size() || ci >= (int)t.columns.size()) return empty;
  const int r = t.rows[ri].row, c = t.columns[ci].col;
  return t.districtsAsRows ? g.at(c, r) : g.at(r, c);
}

std::string tableCellA1(const Grid& g, const Table& t, int ri, int ci) {
  if (ri < 0 || ci < 0 || ri >= (int)t.rows.size() || ci >= (int)t.columns.size()) return "";
  const int r = t.rows[ri].row, c = t.columns[ci].col;
  return t.districtsAsRows ? g.a1(c, r) : g.a1(r, c);
}

int Table::columnIndex(ColumnRole role) const {
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (columns[i].role == role) return static_cast<int>(i);
  return -1;
}

namespace {

bool recognizeIn(const Grid& g, const Grid& sheetGrid, const Plan& plan, Recognition& out, bool transposed) {
  auto addr = [&](int r, int c) { return transposed ? sheetGrid.a1(c, r) : sheetGrid.a1(r, c); };
  // 1. The main header row: the best-scoring row among the first 40.
  HeaderGuess best;
  const int scan = std::min(g.rows, 40);
  for (int r = 0; r < scan; ++r) {
    HeaderGuess h = scoreRow(g, plan, r);
    if (h.score > best.score) best = h;
  }
  if (best.score < 2) return false;
  if (transposed && best.districts < 2) return false;
  Table t;
    t.sheet = g.sheet;
  t.districtsAsRows = transposed;
  // 2. Group header rows directly above (text only, e.g. "Phân bổ cho các huyện").
  int top = best.row;
  while (top > 0 && top > best.row - 2 && !rowEmpty(g, top - 1)) {
    bool textOnly = true;
    int filled = 0;
    for (int c = 0; c < g.cols; ++c) {
      const Cell& cell = g.at(top - 1, c);
      if (cell.type == Cell::Type::Number) textOnly = false;
      if (cell.type != Cell::Type::Empty) ++filled;
    }
    if (!textOnly || filled < 2) break;   // a one-cell title row is not a header
    --top;
  }
  int bottom = best.row;
  // 3. A numbering row below the header ("1", "2", … or "(1)", "A", "B").
  if (bottom + 1 < g.rows) {
    int tokens = 0, other = 0;
    for (int c = 0; c < g.cols; ++c) {
      const Cell& cell = g.at(bottom + 1, c);
      if (cell.type == Cell::Type::Empty) continue;
      (isNumberingToken(cell) ? tokens : other)++;
    }
    if (tokens >= 3 && other == 0) ++bottom;
  }
  t.headerTop = top;
  t.headerBottom = bottom;
  // 4. Columns.
  std::vector<std::string> seenDistricts;
  for (int c = 0; c < g.cols; ++c) {
    TableColumn col;
    col.col = c;
    col.header = headerText(g, top, best.row, c);
    const std::string own = text::trim(cellText(g.at(best.row, c)));
    NameMatch m = plan.matchDistrict(own);
    if (m.status == NameMatch::Status::Unique) {
      col.role = ColumnRole::District;
      col.districtId = m.id;
      if (std::find(seenDistricts.begin(), seenDistricts.end(), m.id) != seenDistricts.end())
        out.findings.push_back(makeFinding(
            "district-duplicate", g.sheet, addr(best.row, c), "", own,
            "Huyện \"" + own + "\" xuất hiện hai lần trong tiêu đề bảng. Gộp hoặc xóa cột trùng.",
            "District \"" + own + "\" appears twice in the table header. Merge or remove the duplicate."));
      seenDistricts.push_back(m.id);
    } else {
      col.role = roleOfHeader(text::foldKey(own.empty() ? col.header : own));
      if (col.role == ColumnRole::Other) col.role = roleOfHeader(text::foldKey(col.header));
    }
    if (col.header.empty() && col.role == ColumnRole::Other) continue;
    t.columns.push_back(col);
  }
  const int districtCols = static_cast<int>(seenDistricts.size());
  if (transposed && districtCols < 2) return false;
  // Unknown districts: a short text header sitting among district columns.
  if (districtCols >= 2) {
    int first = -1, last = -1;
    for (const auto& c : t.columns)
      if (c.role == ColumnRole::District) { if (first < 0) first = c.col; last = c.col; }
    for (const auto& c : t.columns) {
      if (c.role != ColumnRole::Other || c.col < first - 1 || c.col > last + 1) continue;
      const std::string own = text::trim(cellText(g.at(best.row, c.col)));
      if (own.empty() || own.size() > 60) continue;
      out.findings.push_back(makeFinding(
          "district-unknown", g.sheet, addr(best.row, c.col), "", own,
          "Không nhận ra huyện \"" + own + "\" trong kế hoạch " + plan.id +
              ". Sửa tên huyện cho đúng (ví dụ \"" + plan.districts().front()->name + "\").",
          "\"" + own + "\" is not a district of plan " + plan.id + ". Correct the name."));
    }
    for (const OrgUnit* d : plan.districts())
      if (std::find(seenDistricts.begin(), seenDistricts.end(), d->id) == seenDistricts.end())
        out.findings.push_back(makeFinding(
            "district-missing", g.sheet, addr(best.row, 0), d->name, "",
            "Bảng thiếu cột của huyện " + d->name + ". Thêm cột nếu huyện có chỉ tiêu.",
            "The table has no column for district " + d->name + "."));
  }
  // 5. Kind.
  auto hasRole = [&](ColumnRole r) { return t.columnIndex(r) >= 0; };
  if (districtCols >= 2) t.kind = TableKind::Allocation;
  else if (hasRole(ColumnRole::Timeline) || (hasRole(ColumnRole::Target) && !hasRole(ColumnRole::Actual)))
    t.kind = TableKind::Appendix;
  else if (hasRole(ColumnRole::Actual) || hasRole(ColumnRole::Cumulative)) t.kind = TableKind::Progress;
  else return false;
  // 6. Rows, until two empty rows or the end.
  const int numCol = t.columnIndex(ColumnRole::Number);
  const int nameCol = t.columnIndex(ColumnRole::Name);
  int lastData = bottom;
  int empties = 0;
  for (int r = bottom + 1; r < g.rows; ++r) {
    if (rowEmpty(g, r)) {
      if (++empties >= 2) break;
      continue;
    }
    empties = 0;
    TableRow row;
    row.row = r;
    if (numCol >= 0) {
      const Cell& n = g.at(r, t.columns[numCol].col);
      row.number = n.type == Cell::Type::Number ? std::to_string((long long)n.number) : text::trim(n.text);
    }
    // Label: the name column, or for section rows merged across, the first text in the row.
    if (nameCol >= 0) row.label = text::trim(cellText(g.at(r, t.columns[nameCol].col)));
    if (row.label.empty())
      for (int c = 0; c < g.cols && row.label.empty(); ++c)
        if (c != (numCol >= 0 ? t.columns[numCol].col : -1)) row.label = text::trim(cellText(g.at(r, c)));
    const std::string fl = text::foldKey(row.label);
    const std::string fn = text::foldKey(row.number);
    if (startsWord(fl, "nguoi lap") || startsWord(fl, "ghi chu") || startsWord(fl, "thu truong")) break;
    if (isTotalLabel(fl) || isTotalLabel(fn)) row.role = RowRole::Total;
    else if (isRoman(row.number) || startsWord(fl, "noi dung") || startsWord(fn, "noi dung"))
      row.role = RowRole::Section;
    else if (row.number.empty() && nameCol >= 0 && text::trim(cellText(g.at(r, t.columns[nameCol].col))).empty())
      row.role = RowRole::Section;   // a merged heading across the table
    row.level = levelOf(row.number, fl);
    const bool activity = startsWord(fn, "hd") || (fn.rfind("hd", 0) == 0 && fn.size() > 2 && fn[2] >= '0' && fn[2] <= '9');
    if (activity && t.kind == TableKind::Appendix) row.role = RowRole::Section;
    if (row.role == RowRole::Item && t.kind != TableKind::Appendix) {
      NameMatch m = plan.matchIndicator(row.label);
      // TT is usually just row numbering; it names an indicator only when there is no label.
      if (row.label.empty() && !row.number.empty()) m = plan.matchIndicator(row.number);
      if (m.status == NameMatch::Status::Unique) row.indicatorCode = m.id;
    }
    t.rows.push_back(row);
    lastData = r;
  }
  t.top = top;
  t.bottom = lastData;
  t.left = t.columns.empty() ? 0 : t.columns.front().col;
  t.right = t.columns.empty() ? 0 : t.columns.back().col;
  {
    const GridRect a = gridArea(t);
    t.range = rangeA1(sheetGrid, a.top, a.left, a.bottom, a.right);
  }
  out.tables.push_back(std::move(t));
  return true;
}

Grid transposedCopy(const Grid& g) {
  Grid t(g.sheet, g.cols, g.rows);
  t.originRow = g.originCol;
  t.originCol = g.originRow;
  for (const auto& m : g.merges) t.merges.push_back({m.left, m.top, m.right, m.bottom});
  t.hiddenRows = g.hiddenCols;
  t.hiddenCols = g.hiddenRows;
  for (int r = 0; r < g.rows; ++r)
    for (int c = 0; c < g.cols; ++c) t.at(c, r) = g.at(r, c);
  return t;
}

}  // namespace

Recognition recognizeTables(const Grid& grid, const Plan& plan) {
  Recognition out;
  if (grid.rows == 0 || grid.cols == 0) return out;
  // Prefer districts as columns; if the header has fewer than two districts, try the
  // transposed view (districts as rows).
  HeaderGuess best;
  for (int r = 0; r < std::min(grid.rows, 40); ++r) {
    HeaderGuess h = scoreRow(grid, plan, r);
    if (h.districts > best.districts) best = h;
  }
  if (best.districts < 2) {
    int rowsWithDistricts = 0;
    for (int r = 0; r < grid.rows && rowsWithDistricts < 2; ++r)
      for (int c = 0; c < std::min(grid.cols, 3); ++c)
        if (grid.at(r, c).type == Cell::Type::Text &&
            plan.matchDistrict(grid.at(r, c).text).status == NameMatch::Status::Unique) {
          ++rowsWithDistricts;
          break;
        }
    if (rowsWithDistricts >= 2) {
      const Grid view = transposedCopy(grid);
      if (recognizeIn(view, grid, plan, out, true)) return out;
    }
  }
  recognizeIn(grid, grid, plan, out, false);
  return out;
}

}  // namespace p8
