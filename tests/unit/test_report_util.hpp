// Shared by the report tests: the shipped layouts, and a report model turned into the grid a
// sheet made from it would give once filled in and recalculated — so a template can be put
// through the real check without an office. The model's formulas have three shapes (total,
// rate, gap); they are evaluated here as Calc would.
#pragma once
#include "core/report/report_model.hpp"
#include "test_check_util.hpp"

#include <map>
#include <regex>
#include <utility>

namespace reporttest {

inline const p8::ReportLayout& layout(const std::string& name) {
  static std::map<std::string, p8::ReportLayout> cache;
  auto it = cache.find(name);
  if (it == cache.end())
    it = cache.emplace(name, p8::loadLayoutFile(P8_SOURCE_DIR "/layouts/" + name + ".json")).first;
  return it->second;
}

// (row, col) → what an officer typed into an input cell (a number, or a text).
using Inputs = std::map<std::pair<int, int>, std::string>;

inline int colIndex(const std::string& letters) {
  int c = 0;
  for (char ch : letters) c = c * 26 + (ch - 'A' + 1);
  return c - 1;
}

inline std::pair<int, int> cellOf(const std::string& a1) {
  std::size_t i = 0;
  while (i < a1.size() && a1[i] >= 'A' && a1[i] <= 'Z') ++i;
  return {std::stoi(a1.substr(i)) - 1, colIndex(a1.substr(0, i))};
}

inline p8::Grid gridOfModel(const p8::ReportModel& m, const Inputs& inputs = {}) {
  int rows = 0, cols = static_cast<int>(m.columnWidthsMm.size());
  for (const auto& c : m.cells) rows = std::max(rows, c.row + 1), cols = std::max(cols, c.col + 1);
  p8::Grid g(m.sheetName, rows, cols);
  for (const auto& c : m.cells) {
    p8::Cell& cell = g.at(c.row, c.col);
    if (c.kind == p8::ReportCell::Kind::Text) cell.type = p8::Cell::Type::Text, cell.text = c.text;
    if (c.kind == p8::ReportCell::Kind::Number) cell.type = p8::Cell::Type::Number, cell.number = c.number;
    if (c.kind == p8::ReportCell::Kind::Formula) cell.formula = c.text;
  }
  for (const auto& [at, v] : inputs) {
    p8::Cell& cell = g.at(at.first, at.second);
    char* end = nullptr;
    const double d = std::strtod(v.c_str(), &end);
    if (!v.empty() && end && *end == '\0') cell.type = p8::Cell::Type::Number, cell.number = d;
    else if (!v.empty()) cell.type = p8::Cell::Type::Text, cell.text = v;
    else cell.type = p8::Cell::Type::Empty;
  }
  // Recalculate: totals first (rates and gaps may read them).
  static const std::regex total(R"(=IF\(COUNT\(([A-Z]+)(\d+):([A-Z]+)\d+\)=0;"";SUM\([^)]*\)\))");
  static const std::regex rate(R"(=IF\(OR\(([A-Z]+\d+)="";[A-Z]+\d+=0;([A-Z]+\d+)="".*/[A-Z]+\d+\))");
  static const std::regex gap(R"(=IF\(OR\(([A-Z]+\d+)="";([A-Z]+\d+)=""\);"";[A-Z]+\d+-[A-Z]+\d+\))");
  auto value = [&](const std::string& a1) -> const p8::Cell& {
    const auto [r, c] = cellOf(a1);
    return g.at(r, c);
  };
  for (int pass = 0; pass < 2; ++pass)
    for (int r = 0; r < g.rows; ++r)
      for (int c = 0; c < g.cols; ++c) {
        p8::Cell& cell = g.at(r, c);
        if (cell.formula.empty()) continue;
        std::smatch mt;
        cell.type = p8::Cell::Type::Empty;
        if (std::regex_match(cell.formula, mt, total)) {
          double sum = 0;
          int n = 0;
          for (int k = colIndex(mt[1]); k <= colIndex(mt[3]); ++k)
            if (g.at(r, k).type == p8::Cell::Type::Number) sum += g.at(r, k).number, ++n;
          if (n) cell.type = p8::Cell::Type::Number, cell.number = sum;
        } else if (std::regex_match(cell.formula, mt, rate)) {
          const p8::Cell& y = value(mt[1]);
          const p8::Cell& x = value(mt[2]);
          if (y.type == p8::Cell::Type::Number && y.number != 0 && x.type == p8::Cell::Type::Number)
            cell.type = p8::Cell::Type::Number, cell.number = x.number / y.number;
        } else if (std::regex_match(cell.formula, mt, gap)) {
          const p8::Cell& x = value(mt[1]);
          const p8::Cell& y = value(mt[2]);
          if (x.type == p8::Cell::Type::Number && y.type == p8::Cell::Type::Number)
            cell.type = p8::Cell::Type::Number, cell.number = x.number - y.number;
        } else {
          FAIL("formula of an unknown shape: " << cell.formula);
        }
      }
  for (const auto& mg : m.merges) {
    g.merges.push_back({mg.top, mg.left, mg.bottom, mg.right});
    for (int r = mg.top; r <= mg.bottom; ++r)
      for (int c = mg.left; c <= mg.right; ++c)
        if (r != mg.top || c != mg.left) g.at(r, c).mergedCovered = true;
  }
  return g;
}

// The text of a model cell ("" when none), and the column whose header row has a title.
inline std::string textAt(const p8::ReportModel& m, int r, int c) {
  const p8::ReportCell* cell = m.at(r, c);
  return cell ? cell->text : "";
}

inline int columnTitled(const p8::ReportModel& m, const std::string& title) {
  for (const auto& c : m.cells)
    if (c.row >= m.tableTop && c.row <= m.headerBottom && c.text == title) return c.col;
  return -1;
}

// The table row of an indicator: the row whose name cell is the indicator's name.
inline int rowOf(const p8::ReportModel& m, const p8::Plan& plan, const std::string& code) {
  const p8::Indicator* ind = plan.findIndicator(code);
  for (const auto& c : m.cells)
    if (ind && c.row > m.headerBottom && c.col == 1 && c.text == ind->name.vi) return c.row;
  return -1;
}

}  // namespace reporttest
