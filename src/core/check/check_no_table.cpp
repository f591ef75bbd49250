// A workbook no plan could be chosen for: a Project 8 table whose plan is unknown, or no
// Project 8 table at all (check_infer.hpp says why the answer is decided once, here).
#include "core/check/check_infer.hpp"
#include "core/check/check_rules.hpp"

#include "core/check/legacy_text.hpp"
#include "core/parse/text.hpp"
#include "core/table/recognize.hpp"

#include <algorithm>

namespace p8 {
namespace {

// A name of words ("Tổ truyền thông cộng đồng", "Chỉ tiêu 2a"), not a bare number or code
// ("3", "01", "2a"), which a list's TT or code column holds.
bool wordy(const std::string& folded) {
  int words = 0;
  bool letter = false;
  for (std::size_t i = 0; i <= folded.size(); ++i) {
    if (i == folded.size() || folded[i] == ' ') {
      words += letter;
      letter = false;
    } else if (std::isalpha(static_cast<unsigned char>(folded[i]))) {
      letter = true;
    }
  }
  return words >= 2;
}

// A plan's indicator named in a header or label with a figure beside it (in its row, or below
// it in its column): a table of the plan's indicators even when its units are of a province
// no plan knows (their names are what recognition anchors on).
bool indicatorBesideFigures(const Grid& g, const std::vector<const Plan*>& plans) {
  const int rows = std::min(g.rows, kEvidenceRows);
  auto figure = [&](int r, int c) {
    const Cell& x = g.at(r, c);
    return x.type == Cell::Type::Number || !x.formula.empty();
  };
  std::string f;
  for (int r = 0; r < rows; ++r)
    for (int c = 0; c < g.cols; ++c) {
      const Cell& cell = g.at(r, c);
      if (cell.type != Cell::Type::Text || cell.text.size() > 200 || text::isBlank(cell.text)) continue;
      if (text::trimView(cell.text).rfind('=', 0) == 0) continue;   // a formula written out as text
      f.clear();
      text::foldKeyInto(cell.text, f);
      if (!wordy(f)) continue;
      const bool named = std::any_of(plans.begin(), plans.end(), [&](const Plan* p) {
        return p->matchIndicator(cell.text).status == NameMatch::Status::Unique;
      });
      if (!named) continue;
      for (int cc = 0; cc < g.cols; ++cc)
        if (cc != c && figure(r, cc)) return true;
      for (int rr = r + 1; rr < std::min(g.rows, r + 1 + kEvidenceRows); ++rr)
        if (figure(rr, c)) return true;
    }
  return false;
}

}  // namespace

bool hasP8Table(const std::vector<Grid>& sheets, const std::vector<const Plan*>& plans) {
  for (const Grid& raw : sheets) {
    if (raw.sheet == kResultsSheet || !hasContent(raw)) continue;
    const LegacyGrid legacy(raw);
    for (const Plan* p : plans)
      if (!recognizeTables(legacy.grid(), *p).tables.empty()) return true;
    if (indicatorBesideFigures(legacy.grid(), plans)) return true;
  }
  return false;
}

UnplannedCheck checkWithoutPlan(const std::vector<Grid>& sheets, const std::vector<const Plan*>& plans,
                                const PlanInference& seen, const std::string& file) {
  UnplannedCheck out;
  out.result.planEvidence = seen;
  if (hasP8Table(sheets, plans)) {
    out.result.findings.push_back(planUnknownFinding(file, plans, seen));
    return out;
  }
  // No plan finds a table: a list, a note, an empty workbook — nothing to check, nothing to
  // warn about; each sheet with content says so once, as a sheet without a table always does.
  out.noTable = true;
  std::string ids;
  for (const Plan* p : plans) ids += (ids.empty() ? "" : ", ") + p->id;
  for (const Grid& g : sheets) {
    if (g.sheet == kResultsSheet || !hasContent(g)) continue;
    out.result.findings.push_back(makeFinding(
        "table-not-found", g.sheet, "", "", "",
        "Trang \"" + g.sheet + "\" không có bảng phân bổ, phụ lục hay bảng tiến độ nào của Dự án 8 theo kế hoạch "
            "nào (" + ids + "), nên không có gì để kiểm tra. Nếu đây là bảng của Dự án 8, hãy chọn kế hoạch của nó "
            "(--plan) rồi kiểm tra lại; bảng cần một dòng tiêu đề (TT, Nội dung/Chỉ tiêu, tên các đơn vị, Tổng cộng …).",
        "Sheet \"" + g.sheet + "\" has no Project 8 allocation, appendix or progress table under any plan (" + ids +
            "), so there is nothing to check. If it is a Project 8 table, choose its plan (--plan) and check again; "
            "a table needs a header row (TT, Nội dung/Chỉ tiêu, unit names, Tổng cộng …)."));
  }
  return out;
}

}  // namespace p8
