// Shared by the recognition tests: the built-in plans, small queries over a Recognition,
// and a description of what was recognised for assertion messages.
#pragma once
#include "core/table/recognize.hpp"
#include "grid_builder.hpp"

#include "test_plans.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace rectest {

using Rows = std::vector<std::vector<std::string>>;

using p8test::bacKan;
using p8test::ninhThuan;

inline std::string describe(const p8::Recognition& r) {
  std::string s;
  for (const auto& t : r.tables) {
    s += std::string(p8::tableKindCode(t.kind)) + " " + t.range + (t.districtsAsRows ? " (districts as rows)" : "") +
         " header " + std::to_string(t.headerTop) + "-" + std::to_string(t.headerBottom) + "\n  columns:";
    for (const auto& c : t.columns)
      s += " [" + std::to_string(c.col) + " " + p8::columnRoleCode(c.role) + " " + c.header +
           (c.districtId.empty() ? "" : " =" + c.districtId) + "]";
    s += "\n";
    for (const auto& row : t.rows)
      s += "  " + std::to_string(row.row) + " " + p8::rowRoleCode(row.role) + " L" + std::to_string(row.level) + " [" +
           row.number + "] " + row.label.substr(0, 40) + (row.indicatorCode.empty() ? "" : " =" + row.indicatorCode) +
           (row.districtId.empty() ? "" : " @" + row.districtId) + "\n";
  }
  for (const auto& f : r.findings) s += f.code + "@" + f.cell + " [" + f.expected + "|" + f.actual + "] " + f.message_vi + "\n";
  return s;
}

inline int columnOf(const p8::Table& t, p8::ColumnRole role, const std::string& district = "") {
  for (std::size_t i = 0; i < t.columns.size(); ++i)
    if (t.columns[i].role == role && (district.empty() || t.columns[i].districtId == district)) return static_cast<int>(i);
  return -1;
}

inline std::vector<p8::ColumnRole> roles(const p8::Table& t) {
  std::vector<p8::ColumnRole> out;
  for (const auto& c : t.columns) out.push_back(c.role);
  return out;
}

inline long countRole(const p8::Table& t, p8::ColumnRole role) {
  return std::count_if(t.columns.begin(), t.columns.end(), [&](const p8::TableColumn& c) { return c.role == role; });
}

inline int count(const p8::Recognition& r, const std::string& code) {
  return static_cast<int>(std::count_if(r.findings.begin(), r.findings.end(),
                                        [&](const p8::Finding& f) { return f.code == code; }));
}

inline const p8::Finding* find(const p8::Recognition& r, const std::string& code, const std::string& cell) {
  for (const auto& f : r.findings)
    if (f.code == code && f.cell == cell) return &f;
  return nullptr;
}

// Rows turned round: row r, column c becomes row c, column r (districts as rows).
inline Rows transpose(const Rows& rows) {
  std::size_t cols = 0;
  for (const auto& r : rows) cols = std::max(cols, r.size());
  Rows out(cols, std::vector<std::string>(rows.size()));
  for (std::size_t r = 0; r < rows.size(); ++r)
    for (std::size_t c = 0; c < rows[r].size(); ++c) out[c][r] = rows[r][c];
  return out;
}

}  // namespace rectest
