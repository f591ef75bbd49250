// Filling a layout: header rows (issuing body left, national motto right, title across), the
// table (header with merged groups, a column-numbering row, one row per plan line), notes
// and the footer (place and date, signature blocks). Report and template share the builder;
// a template leaves figure cells empty and unlocked and protects the rest.
#include "core/report/report_internal.hpp"

#include "core/parse/number.hpp"
#include "core/parse/text.hpp"

#include <algorithm>
#include <cmath>

namespace p8 {
namespace {

using report::Line;

struct Col {
  const LayoutColumn* layout = nullptr;
  std::string districtId;   // Districts columns
  std::string title, group;
  double widthMm = 20;
};

bool integral(double v) { return std::fabs(v - std::round(v)) < 1e-9; }

// Characters shown (code points that are not combining marks).
std::size_t shownLength(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    const char32_t c = text::nextCodePoint(s, i);
    if (i <= start) i = start + 1;
    if (!(c >= 0x300 && c <= 0x36F)) ++n;
  }
  return n;
}

class Builder {
public:
  Builder(const ReportLayout& l, const Plan& p, const ReportOptions& o, const ReportFigures* f)
      : m_layout(l), m_plan(p), m_opt(o), m_fig(f), m_template(f == nullptr) {}

  ReportModel run() {
    m_m.fontName = m_layout.fontName;
    m_m.fontSize = m_layout.fontSize;
    m_m.page = m_layout.page;
    m_m.protect = m_template;
    prepareValues();
    prepareColumns();
    m_m.sheetName = text::shorten(expand(m_layout.sheet.in(m_opt.lang)), 31);
    m_m.title = expand(m_layout.name.in(m_opt.lang));
    for (const auto& c : m_cols) m_m.columnWidthsMm.push_back(c.widthMm);
    double total = 0;
    for (double w : m_m.columnWidthsMm) total += w;
    const double portrait = (m_layout.page.paper == "A3" ? 297 : 210) - m_layout.page.left - m_layout.page.right;
    m_m.landscape = m_layout.page.orientation == "landscape" ||
                    (m_layout.page.orientation == "auto" && total > portrait + 0.5);
    blockRows(m_layout.header);
    ++m_row;   // a blank line between the header and the table
    tableHeader();
    tableBody();
    ++m_row;
    if (!m_missingNote.empty()) {
      text(m_row, 0, m_missingNote, "footnote");
      ++m_row;
    }
    blockRows(m_layout.footer);
    for (const auto& c : m_m.cells) m_m.styles.emplace(c.style, m_layout.styles.at(c.style));
    return std::move(m_m);
  }

private:
  const ReportLayout& m_layout;
  const Plan& m_plan;
  const ReportOptions& m_opt;
  const ReportFigures* m_fig;
  bool m_template;
  ReportModel m_m;
  std::vector<Col> m_cols;
  std::map<std::string, std::string> m_values;
  std::string m_unitName;
  std::string m_missingNote;
  int m_row = 0;
  bool en() const { return m_opt.lang == "en"; }

  // -- placeholders ------------------------------------------------------------------------
  void prepareValues() {
    const int period = m_opt.period > 0 ? m_opt.period : m_plan.endYear;
    std::string province = m_plan.province;
    for (const auto& u : m_plan.orgUnits)
      if (u.level == "province" && province.empty()) province = u.name;
    m_unitName = province;
    if (!m_opt.district.empty()) {
      const OrgUnit* u = m_plan.findUnit(m_opt.district);
      m_unitName = u ? u->name : m_opt.district;
    }
    m_values = {{"province", province},
                {"period", std::to_string(period)},
                {"next_year", std::to_string(period + 1)},
                {"start_year", std::to_string(m_plan.startYear)},
                {"end_year", std::to_string(m_plan.endYear)},
                {"plan_title", m_plan.title.in(m_opt.lang)},
                {"plan_id", m_plan.id},
                {"unit_name", m_unitName}};
    std::map<std::string, std::string> extra = m_layout.values;
    for (const auto& [k, v] : m_opt.values) extra[k] = v;
    for (const auto& [k, v] : extra) m_values[k] = expand(v);   // values may use the built-in ones
  }

  std::string expand(const std::string& s) const {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
      const std::size_t close = s[i] == '{' ? s.find('}', i) : std::string::npos;
      if (close == std::string::npos || close - i > 40) {
        out += s[i];
        continue;
      }
      const std::string key = s.substr(i + 1, close - i - 1);
      std::string lower = key;
      bool upper = !key.empty();
      for (char& c : lower) {
        if (c >= 'a' && c <= 'z') upper = false;
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      }
      auto it = m_values.find(upper ? lower : key);
      if (it == m_values.end()) {
        out += s[i];
        continue;
      }
      out += upper ? upperVi(it->second) : it->second;
      i = close;
    }
    return cleanUtf8(out);
  }
  std::string expand(const LocalText& t) const { return expand(t.in(m_opt.lang)); }

  // -- cells -------------------------------------------------------------------------------
  ReportCell& put(int r, int c, ReportCell::Kind k, std::string style) {
    ReportCell cell;
    cell.row = r;
    cell.col = c;
    cell.kind = k;
    cell.style = std::move(style);
    m_m.cells.push_back(cell);
    return m_m.cells.back();
  }
  void text(int r, int c, const std::string& t, const std::string& style) {
    put(r, c, t.empty() ? ReportCell::Kind::Blank : ReportCell::Kind::Text, style).text = t;
  }
  void number(int r, int c, double v, const std::string& style) { put(r, c, ReportCell::Kind::Number, style).number = v; }
  void formula(int r, int c, const std::string& f, const std::string& style) {
    put(r, c, ReportCell::Kind::Formula, style).text = f;
  }
  void merge(int top, int left, int bottom, int right) {
    if (bottom > top || right > left) m_m.merges.push_back({top, left, bottom, right});
  }
  double width(int from, int to) const {
    double w = 0;
    for (int c = std::max(0, from); c <= to && c < static_cast<int>(m_cols.size()); ++c) w += m_cols[c].widthMm;
    return w;
  }
  // Height a text needs in a width (mm), roughly: a Times letter is ~0.4 em wide (bold ~0.45).
  double heightFor(const std::string& t, double widthMm, double sizePt, bool bold) const {
    const double perLine = std::max(1.0, widthMm / (sizePt * 0.3528 * (bold ? 0.45 : 0.40)));
    double lines = 0;
    std::size_t start = 0;
    while (start <= t.size()) {
      std::size_t nl = t.find('\n', start);
      if (nl == std::string::npos) nl = t.size();
      lines += std::max(1.0, std::ceil(static_cast<double>(shownLength(t.substr(start, nl - start))) / perLine));
      start = nl + 1;
    }
    return lines * sizePt * 0.3528 * 1.2 + 1.5;
  }
  double sizeOf(const std::string& style) const {
    const double s = m_layout.styles.at(style).size;
    return s > 0 ? s : m_layout.fontSize;
  }
  void needHeight(int row, double mm) {
    double& h = m_m.rowHeightsMm[row];
    h = std::max(h, std::round(mm * 10) / 10);
  }

  // -- columns -----------------------------------------------------------------------------
  void prepareColumns() {
    for (const auto& lc : m_layout.columns) {
      if (lc.source != ColumnSource::Districts) {
        m_cols.push_back({&lc, "", expand(lc.title), expand(lc.group), lc.widthMm});
        continue;
      }
      for (const OrgUnit* d : m_plan.districts()) m_cols.push_back({&lc, d->id, d->name, expand(lc.group), lc.widthMm});
    }
  }
  int colOf(const std::string& id) const {
    for (std::size_t i = 0; i < m_cols.size(); ++i)
      if (m_cols[i].layout->id == id) return static_cast<int>(i);
    return -1;
  }
  int firstOf(ColumnSource s) const {
    for (std::size_t i = 0; i < m_cols.size(); ++i)
      if (m_cols[i].layout->source == s) return static_cast<int>(i);
    return -1;
  }
  int lastCol() const { return static_cast<int>(m_cols.size()) - 1; }

  // -- header and footer blocks ------------------------------------------------------------
  void blockRows(const std::vector<LayoutRow>& rows) {
    const int last = lastCol();
    double total = width(0, last);
    int a = 0;   // left block: columns 0..a
    while (a < last - 1 && width(0, a) < 0.38 * total) ++a;
    int b = last;   // right block: columns b..last
    while (b > a + 1 && width(b, last) < 0.5 * total) --b;
    for (const LayoutRow& row : rows) {
      const bool both = row.left && row.right && last >= 1;
      if (row.left) part(*row.left, 0, both || row.center ? a : last, "issuer");
      if (row.right) part(*row.right, row.left || row.center ? b : 0, last, "motto");
      if (row.center) part(*row.center, row.left ? a + 1 : 0, row.right ? b - 1 : last, "title");
      if (row.heightMm > 0) m_m.rowHeightsMm[m_row] = row.heightMm;
      ++m_row;
    }
  }
  void part(const LayoutPart& p, int from, int to, const char* defaultStyle) {
    if (to < from) to = from;
    std::string style = p.style.empty() ? defaultStyle : p.style;
    const std::string t = expand(p.text);
    if (p.input == "unit") {
      if (m_template) {
        style = "input-unit";
        std::vector<std::string> items{m_plan.province.empty() ? m_unitName : m_plan.province};
        for (const OrgUnit* d : m_plan.districts()) items.push_back(d->name);
        m_m.validations.push_back({{m_row, from, m_row, to}, items});
      } else if (style == "input-unit") {
        style = "label";
      }
    }
    text(m_row, from, t, style);
    for (int c = from + 1; c <= to; ++c)
      if (m_layout.styles.at(style).border) text(m_row, c, "", style);   // borders on the whole merged area
    merge(m_row, from, m_row, to);
    const LayoutStyle& st = m_layout.styles.at(style);
    if (st.wrap || t.find('\n') != std::string::npos)
      needHeight(m_row, heightFor(t, width(from, to), sizeOf(style), st.bold));
  }

  // -- table -------------------------------------------------------------------------------
  void tableHeader();
  void tableBody();
  void itemRow(const Line& l);
  void missingNote(const Indicator& ind, const std::vector<int>& missing, int noteCol);
  std::string figureStyle(const Indicator& ind, std::optional<double> v, bool input) const {
    if (ind.percent) return input ? "input-percent" : "td-percent";
    if (input) return "input-integer";
    return !v || integral(*v) ? "td-integer" : "td-decimal";
  }
  std::string a1(int r, int c) const { return columnName(c) + std::to_string(r + 1); }
};

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

}  // namespace

ReportModel buildReport(const ReportLayout& layout, const Plan& plan, const ReportFigures& figures,
                        const ReportOptions& opt) {
  return Builder(layout, plan, opt, &figures).run();
}

ReportModel buildTemplate(const ReportLayout& layout, const Plan& plan, const ReportOptions& opt) {
  return Builder(layout, plan, opt, nullptr).run();
}

}  // namespace p8
