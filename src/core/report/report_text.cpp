// The report model as lines for the office side (format in report_model.hpp): one record a
// line, TAB-separated, escaped like the workbook dump, so Python needs no JSON schema and a
// text or number can never break a line.
#include "core/report/report_model.hpp"

#include "core/check/finding.hpp"
#include "core/parse/text.hpp"

#include <cstdlib>
#include <sstream>
#include <string_view>

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

int toInt(const std::string& s) {
  const long v = std::strtol(s.c_str(), nullptr, 10);
  return v < 0 ? 0 : v > 1048575 ? 1048575 : static_cast<int>(v);
}
double toDouble(const std::string& s) { return std::strtod(s.c_str(), nullptr); }

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

std::string modelText(const ReportModel& m) {
  std::ostringstream o;
  const char T = '\t';
  o << "P8REPORT" << T << 1 << '\n';
  o << "SHEET" << T << esc(m.sheetName) << '\n';
  o << "TITLE" << T << esc(m.title) << '\n';
  o << "FONT" << T << esc(m.fontName) << T << num(m.fontSize) << '\n';
  o << "PAGE" << T << esc(m.page.paper) << T << (m.landscape ? 1 : 0) << T << (m.page.fitWidth ? 1 : 0) << T
    << num(m.page.top) << T << num(m.page.bottom) << T << num(m.page.left) << T << num(m.page.right) << '\n';
  if (m.page.repeatHeader) o << "REPEAT" << T << m.tableTop << T << m.headerBottom << '\n';
  o << "PROTECT" << T << (m.protect ? 1 : 0) << '\n';
  for (const auto& [name, s] : m.styles)
    o << "STYLE" << T << esc(name) << T << s.bold << T << s.italic << T << s.underline << T << num(s.size) << T
      // align, valign and format are escaped too: a model read back from text may hold any
      // bytes there, and a raw TAB or newline would break the record (found by fuzzing).
      << esc(s.align) << T << esc(s.valign) << T << s.wrap << T << s.border << T << esc(s.format) << T << s.locked
      << '\n';
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
  o << "END\n";
  return o.str();
}

ReportModel parseModelText(std::string_view lines) {
  ReportModel m;
  m.page.repeatHeader = false;
  std::vector<std::string> f;
  for (std::size_t pos = 0; pos < lines.size();) {
    std::size_t end = lines.find('\n', pos);
    if (end == std::string_view::npos) end = lines.size();
    text::splitFields(lines.substr(pos, end - pos), f);
    pos = end + 1;
    const std::string& k = f[0];
    const std::size_t n = f.size();
    if (k == "SHEET" && n >= 2) m.sheetName = f[1];
    else if (k == "TITLE" && n >= 2) m.title = f[1];
    else if (k == "FONT" && n >= 3) m.fontName = f[1], m.fontSize = toDouble(f[2]);
    else if (k == "PAGE" && n >= 8) {
      m.page.paper = f[1];
      m.landscape = f[2] == "1";
      m.page.fitWidth = f[3] == "1";
      m.page.top = toDouble(f[4]), m.page.bottom = toDouble(f[5]);
      m.page.left = toDouble(f[6]), m.page.right = toDouble(f[7]);
    } else if (k == "REPEAT" && n >= 3) {
      m.page.repeatHeader = true;
      m.tableTop = toInt(f[1]), m.headerBottom = toInt(f[2]);
    } else if (k == "PROTECT" && n >= 2) m.protect = f[1] == "1";
    else if (k == "STYLE" && n >= 12) {
      LayoutStyle& st = m.styles[f[1]];
      st.bold = f[2] == "1", st.italic = f[3] == "1", st.underline = f[4] == "1";
      st.size = toDouble(f[5]), st.align = f[6], st.valign = f[7];
      st.wrap = f[8] == "1", st.border = f[9] == "1", st.format = f[10], st.locked = f[11] == "1";
    } else if (k == "COL" && n >= 3) {
      const int i = std::min(toInt(f[1]), 1023);
      if (int(m.columnWidthsMm.size()) <= i) m.columnWidthsMm.resize(i + 1, 20);
      m.columnWidthsMm[i] = toDouble(f[2]);
    } else if (k == "ROW" && n >= 3) m.rowHeightsMm[toInt(f[1])] = toDouble(f[2]);
    else if (k == "C" && n >= 6) {
      ReportCell c;
      c.row = toInt(f[1]), c.col = std::min(toInt(f[2]), 1023);
      c.kind = f[3] == "T" ? ReportCell::Kind::Text : f[3] == "N" ? ReportCell::Kind::Number
             : f[3] == "F" ? ReportCell::Kind::Formula : ReportCell::Kind::Blank;
      if (c.kind == ReportCell::Kind::Number) c.number = toDouble(f[4]);
      else if (c.kind != ReportCell::Kind::Blank) c.text = f[4];
      c.style = f[5];
      m.cells.push_back(std::move(c));
    } else if (k == "M" && n >= 5) m.merges.push_back({toInt(f[1]), toInt(f[2]), toInt(f[3]), toInt(f[4])});
    else if (k == "LIST" && n >= 5) {
      ListValidation v;
      v.range = {toInt(f[1]), toInt(f[2]), toInt(f[3]), toInt(f[4])};
      v.items.assign(f.begin() + 5, f.end());
      m.validations.push_back(std::move(v));
    } else if (k == "NOTE" && n >= 5) m.notes.push_back({f[1], f[2], f[3], f[4]});
  }
  return m;
}

}  // namespace p8
