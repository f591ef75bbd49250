// The blocks above and below the table: rows of a left part (issuing body), a right part
// (national motto; place and date), a centred part (the title), signature blocks. A block's
// width follows the table's columns, so the parts are merged ranges over those columns.
#include "core/report/report_builder.hpp"

namespace p8::report {

void Builder::blockRows(const std::vector<LayoutRow>& rows) {
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
void Builder::part(const LayoutPart& p, int from, int to, const char* defaultStyle) {
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

}  // namespace p8::report
