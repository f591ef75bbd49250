// The consolidated report (see the header). The report area's builder does the form; this
// file only chooses what it shows (the units expected in the period as its unit columns, the
// sums as the province's figures) and adds the reporting status before the footer.
#include "core/consolidate/consolidated_report.hpp"

#include "core/consolidate/former_report.hpp"
#include "core/consolidate/unit_chart.hpp"
#include "core/plan/plan_level.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace p8 {
namespace {

std::string viDate(const std::string& iso) {
  return iso.size() >= 10 ? iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4) : iso;
}

std::string baseName(const std::string& path) {
  const std::size_t slash = path.find_last_of("/\\");
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string joined(const std::vector<std::string>& items, bool en) {
  if (items.empty()) return en ? "none" : "không có";
  std::string s;
  for (const auto& i : items) s += (s.empty() ? "" : ", ") + i;
  return s;
}

// Moves every row at or below `at` down by n (cells, merges, row heights).
void insertRows(ReportModel& m, int at, int n) {
  for (auto& c : m.cells)
    if (c.row >= at) c.row += n;
  for (auto& r : m.merges) {
    if (r.top >= at) r.top += n;
    if (r.bottom >= at) r.bottom += n;
  }
  std::map<int, double> heights;
  for (const auto& [row, h] : m.rowHeightsMm) heights[row >= at ? row + n : row] = h;
  m.rowHeightsMm = std::move(heights);
  for (auto& v : m.validations) {
    if (v.range.top >= at) v.range.top += n;
    if (v.range.bottom >= at) v.range.bottom += n;
  }
}

// The lines of "Tình hình báo cáo": heading, then received, late, missing, duplicated,
// unreadable units and files of no unit.
std::vector<std::string> statusLines(const Consolidation& c, const Plan& plan, bool en) {
  std::vector<std::string> received, late, missing, duplicate, unreadable, unknown;
  for (const UnitReport& u : c.units) {
    switch (u.status) {
      case UnitStatus::Received: {
        received.push_back(u.name);
        const std::string day = c.files[u.files.front()].modified.substr(0, 10);
        if (u.late) late.push_back(u.name + " (" + (en ? day : viDate(day)) + ")");
        break;
      }
      case UnitStatus::Missing: missing.push_back(u.name); break;
      case UnitStatus::Duplicate: {
        std::string files;
        for (std::size_t k : u.files) files += (files.empty() ? "" : "; ") + baseName(c.files[k].path);
        duplicate.push_back(u.name + " (" + files + ")");
        break;
      }
      case UnitStatus::Unreadable: unreadable.push_back(u.name); break;
    }
  }
  for (const auto& f : c.findings)
    if (f.finding.code == "unit-unknown" || (f.finding.code == "unit-unreadable" && f.unit.empty()))
      for (const auto& p : f.files) unknown.push_back(baseName(p));
  const LevelWords w = reportingWords(plan);
  const std::string many = en ? w.many.en : w.many.vi;
  const std::string total = std::to_string(c.units.size());
  auto count = [](const std::vector<std::string>& v) { return std::to_string(v.size()); };
  std::vector<std::string> lines;
  lines.push_back(en ? "REPORTING STATUS" : "TÌNH HÌNH BÁO CÁO");
  if (en) {
    lines.push_back("Received (" + count(received) + "/" + total + " " + many + "): " + joined(received, en));
    lines.push_back("Late, after " + c.deadline + " (" + count(late) + "): " + joined(late, en));
    lines.push_back("Not received (" + count(missing) + "): " + joined(missing, en));
    lines.push_back("Several files, not counted (" + count(duplicate) + "): " + joined(duplicate, en));
    if (!unreadable.empty()) lines.push_back("File unreadable, not counted (" + count(unreadable) + "): " + joined(unreadable, en));
    if (!unknown.empty()) lines.push_back("Files of no unit of the plan (" + count(unknown) + "): " + joined(unknown, en));
  } else {
    lines.push_back("Đã nhận (" + count(received) + "/" + total + " " + many + "): " + joined(received, en));
    lines.push_back("Nộp muộn, sau ngày " + viDate(c.deadline) + " (" + count(late) + "): " + joined(late, en));
    lines.push_back("Chưa nộp (" + count(missing) + "): " + joined(missing, en));
    lines.push_back("Trùng tệp, chưa tính vào tổng hợp (" + count(duplicate) + "): " + joined(duplicate, en));
    if (!unreadable.empty())
      lines.push_back("Tệp không đọc được, chưa tính (" + count(unreadable) + "): " + joined(unreadable, en));
    if (!unknown.empty()) lines.push_back("Tệp không rõ đơn vị (" + count(unknown) + "): " + joined(unknown, en));
  }
  return lines;
}

}  // namespace

ReportFigures consolidatedFigures(const Consolidation& c, const Plan& plan) {
  ReportFigures out;
  for (const Indicator& ind : plan.indicators) {
    IndicatorFigures& f = out.byIndicator[ind.code];
    if (const ConsolidatedTotal* t = c.total(ind.code, "")) {
      f.planPhase = t->plan;
      f.planYear = t->planYear;
      f.actualPeriod = t->actual;
      f.cumulative = t->cumulative;
    }
    for (const UnitReport& u : c.units)
      if (const ConsolidatedTotal* t = c.total(ind.code, u.id); t && t->actual) f.allocated[u.id] = *t->actual;
  }
  return out;
}

ReportModel buildConsolidatedReport(const ReportLayout& layout, const Plan& plan, const Consolidation& c,
                                    ReportOptions opt) {
  if (opt.period <= 0) opt.period = c.period;
  // The unit columns are the units expected in the period (not every unit the plan ever had).
  Plan units = plan;
  std::set<std::string> expected;
  for (const UnitReport& u : c.units) expected.insert(u.id);
  units.orgUnits.erase(std::remove_if(units.orgUnits.begin(), units.orgUnits.end(),
                                      [&](const OrgUnit& u) { return u.level == plan.reportingLevel && !expected.count(u.id); }),
                       units.orgUnits.end());
  units.index();
  ReportLayout l = layout;
  const bool hasUnits = std::any_of(l.columns.begin(), l.columns.end(),
                                    [](const LayoutColumn& col) { return col.source == ColumnSource::Districts; });
  if (!hasUnits) {
    const LevelWords w = reportingWords(plan);
    LayoutColumn col;
    col.id = "units";
    col.source = ColumnSource::Districts;
    col.group = {"Thực hiện kỳ báo cáo của các " + w.many.vi, "Done this period by the " + w.many.en};
    col.widthMm = 16;
    auto note = std::find_if(l.columns.begin(), l.columns.end(),
                             [](const LayoutColumn& x) { return x.source == ColumnSource::Note; });
    l.columns.insert(note, col);
  }
  const ReportFigures figures = consolidatedFigures(c, plan);
  ReportModel m = buildReport(l, units, figures, opt);
  // Where the footer begins: the same report without it ends just before.
  ReportLayout noFooter = l;
  noFooter.footer.clear();
  int footerStart = 0;
  for (const ReportCell& cell : buildReport(noFooter, units, figures, opt).cells) footerStart = std::max(footerStart, cell.row + 1);
  const std::vector<std::string> lines = statusLines(c, plan, opt.lang == "en");
  const int n = static_cast<int>(lines.size()) + 1;   // and a blank line before the footer
  // With units that carry their history, the totals by former district come first.
  const int former = formerBlockRows(c, plan);
  insertRows(m, footerStart, former + n);
  placeFormerBlock(m, l, c, plan, footerStart, opt.lang == "en");
  footerStart += former;
  const int last = static_cast<int>(m.columnWidthsMm.size()) - 1;
  double width = 0;
  for (double w : m.columnWidthsMm) width += w;
  LayoutStyle heading = l.styles.count("label") ? l.styles.at("label") : LayoutStyle{};
  LayoutStyle line = l.styles.count("text") ? l.styles.at("text") : LayoutStyle{};
  line.wrap = true;
  m.styles["status-heading"] = heading;
  m.styles["status"] = line;
  const double size = line.size > 0 ? line.size : l.fontSize;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    ReportCell cell;
    cell.row = footerStart + static_cast<int>(i);
    cell.kind = ReportCell::Kind::Text;
    cell.text = lines[i];
    cell.style = i == 0 ? "status-heading" : "status";
    m.cells.push_back(cell);
    if (last > 0) m.merges.push_back({cell.row, 0, cell.row, last});
    // Roughly as the builder measures: a Times letter is ~0.4 em wide.
    const double perLine = std::max(1.0, width / (size * 0.3528 * 0.40));
    const double count = std::max(1.0, std::ceil(static_cast<double>(lines[i].size()) * 0.85 / perLine));
    if (count > 1) m.rowHeightsMm[cell.row] = std::round((count * size * 0.3528 * 1.2 + 1.5) * 10) / 10;
  }
  addUnitChart(m, l, c, plan, opt);   // the share of target by unit, as cells and a chart over them
  std::stable_sort(m.cells.begin(), m.cells.end(),
                   [](const ReportCell& a, const ReportCell& b) { return a.row != b.row ? a.row < b.row : a.col < b.col; });
  return m;
}

}  // namespace p8
