// Builds grids for tests from rows of strings, read like a spreadsheet:
//   ""        empty cell          "380" / "12.5"   a number (C locale, as Calc stores it)
//   "=SUM(…)|380"  a formula with its cached value   "#REF!"  an error value
//   "'10.000" a text cell (leading apostrophe, as typed in Calc)   anything else: text
#pragma once
#include "core/grid.hpp"

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
