// The data rows of a table, from under its header to where it ends: two blank rows, the
// next table's header, a footer ("Người lập biểu", "Ghi chú: …", the place-and-date line)
// or a note after a blank row. Each row gets its numbering (TT), label, role and level:
// A/I/"Nội dung 1" are parts (level 0), 1 / "HĐ1" items (1), 1.1 / 01 under an HĐ / a)
// sub-items (2), 2.3.1 deeper — levels follow the numbering actually used above the row,
// so "1, 2" under an HĐ are its sub-items as "01, 02" are. Indicators: recognize_indicators.
#include "core/table/recognize_internal.hpp"

#include "core/parse/text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace p8::rec {
namespace {

bool isValueRole(ColumnRole r) {
  switch (r) {
    case ColumnRole::Target: case ColumnRole::District: case ColumnRole::Total: case ColumnRole::Timeline:
    case ColumnRole::PlanYear: case ColumnRole::Actual: case ColumnRole::Cumulative: case ColumnRole::Rate:
      return true;
    default: return false;
  }
}

std::string numberText(const Cell& x) {
  if (x.mergedCovered) return {};
  if (x.type == Cell::Type::Text || x.type == Cell::Type::Error) return text::trim(x.text);
  if (x.type != Cell::Type::Number || !std::isfinite(x.number)) return {};
  if (x.number == std::floor(x.number) && std::fabs(x.number) < 1e15)
    return std::to_string(static_cast<long long>(x.number));
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.10g", x.number);   // 1.1 typed as a number
  return buf;
}

// Levels follow the numbering used above the row (see the file comment).
struct Levels {
  int part = -1;        // level of the last A / I / Nội dung row or heading, -1 none
  int activity = -1;    // level of the last HĐ row under it, -1 none
  int numbered = -1;    // level of the last 1 / 01 / 1.1 item
  int item = -1;        // level of the last item of any kind
  bool letters = false;
  int head() const { return activity >= 0 ? activity : part; }
  bool afterHeading = true;   // the previous row was a part or an activity heading
  int level(Scheme s, int depth, bool heading) {
    int l = 1;
    switch (s) {
      case Scheme::Letter: letters = true; l = 0; part = l; activity = -1; afterHeading = true; return l;
      case Scheme::Roman:
      case Scheme::Part:
        l = letters && s == Scheme::Roman ? 1 : 0;
        part = l;
        activity = -1;
        afterHeading = true;
        return l;
      case Scheme::Activity:
        l = std::max(1, part + 1) + depth - 1;
        if (depth == 1) {
          activity = l;
          afterHeading = true;
          return l;
        }
        break;
      case Scheme::Arabic: case Scheme::Padded: l = std::max(1, head() + 1); numbered = l; break;
      case Scheme::Dotted: l = std::max(1, head() + 1) + depth - 1; numbered = l; break;
      case Scheme::Lower: l = std::max(2, (numbered >= 0 ? numbered : head()) + 1); break;
      case Scheme::Bullet: l = std::max(2, (item >= 0 && !afterHeading ? item : head()) + 1); break;
      case Scheme::None:
        if (heading) { l = std::max(0, part); part = l; activity = -1; afterHeading = true; return l; }
        l = item >= 0 && !afterHeading ? item : std::max(1, head() + 1);
        break;
    }
    item = l;
    afterHeading = false;
    return l;
  }
};

// "CÁC HOẠT ĐỘNG KHÁC": letters, none of them lower case (ASCII letters decide).
bool upperCase(const std::string& s) {
  int upper = 0;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    upper += c >= 'A' && c <= 'Z';
  }
  return upper >= 3;
}

// The label cell is merged over most of the table's width.
bool mergedAcross(const View& v, int r, int c, int right) {
  GridRect a;
  return c >= 0 && v.merged(r, c, a) && a.top == r && a.left == c && a.right >= std::max(c + 2, right - 1);
}

}  // namespace

int readRows(const View& v, const Header& h, Table& t) {
  int numCol = -1, nameCol = -1;
  std::vector<int> valueCols;
  for (const auto& c : h.columns) {
    if (c.role == ColumnRole::Number && numCol < 0) numCol = c.col;
    if (c.role == ColumnRole::Name && nameCol < 0) nameCol = c.col;
    if (isValueRole(c.role)) valueCols.push_back(c.col);
  }
  int unitCol = -1;
  for (const auto& c : h.columns)
    if (c.role == ColumnRole::Unit) { unitCol = c.col; break; }
  const bool appendix = t.kind == TableKind::Appendix;
  // Columns a label may come from when the name cell is empty: not numbers, units or notes.
  std::vector<char> labelable(static_cast<std::size_t>(std::max(0, h.right - h.left + 1)), 1);
  for (const auto& c : h.columns)
    if (isValueRole(c.role) || c.role == ColumnRole::Unit || c.role == ColumnRole::Note)
      labelable[static_cast<std::size_t>(c.col - h.left)] = 0;
  Levels levels;
  t.rows.reserve(static_cast<std::size_t>(std::max(0, std::min(v.rows() - h.bottom - 1, 1 << 16))));
  int last = h.bottom, blanks = 0;
  std::vector<int> pendingBlank;
  for (int r = h.bottom + 1; r < v.rows(); ++r) {
    int filled = 0, texts = 0, numbers = 0, firstText = -1, labelText = -1;
    for (int c = h.left; c <= h.right; ++c) {
      if (!v.filled(r, c)) continue;
      ++filled;
      const Cell& x = v.at(r, c);
      if (x.type == Cell::Type::Number) ++numbers;
      if (x.type == Cell::Type::Text) {
        ++texts;
        if (firstText < 0) firstText = c;
        if (labelText < 0 && c != numCol && labelable[static_cast<std::size_t>(c - h.left)]) labelText = c;
      }
    }
    if (filled == 0) {
      if (++blanks >= 2) break;
      pendingBlank.push_back(r);
      continue;
    }
    // The next table's header (a header row needs more names than numbers, and has no
    // row number: "Thực hiện theo kế hoạch" in a note cell does not end the table).
    if (texts > numbers && rowSignal(v, r).seed()) {
      const TextFacts* n = numCol >= 0 ? v.facts(r, numCol) : nullptr;
      const bool rowNumber = numCol >= 0 && v.filled(r, numCol) && !(n && n->role() == ColumnRole::Number);
      if (!rowNumber) break;
    }
    const TextFacts* firstFacts = firstText >= 0 ? v.facts(r, firstText) : nullptr;
    if (firstFacts && numbers == 0 && isFooterText(firstFacts->folded)) break;
    TableRow row;
    row.row = r;
    const std::string tt = numCol >= 0 ? numberText(v.at(r, numCol)) : std::string();
    const TextFacts* nameFacts = nameCol >= 0 ? v.facts(r, nameCol) : nullptr;
    if (nameFacts) row.label = text::trim(v.at(r, nameCol).text);
    Numbering num;
    bool heading = false;   // a heading written into the TT cell and merged across
    if (!tt.empty()) {
      num = parseNumbering(tt, true);
      if (num.scheme != Scheme::None) {
        row.number = num.token;
        if (row.label.empty()) row.label = num.rest;
        heading = !num.rest.empty() && num.scheme != Scheme::Part && num.scheme != Scheme::Activity &&
                  num.scheme != Scheme::Bullet;
      } else if (tt.size() <= 8 && wordCount(text::foldKey(tt)) <= 2) {
        row.number = tt;     // "2a", "CT1": a code
        num.scheme = Scheme::Arabic;
      } else if (row.label.empty()) {
        row.label = tt;      // a heading without a number in the TT cell
        heading = true;
      }
    }
    int labelCol = nameFacts ? nameCol : -1;
    if (row.label.empty() && labelText >= 0) {
      row.label = text::trim(v.at(r, labelText).text);
      labelCol = labelText;
    }
    if (tt.empty() && !row.label.empty()) {
      num = parseNumbering(row.label, false);   // "1. Tổ truyền thông", "I. CHỈ TIÊU …"
      if (num.scheme != Scheme::None && num.scheme != Scheme::Bullet) row.number = num.token;
    }
    // After a blank row, a lone unnumbered text is a note under the table, not a row.
    const bool numbered = num.scheme != Scheme::None && num.scheme != Scheme::Bullet;
    if (!pendingBlank.empty() && filled == 1 && texts == 1 && !numbered) break;
    bool values = false;
    for (int c : valueCols) values |= v.filled(r, c);
    const bool unit = unitCol >= 0 && v.filled(r, unitCol);
    const std::string fl = nameFacts && !nameFacts->longText ? nameFacts->folded
                                                             : text::foldKey(text::trim(row.label).substr(0, 200));
    if (isTotalLabel(fl) || (!tt.empty() && isTotalLabel(text::foldKey(tt)))) {
      row.role = RowRole::Total;
      row.level = 0;
    } else if (num.scheme == Scheme::Letter || num.scheme == Scheme::Roman || num.scheme == Scheme::Part ||
               (num.scheme == Scheme::Activity && num.depth == 1 && !values) || heading) {
      row.role = RowRole::Section;
    } else if (num.scheme == Scheme::None && !values && !unit && !row.label.empty() && filled == 1 &&
               (upperCase(row.label) || mergedAcross(v, r, labelCol, h.right) ||
                (!appendix && v.ctx.matchIndicator(row.label).status != NameMatch::Status::Unique))) {
      // A heading line: in capitals or merged across; in an indicator table also a lone label
      // naming no indicator (an indicator's row whose figures are missing stays an item). In
      // an appendix a lone label may be an activity still without target: an item.
      row.role = RowRole::Section;
    }
    if (row.role != RowRole::Total) row.level = levels.level(num.scheme, num.depth, heading && num.scheme == Scheme::None);
    for (int b : pendingBlank) {
      TableRow blank;
      blank.row = b;
      blank.role = RowRole::Blank;
      blank.level = row.level;
      t.rows.push_back(blank);
    }
    pendingBlank.clear();
    blanks = 0;
    if (nameFacts) row.districtId = nameFacts->districtId();
    t.rows.push_back(std::move(row));
    last = r;
  }
  return last;
}

}  // namespace p8::rec
