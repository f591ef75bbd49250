// Totals: see totals.hpp. Kept apart from the rules so that a report can be built from the
// totals without knowing how the sheets were laid out.
#include "core/check/totals.hpp"

#include <algorithm>

namespace p8 {

TotalsBuilder::Line& TotalsBuilder::line(const std::string& indicator, const std::string& district) {
  return m_lines[{indicator, district}];
}

void TotalsBuilder::allocated(const std::string& indicator, const std::string& district, double v) {
  auto& l = line(indicator, district);
  if (!l.allocated) l.allocated = v;
}

void TotalsBuilder::actual(const std::string& indicator, const std::string& district, double v) {
  auto& l = line(indicator, district);
  if (!l.actual) l.actual = v;
}

void TotalsBuilder::sheetTarget(const std::string& indicator, const std::string& district, double v) {
  auto& l = line(indicator, district);
  if (!l.sheetTarget) l.sheetTarget = v;
}

std::vector<Total> TotalsBuilder::build(const Plan& plan) const {
  // Order: plan indicators, then any other code; within one, province line, then districts
  // in the plan's order, then other ids.
  auto rank = [&](const std::pair<std::string, std::string>& key) {
    int ind = static_cast<int>(plan.indicators.size());
    for (std::size_t i = 0; i < plan.indicators.size(); ++i)
      if (plan.indicators[i].code == key.first) ind = static_cast<int>(i);
    int dist = 0;
    if (!key.second.empty()) {
      const auto ds = plan.districts();
      dist = static_cast<int>(ds.size()) + 1;
      for (std::size_t i = 0; i < ds.size(); ++i)
        if (ds[i]->id == key.second) dist = static_cast<int>(i) + 1;
    }
    return std::make_pair(ind, dist);
  };
  std::vector<std::pair<std::pair<int, int>, Total>> out;
  for (const auto& [key, l] : m_lines) {
    Total t;
    t.indicator = key.first;
    t.district = key.second;
    t.allocated = l.allocated;
    t.actual = l.actual;
    if (key.second.empty()) {
      if (const Indicator* ind = plan.findIndicator(key.first)) t.plan = ind->target;
    } else {
      auto a = plan.allocation.find(key.first);
      if (a != plan.allocation.end()) {
        auto u = a->second.find(key.second);
        if (u != a->second.end()) t.plan = u->second;
      }
    }
    if (!t.plan) t.plan = l.sheetTarget;
    if (t.plan && t.allocated) t.gap = *t.plan - *t.allocated;
    else if (t.plan && t.actual) t.gap = *t.plan - *t.actual;
    out.emplace_back(rank(key), std::move(t));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Total> totals;
  totals.reserve(out.size());
  for (auto& [r, t] : out) totals.push_back(std::move(t));
  return totals;
}

}  // namespace p8
