// Changes to the correct Bắc Kạn allocation (fuzz_grid.hpp allocationSkeleton) that leave it
// correct, as staff make them: the group header merged over the district columns, a district
// or an indicator written with another of the plan's names for it, a title line, a footer
// under the table. The workbook fuzzer asserts that the result still gives no error and no
// warning: a false alarm is a bug.
#pragma once
#include "fuzz_input.hpp"
#include "grid_builder.hpp"
#include "test_plans.hpp"

#include <string>
#include <vector>

namespace p8fuzz {

// Rows (0-based) of the skeleton: 3 and 4 header (districts in 4, columns D–K), data 5–15.
constexpr int kHeaderRow = 4, kFirstDataRow = 5, kLastDataRow = 15, kFirstDistrictCol = 3, kLastDistrictCol = 10;

// Another name the plan gives to what `text` names (its name or an alias); `text` if none.
inline std::string otherName(Input& in, const std::string& text, bool district) {
  const p8::Plan& plan = p8test::bacKan();
  std::vector<std::string> names;
  if (district) {
    const p8::NameMatch m = plan.matchDistrict(text);
    if (const p8::OrgUnit* u = m.status == p8::NameMatch::Status::Unique ? plan.findUnit(m.id) : nullptr) {
      names.push_back(u->name);
      names.insert(names.end(), u->aliases.begin(), u->aliases.end());
    }
  } else {
    const p8::NameMatch m = plan.matchIndicator(text);
    if (const p8::Indicator* ind = m.status == p8::NameMatch::Status::Unique ? plan.findIndicator(m.id) : nullptr) {
      names.push_back(ind->name.vi);
      names.insert(names.end(), ind->aliases.begin(), ind->aliases.end());
    }
  }
  return names.empty() ? text : in.pick(names);
}

inline p8::Grid withRows(const p8::Grid& g, int extra) {
  p8::Grid out(g.sheet, g.rows + extra, g.cols);
  for (int r = 0; r < g.rows; ++r)
    for (int c = 0; c < g.cols; ++c) out.at(r, c) = g.at(r, c);
  out.merges = g.merges;
  return out;
}

inline void text(p8::Grid& g, int r, int c, const std::string& s) {
  p8::Cell& cell = g.at(r, c);
  cell = p8::Cell();
  cell.type = p8::Cell::Type::Text;
  cell.text = s;
}

// One change that keeps the allocation correct.
inline void benignChange(Input& in, p8::Grid& g, bool& merged, bool& footer) {
  switch (in.range(0, 4)) {
    case 0:   // "Phân bổ cho các huyện, thành phố" merged over D4:K4, as Calc merges it
      if (!merged) {
        g.merges.push_back({3, kFirstDistrictCol, 3, kLastDistrictCol});
        for (int c = kFirstDistrictCol + 1; c <= kLastDistrictCol; ++c) g.at(3, c).mergedCovered = true;   // empty already
      }
      merged = true;
      break;
    case 1: {
      const int c = in.range(kFirstDistrictCol, kLastDistrictCol);
      text(g, kHeaderRow, c, otherName(in, g.at(kHeaderRow, c).text, true));
      break;
    }
    case 2: {
      const int r = in.range(kFirstDataRow, kLastDataRow);
      text(g, r, 1, otherName(in, g.at(r, 1).text, false));
      break;
    }
    case 3:
      text(g, 2, 0, in.pick(std::vector<std::string>{"(Kèm theo Kế hoạch số 125/KH-UBND ngày 08/8/2022 của UBND tỉnh)",
                                                     "Đơn vị tính: như cột ĐVT", "Biểu số 01"}));
      break;
    default:   // an empty row, then who made the table and when
      if (footer) break;
      footer = true;
      g = withRows(g, 3);
      text(g, g.rows - 2, 1, "Người lập biểu");
      text(g, g.rows - 2, 8, "Bắc Kạn, ngày 10 tháng 9 năm 2023");
      text(g, g.rows - 1, 8, "Thủ trưởng đơn vị");
      break;
  }
}

}  // namespace p8fuzz
