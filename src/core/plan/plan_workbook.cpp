// Building the plan workbook's sheets (see plan_workbook.hpp): per sheet a title, the
// explanation lines, the header row and one row per item of the plan — or empty input rows
// for a blank template. Values keep their type (a target is a number, a code or a date stays
// text), so the reader gives the same plan back.
#include "core/plan/plan_workbook.hpp"

#include "core/plan/plan_workbook_sheets.hpp"
#include "core/report/report_layout.hpp"

#include <functional>
#include <set>

namespace p8 {
namespace {

using namespace planbook;

struct Value {              // one cell of a data row
  enum class Kind { Blank, Text, Number } kind = Kind::Blank;
  std::string text;
  double number = 0;
  std::string style = "input-text";
};
Value txt(const std::string& s) { return s.empty() ? Value{} : Value{Value::Kind::Text, s, 0, "input-text"}; }
Value num(double v, bool percent = false) {
  return Value{Value::Kind::Number, "", v, percent ? "input-percent" : (v == static_cast<long long>(v) ? "input-integer" : "input-decimal")};
}
Value shown(const std::string& s) { return Value{s.empty() ? Value::Kind::Blank : Value::Kind::Text, s, 0, "td-text"}; }
Value optNum(const std::optional<double>& v, bool percent) { return v ? num(*v, percent) : Value{Value::Kind::Blank, "", 0, percent ? "input-percent" : "input-decimal"}; }

class SheetBuilder {
public:
  SheetBuilder(const SheetSpec& spec, const std::string& lang) : m_spec(spec), m_lang(lang) {
    m_m.sheetName = spec.name.in(lang);
    m_m.title = spec.title.in(lang);
    m_m.fontName = "Times New Roman";
    m_m.fontSize = 12;
    m_m.landscape = true;
    m_m.page.orientation = "landscape";
  }

  // Title, explanation and header; `titles` are the header texts (the fixed columns' titles
  // unless the sheet adds its own).
  void head(const std::vector<std::string>& titles, const std::vector<double>& widths) {
    const int last = static_cast<int>(titles.size()) - 1;
    put(m_row, 0, Value{Value::Kind::Text, m_spec.title.in(m_lang), 0, "title"});
    m_m.merges.push_back({m_row, 0, m_row, last});
    ++m_row;
    for (const auto& line : m_spec.explain) {
      put(m_row, 0, Value{Value::Kind::Text, line.in(m_lang), 0, "footnote"});
      m_m.merges.push_back({m_row, 0, m_row, last});
      ++m_row;
    }
    ++m_row;
    m_m.tableTop = m_m.headerBottom = m_row;
    for (std::size_t c = 0; c < titles.size(); ++c) {
      Value v{Value::Kind::Text, titles[c], 0, "th"};
      if (titles[c].empty()) v = Value{Value::Kind::Blank, "", 0, "input-text"};   // a unit to name
      put(m_row, static_cast<int>(c), v);
    }
    m_m.columnWidthsMm = widths;
    ++m_row;
  }
  void row(const std::vector<Value>& cells) {
    for (std::size_t c = 0; c < cells.size(); ++c) put(m_row, static_cast<int>(c), cells[c]);
    m_m.tableBottom = m_row++;
  }
  void formula(int col, const std::string& f) {
    ReportCell cell;
    cell.row = m_row - 1;
    cell.col = col;
    cell.kind = ReportCell::Kind::Formula;
    cell.text = f;
    cell.style = "td-total";
    m_m.cells.push_back(cell);
  }
  void list(int col, std::vector<std::string> items) {
    if (m_m.tableBottom > m_m.headerBottom)
      m_m.validations.push_back({{m_m.headerBottom + 1, col, m_m.tableBottom, col}, std::move(items)});
  }
  void listHere(int col, std::vector<std::string> items) {   // on the row just written
    m_m.validations.push_back({{m_row - 1, col, m_row - 1, col}, std::move(items)});
  }
  int nextRow() const { return m_row; }
  ReportModel done() {
    const auto styles = defaultLayoutStyles();
    for (const auto& c : m_m.cells) m_m.styles.emplace(c.style, styles.at(c.style));
    return std::move(m_m);
  }

private:
  const SheetSpec& m_spec;
  const std::string& m_lang;
  ReportModel m_m;
  int m_row = 0;

  void put(int r, int c, const Value& v) {
    ReportCell cell;
    cell.row = r;
    cell.col = c;
    cell.style = v.style;
    if (v.kind == Value::Kind::Text) {
      cell.kind = ReportCell::Kind::Text;
      cell.text = v.text;
    } else if (v.kind == Value::Kind::Number) {
      cell.kind = ReportCell::Kind::Number;
      cell.number = v.number;
    }
    m_m.cells.push_back(std::move(cell));
  }
};

std::vector<std::string> titlesOf(const SheetSpec& s, const std::string& lang) {
  std::vector<std::string> t;
  for (const auto& c : s.columns) t.push_back(c.title.in(lang));
  return t;
}
std::vector<double> widthsOf(const SheetSpec& s) {
  std::vector<double> w;
  for (const auto& c : s.columns) w.push_back(c.widthMm);
  return w;
}

ReportModel general(const Plan& p, const std::string& lang) {
  const SheetSpec& spec = specOf(SheetKind::General);
  SheetBuilder b(spec, lang);
  b.head(titlesOf(spec, lang), widthsOf(spec));
  const bool blank = p.id.empty() && p.orgUnits.empty() && p.indicators.empty();
  for (const auto& f : generalFields()) {
    Value v;
    if (f.key == "id") v = txt(p.id);
    else if (f.key == "title_vi") v = txt(p.title.vi);
    else if (f.key == "title_en") v = txt(p.title.en);
    else if (f.key == "province") v = txt(p.province);
    else if (f.key == "phase") v = txt(p.phase);
    else if (f.key == "start_year") v = blank ? Value{} : num(p.startYear);
    else if (f.key == "end_year") v = blank ? Value{} : num(p.endYear);
    else if (f.key == "reporting_level") v = blank ? Value{} : txt(levelLabel(p.reportingLevel));
    else if (f.key == "source") v = txt(p.source);
    else if (f.key == "notes_vi") v = txt(p.notes.vi);
    else if (f.key == "notes_en") v = txt(p.notes.en);
    b.row({Value{Value::Kind::Text, f.label.in(lang), 0, "td-text"}, Value{Value::Kind::Text, f.key, 0, "td-center"}, v});
    if (f.key == "reporting_level") b.listHere(2, {levelLabel("district"), levelLabel("commune")});
  }
  return b.done();
}

ReportModel indicators(const Plan& p, const std::string& lang, int blankRows) {
  const SheetSpec& spec = specOf(SheetKind::Indicators);
  SheetBuilder b(spec, lang);
  b.head(titlesOf(spec, lang), widthsOf(spec));
  for (const auto& i : p.indicators)
    b.row({txt(i.code), txt(i.name.vi), txt(i.name.en), txt(i.unit), optNum(i.target, i.percent), txt(i.targetText),
           txt(i.percent ? kYes : ""), txt(i.parent), txt(joinList(i.aliases))});
  for (int k = 0; p.indicators.empty() && k < blankRows; ++k) b.row(std::vector<Value>(spec.columns.size()));
  b.list(6, {kYes});
  return b.done();
}

ReportModel content(const Plan& p, const std::string& lang, int blankRows) {
  const SheetSpec& spec = specOf(SheetKind::Content);
  SheetBuilder b(spec, lang);
  b.head(titlesOf(spec, lang), widthsOf(spec));
  std::function<void(const std::vector<ContentItem>&, int)> walk = [&](const std::vector<ContentItem>& items, int level) {
    for (const auto& c : items) {
      b.row({txt(c.number), num(level), txt(c.text.vi), txt(c.text.en), txt(c.targetText), txt(c.timelineText),
             txt(c.indicator)});
      walk(c.children, level + 1);
    }
  };
  walk(p.content, 1);
  for (int k = 0; p.content.empty() && k < blankRows; ++k) b.row(std::vector<Value>(spec.columns.size()));
  return b.done();
}

ReportModel units(const Plan& p, const std::string& lang, int blankRows) {
  const SheetSpec& spec = specOf(SheetKind::Units);
  SheetBuilder b(spec, lang);
  b.head(titlesOf(spec, lang), widthsOf(spec));
  for (const auto& u : p.orgUnits)
    b.row({txt(u.id), txt(u.name), txt(levelLabel(u.level)), txt(u.parent), txt(joinList(u.aliases)), txt(u.validFrom),
           txt(u.validTo), txt(predecessorsText(u.predecessors))});
  for (int k = 0; p.orgUnits.empty() && k < blankRows * 5; ++k) b.row(std::vector<Value>(spec.columns.size()));
  b.list(2, {levelLabel("province"), levelLabel("district"), levelLabel("commune")});
  return b.done();
}

ReportModel allocation(const Plan& p, const std::string& lang, int blankRows) {
  const SheetSpec& spec = specOf(SheetKind::Allocation);
  SheetBuilder b(spec, lang);
  // The reporting units, then any other unit the allocation names, in file order.
  std::set<std::string> named;
  for (const auto& [code, row] : p.allocation)
    for (const auto& [unit, v] : row) named.insert(unit), (void)v;
  std::vector<const OrgUnit*> cols;
  for (const auto& u : p.orgUnits)
    if (u.level == p.reportingLevel || named.count(u.id)) cols.push_back(&u);
  std::vector<std::string> titles = titlesOf(spec, lang);
  std::vector<double> widths = widthsOf(spec);
  for (const OrgUnit* u : cols) {
    int same = 0;
    for (const OrgUnit* v : cols) same += v->name == u->name;
    titles.push_back(same > 1 ? u->name + " [" + u->id + "]" : u->name);
    widths.push_back(18);
  }
  const int blankUnits = cols.empty() ? 10 : 0;   // a blank template: columns to name
  for (int k = 0; k < blankUnits; ++k) titles.push_back(""), widths.push_back(18);
  titles.push_back(lang == "en" ? "Total" : "Tổng cộng");
  widths.push_back(18);
  b.head(titles, widths);
  const int first = static_cast<int>(spec.columns.size());
  const int last = static_cast<int>(titles.size()) - 2;
  auto totalFormula = [&](int row) {
    const std::string r = std::to_string(row + 1);
    const std::string range = columnName(first) + r + ":" + columnName(last) + r;
    return "=IF(COUNT(" + range + ")=0;\"\";SUM(" + range + "))";
  };
  for (const auto& i : p.indicators) {
    // The indicator's columns repeat the Indicators sheet (the reader takes them from there).
    std::vector<Value> cells = {shown(i.code), shown(i.name.vi), shown(i.unit), optNum(i.target, i.percent)};
    const auto row = p.allocation.find(i.code);
    for (const OrgUnit* u : cols) {
      std::optional<double> v;
      if (row != p.allocation.end())
        if (auto it = row->second.find(u->id); it != row->second.end()) v = it->second;
      cells.push_back(optNum(v, i.percent));
    }
    for (int k = 0; k < blankUnits; ++k) cells.push_back(Value{Value::Kind::Blank, "", 0, "input-decimal"});
    b.row(cells);
    if (!i.percent) b.formula(last + 1, totalFormula(b.nextRow() - 1));
  }
  for (int k = 0; p.indicators.empty() && k < blankRows; ++k) {
    b.row(std::vector<Value>(titles.size() - 1));
    b.formula(last + 1, totalFormula(b.nextRow() - 1));
  }
  return b.done();
}

ReportModel deadlines(const Plan& p, const std::string& lang, int blankRows) {
  const SheetSpec& spec = specOf(SheetKind::Deadlines);
  SheetBuilder b(spec, lang);
  b.head(titlesOf(spec, lang), widthsOf(spec));
  for (const auto& d : p.deadlines)
    b.row({txt(kindLabel(d.kind)), num(d.day), num(d.month), num(d.yearOffset), txt(d.label.vi), txt(d.label.en)});
  for (int k = 0; p.deadlines.empty() && k < std::min(blankRows, 4); ++k) b.row(std::vector<Value>(spec.columns.size()));
  b.list(0, {kindLabel("progress"), kindLabel("update")});
  return b.done();
}

}  // namespace

PlanWorkbook buildPlanWorkbook(const Plan& plan, const std::string& lang, int blankRows) {
  PlanWorkbook wb;
  wb.sheets.push_back(general(plan, lang));
  wb.sheets.push_back(indicators(plan, lang, blankRows));
  wb.sheets.push_back(content(plan, lang, blankRows));
  wb.sheets.push_back(units(plan, lang, blankRows));
  wb.sheets.push_back(allocation(plan, lang, blankRows));
  wb.sheets.push_back(deadlines(plan, lang, blankRows));
  return wb;
}

}  // namespace p8
