// Appendix tables (Phụ lục: TT · Nội dung hoạt động · Chỉ tiêu · Thời gian). Targets are
// free text, so they are classified, not summed: an empty target is a warning, a
// qualitative one is noted, a numeric one that differs from the plan's own row is an error.
// A row finds its plan row by its numbering path (Nội dung 1 → HĐ 2 → 03, spaces and
// leading zeros ignored), else by its text; timelines must parse and stay in the phase.
#include "core/check/check_rules.hpp"

#include "core/parse/number.hpp"
#include "core/parse/target.hpp"
#include "core/parse/text.hpp"
#include "core/parse/timeline.hpp"

#include <cctype>
#include <cmath>
#include <functional>
#include <unordered_map>

namespace p8 {
namespace {

// "Nội dung 1. Tuyên truyền" → "noidung1", "HĐ 2" → "hd2", "01" → "1", "a)" → "a".
enum class Part { Content, Activity, Item };
std::string numberKey(const std::string& number, Part* part = nullptr) {
  const std::string f = text::foldKey(number);
  auto digitsAfter = [&](std::size_t p) {
    while (p < f.size() && f[p] == ' ') ++p;
    std::size_t e = p;
    while (e < f.size() && std::isdigit(static_cast<unsigned char>(f[e]))) ++e;
    std::string d = f.substr(p, e - p);
    while (d.size() > 1 && d[0] == '0') d.erase(0, 1);
    return d;
  };
  if (f.rfind("noi dung", 0) == 0) {
    if (part) *part = Part::Content;
    return "noidung" + digitsAfter(8);
  }
  if (f.rfind("hd", 0) == 0 && (f.size() == 2 || f[2] == ' ' || std::isdigit(static_cast<unsigned char>(f[2])))) {
    if (part) *part = Part::Activity;
    return "hd" + digitsAfter(2);
  }
  if (part) *part = Part::Item;
  std::string k;
  for (char c : f)
    if (c != ' ') k += c;
  while (k.size() > 1 && k[0] == '0' && std::isdigit(static_cast<unsigned char>(k[1]))) k.erase(0, 1);
  return k;
}

std::string textKey(const std::string& s) { return text::foldKey(s).substr(0, 80); }

struct PlanRows {
  std::unordered_map<std::string, const ContentItem*> byPath;
  std::unordered_map<std::string, const ContentItem*> byText;   // nullptr when two rows share a text
};

PlanRows indexPlan(const Plan& plan) {
  PlanRows idx;
  std::function<void(const ContentItem&, const std::string&)> walk = [&](const ContentItem& c,
                                                                          const std::string& path) {
    const std::string p = path + "/" + numberKey(c.number);
    if (c.children.empty()) {
      if (!c.number.empty()) idx.byPath.emplace(p, &c);
      auto [it, fresh] = idx.byText.emplace(textKey(c.text.vi), &c);
      if (!fresh) it->second = nullptr;
    }
    for (const auto& k : c.children) walk(k, p);
  };
  for (const auto& c : plan.content) walk(c, "");
  return idx;
}

std::string targetValueText(const TargetText& t) {
  return t.value ? machineNumber(*t.value) : t.raw;
}

}  // namespace

std::vector<std::string> checkAppendix(const SheetTable& t, CheckContext& ctx) {
  std::vector<std::string> found;
  const int targetCol = t.first(ColumnRole::Target);
  const int timeCol = t.first(ColumnRole::Timeline);
  const PlanRows plan = indexPlan(ctx.plan);
  std::string content, activity;
  for (int ri = 0; ri < t.rowCount(); ++ri) {
    const TableRow& r = t.row(ri);
    if (r.role == RowRole::Section) {
      Part part = Part::Item;
      std::string key = numberKey(r.number.empty() ? r.label : r.number, &part);
      if (part == Part::Item && !r.number.empty()) key = numberKey(r.label, &part);
      if (part == Part::Content) { content = key; activity.clear(); }
      else if (part == Part::Activity) activity = key;
      continue;
    }
    if (r.role != RowRole::Item) continue;
    const ContentItem* planned = nullptr;
    if (!r.number.empty()) {
      auto it = plan.byPath.find("/" + content + "/" + activity + "/" + numberKey(r.number));
      if (it != plan.byPath.end()) planned = it->second;
    }
    if (!planned) {
      auto it = plan.byText.find(textKey(r.label));
      if (it != plan.byText.end()) planned = it->second;
    }
    if (planned && !planned->indicator.empty()) found.push_back(planned->indicator);
    if (targetCol >= 0) {
      const Cell& cell = t.cell(ri, targetCol);
      const std::string at = t.a1(ri, targetCol);
      if (cell.type == Cell::Type::Error) continue;   // reported as cell-error
      // A number cell is read as a number (0.15 under a "15 %" plan target is 15 %), never
      // re-parsed as text, where "0.15" would be an ambiguous Vietnamese number.
      const bool plannedPercent = planned && parseTarget(planned->targetText).kind == TargetKind::Percent;
      const TargetText target = cell.type == Cell::Type::Number ? targetFromNumber(cell.number, plannedPercent)
                                                                : parseTarget(cell.text);
      const std::string what = r.number.empty() ? text::shorten(r.label, 60) : r.number + " " + text::shorten(r.label, 60);
      if (target.kind == TargetKind::Empty)
        ctx.add("target-empty", t, at, planned ? planned->targetText : "", "",
                "Hoạt động \"" + what + "\" chưa có chỉ tiêu (ô " + at + "). Ghi chỉ tiêu, hoặc ghi rõ vì sao không có.",
                "The activity \"" + what + "\" has no target (cell " + at + "). Enter one, or say why there is none.");
      else if (target.kind == TargetKind::Qualitative)
        ctx.add("target-qualitative", t, at, "", target.raw,
                "Chỉ tiêu ở " + at + " là chỉ tiêu định tính (\"" + text::shorten(target.raw, 60) +
                    "\"): không cộng được, cần đánh giá bằng báo cáo.",
                "The target in " + at + " is qualitative (\"" + text::shorten(target.raw, 60) +
                    "\"): it cannot be summed and is judged in the narrative report.");
      if (planned && target.kind != TargetKind::Empty && textKey(target.raw) != textKey(planned->targetText)) {
        const TargetText p = parseTarget(planned->targetText);
        const bool differs = p.value && (!target.value || !nearlyEqual(*p.value, *target.value));
        if (differs)
          ctx.add("target-mismatch", t, at, targetValueText(p), targetValueText(target),
                  "Chỉ tiêu ở " + at + " là \"" + text::shorten(target.raw, 60) + "\" nhưng kế hoạch " + ctx.plan.id +
                      " ghi \"" + text::shorten(planned->targetText, 60) + "\". Ghi đúng chỉ tiêu của kế hoạch.",
                  "The target in " + at + " is \"" + text::shorten(target.raw, 60) + "\" but plan " + ctx.plan.id +
                      " says \"" + text::shorten(planned->targetText, 60) + "\".");
      }
    }
    if (timeCol >= 0) {
      const Cell& cell = t.cell(ri, timeCol);
      if (cell.type != Cell::Type::Text || text::isBlank(cell.text)) continue;
      const std::string at = t.a1(ri, timeCol);
      const Timeline tl = parseTimeline(cell.text);
      if (!tl.parsed) {
        ctx.add("timeline-unparsed", t, at, "", cell.text,
                "Không đọc được thời gian thực hiện ở " + at + " (\"" + text::shorten(cell.text, 60) + "\"). " + tl.reason_vi,
                "Cannot read the timeline in " + at + " (\"" + text::shorten(cell.text, 60) + "\"). " + tl.reason_en);
        continue;
      }
      const int from = ctx.plan.startYear, to = ctx.plan.endYear;
      const int bad = tl.startYear && *tl.startYear < from ? *tl.startYear
                      : tl.endYear && *tl.endYear > to     ? *tl.endYear
                                                           : 0;
      if (bad)
        ctx.add("timeline-outside-phase", t, at, std::to_string(from) + "-" + std::to_string(to), std::to_string(bad),
                "Thời gian ở " + at + " có năm " + std::to_string(bad) + ", nằm ngoài giai đoạn " + std::to_string(from) +
                    "–" + std::to_string(to) + " của kế hoạch. Kiểm tra lại năm.",
                "The timeline in " + at + " names " + std::to_string(bad) + ", outside the plan's phase " +
                    std::to_string(from) + "–" + std::to_string(to) + ".");
    }
  }
  return found;
}

}  // namespace p8
