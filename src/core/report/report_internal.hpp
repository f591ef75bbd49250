// Shared by the report files (report_rows.cpp and the builder, report_builder.hpp), not by their callers.
#pragma once
#include "core/report/report_model.hpp"

#include <string>
#include <vector>

namespace p8::report {

// One row of the report's table, in order: a part (I. Nội dung 1), a group heading (an
// activity without its own indicator) or an indicator row.
struct Line {
  enum class Kind { Part, Group, Item };
  Kind kind = Kind::Item;
  std::string number;                  // as the layout's numbering writes it
  std::string label;
  const Indicator* indicator = nullptr;
  int level = 0;                       // 0 part, 1 item, 2 sub-item …
};

// Rows from the plan: where its activity table names the indicators (appendix plans such as
// Ninh Thuận's), the activity tree with only the branches that lead to an indicator, and
// indicators no branch names at the end; otherwise the indicators with sub-indicators
// (2a, 2b) under their parent.
std::vector<Line> planLines(const Plan& plan, const Numbering& numbering, const std::string& lang);

}  // namespace p8::report
