// Progress tables (Kế hoạch giai đoạn · Kế hoạch năm · Thực hiện · Lũy kế · Tỷ lệ): the
// figure achieved so far against the phase target, judged on the plan's linear schedule as
// of the reporting year (progress.hpp, shared with P8.STATUS). "Achieved so far" is the
// Lũy kế column; a lone "Thực hiện" column counts only when it names no period and there is
// no annual plan column. One period's figure ("Thực hiện năm 2024", "TH 6 tháng") is never
// set against the phase target; a whole year's figure is set against that year's plan when
// the sheet has one. A phase target written in the sheet must be the plan's — unless the
// title names a district, whose report carries its own share.
#include "core/check/check_rules.hpp"

#include "core/parse/number.hpp"
#include "core/check/progress.hpp"
#include "core/parse/text.hpp"

#include <algorithm>
#include <cctype>

namespace p8 {

// Districts as columns under "Thực hiện": each district's own figure goes to the totals.
static void districtActuals(const SheetTable& t, const TableValues& tv, int ri, const std::string& code,
                            CheckContext& ctx) {
  for (int c = 0; c < t.columnCount(); ++c)
    if (t.column(c).role == ColumnRole::District && !t.column(c).districtId.empty() &&
        t.column(c).group != ColumnRole::Target && t.column(c).group != ColumnRole::PlanYear &&
        t.column(c).group != ColumnRole::Rate)
      if (const auto v = tv.at(ri, c).v) ctx.totals.actual(code, t.column(c).districtId, *v);
}

std::string titleDistrict(const Grid& g, const Table& table, const Plan& plan) {
  std::vector<std::pair<std::string, std::string>> names;   // folded name → id
  for (const OrgUnit* d : plan.districts()) {
    names.emplace_back(text::foldKey(d->name), d->id);
    for (const auto& a : d->aliases) names.emplace_back(text::foldKey(a), d->id);
  }
  const GridRect area = gridArea(table);   // grid rows, whichever way the table is read
  for (int r = 0; r < std::min(area.top, g.rows); ++r)
    for (int c = 0; c < g.cols; ++c) {
      const Cell& cell = g.at(r, c);
      if (cell.type != Cell::Type::Text || cell.text.size() > 400) continue;
      const std::string f = text::foldKey(cell.text);
      for (const auto& [n, id] : names)
        if (text::containsWords(f, n)) return id;
    }
  return "";
}

// "Thực hiện năm 2024", "TH 6 tháng đầu năm", "Ước thực hiện cả năm", "kỳ báo cáo": one
// period's figure. "đến 31/12/2024", "từ đầu giai đoạn", "đến nay": achieved so far.
bool onePeriod(const std::string& header) {
  const std::string f = text::foldKey(header);
  for (const char* w : {"den nay", "tu dau", "den 31", "den het", "tinh den", "luy ke", "cong don", "ca giai doan"})
    if (f.find(w) != std::string::npos) return false;
  for (const char* w : {"nam", "thang", "quy", "ky bao cao", "trong ky", "ca nam"})
    if (text::containsWords(f, w)) return true;
  return std::any_of(f.begin(), f.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The year a header names ("Thực hiện năm 2024", "KH năm 2024"), 0 when none.
int headerYear(const std::string& header) {
  const std::string f = text::foldKey(header);
  for (std::size_t i = 0; i + 4 <= f.size(); ++i) {
    if ((i && std::isdigit(static_cast<unsigned char>(f[i - 1]))) ||
        (i + 4 < f.size() && std::isdigit(static_cast<unsigned char>(f[i + 4]))))
      continue;
    if (f.substr(i, 4).find_first_not_of("0123456789") != std::string::npos) continue;
    const int y = std::stoi(f.substr(i, 4));
    if (y >= 2000 && y <= 2100) return y;
  }
  return 0;
}

// A whole year's figure ("Thực hiện năm 2024", "Ước thực hiện cả năm 2024"): not six months,
// not a quarter, not a reporting period of unknown length.
bool wholeYear(const std::string& header) {
  const std::string f = text::foldKey(header);
  if (!text::containsWords(f, "nam")) return false;
  for (const char* w : {"thang", "quy", "ky", "dau nam", "den nay"})
    if (text::containsWords(f, w)) return false;
  return true;
}

// One year's figure against that year's plan, at the end of the year judged (--year): a
// one-year figure is never set against the phase target.
void yearAgainstYearPlan(const SheetTable& t, const TableValues& tv, CheckContext& ctx) {
  if (!ctx.opt.asOfYear) return;
  const int year = *ctx.opt.asOfYear;
  int planCol = -1, actualCol = -1;
  for (int ci : t.all(ColumnRole::PlanYear))
    if (headerYear(t.column(ci).header) == year) { planCol = ci; break; }
  for (int ci : t.all(ColumnRole::Actual))
    if (onePeriod(t.column(ci).header) && wholeYear(t.column(ci).header) && headerYear(t.column(ci).header) == year) {
      actualCol = ci;
      break;
    }
  if (planCol < 0 || actualCol < 0) return;
  for (int ri = 0; ri < t.rowCount(); ++ri) {
    if (t.row(ri).role != RowRole::Item) continue;
    const auto plan = tv.at(ri, planCol).v, done = tv.at(ri, actualCol).v;
    if (!plan || !done || *plan <= 0 || *done + 1e-9 >= *plan) continue;
    const Measure m = tv.rows[ri].measure;
    const std::string at = t.a1(ri, actualCol);
    const std::string what = text::shorten(t.row(ri).label.empty() ? t.row(ri).number : t.row(ri).label, 60);
    const std::string y = std::to_string(year);
    ctx.add("progress-behind", t, at, machineNumber(*plan), machineNumber(*done),
            "\"" + what + "\": năm " + y + " thực hiện " + viNumber(*done, m) + ", chưa đạt kế hoạch năm " + y + " (" +
                viNumber(*plan, m) + "). Đẩy nhanh thực hiện hoặc giải trình trong báo cáo.",
            "\"" + what + "\": " + enNumber(*done, m) + " done in " + y + ", short of the year's plan (" +
                enNumber(*plan, m) + "). Speed up or explain in the report.");
  }
}

void checkProgress(const SheetTable& t, const TableValues& tv, CheckContext& ctx) {
  yearAgainstYearPlan(t, tv, ctx);
  const int targetCol = t.first(ColumnRole::Target);
  const int cumulativeCol = t.first(ColumnRole::Cumulative);
  // Progress against the phase target only from figures achieved so far: the Lũy kế column,
  // or a lone "Thực hiện" that names no period (it cannot be one year's figure then).
  int achievedCol = cumulativeCol;
  if (achievedCol < 0 && t.first(ColumnRole::PlanYear) < 0)
    for (int ci : t.all(ColumnRole::Actual))
      if (!onePeriod(t.column(ci).header)) { achievedCol = ci; break; }
  const std::string district = titleDistrict(t.grid, t.table, ctx.plan);   // "" = the province's table
  const bool districtReport = !district.empty();
  const Schedule schedule{ctx.opt.asOfYear, ctx.plan.startYear, ctx.plan.endYear};
  for (int ri = 0; ri < t.rowCount(); ++ri) {
    const TableRow& r = t.row(ri);
    if (r.role != RowRole::Item) continue;
    const Indicator* ind = tv.rows[ri].indicator;
    const Measure m = tv.rows[ri].measure;
    std::optional<double> goal = targetCol >= 0 ? tv.at(ri, targetCol).v : std::nullopt;
    if (goal && ind && ind->target && !districtReport && !nearlyEqual(*goal, *ind->target)) {
      const std::string at = t.a1(ri, targetCol);
      ctx.add("target-mismatch", t, at, machineNumber(*ind->target), machineNumber(*goal),
              "Kế hoạch giai đoạn ghi ở " + at + " là " + viNumber(*goal, m) + " nhưng chỉ tiêu " + ind->code +
                  " của kế hoạch " + ctx.plan.id + " là " + viNumber(*ind->target, m) + ". Ghi đúng chỉ tiêu kế hoạch.",
              "The phase target in " + at + " is " + enNumber(*goal, m) + " but indicator " + ind->code + " of plan " +
                  ctx.plan.id + " is " + enNumber(*ind->target, m) + ".");
    }
    if (ind && goal && (districtReport || !ind->target)) ctx.totals.sheetTarget(ind->code, district, *goal);
    if (!goal && ind && !districtReport) goal = ind->target;
    if (ind) districtActuals(t, tv, ri, ind->code, ctx);
    // A plain double and a flag, not an optional: GCC 12 warns falsely about the optional here.
    double done = 0;
    bool reported = false;
    if (achievedCol >= 0)
      if (const auto v = tv.at(ri, achievedCol).v) done = *v, reported = true;
    if (ind && reported) ctx.totals.actual(ind->code, district, done);
    if (!goal || !reported) continue;
    const ProgressStatus st = judgeProgress(done, goal, schedule);
    const std::string at = t.a1(ri, achievedCol);
    const std::string what = text::shorten(r.label.empty() ? r.number : r.label, 60);
    if (st == ProgressStatus::Behind) {
      const double due = *goal * expectedShare(schedule);
      ctx.add("progress-behind", t, at, machineNumber(due), machineNumber(done),
              "\"" + what + "\": đến hết năm " + std::to_string(*schedule.asOfYear) + " đạt " + viNumber(done, m) +
                  "/" + viNumber(*goal, m) + ", chậm so với tiến độ (cần khoảng " + viNumber(due, m) +
                  "). Đẩy nhanh thực hiện hoặc giải trình trong báo cáo.",
              "\"" + what + "\": " + enNumber(done, m) + " of " + enNumber(*goal, m) + " by the end of " +
                  std::to_string(*schedule.asOfYear) + ", behind schedule (about " + enNumber(due, m) +
                  " due). Speed up or explain in the report.");
    } else if (st == ProgressStatus::Exceeded) {
      ctx.add("progress-exceeds", t, at, machineNumber(*goal), machineNumber(done),
              "\"" + what + "\" đã vượt chỉ tiêu: " + viNumber(done, m) + "/" + viNumber(*goal, m) + ".",
              "\"" + what + "\" exceeded its target: " + enNumber(done, m) + " of " + enNumber(*goal, m) + ".");
    }
  }
}

}  // namespace p8
