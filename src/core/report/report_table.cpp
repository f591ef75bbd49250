// The table of a report: its header (merged column groups, a column-numbering row) and one
// row per plan line — parts and activity headings across the row, indicator rows with their
// figures, the formulas of totals, rates and gaps, and a note where the workbook gives no
// figure (an empty cell is never a zero).
#include "core/report/report_builder.hpp"

#include "core/parse/text.hpp"

#include <algorithm>
#include <cmath>

namespace p8::report {
namespace {

bool integral(double v) { return std::fabs(v - std::round(v)) < 1e-9; }

}  // namespace

std::string Builder::figureStyle(const Indicator& ind, std::optional<double> v, bool input) const {
  if (ind.percent) return input ? "input-percent" : "td-percent";
  if (input) return "input-integer";
  return !v || integral(*v) ? "td-integer" : "td-decimal";
}

void Builder::tableHeader() {
  m_m.tableTop = m_row;
  bool groups = false;
  for (const auto& c : m_cols) groups |= !c.group.empty();
  const int rows = groups ? 2 : 1;
  const int last = lastCol();
  std::vector<double> ungrouped;   // heights the titles spanning both rows need
  for (int c = 0; c <= last; ++c) {
    const Col& col = m_cols[c];
    if (col.group.empty()) {
      text(m_row, c, col.title, "th");
      if (rows == 2) text(m_row + 1, c, "", "th");
      merge(m_row, c, m_row + rows - 1, c);
      ungrouped.push_back(heightFor(col.title, col.widthMm - 2, sizeOf("th"), true));
      continue;
    }
    int end = c;
    while (end < last && m_cols[end + 1].group == col.group) ++end;
    text(m_row, c, col.group, "th");
    for (int k = c; k <= end; ++k) {
      if (k > c) text(m_row, k, "", "th");
      text(m_row + 1, k, m_cols[k].title, "th");
      needHeight(m_row + 1, heightFor(m_cols[k].title, m_cols[k].widthMm - 2, sizeOf("th"), true));
    }
    merge(m_row, c, m_row, end);
    needHeight(m_row, heightFor(col.group, width(c, end) - 2, sizeOf("th"), true));
    c = end;
  }
  for (double h : ungrouped) {
    if (rows == 1) needHeight(m_row, h);
    else needHeight(m_row + 1, h - m_m.rowHeightsMm[m_row]);
  }
  m_row += rows;
  if (m_layout.columnNumbers) {
    auto num = [&](int c) { return "(" + std::to_string(c + 1) + ")"; };
    for (int c = 0; c <= last; ++c) {
      const LayoutColumn& lc = *m_cols[c].layout;
      std::string t = num(c);
      if (lc.source == ColumnSource::Rate || lc.source == ColumnSource::Gap) {
        const int x = colOf(lc.of[0]), y = colOf(lc.of[1]);
        if (x >= 0 && y >= 0) t += "=" + num(x) + (lc.source == ColumnSource::Rate ? "/" : "-") + num(y);
      }
      text(m_row, c, t, "th-number");
      needHeight(m_row, heightFor(t, m_cols[c].widthMm - 2, sizeOf("th-number"), false));
    }
    ++m_row;
  }
  m_m.headerBottom = m_row - 1;
}

void Builder::tableBody() {
  const std::vector<Line> lines = report::planLines(m_plan, m_layout.numbering, m_opt.lang);
  const int numberCol = firstOf(ColumnSource::Number);
  const int nameCol = firstOf(ColumnSource::Name);
  bool anyMissing = false;
  for (const Line& l : lines) {
    if (l.kind != Line::Kind::Item) {
      // A part (I) or an activity heading (1): its text across the figure columns, in bold. An
      // Arabic heading is written with its number into the TT cell ("1. Xây dựng …") and merged
      // across, as forms do, so neither a reader nor the check takes it for an indicator row.
      const bool inTT = l.kind == Line::Kind::Group && numberCol >= 0 && !l.number.empty();
      const int from = inTT ? std::min(numberCol, nameCol) : nameCol;
      const std::string label = inTT ? l.number + ". " + l.label : l.label;
      for (int c = 0; c <= lastCol(); ++c) {
        if (c == from) text(m_row, c, label, "td-section");
        else text(m_row, c, c == numberCol && !inTT ? l.number : "", "td-section");
      }
      merge(m_row, from, m_row, lastCol());
      needHeight(m_row, heightFor(label, width(from, lastCol()) - 2, sizeOf("td-section"), true));
      ++m_row;
      continue;
    }
    const std::size_t before = m_m.notes.size();
    itemRow(l);
    anyMissing |= m_m.notes.size() > before;
    ++m_row;
  }
  m_m.tableBottom = m_row - 1;
  if (anyMissing)
    m_missingNote = en() ? "Empty cells: the workbook has no such figure (they are not zeros); see the Notes column."
                         : "Ô để trống: tệp số liệu chưa có số liệu đó (không phải số 0); xem cột Ghi chú.";
}

void Builder::itemRow(const Line& l) {
  const Indicator& ind = *l.indicator;
  const IndicatorFigures* f = m_fig ? m_fig->find(ind.code) : nullptr;
  const std::size_t rowStart = m_m.cells.size();
  std::vector<int> missing;   // columns whose figure the workbook does not give
  std::string noteStyle = m_template ? "input-text" : "td-note";
  int noteCol = -1;
  // Districts of the row, for the total's SUM.
  int firstDistrict = -1, lastDistrict = -1;
  for (int c = 0; c <= lastCol(); ++c)
    if (m_cols[c].layout->source == ColumnSource::Districts) {
      if (firstDistrict < 0) firstDistrict = c;
      lastDistrict = c;
    }
  auto figure = [&](int c, std::optional<double> v, bool asked) {
    if (m_template) {
      text(m_row, c, "", figureStyle(ind, std::nullopt, true));
      return;
    }
    if (v) {
      number(m_row, c, *v, figureStyle(ind, v, false));
      return;
    }
    text(m_row, c, "", figureStyle(ind, std::nullopt, false));
    if (asked) missing.push_back(c);
  };
  for (int c = 0; c <= lastCol(); ++c) {
    const Col& col = m_cols[c];
    switch (col.layout->source) {
      case ColumnSource::Number: text(m_row, c, l.number, "td-center"); break;
      case ColumnSource::Name: text(m_row, c, l.label, "td-text"); break;
      case ColumnSource::Unit: text(m_row, c, ind.percent ? "%" : ind.unit, "td-center"); break;
      case ColumnSource::PlanPhase: {
        std::optional<double> target = f && f->planPhase ? f->planPhase : ind.target;
        if (m_template) {
          if (!m_opt.district.empty()) {   // a district's own share, where the plan allocates it
            auto a = m_plan.allocation.find(ind.code);
            const bool has = a != m_plan.allocation.end() && a->second.count(m_opt.district);
            target = has ? std::optional<double>(a->second.at(m_opt.district)) : ind.percent ? ind.target : std::nullopt;
          }
          const bool input = m_layout.kind == "progress";   // a district corrects its own share
          if (target) number(m_row, c, *target, figureStyle(ind, target, input));
          else text(m_row, c, "", figureStyle(ind, std::nullopt, input));
        } else {
          figure(c, target, ind.target.has_value());
        }
        break;
      }
      case ColumnSource::PlanYear: figure(c, f ? f->planYear : std::nullopt, true); break;
      case ColumnSource::ActualPeriod: figure(c, f ? f->actualPeriod : std::nullopt, true); break;
      case ColumnSource::Cumulative: figure(c, f ? f->cumulative : std::nullopt, true); break;
      case ColumnSource::Districts: {
        std::optional<double> v;
        if (f) {
          auto it = f->allocated.find(col.districtId);
          if (it != f->allocated.end()) v = it->second;
        }
        figure(c, v, true);
        break;
      }
      case ColumnSource::Total: {
        if (ind.percent) {   // a rate every district must reach: no sum; the province figure if given
          if (m_template) text(m_row, c, "", "input-percent");
          else if (f && f->allocatedProvince) number(m_row, c, *f->allocatedProvince, "td-percent");
          else text(m_row, c, "", "td-percent");
          break;
        }
        const std::string range = a1(m_row, firstDistrict) + ":" + a1(m_row, lastDistrict);
        formula(m_row, c, "=IF(COUNT(" + range + ")=0;\"\";SUM(" + range + "))", "td-total");
        break;
      }
      case ColumnSource::Rate:
      case ColumnSource::Gap: {
        const std::string x = a1(m_row, colOf(col.layout->of[0])), y = a1(m_row, colOf(col.layout->of[1]));
        if (col.layout->source == ColumnSource::Rate)
          formula(m_row, c, "=IF(OR(" + y + "=\"\";" + y + "=0;" + x + "=\"\");\"\";" + x + "/" + y + ")", "td-rate");
        else
          formula(m_row, c, "=IF(OR(" + x + "=\"\";" + y + "=\"\");\"\";" + x + "-" + y + ")",
                  ind.percent ? "td-percent" : "td-integer");
        break;
      }
      case ColumnSource::Note:
        noteCol = c;
        text(m_row, c, "", noteStyle);   // filled below, once the missing figures are known
        break;
    }
  }
  if (!missing.empty()) missingNote(ind, missing, noteCol);
  // Calc measures wrapped cells itself; this floor keeps long names and notes readable
  // where its measure falls short (cell margins, a font substituted on another machine).
  for (std::size_t i = rowStart; i < m_m.cells.size(); ++i) {   // this row's cells only: linear in the plan
    const ReportCell& cell = m_m.cells[i];
    if (cell.kind == ReportCell::Kind::Text && m_layout.styles.at(cell.style).wrap)
      needHeight(m_row, heightFor(cell.text, m_cols[cell.col].widthMm - 3, sizeOf(cell.style),
                                  m_layout.styles.at(cell.style).bold));
  }
}

// One note per row: the columns without a figure (all districts together as their group).
void Builder::missingNote(const Indicator& ind, const std::vector<int>& missing, int noteCol) {
  int districts = 0, districtsMissing = 0;
  for (const auto& c : m_cols) districts += c.layout->source == ColumnSource::Districts;
  for (int c : missing) districtsMissing += m_cols[c].layout->source == ColumnSource::Districts;
  std::string names, cells, ids;
  bool groupDone = false;
  for (int c : missing) {
    const Col& col = m_cols[c];
    const bool district = col.layout->source == ColumnSource::Districts;
    if (district && districtsMissing == districts && !col.group.empty()) {
      if (groupDone) continue;
      groupDone = true;
    }
    const std::string name = district && districtsMissing == districts && !col.group.empty() ? col.group : col.title;
    names += (names.empty() ? "" : "; ") + name;
    ids += (ids.empty() ? "" : ",") + (district ? col.districtId : col.layout->id);
  }
  for (std::size_t i = 0; i < missing.size(); ++i) {
    if (missing.size() > 4 && i >= 2 && i + 1 < missing.size()) {
      if (i == 2) cells += ", …";
      continue;
    }
    cells += (cells.empty() ? "" : ", ") + a1(m_row, missing[i]);
  }
  m_m.notes.push_back({ind.code, ids,
                       "Chỉ tiêu " + ind.code + " (" + text::shorten(ind.name.vi, 60) + "): tệp chưa có số liệu " + names +
                           "; ô " + cells + " để trống.",
                       "Indicator " + ind.code + " (" + text::shorten(ind.name.in("en"), 60) + "): the workbook has no figure for " +
                           names + "; cell " + cells + " left empty."});
  if (noteCol < 0) return;
  for (auto it = m_m.cells.rbegin(); it != m_m.cells.rend() && it->row == m_row; ++it)   // this row is last
    if (it->col == noteCol) {
      ReportCell& cell = *it;
      cell.kind = ReportCell::Kind::Text;
      cell.text = (en() ? "No figures: " : "Chưa có số liệu: ") + names;
    }
}

}  // namespace p8::report
