// The report model as lines (format in report_model.hpp): one record a line, TAB-separated
// and escaped, so a text or number can never break a line. A readable view of a whole model
// for tests and debugging; the office writes the model itself (uno/report), never this text.
#include "core/report/report_model.hpp"

#include "core/check/finding.hpp"
#include "core/parse/text.hpp"

#include <cstdlib>
#include <sstream>

namespace p8 {
namespace {

std::string esc(const std::string& s) {
  std::string out;
  for (char c : cleanUtf8(s)) {
    if (c == '\\') out += "\\\\";
    else if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') continue;
    else out += c;
  }
  return out;
}

std::string num(double v) {
  const std::string s = machineNumber(v);
  return s.empty() ? "0" : s;
}

}  // namespace

const ReportCell* ReportModel::at(int row, int col) const {
  for (const auto& c : cells)
    if (c.row == row && c.col == col) return &c;
  return nullptr;
}

void ReportModel::put(int row, int col, ReportCell::Kind kind, std::string text, double number,
                      const std::string& style, const ReportLayout& layout) {
  ReportCell cell;
  cell.row = row;
  cell.col = col;
  cell.kind = kind;
  cell.text = std::move(text);
  cell.number = number;
  cell.style = style;
  cells.push_back(std::move(cell));
  if (!styles.count(style) && layout.styles.count(style)) styles[style] = layout.styles.at(style);
}

std::string modelText(const ReportModel& m) {
  std::ostringstream o;
  const char T = '\t';
  o << "P8REPORT" << T << 1 << '\n';
  o << "SHEET" << T << esc(m.sheetName) << '\n';
  o << "TITLE" << T << esc(m.title) << '\n';
  o << "FONT" << T << esc(m.fontName) << T << num(m.fontSize) << '\n';
  o << "PAGE" << T << esc(m.page.paper) << T << (m.landscape ? 1 : 0) << T << (m.page.fitWidth ? 1 : 0) << T
    << num(m.page.top) << T << num(m.page.bottom) << T << num(m.page.left) << T << num(m.page.right) << '\n';
  o << "PAGENUM" << T << esc(m.page.numbers) << T << (m.page.numberFirstPage ? 1 : 0) << T << num(m.page.numberSize)
    << '\n';
  if (m.page.repeatHeader) o << "REPEAT" << T << m.tableTop << T << m.headerBottom << '\n';
  o << "PROTECT" << T << (m.protect ? 1 : 0) << '\n';
  for (const auto& [name, s] : m.styles)
    o << "STYLE" << T << esc(name) << T << s.bold << T << s.italic << T << s.underline << T << num(s.size) << T
      // align, valign and format are escaped too: a model read back from text may hold any
      // bytes there, and a raw TAB or newline would break the record (found by fuzzing).
      << esc(s.align) << T << esc(s.valign) << T << s.wrap << T << s.border << T << esc(s.format) << T << s.locked
      << T << s.caps << T << num(s.ruleBelow) << '\n';
  for (std::size_t i = 0; i < m.columnWidthsMm.size(); ++i) o << "COL" << T << i << T << num(m.columnWidthsMm[i]) << '\n';
  for (const auto& [r, h] : m.rowHeightsMm)
    if (h > 0) o << "ROW" << T << r << T << num(h) << '\n';
  for (const auto& c : m.cells) {
    const char kind = c.kind == ReportCell::Kind::Text     ? 'T'
                      : c.kind == ReportCell::Kind::Number ? 'N'
                      : c.kind == ReportCell::Kind::Formula ? 'F'
                                                           : 'B';
    o << "C" << T << c.row << T << c.col << T << kind << T
      << (c.kind == ReportCell::Kind::Number ? num(c.number) : esc(c.text)) << T << esc(c.style) << '\n';
  }
  for (const auto& r : m.merges) o << "M" << T << r.top << T << r.left << T << r.bottom << T << r.right << '\n';
  for (const auto& v : m.validations) {
    o << "LIST" << T << v.range.top << T << v.range.left << T << v.range.bottom << T << v.range.right;
    for (const auto& item : v.items) o << T << esc(item);
    o << '\n';
  }
  for (const auto& n : m.notes)
    o << "NOTE" << T << esc(n.indicator) << T << esc(n.column) << T << esc(n.message_vi) << T << esc(n.message_en) << '\n';
  auto rect = [&](const CellRect& r) { o << T << r.top << T << r.left << T << r.bottom << T << r.right; };
  for (const auto& c : m.charts) {
    o << "CHART" << T << esc(c.name) << T << esc(c.title);
    rect(c.categories);
    rect(c.values);
    rect(c.place);
    o << T << c.pageBreak << '\n';
  }
  o << "END\n";
  return o.str();
}

}  // namespace p8
