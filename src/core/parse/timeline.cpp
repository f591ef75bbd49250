// Reading a timeline on its folded text ("nam 2023 den quy 2 2025"): years are found as
// 4-digit words, their role from the words before them. No regex: one pass per cell.
#include "core/parse/timeline.hpp"

#include "core/parse/text.hpp"

#include <algorithm>
#include <vector>

namespace p8 {
namespace {

struct YearAt {
  int year;
  std::size_t pos;   // byte offset in the folded text
};

bool isDigit(char c) { return c >= '0' && c <= '9'; }

std::vector<YearAt> yearsIn(const std::string& f) {
  std::vector<YearAt> out;
  for (std::size_t i = 0; i + 4 <= f.size(); ++i) {
    if (!isDigit(f[i]) || (i > 0 && isDigit(f[i - 1]))) continue;
    std::size_t j = i;
    while (j < f.size() && isDigit(f[j])) ++j;
    if (j - i == 4) {
      const int y = (f[i] - '0') * 1000 + (f[i + 1] - '0') * 100 + (f[i + 2] - '0') * 10 + (f[i + 3] - '0');
      if (y >= 1945 && y <= 2100) out.push_back({y, i});
    }
    i = j;
  }
  return out;
}

bool hasWordPhrase(const std::string& f, std::string_view phrase) {
  for (std::size_t at = f.find(phrase); at != std::string::npos; at = f.find(phrase, at + 1)) {
    const bool startOk = at == 0 || f[at - 1] == ' ';
    const bool endOk = at + phrase.size() == f.size() || f[at + phrase.size()] == ' ';
    if (startOk && endOk) return true;
  }
  return false;
}

// The folded text before a year, without what names a part of that year: the word "năm",
// a day/month/quarter ("30/6/2025", "quý 2/2025", "quý III/2024", "tháng 6 năm 2025").
std::string before(const std::string& f, std::size_t pos) {
  std::string b = f.substr(0, pos);
  for (int steps = 0; steps < 6; ++steps) {
    while (!b.empty() && b.back() == ' ') b.pop_back();
    const std::size_t sp = b.rfind(' ');
    const std::string_view last = std::string_view(b).substr(sp == std::string::npos ? 0 : sp + 1);
    const bool dayOrMonth = !last.empty() && last.size() <= 2 && std::all_of(last.begin(), last.end(), isDigit);
    const bool part = last == "nam" || last == "quy" || last == "thang" || last == "ngay" || last == "i" ||
                      last == "ii" || last == "iii" || last == "iv";
    if (!dayOrMonth && !part) break;
    b.resize(b.size() - last.size());
  }
  while (!b.empty() && b.back() == ' ') b.pop_back();
  return b;
}

bool endsWithAny(const std::string& b, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words)
    if (b.size() >= w.size() && b.compare(b.size() - w.size(), w.size(), w) == 0 &&
        (b.size() == w.size() || b[b.size() - w.size() - 1] == ' '))
      return true;
  return false;
}

// "hoàn thành (vào) (cuối) năm 2024", "chậm nhất (vào) năm 2024", "đến quý 2/2025", "trước 2025"
bool isEndWord(const std::string& b) {
  return endsWithAny(b, {"den", "toi", "truoc", "het", "cham nhat", "cham nhat vao", "hoan thanh", "hoan thanh vao",
                         "hoan thanh vao cuoi", "hoan thanh trong", "vao cuoi", "cuoi", "ket thuc", "ket thuc vao"});
}

bool isStartWord(const std::string& b) { return endsWithAny(b, {"tu", "bat dau", "bat dau tu", "ke tu", "khoi dong"}); }

}  // namespace

Timeline parseTimeline(std::string_view text) {
  Timeline t;
  t.raw = std::string(text);
  const std::string f = text::foldKey(text);
  if (f.empty()) {
    t.reason_vi = "Không ghi thời gian thực hiện.";
    t.reason_en = "No timeline given.";
    return t;
  }
  for (std::string_view p : {"hang nam", "hang quy", "hang thang", "thuong xuyen", "dinh ky", "moi nam", "hang tuan"})
    if (hasWordPhrase(f, p)) t.recurring = true;
  const std::vector<YearAt> years = yearsIn(f);
  if (years.empty()) {
    t.parsed = t.recurring;
    if (!t.parsed) {
      const std::string q = "\"" + text::shorten(text::trim(text), 60) + "\"";
      t.reason_vi = "Không tìm thấy năm (vd. 2023) hay \"hàng năm\" trong " + q + ".";
      t.reason_en = "No year (e.g. 2023) and no \"hàng năm\" (every year) in " + q + ".";
    }
    return t;
  }
  t.parsed = true;
  const auto [lo, hi] = std::minmax_element(years.begin(), years.end(),
                                            [](const YearAt& a, const YearAt& b) { return a.year < b.year; });
  if (lo->year == hi->year) {
    const std::string b = before(f, years.front().pos);
    if (isEndWord(b)) t.endYear = lo->year;
    else if (isStartWord(b)) t.startYear = lo->year;
    else t.startYear = t.endYear = lo->year;
  } else {
    t.startYear = lo->year;
    t.endYear = hi->year;
  }
  if (t.recurring && t.endYear) {
    // A recurring activity goes on after its set-up year(s); the end is kept only when the
    // last year closes a range: "đến 2025", "tới năm 2025", "hết 2025", "2022-2025".
    const std::string b = before(f, hi->pos);
    const bool rangeEnd = endsWithAny(b, {"den", "toi", "het"}) ||
                          (b.size() >= 4 && std::count_if(b.end() - 4, b.end(), isDigit) == 4);
    if (!rangeEnd) t.endYear.reset();
  }
  return t;
}

}  // namespace p8
