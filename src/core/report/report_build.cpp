// Filling a layout: the placeholders ({province}, {period} …), the cells and the heights their
// text needs, and the table's columns; the page is then put together in order: header rows,
// the table (report_table.cpp), notes and the footer (report_blocks.cpp). Report and template
// share the builder (report_builder.hpp).
#include "core/report/report_builder.hpp"

#include "core/parse/text.hpp"
#include "core/plan/plan_level.hpp"

#include <algorithm>
#include <cmath>

namespace p8 {
namespace report {
namespace {

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

}  // namespace

ReportModel Builder::run() {
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

// -- placeholders ------------------------------------------------------------------------
void Builder::prepareValues() {
  const int period = m_opt.period > 0 ? m_opt.period : m_plan.endYear;
  const LevelWords words = reportingWords(m_plan);
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
              {"unit_name", m_unitName},
              // The plan's reporting units in its own words: "huyện" / "districts" for a district
              // plan, "xã, phường" / "communes and wards" for a commune plan.
              {"reporting_unit", words.one.in(m_opt.lang)},
              {"reporting_units", words.many.in(m_opt.lang)}};
  std::map<std::string, std::string> extra = m_layout.values;
  for (const auto& [k, v] : m_opt.values) extra[k] = v;
  for (const auto& [k, v] : extra) m_values[k] = expand(v);   // values may use the built-in ones
}

std::string Builder::expand(const std::string& s) const {
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

// -- cells -------------------------------------------------------------------------------
ReportCell& Builder::put(int r, int c, ReportCell::Kind k, std::string style) {
  ReportCell cell;
  cell.row = r;
  cell.col = c;
  cell.kind = k;
  cell.style = std::move(style);
  m_m.cells.push_back(cell);
  return m_m.cells.back();
}
void Builder::text(int r, int c, const std::string& t, const std::string& style) {
  put(r, c, t.empty() ? ReportCell::Kind::Blank : ReportCell::Kind::Text, style).text = t;
}
void Builder::number(int r, int c, double v, const std::string& style) {
  put(r, c, ReportCell::Kind::Number, style).number = v;
}
void Builder::formula(int r, int c, const std::string& f, const std::string& style) {
  put(r, c, ReportCell::Kind::Formula, style).text = f;
}
void Builder::merge(int top, int left, int bottom, int right) {
  if (bottom > top || right > left) m_m.merges.push_back({top, left, bottom, right});
}
double Builder::width(int from, int to) const {
  double w = 0;
  for (int c = std::max(0, from); c <= to && c < static_cast<int>(m_cols.size()); ++c) w += m_cols[c].widthMm;
  return w;
}
// Height a text needs in a width (mm), roughly: a Times letter is ~0.4 em wide (bold ~0.45).
double Builder::heightFor(const std::string& t, double widthMm, double sizePt, bool bold) const {
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
double Builder::sizeOf(const std::string& style) const {
  const double s = m_layout.styles.at(style).size;
  return s > 0 ? s : m_layout.fontSize;
}
void Builder::needHeight(int row, double mm) {
  double& h = m_m.rowHeightsMm[row];
  h = std::max(h, std::round(mm * 10) / 10);
}

// -- columns -----------------------------------------------------------------------------
void Builder::prepareColumns() {
  for (const auto& lc : m_layout.columns) {
    if (lc.source != ColumnSource::Districts) {
      m_cols.push_back({&lc, "", expand(lc.title), expand(lc.group), lc.widthMm});
      continue;
    }
    for (const OrgUnit* d : m_plan.districts()) m_cols.push_back({&lc, d->id, d->name, expand(lc.group), lc.widthMm});
  }
}
int Builder::colOf(const std::string& id) const {
  for (std::size_t i = 0; i < m_cols.size(); ++i)
    if (m_cols[i].layout->id == id) return static_cast<int>(i);
  return -1;
}
int Builder::firstOf(ColumnSource s) const {
  for (std::size_t i = 0; i < m_cols.size(); ++i)
    if (m_cols[i].layout->source == s) return static_cast<int>(i);
  return -1;
}

}  // namespace report

ReportModel buildReport(const ReportLayout& layout, const Plan& plan, const ReportFigures& figures,
                        const ReportOptions& opt) {
  return report::Builder(layout, plan, opt, &figures).run();
}

ReportModel buildTemplate(const ReportLayout& layout, const Plan& plan, const ReportOptions& opt) {
  return report::Builder(layout, plan, opt, nullptr).run();
}

}  // namespace p8
