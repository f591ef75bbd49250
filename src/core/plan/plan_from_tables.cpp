// A plan from any workbook's tables (the generic half of planFromGrids): the check's own
// recognition finds the tables, read twice — first with the units the sheets name (so unit
// columns or rows are seen as such), for the indicator table and the appendix; then with the
// indicators read, so each allocation row finds its indicator the way the check will. Every
// indicator, activity, unit and allocation read is listed in the review, and every cell not
// understood with its reason.
#include "core/plan/plan_from_grids_internal.hpp"

#include "core/parse/number.hpp"
#include "core/parse/target.hpp"
#include "core/parse/text.hpp"
#include "core/plan/plan_level.hpp"
#include "core/table/recognize.hpp"

#include <cctype>
#include <cmath>
#include <algorithm>
#include <functional>
#include <set>

namespace p8 {
namespace {

using planbook::Draft;

bool blank(const Cell& c) { return c.type == Cell::Type::Empty || (c.type == Cell::Type::Text && text::isBlank(c.text)); }

std::string uniqueId(const Plan& p, std::string id, const std::string& alt) {
  if (!p.findUnit(id)) return id;
  if (!alt.empty() && !p.findUnit(alt)) return alt;
  for (int k = 2;; ++k)
    if (!p.findUnit(id + "-" + std::to_string(k))) return id + "-" + std::to_string(k);
}

void readUnits(const std::vector<const Grid*>& grids, Draft& d) {
  Plan& p = d.plan;
  const auto found = planbook::unitCandidates(grids);
  if (d.opt.reportingLevel.empty()) {
    int communes = 0;
    for (const auto& u : found) communes += u.level == "commune";
    p.reportingLevel = 2 * communes > static_cast<int>(found.size()) ? "commune" : "district";
  }
  NameMatcher province;
  for (std::size_t i = 0; i < d.opt.provinceUnits.size(); ++i) province.add(std::to_string(i), d.opt.provinceUnits[i]);
  std::string provinceId;
  if (found.empty()) {   // an appendix alone: a plan without units, said so
    d.problem("plan-fact-missing", "", "", "không tìm thấy tên huyện, xã, phường nào (ví dụ tiêu đề cột «Xã Bằng Vân»); kế hoạch chưa có đơn vị, chưa có phân bổ.",
              "no district, commune or ward names found (e.g. a column headed «Xã Bằng Vân»); the plan has no units and no allocation yet.");
    return;
  }
  if (!p.province.empty()) {
    provinceId = unitSlug(p.province);
    p.orgUnits.push_back({provinceId, p.province, "province", "", {"Tỉnh " + p.province}, "", "", {}});
  }
  const LevelWords words = reportingWords(p);
  for (const auto& u : found) {
    if (u.level != p.reportingLevel) {
      d.problem("unit-unknown", u.sheet, u.cell, "'" + u.name + "' không phải " + words.one.vi + " (cấp báo cáo của kế hoạch); không được đọc là đơn vị.",
                "'" + u.name + "' is no " + words.one.en + " (the plan's reporting level); it is not read as a unit.");
      continue;
    }
    const std::string low = text::lowerVi(u.name);
    const std::size_t other = low.find("tỉnh ");
    const bool namedElsewhere = other != std::string::npos && !p.province.empty() &&
                                text::foldKey(u.name.substr(other)) != text::foldKey("tỉnh " + p.province);
    if (namedElsewhere || (!d.opt.provinceUnits.empty() && province.match(u.name).status != NameMatch::Status::Unique)) {
      d.problem("unit-foreign", u.sheet, u.cell, "'" + u.name + "' không phải đơn vị của tỉnh " + p.province + "; không được đưa vào kế hoạch.",
                "'" + u.name + "' is no unit of " + p.province + " province; it is left out of the plan.");
      continue;
    }
    std::string full;
    for (char c : text::foldKey(u.name)) full += c == ' ' ? '-' : c;
    OrgUnit unit{uniqueId(p, unitSlug(u.name), full), u.name, p.reportingLevel, provinceId, {}, "", "", {}};
    d.read("unit", u.sheet, u.cell, unit.id, "Đơn vị " + unit.name + " (mã " + unit.id + ")", "Unit " + unit.name + " (id " + unit.id + ")");
    p.orgUnits.push_back(std::move(unit));
  }
}

bool isAllocation(const Table& t) {
  for (const auto& c : t.columns)
    if (c.role == ColumnRole::District) return true;
  return false;
}

std::string cellString(const Cell& c) { return planbook::cellText(c); }

// The target of a row: a number cell, or the first number of its text; verbatim text kept.
struct RowTarget {
  std::optional<double> value;
  bool percent = false;
  std::string text, unit;
  bool writtenNoNumber = false;   // text without a target number
  bool perLevel = false;          // "- Tỉnh: …\n- Tại mỗi xã: …", "Mỗi tổ …": no one figure for the plan
};
RowTarget targetOf(const Cell& c, const std::string& unitOfMeasure) {
  RowTarget t;
  t.text = cellString(c);
  if (c.type == Cell::Type::Number) {
    t.value = c.number;
    t.percent = unitOfMeasure == "%";
    if (t.percent && c.number > 1) t.value = c.number / 100;   // "15" in a % row
    return t;
  }
  if (c.type != Cell::Type::Text) return t;
  const TargetText p = parseTarget(c.text);
  t.value = p.value;
  t.percent = p.kind == TargetKind::Percent;
  t.unit = p.unit;
  t.writtenNoNumber = p.kind == TargetKind::Qualitative;
  t.perLevel = !p.note.empty() || text::foldKey(c.text).rfind("moi ", 0) == 0;
  return t;
}

std::string digitsOf(const std::string& number) {
  std::string d;
  for (char c : number)
    if (std::isdigit(static_cast<unsigned char>(c))) d += c;
    else if (!d.empty() && c == '.') d += c;
  while (!d.empty() && d.back() == '.') d.pop_back();
  return d;
}

void addIndicator(Draft& d, Indicator ind, const Grid& g, const std::string& cell, const RowTarget& t, const std::string& targetCell) {
  Plan& p = d.plan;
  if (p.findIndicator(ind.code)) {
    std::string base = ind.code;
    for (int k = 2; p.findIndicator(ind.code); ++k) ind.code = base + "-" + std::to_string(k);
    d.problem("indicator-duplicate", g.sheet, cell, "số thứ tự '" + base + "' đã dùng cho chỉ tiêu khác; chỉ tiêu này được mã '" + ind.code + "'.",
              "number '" + base + "' is already another indicator's; this one gets the code '" + ind.code + "'.", ind.code);
  }
  for (const auto& o : p.indicators)
    if (text::foldKey(o.name.vi) == text::foldKey(ind.name.vi))
      d.problem("indicator-name-twice", g.sheet, cell, "chỉ tiêu " + ind.code + " cùng tên với chỉ tiêu " + o.code + ": bảng ghi tên này sẽ không biết là chỉ tiêu nào.",
                "indicator " + ind.code + " has the name of indicator " + o.code + ": a sheet writing it cannot tell which.", ind.code);
  if (t.writtenNoNumber)
    d.problem("target-not-number", g.sheet, targetCell, "chỉ tiêu " + ind.code + ": '" + text::shorten(t.text, 80) + "' không có số; chữ được giữ nguyên, chỉ tiêu không có số.",
              "indicator " + ind.code + ": '" + text::shorten(t.text, 80) + "' holds no number; the text is kept, the indicator has no number.", ind.code);
  const std::string shown = ind.target ? (ind.percent ? formatPercentVi(*ind.target) : formatNumberVi(*ind.target)) + " " + ind.unit : "";
  d.read("indicator", g.sheet, cell, ind.code, "Chỉ tiêu " + ind.code + ": " + ind.name.vi + (shown.empty() ? "" : " — " + shown),
         "Indicator " + ind.code + ": " + ind.name.vi + (shown.empty() ? "" : " — " + shown));
  p.indicators.push_back(std::move(ind));
}

// A value cell covered by a merged area reads as empty: said, so an indicator or a unit's
// share is not lost without a word.
void mergedCell(Draft& d, const Grid& g, const Table& t, int ri, int ci) {
  if (ci >= 0 && tableCell(g, t, ri, ci).mergedCovered)
    d.problem("cell-merged", g.sheet, tableCellA1(g, t, ri, ci), "ô này nằm trong ô gộp với ô khác nên được đọc là trống; hãy tách ô và ghi số của dòng này.",
              "this cell is part of a merged cell, so it reads as empty; unmerge it and write this row's figure.");
}

void hiddenRow(Draft& d, const Grid& g, const Table& t, int ri) {
  const int r = t.districtsAsRows ? -1 : t.rows[static_cast<std::size_t>(ri)].row;
  if (r >= 0 && g.rowHidden(r))
    d.problem("row-hidden", g.sheet, tableCellA1(g, t, ri, 0), "dòng này bị ẩn nhưng vẫn được đọc; hãy xem lại.",
              "this row is hidden but was read; please check it.");
}

// An indicator table (TT · Tên chỉ tiêu · ĐVT · Chỉ tiêu): one indicator per item row.
void readIndicatorTable(const Grid& g, const Table& t, Draft& d) {
  const int name = t.columnIndex(ColumnRole::Name), unit = t.columnIndex(ColumnRole::Unit), target = t.columnIndex(ColumnRole::Target);
  if (target < 0)
    d.problem("plan-fact-missing", g.sheet, t.range, "bảng không có cột chỉ tiêu (Chỉ tiêu giai đoạn / đến năm …): các chỉ tiêu được đọc không có số.",
              "the table has no target column (Chỉ tiêu giai đoạn / đến năm …): its indicators are read without targets.");
  std::vector<std::pair<int, std::string>> parents;   // level → code
  for (int ri = 0; ri < static_cast<int>(t.rows.size()); ++ri) {
    const TableRow& row = t.rows[static_cast<std::size_t>(ri)];
    if (row.role != RowRole::Item || row.label.empty()) continue;
    hiddenRow(d, g, t, ri);
    while (!parents.empty() && parents.back().first >= row.level) parents.pop_back();
    Indicator ind;
    std::string n = text::trim(row.number);
    while (!n.empty() && (n.back() == '.' || n.back() == ')')) n.pop_back();
    const bool letter = n.size() == 1 && std::isalpha(static_cast<unsigned char>(n[0]));
    ind.parent = parents.empty() ? "" : parents.back().second;
    ind.code = n.empty() ? std::to_string(d.plan.indicators.size() + 1) : (letter && !ind.parent.empty() ? ind.parent + n : n);
    ind.name.vi = row.label;
    ind.unit = unit >= 0 ? cellString(tableCell(g, t, ri, unit)) : "";
    mergedCell(d, g, t, ri, target);
    const RowTarget tt = target >= 0 ? targetOf(tableCell(g, t, ri, target), ind.unit) : RowTarget{};
    ind.target = tt.value;
    ind.percent = tt.percent || ind.unit == "%";
    ind.targetText = tt.text;
    if (ind.unit.empty()) ind.unit = ind.percent ? "%" : tt.unit;
    if (ind.percent && ind.target && *ind.target > 1) ind.target = *ind.target / 100;
    parents.emplace_back(row.level, ind.code);
    addIndicator(d, std::move(ind), g, tableCellA1(g, t, ri, name), tt, target >= 0 ? tableCellA1(g, t, ri, target) : "");
  }
}

// An appendix of activities (Nội dung · HĐ · items with target and timeline texts): the
// content tree verbatim, and an indicator for each row whose target has a number, coded by
// its path ("1.2.03": Nội dung 1, HĐ 2, row 03).
void readAppendix(const Grid& g, const Table& t, Draft& d) {
  const int target = t.columnIndex(ColumnRole::Target), timeline = t.columnIndex(ColumnRole::Timeline);
  struct Open { int level; std::vector<ContentItem>* list; std::string path; };
  std::vector<Open> stack;
  for (int ri = 0; ri < static_cast<int>(t.rows.size()); ++ri) {
    const TableRow& row = t.rows[static_cast<std::size_t>(ri)];
    if (row.role == RowRole::Blank || row.role == RowRole::Total || (row.label.empty() && row.number.empty())) continue;
    hiddenRow(d, g, t, ri);
    while (!stack.empty() && stack.back().level >= row.level) stack.pop_back();
    std::vector<ContentItem>& list = stack.empty() ? d.plan.content : *stack.back().list;
    ContentItem c;
    c.number = row.number;
    c.text.vi = row.label;
    const Cell& tc = target >= 0 ? tableCell(g, t, ri, target) : Cell{};
    c.targetText = cellString(tc);
    c.timelineText = timeline >= 0 ? cellString(tableCell(g, t, ri, timeline)) : "";
    // Items under an activity are numbered 01, 02 … ("1.2.03"), whether written "3" or "03".
    std::string own = digitsOf(row.number);
    if (own.empty()) own = std::to_string(list.size() + 1);
    if (stack.size() >= 2 && own.size() < 2) own = "0" + own;
    const std::string path = stack.empty() ? own : stack.back().path + "." + own;
    const RowTarget tt = targetOf(tc, "");
    if (tt.value && tt.perLevel) {
      d.problem("target-text-only", g.sheet, tableCellA1(g, t, ri, target), "'" + text::shorten(c.targetText, 80) +
                "' ghi chỉ tiêu theo từng cấp hoặc cho mỗi đơn vị, không phải một con số của kế hoạch: giữ nguyên trong nội dung.",
                "'" + text::shorten(c.targetText, 80) + "' sets a target per level or for each unit, not one figure of the plan: kept in the activities as text.");
    } else if (tt.value) {
      Indicator ind;
      ind.code = path;
      ind.name.vi = row.label;
      ind.unit = tt.percent ? "%" : tt.unit;
      ind.target = tt.value;
      ind.percent = tt.percent;
      ind.targetText = c.targetText;
      addIndicator(d, ind, g, tableCellA1(g, t, ri, 0), tt, tableCellA1(g, t, ri, target));
      c.indicator = d.plan.indicators.back().code;
    } else if (!c.targetText.empty()) {
      d.problem("target-not-number", g.sheet, tableCellA1(g, t, ri, target), "'" + text::shorten(c.targetText, 80) +
                "' không có số: giữ nguyên trong nội dung, không thành chỉ tiêu có số.",
                "'" + text::shorten(c.targetText, 80) + "' holds no number: kept in the activities, not an indicator with a number.");
    }
    d.read("content", g.sheet, tableCellA1(g, t, ri, 0), c.indicator, "Nội dung " + c.number + ": " + text::shorten(c.text.vi, 80),
           "Activity " + c.number + ": " + text::shorten(c.text.vi, 80));
    list.push_back(std::move(c));
    stack.push_back({row.level, &list.back().children, path});
  }
}

// An allocation row that shortens the indicator sheet's name ("Tổ truyền thông cộng đồng"
// for "Tổ truyền thông cộng đồng được thành lập và duy trì"): the one indicator whose name
// starts with the label's 3+ words. The label becomes an alias, so the check matches it too,
// and the review says so.
const Indicator* byStartOfName(Draft& d, const Grid& g, const Table& t, int ri) {
  const TableRow& row = t.rows[static_cast<std::size_t>(ri)];
  const std::string label = text::foldKey(row.label);
  if (std::count(label.begin(), label.end(), ' ') < 2) return nullptr;
  Indicator* found = nullptr;
  for (auto& i : d.plan.indicators) {
    const std::string name = text::foldKey(i.name.vi);
    if (name.size() > label.size() && name.compare(0, label.size(), label) == 0 && name[label.size()] == ' ') {
      if (found) return nullptr;   // two indicators start so: not a guess
      found = &i;
    }
  }
  if (!found) return nullptr;
  found->aliases.push_back(row.label);
  d.read("indicator", g.sheet, tableCellA1(g, t, ri, 0), found->code,
         "Dòng '" + row.label + "' là chỉ tiêu " + found->code + " (đầu tên chỉ tiêu); thêm làm tên khác của chỉ tiêu.",
         "Row '" + row.label + "' is indicator " + found->code + " (the start of its name); added as another name of it.");
  return found;
}

void readAllocation(const Grid& g, const Table& t, Draft& d) {
  Plan& p = d.plan;
  for (int ri = 0; ri < static_cast<int>(t.rows.size()); ++ri) {
    const TableRow& row = t.rows[static_cast<std::size_t>(ri)];
    if (row.role != RowRole::Item) continue;
    const Indicator* ind = p.findIndicator(row.indicatorCode);
    if (!ind) ind = byStartOfName(d, g, t, ri);
    bool numbers = false;
    for (std::size_t ci = 0; ci < t.columns.size(); ++ci)
      numbers |= t.columns[ci].role == ColumnRole::District && tableCell(g, t, ri, static_cast<int>(ci)).type == Cell::Type::Number;
    if (!ind) {
      if (numbers)
        d.problem("allocation-row-unknown", g.sheet, tableCellA1(g, t, ri, 0), "dòng '" + text::shorten(row.label, 80) +
                  "' không ứng với chỉ tiêu nào (hoặc ứng với nhiều chỉ tiêu); số phân bổ của dòng không được đọc.",
                  "row '" + text::shorten(row.label, 80) + "' names no indicator (or several); its allocation is not read.");
      continue;
    }
    hiddenRow(d, g, t, ri);
    std::map<std::string, double> values;
    double sum = 0;
    for (std::size_t ci = 0; ci < t.columns.size(); ++ci) {
      const TableColumn& col = t.columns[ci];
      if (col.role != ColumnRole::District || col.districtId.empty()) continue;
      mergedCell(d, g, t, ri, static_cast<int>(ci));
      const Cell& c = tableCell(g, t, ri, static_cast<int>(ci));
      const std::string at = tableCellA1(g, t, ri, static_cast<int>(ci));
      std::optional<double> v;
      if (c.type == Cell::Type::Number) v = c.number;
      else if (c.type == Cell::Type::Text && parseNumber(c.text).ok()) v = parseNumber(c.text).value;
      if (!v) {
        if (!blank(c))
          d.problem("allocation-not-number", g.sheet, at, "chỉ tiêu " + ind->code + ": '" + cellString(c) + "' không phải số; ô này không được đọc.",
                    "indicator " + ind->code + ": '" + cellString(c) + "' is no number; the cell is not read.", ind->code);
        continue;
      }
      if (ind->percent && *v > 1) {
        d.problem("allocation-not-number", g.sheet, at, "chỉ tiêu " + ind->code + " là tỷ lệ, nhưng ô ghi " + formatNumberVi(*v) + " (hơn 100%); ô này không được đọc.",
                  "indicator " + ind->code + " is a rate, but the cell says " + formatNumberVi(*v) + " (over 100%); the cell is not read.", ind->code);
        continue;
      }
      values[col.districtId] = *v;
      sum += *v;
    }
    if (values.empty()) continue;
    if (p.allocation.count(ind->code)) {
      d.problem("indicator-duplicate", g.sheet, tableCellA1(g, t, ri, 0), "chỉ tiêu " + ind->code + " đã được phân bổ ở dòng khác; dòng này không được đọc.",
                "indicator " + ind->code + " is already allocated on another row; this row is not read.", ind->code);
      continue;
    }
    if (!ind->percent && ind->target && std::fabs(sum - *ind->target) > 1e-9 * std::max(1.0, *ind->target))
      d.problem("allocation-sum", g.sheet, tableCellA1(g, t, ri, 0),
                "chỉ tiêu " + ind->code + ": tổng phân bổ " + formatNumberVi(sum) + " khác chỉ tiêu " + formatNumberVi(*ind->target) + ".",
                "indicator " + ind->code + ": the allocation adds up to " + formatNumberVi(sum) + ", not the target " + formatNumberVi(*ind->target) + ".", ind->code);
    d.read("allocation", g.sheet, tableCellA1(g, t, ri, 0), ind->code,
           "Phân bổ chỉ tiêu " + ind->code + " cho " + std::to_string(values.size()) + " đơn vị" + (ind->percent ? "" : ", tổng " + formatNumberVi(sum)),
           "Allocation of indicator " + ind->code + " to " + std::to_string(values.size()) + " units" + (ind->percent ? "" : ", total " + formatNumberVi(sum)));
    p.allocation[ind->code] = std::move(values);
  }
}

}  // namespace

void readTables(const std::vector<const Grid*>& grids, Draft& d) {
  Plan& p = d.plan;
  const planbook::TitleFacts facts = planbook::titleFacts(grids);
  p.province = d.opt.province.empty() ? facts.province : d.opt.province;
  p.title.vi = facts.title;
  if (!p.province.empty() && d.opt.province.empty())
    d.read("plan", facts.sheet, facts.cell, "", "Tỉnh: " + p.province + " (từ tiêu đề)", "Province: " + p.province + " (from the title)");
  if (p.province.empty())
    d.problem("plan-fact-missing", "", "", "tiêu đề không ghi tên tỉnh; hãy cho biết tỉnh (--province).",
              "no title names the province; please give it (--province).");
  if (facts.startYear) {
    p.startYear = facts.startYear;
    p.endYear = facts.endYear;
    p.phase = std::to_string(p.startYear) + "-" + std::to_string(p.endYear);
    d.read("plan", facts.yearsSheet, facts.yearsCell, "", "Giai đoạn: " + p.phase + (facts.endOnly ? " (tiêu đề chỉ ghi năm kết thúc; năm bắt đầu là giả định)" : ""),
           "Phase: " + p.phase + (facts.endOnly ? " (the title gives only the end year; the start is assumed)" : ""));
  } else if (d.opt.phase.empty()) {
    d.problem("plan-fact-missing", "", "", "tiêu đề không ghi giai đoạn; hãy cho biết giai đoạn (--phase 2026-2030).",
              "no title names the phase; please give it (--phase 2026-2030).");
  }
  if (!d.opt.reportingLevel.empty()) p.reportingLevel = d.opt.reportingLevel;
  readUnits(grids, d);
  p.index();
  // Pass 1: indicator tables and appendices; allocation tables kept for pass 2.
  std::vector<std::pair<const Grid*, std::vector<Table>>> allocationTables;
  std::vector<std::pair<const Grid*, Table>> indicatorRowsOnly;   // allocation tables, in case no indicator table exists
  for (const Grid* g : grids) {
    Recognition rec = recognizeTables(*g, p);
    if (rec.tables.empty()) {
      d.problem("sheet-no-table", g->sheet, "", "không tìm thấy bảng chỉ tiêu, phụ lục hay bảng phân bổ nào trên trang này; trang không được đọc.",
                "no indicator table, appendix or allocation table found on this sheet; it is not read.");
      continue;
    }
    for (const Table& t : rec.tables) {
      if (isAllocation(t)) indicatorRowsOnly.emplace_back(g, t);
      else if (t.columnIndex(ColumnRole::Timeline) >= 0) readAppendix(*g, t, d);
      else if (t.columnIndex(ColumnRole::Target) >= 0 && t.columnIndex(ColumnRole::Name) >= 0) readIndicatorTable(*g, t, d);
    }
  }
  if (p.indicators.empty())
    for (const auto& [g, t] : indicatorRowsOnly) readIndicatorTable(*g, t, d);
  // Pass 2: the allocation, each row matched to the indicators as the check will.
  p.index();
  for (const auto& entry : indicatorRowsOnly) {
    const auto* g = entry.first;   // not a structured binding: C++17 lambdas cannot capture one
    if (std::any_of(allocationTables.begin(), allocationTables.end(), [&](const auto& a) { return a.first == g; })) continue;
    Recognition rec = recognizeTables(*g, p);
    for (const Finding& f : rec.findings)
      d.problem("unit-unknown", f.sheet, f.cell, f.message_vi, f.message_en);
    std::vector<Table> tables;
    for (Table& t : rec.tables)
      if (isAllocation(t)) tables.push_back(std::move(t));
    allocationTables.emplace_back(g, std::move(tables));
  }
  for (const auto& [g, tables] : allocationTables)
    for (const Table& t : tables) readAllocation(*g, t, d);
}

}  // namespace p8
