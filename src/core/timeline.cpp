#include "core/timeline.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <vector>

namespace p8 {
namespace {

struct YearAt { int year; std::size_t pos; };

std::vector<YearAt> yearsIn(const std::string& folded) {
  std::vector<YearAt> out;
  for (std::size_t i = 0; i + 4 <= folded.size(); ++i) {
    auto digit = [&](std::size_t k) { return k < folded.size() && folded[k] >= '0' && folded[k] <= '9'; };
    if ((i > 0 && digit(i - 1)) || !digit(i) || !digit(i + 1) || !digit(i + 2) ||
        !digit(i + 3) || digit(i + 4))
      continue;
    int y = std::stoi(folded.substr(i, 4));
    if (y >= 1900 && y <= 2100) out.push_back({y, i});
    i += 3;
  }
  return out;
}

bool precededBy(const std::string& folded, std::size_t pos, std::initializer_list<const char*> words) {
  std::string before = folded.substr(0, pos);
  while (!before.empty() && before.back() == ' ') before.pop_back();
  // drop a trailing "nam" (the word "năm" between the keyword and the year)
  if (before.size() >= 3 && before.compare(before.size() - 3, 3, "nam") == 0) {
    before.resize(before.size() - 3);
    while (!before.empty() && before.back() == ' ') before.pop_back();
  }
  for (const char* w : words) {
    std::string_view sw(w);
    if (before.size() >= sw.size() && before.compare(before.size() - sw.size(), sw.size(), sw) == 0)
      return true;
  }
  return false;
}

}  // namespace

Timeline parseTimeline(std::string_view text) {
  Timeline t;
  t.raw = std::string(text);
  const std::string folded = text::foldKey(text);
  if (folded.empty()) {
    t.reason_vi = "Không ghi thời gian thực hiện.";
    t.reason_en = "No timeline given.";
    return t;
  }
  t.recurring = folded.find("hang nam") != std::string::npos ||
                folded.find("hang quy") != std::string::npos ||
                folded.find("hang thang") != std::string::npos ||
                folded.find("thuong xuyen") != std::string::npos;
  std::vector<YearAt> years = yearsIn(folded);
  if (years.empty()) {
    t.parsed = t.recurring;
    if (!t.parsed) {
      t.reason_vi = "Không tìm thấy năm hoặc \"hàng năm\" trong thời gian thực hiện.";
      t.reason_en = "No year and no \"hàng năm\" (yearly) found in the timeline.";
    }
    return t;
  }
  t.parsed = true;
  auto [lo, hi] = std::minmax_element(years.begin(), years.end(),
                                      [](const YearAt& a, const YearAt& b) { return a.year < b.year; });
  if (years.size() == 1 || lo->year == hi->year) {
    const YearAt& y = years.front();
    if (precededBy(folded, y.pos, {"hoan thanh", "cham nhat", "den", "truoc", "hoan thanh vao",
                                   "hoan thanh vao cuoi", "vao cuoi", "vao"}))
      t.endYear = y.year;
    else if (precededBy(folded, y.pos, {"tu"}))
      t.startYear = y.year;
    else
      t.startYear = t.endYear = y.year;
  } else {
    t.startYear = lo->year;
    t.endYear = hi->year;
  }
  // A recurring activity continues after its set-up years, to the end of the plan.
  if (t.recurring) t.endYear.reset();
  return t;
}

}  // namespace p8
