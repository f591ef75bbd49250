// Appendix tables (Phụ lục: TT / Nội dung hoạt động / Chỉ tiêu / Thời gian) and progress
// tables (plan, actual, cumulative). Targets are free text, so they are classified, not
// summed: an empty target is a warning, a qualitative one is noted, a numeric one that
// differs from the plan's own row is an error.
#include "core/check.hpp"

#include "core/number.hpp"
#include "core/progress.hpp"
#include "core/target.hpp"
#include "core/text.hpp"
#include "core/timeline.hpp"

#include <cmath>
#include <functional>
#include <unordered_map>

namespace p8 {

std::string plainNumber(double v);

namespace {

std::string activityKey(const std::string& text) {
  std::string k = text::foldKey(text);
  return k.substr(0, 80);
}

}  // namespace

void checkAppendix(const Table& t, CheckContext& ctx) {
  const int nameCol = t.columnIndex(ColumnRole::Name);
  const int targetCol = t.columnIndex(ColumnRole::Target);
  const int timeCol = t.columnIndex(ColumnRole::Timeline);
  std::unordered_map<std::string, const ContentItem*> planRows;
  std::function<void(const ContentItem&)> index = [&](const ContentItem& c) {
    if (c.children.empty()) planRows.emplace(activityKey(c.text.vi), &c);
    for (const auto& k : c.children) index(k);
  };
  for (const auto& c : ctx.plan.content) index(c);
  for (const auto& r : t.rows) {
    if (r.role != RowRole::Item) continue;
    if (targetCol >= 0) {
      const auto& col = t.columns[targetCol];
      const Cell& cell = t.cell(r, col);
      const std::string at = t.a1(r, col);
      if (cell.type == Cell::Type::Error) {
        readNumber(t, r, col, ctx, false, false);
        continue;
      }
      TargetText target = cell.type == Cell::Type::Number ? parseTarget(plainNumber(cell.number))
                                                          : parseTarget(cell.text);
      if (target.kind == TargetKind::Empty)
        ctx.findings.push_back(makeFinding(
            "target-empty", t.sheet, at, "", "",
            "Hoạt động \"" + text::shorten(r.label, 80) + "\" chưa có chỉ tiêu (ô " + at + "). Ghi chỉ tiêu hoặc ghi rõ lý do.",
            "The activity at row " + std::to_string(r.row + 1) + " has no target (cell " + at + ")."));
      else if (target.kind == TargetKind::Qualitative)
        ctx.findings.push_back(makeFinding(
            "target-qualitative", t.sheet, at, "", target.raw,
            "Chỉ tiêu ở " + at + " là chỉ tiêu định tính (\"" + text::shorten(target.raw, 60) + "\"), không cộng được.",
            "The target in " + at + " is qualitative and cannot be summed."));
      if (target.value && nameCol >= 0) {
        auto it = planRows.find(activityKey(r.label));
        if (it != planRows.end()) {
          TargetText planned = parseTarget(it->second->targetText);
          if (planned.value && std::fabs(*planned.value - *target.value) > 1e-9)
            ctx.findings.push_back(makeFinding(
                "target-mismatch", t.sheet, at, plainNumber(*planned.value), plainNumber(*target.value),
                "Chỉ tiêu ở " + at + " là \"" + target.raw + "\" nhưng kế hoạch " + ctx.plan.id + " ghi \"" +
                    it->second->targetText + "\". Ghi đúng chỉ tiêu kế hoạch.",
                "The target in " + at + " is \"" + target.raw + "\" but plan " + ctx.plan.id + " says \"" +
                    it->second->targetText + "\"."));
        }
      }
    }
    if (timeCol >= 0) {
      const auto& col = t.columns[timeCol];
      const Cell& cell = t.cell(r, col);
      if (cell.type == Cell::Type::Text && !text::isBlank(cell.text)) {
        Timeline tl = parseTimeline(cell.text);
        if (!tl.parsed)
          ctx.findings.push_back(makeFinding(
              "timeline-unparsed", t.sheet, t.a1(r, col), "", cell.text,
              "Không đọc được thời gian thực hiện ở " + t.a1(r, col) + ": " + tl.reason_vi,
              "Cannot read the timeline in " + t.a1(r, col) + ": " + tl.reason_en));
      }
    }
  }
}

void checkProgress(const Table& t, CheckContext& ctx) {
  const int targetCol = t.columnIndex(ColumnRole::Target) >= 0 ? t.columnIndex(ColumnRole::Target)
                                                                 : t.columnIndex(ColumnRole::PlanYear);
  const int actualCol = t.columnIndex(ColumnRole::Cumulative) >= 0 ? t.columnIndex(ColumnRole::Cumulative)
                                                                     : t.columnIndex(ColumnRole::Actual);
  for (const auto& r : t.rows) {
    if (r.role != RowRole::Item) continue;
    const Indicator* ind = ctx.plan.findIndicator(r.indicatorCode);
    const bool isPercent = ind && ind->percent;
    std::optional<double> goal, actual;
    for (const auto& c : t.columns) {
      if (c.role != ColumnRole::Target && c.role != ColumnRole::PlanYear && c.role != ColumnRole::Actual &&
          c.role != ColumnRole::Cumulative && c.role != ColumnRole::Rate)
        continue;
      auto v = readNumber(t, r, c, ctx, ind && !ind->percent && c.role != ColumnRole::Rate,
                          isPercent || c.role == ColumnRole::Rate);
      if (targetCol >= 0 && &c == &t.columns[targetCol]) goal = v;
      if (actualCol >= 0 && &c == &t.columns[actualCol]) actual = v;
    }
    if (!goal && ind) goal = ind->target;
    if (ind) ctx.totals.push_back({ind->code, "", goal, std::nullopt, actual,
                                   goal && actual ? std::optional<double>(*goal - *actual) : std::nullopt});
    if (!goal || !actual || actualCol < 0) continue;
    Schedule s{ctx.opt.asOfYear, ctx.plan.startYear, ctx.plan.endYear};
    ProgressStatus st = judgeProgress(*actual, goal, s);
    const std::string at = t.a1(r, t.columns[actualCol]);
    if (st == ProgressStatus::Behind)
      ctx.findings.push_back(makeFinding(
          "progress-behind", t.sheet, at, plainNumber(*goal * expectedShare(s)), plainNumber(*actual),
          "\"" + text::shorten(r.label, 60) + "\": đạt " + formatNumberVi(*actual) + "/" + formatNumberVi(*goal) +
              ", chậm so với tiến độ năm " + std::to_string(*s.asOfYear) + " (cần khoảng " +
              formatNumberVi(*goal * expectedShare(s), 0) + ").",
          "\"" + text::shorten(r.label, 60) + "\": " + plainNumber(*actual) + " of " + plainNumber(*goal) +
              ", behind schedule for " + std::to_string(*s.asOfYear) + "."));
    else if (st == ProgressStatus::Exceeded)
      ctx.findings.push_back(makeFinding(
          "progress-exceeds", t.sheet, at, plainNumber(*goal), plainNumber(*actual),
          "\"" + text::shorten(r.label, 60) + "\" đã vượt chỉ tiêu (" + formatNumberVi(*actual) + "/" + formatNumberVi(*goal) + ").",
          "\"" + text::shorten(r.label, 60) + "\" exceeded its target (" + plainNumber(*actual) + "/" + plainNumber(*goal) + ")."));
  }
}

}  // namespace p8
