#include "core/check.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <map>

namespace p8 {

int CheckResult::count(Severity s) const {
  return static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                        [s](const Finding& f) { return f.severity == s; }));
}

CheckResult checkWorkbook(const std::vector<Grid>& sheets, const Plan& plan,
                          const CheckOptions& opt) {
  CheckResult res;
  res.planId = plan.id;
  CheckContext ctx{plan, opt, res.findings, res.totals};
  for (const Grid& g : sheets) {
    Recognition rec;
    recognizeTables(g, plan, rec);
    for (auto& f : rec.findings) res.findings.push_back(std::move(f));
    for (const Table& t : rec.tables) {
      res.tables.push_back({t.sheet, t.range, t.kind});
      switch (t.kind) {
        case TableKind::Allocation: checkAllocation(t, ctx); break;
        case TableKind::Appendix: checkAppendix(t, ctx); break;
        case TableKind::Progress: checkProgress(t, ctx); break;
      }
    }
  }
  if (res.tables.empty())
    res.findings.push_back(makeFinding(
        "table-not-found", sheets.empty() ? "" : sheets.front().sheet, "", "", "",
        "Không tìm thấy bảng phân bổ, phụ lục hay bảng tiến độ nào. Bảng cần có dòng tiêu đề "
        "(TT, Nội dung/Chỉ tiêu, tên các huyện, Tổng cộng …).",
        "No allocation, appendix or progress table found. A table needs a header row (TT, "
        "Nội dung/Chỉ tiêu, district names, Tổng cộng …)."));
  if (!opt.acceptedWarnings.empty())
    res.findings.erase(
        std::remove_if(res.findings.begin(), res.findings.end(),
                       [&](const Finding& f) {
                         return f.severity != Severity::Error &&
                                std::find(opt.acceptedWarnings.begin(), opt.acceptedWarnings.end(),
                                          findingKey(f)) != opt.acceptedWarnings.end();
                       }),
        res.findings.end());
  return res;
}

std::string inferPlan(const std::vector<Grid>& sheets, const std::vector<const Plan*>& plans) {
  std::map<std::string, int> score;
  for (const Grid& g : sheets)
    for (const Cell& c : g.cells) {
      if (c.type != Cell::Type::Text || c.text.size() > 200) continue;
      const std::string f = text::foldKey(c.text);
      for (const Plan* p : plans) {
        if (p->matchDistrict(c.text).status == NameMatch::Status::Unique) score[p->id] += 1;
        const std::string prov = text::foldKey(p->province);
        if (!prov.empty() && f.find(prov) != std::string::npos) score[p->id] += 3;
      }
    }
  std::string best;
  int top = 0;
  bool tie = false;
  for (const auto& [id, s] : score) {
    if (s > top) { top = s; best = id; tie = false; }
    else if (s == top) tie = true;
  }
  return tie || top == 0 ? std::string() : best;
}

}  // namespace p8
