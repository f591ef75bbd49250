// The header of a table: the band of rows that name the columns. It grows from a "seed"
// row (two known column names, or two districts) to the rows around it that belong to it:
// other seed rows (districts under "Phân bổ cho các huyện"), group headers above, sub-
// headers below (under merged cells), and a numbering row "1 2 3" / "(1) (2)" / "A B" that
// is header, never data. Title lines ("UBND TỈNH …", "Đơn vị tính: …") stay outside.
// Each column's role comes from its own (lowest) header text first, then from all its
// header texts together ("Kế hoạch" over "Năm 2023" is the year's plan).
#include "core/table/recognize_internal.hpp"

#include "core/parse/text.hpp"

#include <algorithm>
#include <cmath>

namespace p8::rec {
namespace {

bool isYear(double v) { return v >= 1990 && v <= 2100 && v == std::floor(v); }

bool numberingRow(const View& v, int r) {
  std::vector<int> ord;
  for (int c = 0; c < v.cols(); ++c) {
    if (!v.filled(r, c)) continue;
    const int o = numberingOrdinal(v.at(r, c));
    if (o == 0) return false;
    ord.push_back(o);
  }
  if (ord.size() < 2) return false;
  std::size_t steps = 0;
  for (std::size_t i = 1; i < ord.size(); ++i)
    if (ord[i] == ord[i - 1] + 1) ++steps;
  return 2 * steps >= ord.size() - 1;
}

struct Scan {
  bool longText = false, title = false, error = false;
};

Scan scanRow(const View& v, int r) {
  Scan s;
  for (int c = 0; c < v.cols(); ++c) {
    const Cell& x = v.at(r, c);
    if (x.type == Cell::Type::Error) s.error = true;
    if (const TextFacts* f = v.facts(r, c)) {
      if (f->longText) s.longText = true;
      if (isTitleText(f->folded) || isFooterText(f->folded)) s.title = true;
    }
  }
  return s;
}

// Columns of the band whose header names the TT or the row label: a sub-header row leaves
// them empty (or merged from above).
std::vector<int> labelColumns(const View& v, int top, int bottom) {
  std::vector<int> out;
  for (int c = 0; c < v.cols(); ++c)
    for (int r = top; r <= bottom; ++r) {
      int ar = r, ac = c;
      v.shown(r, c, &ar, &ac);
      const TextFacts* f = v.facts(ar, ac);
      if (f && (f->role() == ColumnRole::Number || f->role() == ColumnRole::Name)) {
        out.push_back(c);
        break;
      }
    }
  return out;
}

bool subHeaderRow(const View& v, int r, int top, int bottom) {
  const RowSignal sig = rowSignal(v, r);
  if (sig.numbers > 0 || sig.filled == 0) return false;
  const Scan s = scanRow(v, r);
  if (s.longText || s.error || s.title) return false;
  bool continued = false;   // a label column merged down from the band
  const std::vector<int> labels = labelColumns(v, top, bottom);
  if (labels.empty()) return false;
  for (int c : labels) {
    const Cell& x = v.at(r, c);
    if (v.filled(r, c)) return false;
    GridRect a;
    if (x.mergedCovered && v.merged(r, c, a) && a.top <= bottom) continued = true;
  }
  return continued || sig.texts >= 2;
}

bool groupHeaderRow(const View& v, int r, int top) {
  const RowSignal sig = rowSignal(v, r);
  if (sig.numbers > 0 || sig.filled == 0) return false;
  const Scan s = scanRow(v, r);
  if (s.longText || s.error || s.title) return false;
  int firstFilled = -1, lastFilled = -1, bandLeft = -1, bandRight = -1;
  for (int c = 0; c < v.cols(); ++c) {
    if (v.filled(r, c)) { if (firstFilled < 0) firstFilled = c; lastFilled = c; }
    if (v.filled(top, c) || v.at(top, c).mergedCovered) { if (bandLeft < 0) bandLeft = c; bandRight = c; }
  }
  if (bandLeft < 0 || firstFilled < bandLeft || lastFilled > bandRight) return false;
  if (sig.texts >= 2) return true;
  // One text: a group header when merged over part of the table, or merged down into it.
  GridRect a;
  if (v.merged(r, firstFilled, a)) {
    const bool spansPart = a.right > a.left && !(a.left <= bandLeft && a.right >= bandRight);
    return spansPart || a.bottom >= top;
  }
  return false;
}

std::string cellText(const Cell& x) {
  if (x.type == Cell::Type::Text || x.type == Cell::Type::Error) return text::trim(x.text);   // "#REF!" keeps its column
  if (x.type == Cell::Type::Number && x.number == std::floor(x.number) && std::fabs(x.number) < 1e15)
    return std::to_string(static_cast<long long>(x.number));
  return {};
}

// What a column's header says about sub-columns under a unit: the district named above it,
// its own (lowest) text, and whether a total ("Tổng cộng", "Toàn tỉnh") is named above it.
struct SubHeader {
  std::string unit;
  const TextFacts* own = nullptr;
  long totalAbove = -1;   // the header cell (row * columns + column) of the total named above it, -1 none
  bool ofWhich = false;   // "Trong đó: Nữ", or under a "Trong đó" header: a part, not a share of a partition
  bool year = false;      // the lowest header is a year typed as a number ("2023")
};

// "Trong đó: Nữ", "DTTS", "Nữ" beside "Tổng số": a subset of the total, so the breakdown is no
// partition to add up ("Nam | Nữ" together are one).
bool subsetText(const SubHeader& s, bool maleSibling) {
  if (s.ofWhich) return true;
  if (!s.own) return false;   // a year
  const std::string& f = s.own->folded;
  return (f == "nu" && !maleSibling) || f == "dtts" || f == "nguoi dtts" || f == "dan toc thieu so" ||
         f == "nu dtts" || f == "phu nu dtts";
}

// Sub-columns that break a unit's figure down, with the unit's own total among them:
// "Ba Bể" over "Thành lập mới | Củng cố | Tổng" (or "Tổng số | Trong đó: Nam | Nữ"). The
// unit's total is its District column — what allocations, sums and totals per district
// count — and the others are its breakdown (partOf), checked against it (check_sums.cpp).
// Under the province's total the same breakdown columns are no totals of their own.
// Units with KH | TH sub-columns (a figure each) are left as they are.
void unitBreakdowns(Header& h, const std::vector<SubHeader>& subs) {
  auto isTotal = [](const SubHeader& s) { return s.own && isTotalLabel(s.own->folded); };
  auto breakdownText = [](const SubHeader& s) {
    return s.year || (s.own && !s.own->longText && s.own->districtId().empty() && wordCount(s.own->folded) <= 6 &&
           subColumnRole(s.own->folded) == ColumnRole::Other);
  };
  bool any = false;
  for (std::size_t i = 0; i < subs.size(); ++i) {
    const std::string& u = subs[i].unit;
    if (u.empty() || !isTotal(subs[i])) continue;
    // The unit's columns: the run of columns under the same district.
    std::size_t from = i, to = i;
    while (from > 0 && subs[from - 1].unit == u) --from;
    while (to + 1 < subs.size() && subs[to + 1].unit == u) ++to;
    bool plain = true;   // every sibling is a breakdown text (no KH | TH, no second total)
    for (std::size_t k = from; k <= to; ++k)
      if (k != i && !breakdownText(subs[k])) plain = false;
    if (!plain || from == to) continue;
    bool male = false;
    for (std::size_t k = from; k <= to; ++k) male |= subs[k].own && subs[k].own->folded == "nam";
    for (std::size_t k = from; k <= to; ++k) {
      TableColumn& col = h.columns[k];
      col.group = ColumnRole::Other;
      if (k == i) {
        col.role = ColumnRole::District;
        col.districtId = u;
      } else {
        col.role = ColumnRole::Other;
        col.districtId.clear();
        col.partOf = u;
        col.subset = subsetText(subs[k], male);
      }
    }
    any = true;
  }
  // The province's own breakdown: the run of columns under one "Tổng cộng" / "Toàn tỉnh"
  // header, "Tổng số | Thành lập mới | Củng cố" (or "Tổng | Trong đó: Nữ"). Its total stays
  // the Total column; the others are its breakdown ("*"), checked against it, never totals
  // of their own over the units. Without a total among them ("Tổng cộng" over "Thành lập
  // mới | Củng cố" only) they are the breakdown of units broken down alike.
  for (std::size_t i = 0; i < subs.size();) {
    const long anchor = subs[i].totalAbove;
    std::size_t to = i;
    while (to + 1 < subs.size() && anchor >= 0 && subs[to + 1].totalAbove == anchor) ++to;
    int totals = 0;
    bool plain = true, male = false;
    for (std::size_t k = i; k <= to; ++k) {
      if (isTotal(subs[k])) ++totals;
      else if (!breakdownText(subs[k])) plain = false;
      male |= subs[k].own && subs[k].own->folded == "nam";
    }
    if (anchor >= 0 && plain && to > i && (totals == 1 || (totals == 0 && any)))
      for (std::size_t k = i; k <= to; ++k) {
        TableColumn& col = h.columns[k];
        col.group = ColumnRole::Other;
        col.districtId.clear();
        if (isTotal(subs[k])) {
          col.role = ColumnRole::Total;
          continue;
        }
        col.role = ColumnRole::Other;   // "Tổng cộng" over "Thành lập mới": a breakdown, not the total
        col.partOf = "*";
        col.subset = subsetText(subs[k], male);
      }
    i = to + 1;
  }
}

}  // namespace

RowSignal rowSignal(const View& v, int r) {
  RowSignal s;
  unsigned mask = 0;
  const std::string* seen[8] = {};
  for (int c = 0; c < v.cols(); ++c) {
    const Cell& x = v.at(r, c);
    if (x.type == Cell::Type::Empty) continue;
    if (x.type == Cell::Type::Number) {
      ++s.filled;
      if (!isYear(x.number)) ++s.numbers;
      continue;
    }
    if (x.type == Cell::Type::Error) { ++s.filled; continue; }
    const TextFacts* f = v.facts(r, c);
    if (!f) continue;
    ++s.filled;
    ++s.texts;
    if (f->longText) continue;
    if (!f->districtId().empty()) {
      bool dup = false;
      for (int i = 0; i < std::min(s.districts, 8); ++i) dup |= *seen[i] == f->districtId();
      if (!dup) {
        if (s.districts < 8) seen[s.districts] = &f->districtId();
        ++s.districts;
      }
    } else if (f->role() != ColumnRole::Other) {
      mask |= 1u << static_cast<unsigned>(f->role());
    }
  }
  for (unsigned m = mask; m; m &= m - 1) ++s.roles;
  return s;
}

bool readHeader(const View& v, int seed, int floor, Header& h) {
  h = Header();
  h.top = h.bottom = seed;
  while (h.bottom + 1 < v.rows() && h.bottom - h.top < 6) {
    const int r = h.bottom + 1;
    if (rowSignal(v, r).seed()) { h.bottom = r; continue; }
    if (numberingRow(v, r)) { h.bottom = h.numberingRow = r; break; }
    if (subHeaderRow(v, r, h.top, h.bottom)) { h.bottom = r; continue; }
    break;
  }
  while (h.top - 1 >= floor && seed - h.top < 3) {
    const int r = h.top - 1;
    if (rowSignal(v, r).seed() || groupHeaderRow(v, r, h.top)) { h.top = r; continue; }
    break;
  }
  // Column span: every filled header cell, and merged header cells to their right edge.
  h.left = v.cols();
  h.right = -1;
  for (int r = h.top; r <= h.bottom; ++r)
    for (int c = 0; c < v.cols(); ++c) {
      if (!v.filled(r, c)) continue;
      if (const TextFacts* f = v.facts(r, c))   // a title beside the header is not a column
        if (f->longText || isTitleText(f->folded)) continue;
      h.left = std::min(h.left, c);
      h.right = std::max(h.right, c);
      GridRect a;
      if (v.merged(r, c, a) && a.top == r && a.left == c) h.right = std::max(h.right, std::min(a.right, v.cols() - 1));
    }
  if (h.right < h.left) return false;
  std::vector<SubHeader> subs;   // per column, for unitBreakdowns
  for (int c = h.left; c <= h.right; ++c) {
    TableColumn col;
    col.col = c;
    std::vector<std::pair<int, int>> anchors;   // header cells already used (a merged cell counts once)
    std::vector<std::string> texts;             // top to bottom
    const TextFacts* lowest = nullptr;
    const TextFacts* above = nullptr;           // the header text just above the lowest one
    const TextFacts* unit = nullptr;            // the lowest header text above it naming a district
    long totalAbove = -1;                       // the lowest header cell above it naming a total
    long lowestAt = -1;
    for (int r = h.top; r <= h.bottom; ++r) {
      if (r == h.numberingRow) continue;
      int ar = r, ac = c;
      const std::string t = cellText(v.shown(r, c, &ar, &ac));
      if (t.empty() || std::find(anchors.begin(), anchors.end(), std::make_pair(ar, ac)) != anchors.end()) continue;
      anchors.emplace_back(ar, ac);
      texts.push_back(t);
      above = lowest;
      if (above && !above->districtId().empty()) unit = above, totalAbove = -1;
      if (above && isTotalLabel(above->folded)) totalAbove = lowestAt;
      lowest = v.facts(ar, ac);
      lowestAt = static_cast<long>(ar) * v.cols() + ac;
    }
    std::string upper;                          // the texts above the lowest one
    for (std::size_t i = 0; i < texts.size(); ++i) {
      col.header += (i ? " / " : "") + texts[i];
      if (i + 1 < texts.size()) upper += (i ? " " : "") + texts[i];
    }
    // A year typed as a number ("2023" under "Ba Bể") has no text facts: a breakdown by year.
    // Only columns under a unit or a total need this (a table read turned round has thousands of columns).
    const bool yearNumber = (unit || totalAbove >= 0) && !texts.empty() && v.shown(h.bottom, c).type == Cell::Type::Number &&
                            isYear(v.shown(h.bottom, c).number);
    subs.push_back({unit ? unit->districtId() : std::string(), yearNumber ? nullptr : lowest, totalAbove,
                    (unit || totalAbove >= 0) && hasWords(text::foldKey(col.header), "trong do"), yearNumber});
    const ColumnRole sub = lowest ? subColumnRole(lowest->folded) : ColumnRole::Other;
    if (above && sub != ColumnRole::Other && !above->districtId().empty()) {
      // "Ba Bể" over "KH | TH": a unit's sub-columns; the group says which figure it holds.
      col.role = ColumnRole::District;
      col.districtId = above->districtId();
      col.group = sub;
    } else if (above && sub != ColumnRole::Other && isTotalLabel(above->folded)) {
      col.role = ColumnRole::Total;   // "Toàn tỉnh" / "Tổng cộng" over "KH | TH"
      col.group = sub;
    } else if (lowest && !lowest->districtId().empty()) {
      col.role = ColumnRole::District;
      col.districtId = lowest->districtId();
      if (texts.size() > 1) col.group = roleOfHeader(text::foldKey(upper));
    } else if (std::string given = lowest ? lowest->allocatedUnit() : std::string(); !given.empty()) {
      col.role = ColumnRole::District;   // "Phân bổ cho huyện Ba Bể": one unit's sheet
      col.districtId = std::move(given);
      if (texts.size() > 1) col.group = roleOfHeader(text::foldKey(upper));
    } else if (!col.header.empty()) {
      const ColumnRole own = lowest ? lowest->role() : ColumnRole::Other;
      const ColumnRole all = texts.size() > 1 ? roleOfHeader(text::foldKey(col.header)) : own;
      const ColumnRole group = texts.size() > 1 ? roleOfHeader(text::foldKey(upper)) : ColumnRole::Other;
      col.role = own != ColumnRole::Other ? own : all;
      // Everything under "Tỷ lệ (%)" is a rate, whatever the sub-header says ("so với KH năm").
      if (group == ColumnRole::Rate && col.role != ColumnRole::Note) col.role = ColumnRole::Rate;
      // "Lũy kế" over "Kế hoạch" / "Thực hiện": the cumulative figures.
      if (group == ColumnRole::Cumulative && col.role == ColumnRole::Actual) col.role = ColumnRole::Cumulative;
    }
    h.columns.push_back(std::move(col));
  }
  unitBreakdowns(h, subs);
  // A group header typed once over a run of districts (not merged) holds for the whole run.
  for (std::size_t i = 1; i < h.columns.size(); ++i) {
    TableColumn& col = h.columns[i];
    const TableColumn& prev = h.columns[i - 1];
    if (col.role == ColumnRole::District && prev.role == ColumnRole::District && col.group == ColumnRole::Other)
      col.group = prev.group;
  }
  // "TT | Nội dung hoạt động | Chỉ tiêu | …": a second "Chỉ tiêu" column after the activity
  // names is the target, not a second name column.
  int firstName = -1;
  for (auto& col : h.columns) {
    if (col.role != ColumnRole::Name) continue;
    if (firstName < 0) { firstName = col.col; continue; }
    const std::string f = text::foldKey(col.header);
    const std::string first = text::foldKey(h.columns[static_cast<std::size_t>(firstName - h.left)].header);
    if (hasWords(f, "chi tieu") && !hasWords(first, "chi tieu")) col.role = ColumnRole::Target;
  }
  return true;
}

}  // namespace p8::rec
