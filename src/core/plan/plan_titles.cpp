// What a plan workbook's titles and labels say before any table is read: the province and
// the phase in the title lines, and the unit names written with their administrative prefix
// (plan_from_grids_internal.hpp). Plain text scans, no guessing beyond the words written.
#include "core/plan/plan_from_grids_internal.hpp"

#include "core/parse/text.hpp"
#include "core/report/report_model.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <set>

namespace p8::planbook {
namespace {

// "bắc kạn" → "Bắc Kạn": the first letter of each word in capitals.
std::string titleCase(const std::string& low) {
  std::string out;
  bool start = true;
  for (std::size_t i = 0; i < low.size();) {
    const std::size_t from = i;
    const char32_t c = text::nextCodePoint(low, i);
    if (i <= from) i = from + 1;
    const std::string ch = low.substr(from, i - from);
    out += start ? upperVi(ch) : ch;
    start = text::isSpace(c);
  }
  return out;
}

std::string provinceIn(const std::string& cellText) {
  const std::string low = text::lowerVi(cellText);
  const std::size_t at = low.find("tỉnh ");
  if (at == std::string::npos || (at > 0 && low[at - 1] != ' ' && low[at - 1] != '\n')) return {};
  std::string rest = low.substr(at + std::string("tỉnh ").size());
  std::size_t cut = rest.size();
  for (std::string_view stop : {",", ";", "(", ")", "\n", ":", " giai đoạn", " năm", " đến", " từ", " thực hiện",
                                " về", " - ", " – ", " theo", " cho", " và", " tại", " phân bổ"})
    cut = std::min(cut, rest.find(stop));
  rest = text::trim(rest.substr(0, cut));
  if (rest.empty() || rest.size() > 40 || rest.rfind("ủy", 0) == 0 || rest.rfind("uỷ", 0) == 0) return {};
  return titleCase(rest);
}

// "2021-2025", "2021 – 2025", "2021 đến 2025" → both years; "đến năm 2030" → the end only.
bool yearsIn(const std::string& s, int& start, int& end, bool& endOnly) {
  std::vector<std::pair<std::size_t, int>> years;
  for (std::size_t i = 0; i + 4 <= s.size(); ++i) {
    if ((i > 0 && std::isdigit(static_cast<unsigned char>(s[i - 1]))) || !std::isdigit(static_cast<unsigned char>(s[i])))
      continue;
    std::size_t j = i;
    while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
    if (j - i == 4) {
      const int y = std::atoi(s.substr(i, 4).c_str());
      if (y >= 2000 && y <= 2100 && (i == 0 || s[i - 1] != '/')) years.emplace_back(i, y);
    }
    i = j;
  }
  for (std::size_t k = 0; k + 1 < years.size(); ++k) {
    const std::string between = text::foldKey(s.substr(years[k].first + 4, years[k + 1].first - years[k].first - 4));
    if (years[k + 1].second > years[k].second && years[k + 1].second - years[k].second <= 15 &&
        (between.empty() || between == "den" || between == "den nam")) {
      start = years[k].second;
      end = years[k + 1].second;
      endOnly = false;
      return true;
    }
  }
  const std::string low = text::lowerVi(s);
  for (const auto& [pos, y] : years)
    if (pos >= 9 && low.rfind("đến năm ", pos) != std::string::npos && low.rfind("đến năm ", pos) + 12 >= pos) {
      end = y;
      start = y - 4;
      endOnly = true;
      return true;
    }
  return false;
}

bool isUnitName(const std::string& t) {
  if (t.size() > 60 || text::foldKey(t).rfind("xa hoi", 0) == 0) return false;
  int words = 1;
  for (char c : t) words += c == ' ';
  if (words > 7 || adminPrefixLevel(t).empty()) return false;
  std::string plain;   // the whole text as a slug: a name must remain after the prefix
  for (char c : text::foldKey(t)) plain += (c == ' ' ? '-' : c);
  const std::string slug = unitSlug(t);
  return !slug.empty() && slug != plain;
}

// A short name without prefix beside unit names: not a header word, not a title.
bool plainName(const std::string& t) {
  const std::string f = text::foldKey(t);
  if (f.empty() || t.size() > 40 || std::count(f.begin(), f.end(), ' ') > 4) return false;
  for (const char* w : {"tong", "tong cong", "cong", "tong so", "ghi chu", "chi tieu", "dvt", "don vi tinh", "stt", "tt",
                        "ke hoach", "toan tinh", "cap tinh", "tinh", "khac", "chung", "con lai", "chua phan bo", "ten chi tieu",
                        "noi dung", "don vi", "so luong", "ten", "huyen", "xa", "phuong", "xa phuong", "dia ban",
                        "thanh pho", "thi xa", "thi tran", "dia phuong"})
    if (f == w || f.rfind(std::string(w) + " ", 0) == 0) return false;
  return std::none_of(f.begin(), f.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

TitleFacts titleFacts(const std::vector<const Grid*>& grids) {
  TitleFacts f;
  for (const Grid* g : grids)
    for (int r = 0; r < std::min(g->rows, 15); ++r)
      for (int c = 0; c < g->cols; ++c) {
        const Cell& x = g->at(r, c);
        if (x.type != Cell::Type::Text) continue;
        if (f.title.empty() && text::foldKey(x.text).rfind("ke hoach", 0) == 0) f.title = text::nfcVi(text::trim(x.text));
        if (f.province.empty())
          if (std::string p = provinceIn(x.text); !p.empty()) f.province = p, f.sheet = g->sheet, f.cell = g->a1(r, c);
        if (f.startYear == 0 && text::foldKey(x.text).size() > 12 &&
            yearsIn(x.text, f.startYear, f.endYear, f.endOnly))
          f.yearsSheet = g->sheet, f.yearsCell = g->a1(r, c);
      }
  return f;
}

std::vector<UnitCandidate> unitCandidates(const std::vector<const Grid*>& grids) {
  std::vector<UnitCandidate> out;
  std::set<std::string> seen;
  for (const Grid* g : grids) {
    std::vector<std::pair<int, int>> at;
    std::map<int, int> perRow, perCol;
    for (int r = 0; r < g->rows; ++r)
      for (int c = 0; c < g->cols; ++c) {
        const Cell& x = g->at(r, c);
        if (x.type != Cell::Type::Text || !isUnitName(text::trim(x.text))) continue;
        at.emplace_back(r, c);
        ++perRow[r];
        ++perCol[c];
      }
    // A run of names in one row (or column) where some carry the prefix: "TP. Bắc Kạn | H. Ba
    // Bể | Bạch Thông | Chợ Đồn": the neighbours without it are units of the same level.
    std::vector<std::pair<int, int>> cells;
    std::map<std::pair<int, int>, std::string> levelAt;
    auto extend = [&](int r, int c, int dr, int dc, const std::string& level) {
      for (int rr = r + dr, cc = c + dc; rr >= 0 && cc >= 0 && rr < g->rows && cc < g->cols; rr += dr, cc += dc) {
        const Cell& x = g->at(rr, cc);
        if (levelAt.count({rr, cc})) continue;
        if (x.type != Cell::Type::Text || !plainName(text::trim(x.text))) break;
        levelAt[{rr, cc}] = level;
      }
    };
    for (const auto& [r, c] : at) {
      if (perRow[r] < 2 && perCol[c] < 2) continue;
      levelAt[{r, c}] = adminPrefixLevel(text::trim(g->at(r, c).text));
    }
    for (const auto& [r, c] : at) {
      if (!levelAt.count({r, c})) continue;
      const std::string level = levelAt[{r, c}];
      if (perRow[r] >= 2) extend(r, c, 0, -1, level), extend(r, c, 0, 1, level);
      if (perCol[c] >= 2) extend(r, c, -1, 0, level), extend(r, c, 1, 0, level);
    }
    for (const auto& [rc, level] : levelAt) {   // row by row, left to right
      const std::string name = text::nfcVi(text::trim(g->at(rc.first, rc.second).text));
      if (!seen.insert(level + "|" + unitSlug(name)).second) continue;
      out.push_back({name, level, g->sheet, g->a1(rc.first, rc.second)});
    }
  }
  return out;
}

}  // namespace p8::planbook
