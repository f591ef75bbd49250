// Builds grids for tests from rows of strings, read like a spreadsheet (shared by the unit
// tests of every area):
//   ""               empty cell
//   "380", "12.5"    a number (C locale, as Calc stores it)
//   "=SUM(D6:K6)|380"  a formula with its cached value ("=A1" alone: formula, empty value)
//   "#REF!", "Err:502"  an error value (the text is the error)
//   "'10.000"        a text cell (leading apostrophe, as typed in Calc); "'01" keeps the zero
//   anything else    text ("TT", "Chỉ tiêu", "Nội dung 1. …")
// Rows may have different lengths; the grid is as wide as the longest. Merged areas and hidden
// rows/columns are added afterwards:
//   auto g = gridOf("Phân bổ", rows);
//   mergeCells(g, "D4:K4");          // sets g.merges and mergedCovered on all but D4
//   g.hiddenRows = hiddenAt(g.rows, {6, 7});   // 0-based grid rows 6 and 7 hidden
#pragma once
#include "core/table/grid.hpp"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

inline p8::Grid gridOf(const std::string& sheet, const std::vector<std::vector<std::string>>& rows) {
  std::size_t cols = 0;
  for (const auto& r : rows) cols = std::max(cols, r.size());
  p8::Grid g(sheet, static_cast<int>(rows.size()), static_cast<int>(cols));
  for (std::size_t r = 0; r < rows.size(); ++r)
    for (std::size_t c = 0; c < rows[r].size(); ++c) {
      std::string s = rows[r][c];
      p8::Cell& cell = g.at(static_cast<int>(r), static_cast<int>(c));
      if (s.empty()) continue;
      if (s[0] == '=') {
        auto bar = s.find('|');
        cell.formula = s.substr(0, bar);
        s = bar == std::string::npos ? "" : s.substr(bar + 1);
      }
      char* end = nullptr;
      double v = std::strtod(s.c_str(), &end);
      if (s.empty()) continue;
      if (s[0] == '#' || s.rfind("Err:", 0) == 0) {
        cell.type = p8::Cell::Type::Error;
        cell.text = s;
      } else if (s[0] == '\'') {
        cell.type = p8::Cell::Type::Text;
        cell.text = s.substr(1);
      } else if (end && *end == '\0') {
        cell.type = p8::Cell::Type::Number;
        cell.number = v;
      } else {
        cell.type = p8::Cell::Type::Text;
        cell.text = s;
      }
    }
  return g;
}

// "D4" → {row 3, col 3} (absolute, 0-based); {-1, -1} when it is no address.
inline std::pair<int, int> parseA1(const std::string& a1) {
  int col = 0, row = 0;
  std::size_t i = 0;
  while (i < a1.size() && a1[i] >= 'A' && a1[i] <= 'Z') col = col * 26 + (a1[i++] - 'A' + 1);
  while (i < a1.size() && a1[i] >= '0' && a1[i] <= '9') row = row * 10 + (a1[i++] - '0');
  if (col == 0 || row == 0 || i != a1.size()) return {-1, -1};
  return {row - 1, col - 1};
}

// Merges an absolute A1 range ("D4:K4") as Calc does: the top-left cell keeps its content,
// the others are marked mergedCovered (their content, if any, is left as given).
inline void mergeCells(p8::Grid& g, const std::string& range) {
  const auto colon = range.find(':');
  const auto a = parseA1(range.substr(0, colon));
  const auto b = colon == std::string::npos ? a : parseA1(range.substr(colon + 1));
  p8::MergedArea m{std::min(a.first, b.first), std::min(a.second, b.second), std::max(a.first, b.first),
                   std::max(a.second, b.second)};
  g.merges.push_back(m);
  for (int r = m.top; r <= m.bottom; ++r)
    for (int c = m.left; c <= m.right; ++c)
      if (r != m.top || c != m.left) g.at(r - g.originRow, c - g.originCol).mergedCovered = true;
}

// A hiddenRows / hiddenCols vector of `size` with the given 0-based indices hidden.
inline std::vector<bool> hiddenAt(int size, const std::vector<int>& hidden) {
  std::vector<bool> out(static_cast<std::size_t>(std::max(0, size)), false);
  for (int i : hidden)
    if (i >= 0 && i < size) out[static_cast<std::size_t>(i)] = true;
  return out;
}
