// The rows of a report from the plan, numbered as the layout says: Roman numerals for parts
// (I, II), Arabic for items (1, 2), dotted sub-items (1.1, 2.3) — the administrative
// convention — or letters, or the plan's own indicator codes.
#include "core/report/report_internal.hpp"

#include "core/parse/text.hpp"

#include <functional>
#include <set>

namespace p8 {

std::string romanNumeral(int n) {
  if (n < 1 || n > 3999) return std::to_string(n);
  static const std::pair<int, const char*> kDigits[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"},
                                                        {90, "XC"},  {50, "L"},   {40, "XL"}, {10, "X"},   {9, "IX"},
                                                        {5, "V"},    {4, "IV"},   {1, "I"}};
  std::string out;
  for (const auto& [v, s] : kDigits)
    for (; n >= v; n -= v) out += s;
  return out;
}

namespace report {
namespace {

std::string letter(int i, bool upper) {
  if (i < 1 || i > 26) return std::to_string(i);
  return std::string(1, static_cast<char>((upper ? 'A' : 'a') + i - 1));
}

// The number of the i-th row (1-based) at a depth, under a parent numbered parentNumber.
std::string numberAt(const Numbering& n, int depth, int i, const std::string& parentNumber, int parentDepth,
                     const Indicator* ind) {
  if (depth == 0) return n.part == "roman" ? romanNumeral(i) : n.part == "letter" ? letter(i, true) : "";
  if (depth == 1) return n.item == "code" && ind ? ind->code : std::to_string(i);
  if (n.subItem == "letter") return letter(i, false);
  if (n.subItem == "code" && ind) return ind->code;
  return parentNumber.empty() || parentDepth == 0 ? std::to_string(i) : parentNumber + "." + std::to_string(i);
}

std::string firstLine(const std::string& s) {
  const std::size_t nl = s.find('\n');
  return text::trim(nl == std::string::npos ? s : s.substr(0, nl));
}

bool leadsToIndicator(const ContentItem& c, const Plan& plan) {
  if (!c.indicator.empty() && plan.findIndicator(c.indicator)) return true;
  for (const auto& k : c.children)
    if (leadsToIndicator(k, plan)) return true;
  return false;
}

}  // namespace

std::vector<Line> planLines(const Plan& plan, const Numbering& numbering, const std::string& lang) {
  std::vector<Line> out;
  std::set<std::string> reached;
  bool linked = false;
  for (const auto& c : plan.content) linked |= leadsToIndicator(c, plan);
  int parts = 0;
  if (linked) {
    std::function<void(const ContentItem&, int, int, const std::string&, int)> walk =
        [&](const ContentItem& c, int depth, int index, const std::string& parentNumber, int parentDepth) {
          const Indicator* ind = c.indicator.empty() ? nullptr : plan.findIndicator(c.indicator);
          if (ind && !reached.insert(ind->code).second) ind = nullptr;   // one row per indicator
          Line l;
          l.level = depth;
          l.indicator = ind;
          l.kind = ind ? Line::Kind::Item : depth == 0 ? Line::Kind::Part : Line::Kind::Group;
          l.number = numberAt(numbering, depth, index, parentNumber, parentDepth, ind);
          l.label = ind ? ind->name.in(lang) : firstLine(c.text.in(lang));
          out.push_back(l);
          int k = 0;
          for (const auto& child : c.children)
            if (leadsToIndicator(child, plan)) walk(child, depth + 1, ++k, l.number, depth);
        };
    for (const auto& c : plan.content)
      if (leadsToIndicator(c, plan)) walk(c, 0, ++parts, "", -1);
  }
  // Indicators no activity row names (all of them in a plan without links): parents, then
  // their sub-indicators under them.
  std::vector<const Indicator*> rest;
  for (const auto& ind : plan.indicators)
    if (!reached.count(ind.code)) rest.push_back(&ind);
  if (rest.empty()) return out;
  if (linked) {
    Line part;
    part.kind = Line::Kind::Part;
    part.number = numberAt(numbering, 0, ++parts, "", -1, nullptr);
    part.label = lang == "en" ? "Other indicators" : "Chỉ tiêu khác";
    out.push_back(part);
  }
  auto isTop = [&](const Indicator* ind) {
    if (ind->parent.empty()) return true;
    for (const Indicator* p : rest)
      if (p->code == ind->parent) return false;
    return true;
  };
  std::function<void(const Indicator*, int, int, const std::string&, int)> emit =
      [&](const Indicator* ind, int depth, int index, const std::string& parentNumber, int parentDepth) {
        if (!reached.insert(ind->code).second) return;   // a parent cycle: each indicator once
        Line l;
        l.level = depth;
        l.indicator = ind;
        l.number = numberAt(numbering, depth, index, parentNumber, parentDepth, ind);
        l.label = ind->name.in(lang);
        out.push_back(l);
        int sub = 0;
        for (const Indicator* child : rest)
          if (child->parent == ind->code && !reached.count(child->code)) emit(child, depth + 1, ++sub, l.number, depth);
      };
  int top = 0;
  for (const Indicator* ind : rest)
    if (isTop(ind)) emit(ind, 1, ++top, "", 0);
  for (const Indicator* ind : rest)   // left over only by a parent cycle (the plan reader refuses those)
    if (!reached.count(ind->code)) emit(ind, 1, ++top, "", 0);
  return out;
}

}  // namespace report
}  // namespace p8
