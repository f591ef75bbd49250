// Totals per indicator and district: what the plan says (plan), what the sheets allocate
// (allocated), what progress tables report (actual), and the gap. Figures from several
// tables of a workbook meet here, so an indicator has one line per district however many
// sheets mention it. A figure no sheet gives stays empty (never 0): "not reported" and
// "reported zero" are different answers.
#pragma once
#include "core/plan/plan.hpp"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace p8 {

struct Total {
  std::string indicator;   // plan indicator code
  std::string district;    // org unit id; "" = the whole province
  std::optional<double> plan, allocated, actual, gap;
};

// Collects figures while tables are checked, then fills plan and gap from the plan.
class TotalsBuilder {
public:
  // The first figure given for an (indicator, district) wins: two tables that disagree are
  // reported by the checks, and the totals keep the figure of the first table read. Allocated
  // figures are given after every table is read (check_shareout.cpp): a share-out to the whole
  // province first, and the province line of an allocation split over sheets by unit once, as
  // the sum over its sheets — so it adds across them like the units' lines.
  void allocated(const std::string& indicator, const std::string& district, double v);
  void actual(const std::string& indicator, const std::string& district, double v);
  // A target written in a sheet (used as plan when the plan itself has none for that line).
  void sheetTarget(const std::string& indicator, const std::string& district, double v);
  bool empty() const { return m_lines.empty(); }
  // plan: the plan's allocation for a district, the indicator's target for the province
  // line ("" district). gap = plan − allocated when allocated is known, else plan − actual.
  // Lines are ordered as the plan lists indicators and districts (province line first).
  std::vector<Total> build(const Plan& plan) const;

private:
  struct Line { std::optional<double> allocated, actual, sheetTarget; };
  Line& line(const std::string& indicator, const std::string& district);
  std::map<std::pair<std::string, std::string>, Line> m_lines;
};

}  // namespace p8
