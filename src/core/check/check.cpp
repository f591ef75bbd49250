// checkWorkbook: every sheet's tables recognised, each table read once (values), then the
// rule families for its kind; afterwards the workbook-wide rules (the share-out of the
// targets over the allocation tables, which may split the units over sheets; indicators
// missing from every table of a kind; sheets without a table), accepted warnings dropped,
// findings put in reading order and totals built.
#include "core/check/check.hpp"

#include "core/check/check_rules.hpp"
#include "core/check/legacy_text.hpp"
#include "core/check/shareout.hpp"
#include "core/parse/text.hpp"
#include "core/plan/plan_level.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace p8 {
namespace {

// "AB12" → (row 11, column 27); cells that are not an address sort last.
std::pair<long, long> position(const std::string& a1) {
  long col = 0, row = 0;
  std::size_t i = 0;
  while (i < a1.size() && a1[i] >= 'A' && a1[i] <= 'Z' && col < (1L << 20)) col = col * 26 + (a1[i++] - 'A' + 1);
  while (i < a1.size() && a1[i] >= '0' && a1[i] <= '9' && row < (1L << 30)) row = row * 10 + (a1[i++] - '0');
  if (col == 0 || row == 0 || i != a1.size()) return {1L << 40, 0};
  return {row, col};
}

// Plan indicators seen in the tables of one kind, and the sheet that holds most of them.
struct Coverage {
  std::set<std::string> seen;
  std::map<std::string, int> perSheet;
  bool any = false;
};

void missingIndicators(const Coverage& cov, TableKind kind, const Plan& plan, std::vector<Finding>& out) {
  if (!cov.any) return;
  std::vector<const Indicator*> expected;
  for (const auto& ind : plan.indicators)
    if (ind.target && (kind != TableKind::Allocation || !ind.percent)) expected.push_back(&ind);
  const auto found = std::count_if(expected.begin(), expected.end(),
                                   [&](const Indicator* i) { return cov.seen.count(i->code) > 0; });
  // A table holding a few indicators is a table about those few, not one missing the rest.
  if (found == 0 || 2 * found < static_cast<long>(expected.size())) return;
  std::string sheet;
  int most = -1;
  for (const auto& [s, n] : cov.perSheet)
    if (n > most) { most = n; sheet = s; }
  const char* where_vi = kind == TableKind::Allocation ? "bảng phân bổ" : kind == TableKind::Progress ? "bảng tiến độ" : "phụ lục";
  const char* where_en = kind == TableKind::Allocation ? "allocation table" : kind == TableKind::Progress ? "progress table" : "appendix";
  for (const Indicator* ind : expected)
    if (!cov.seen.count(ind->code))
      out.push_back(makeFinding(
          "indicator-missing", sheet, "", ind->code, "",
          std::string("Chỉ tiêu ") + ind->code + " (" + ind->name.vi + ") của kế hoạch chưa có dòng nào trong " +
              where_vi + ". Thêm dòng cho chỉ tiêu này.",
          std::string("Indicator ") + ind->code + " (" + ind->name.in("en") + ") of the plan has no row in the " +
              where_en + ". Add a row for it."));
}

void legacyFinding(const std::string& sheet, LegacyEncoding e, std::vector<Finding>& out) {
  const std::string name = legacyEncodingName(e);
  const std::string font = e == LegacyEncoding::Tcvn3 ? ".VnTime, .VnArial" : "VNI-Times";
  out.push_back(makeFinding(
      "text-legacy-encoding", sheet, "", name, "",
      "Trang \"" + sheet + "\" viết bằng bảng mã cũ " + name + " (phông " + font + "). p8calc đã đọc nó như Unicode "
          "để kiểm tra, không sửa ô nào. Để chuyển hẳn sang Unicode: chọn vùng chữ, sao chép, dùng công cụ chuyển mã "
          "của Unikey (Ctrl+Shift+F6; nguồn " + name + ", đích Unicode), dán lại rồi đổi phông sang Times New Roman.",
      "Sheet \"" + sheet + "\" is typed in the old " + name + " encoding (fonts " + font + "). p8calc read it as "
          "Unicode for this check and changed no cell. To convert it for good: copy the text, convert it with "
          "Unikey's converter (Ctrl+Shift+F6; source " + name + ", target Unicode), paste it back and set the font "
          "to Times New Roman."));
}

}  // namespace

int CheckResult::count(Severity s) const {
  return static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                        [s](const Finding& f) { return f.severity == s; }));
}

CheckResult checkWorkbook(const std::vector<Grid>& sheets, const Plan& plan, const CheckOptions& opt) {
  CheckResult res;
  res.planId = plan.id;
  TotalsBuilder totals;
  CheckContext ctx{plan, opt, res.findings, totals};
  std::map<TableKind, Coverage> coverage;
  std::vector<TableShare> shares;   // the allocation tables' share-outs, judged over the workbook
  res.planEvidence = inferPlanEvidence(sheets, {&plan});
  for (const Grid& raw : sheets) {
    if (raw.sheet == kResultsSheet) continue;   // p8calc's own results, replaced on every check
    // An old encoding is read as Unicode; the user's cells are not touched.
    const LegacyGrid legacy(raw);
    const Grid& g = legacy.grid();
    if (legacy.encoding() != LegacyEncoding::None) legacyFinding(g.sheet, legacy.encoding(), res.findings);
    Recognition rec = recognizeSheet(g, plan);
    for (auto& f : rec.findings) res.findings.push_back(std::move(f));
    for (const Table& table : rec.tables) {
      const SheetTable t{g, table};
      Coverage& cov = coverage[table.kind];
      cov.any = true;
      const TableValues values = readValues(t, ctx);
      checkSums(t, values, ctx);
      if (table.kind == TableKind::Appendix) {
        for (const auto& code : checkAppendix(t, ctx)) {
          cov.seen.insert(code);
          ++cov.perSheet[table.sheet];
        }
      } else {
        checkIndicatorRows(t, ctx);
        if (table.kind == TableKind::Allocation) {
          checkAllocation(t, values, ctx);
          shares.push_back(readShare(t, values));
        } else {
          checkProgress(t, values, ctx);
        }
        for (const auto& r : table.rows)
          if (!r.indicatorCode.empty() && cov.seen.insert(r.indicatorCode).second) ++cov.perSheet[table.sheet];
      }
      res.tables.push_back(detachedCopy(table));
    }
    if (!g.skippedFrom.empty())
      res.findings.push_back(makeFinding(
          "content-skipped", g.sheet, g.skippedFrom, "", "",
          "Ô " + g.skippedFrom + " và các ô sau nó nằm cách bảng hơn " + std::to_string(kMaxRowGap) +
              " dòng (hoặc " + std::to_string(kMaxColGap) + " cột) trống nên không được đọc. Nếu đó là ô thừa, hãy xóa đi; "
              "nếu là một bảng, hãy chuyển nó lại gần hoặc sang trang riêng.",
          "Cell " + g.skippedFrom + " and the cells after it lie more than " + std::to_string(kMaxRowGap) +
              " empty rows (or " + std::to_string(kMaxColGap) + " columns) away from the tables and were not read. "
              "Delete it if it is a stray cell; move a table closer or to its own sheet."));
    if (rec.tables.empty() && hasContent(g))
      res.findings.push_back(makeFinding(
          "table-not-found", g.sheet, "", "", "",
          "Trang \"" + g.sheet + "\" không có bảng phân bổ, phụ lục hay bảng tiến độ nào nhận ra được. "
              "Bảng cần một dòng tiêu đề (TT, Nội dung/Chỉ tiêu, tên các " + reportingWords(plan).many.vi +
              ", Tổng cộng …).",
          "Sheet \"" + g.sheet + "\" has no allocation, appendix or progress table that could be recognised. "
              "A table needs a header row (TT, Nội dung/Chỉ tiêu, " + reportingWords(plan).one.en +
              " names, Tổng cộng …)."));
  }
  // An allocation split over sheets by unit is judged as one table (shareout.hpp).
  judgeShares(shares, ctx);
  for (const auto& [kind, cov] : coverage) missingIndicators(cov, kind, plan, res.findings);
  res.totals = totals.build(plan);

  if (!opt.acceptedWarnings.empty()) {
    const std::set<std::string> accepted(opt.acceptedWarnings.begin(), opt.acceptedWarnings.end());
    res.findings.erase(std::remove_if(res.findings.begin(), res.findings.end(),
                                      [&](const Finding& f) {
                                        // A caller that builds keys itself as "code@sheet!cell" gets,
                                        // for a finding about no cell, all of that code on that sheet.
                                        return accepted.count(findingKey(f)) > 0 ||
                                               (f.cell.empty() && accepted.count(f.code + "@" + f.sheet + "!") > 0);
                                      }),
                       res.findings.end());
  }
  // Reading order: sheets as given, then top to bottom, left to right; cell-less last.
  std::map<std::string, std::size_t> sheetOrder;
  for (std::size_t i = 0; i < sheets.size(); ++i) sheetOrder.emplace(sheets[i].sheet, i);
  std::stable_sort(res.findings.begin(), res.findings.end(), [&](const Finding& a, const Finding& b) {
    const auto sa = sheetOrder.count(a.sheet) ? sheetOrder[a.sheet] : sheets.size();
    const auto sb = sheetOrder.count(b.sheet) ? sheetOrder[b.sheet] : sheets.size();
    if (sa != sb) return sa < sb;
    return position(a.cell) < position(b.cell);
  });
  return res;
}

Finding planUnknownFinding(const std::string& file, const std::vector<const Plan*>& plans,
                           const PlanInference& seen) {
  std::string ids;
  for (const Plan* p : plans) ids += (ids.empty() ? "" : ", ") + p->id;
  if (seen.evidence_vi.empty()) return planUnknownFinding(file, plans);
  const std::string what_vi = seen.seen_vi.empty() ? "" : " (" + seen.seen_vi + ")";
  const std::string what_en = seen.seen_en.empty() ? "" : " (" + seen.seen_en + ")";
  return makeFinding("plan-unknown", "", "", ids, seen.seen_en,
                     "Không xác định được \"" + file + "\"" + what_vi + " thuộc kế hoạch nào. " + seen.evidence_vi +
                         " Chọn kế hoạch đúng, hoặc nạp tệp kế hoạch của tỉnh và giai đoạn này (--plan tệp.json), "
                         "rồi kiểm tra lại.",
                     "Cannot tell which plan \"" + file + "\"" + what_en + " follows. " + seen.evidence_en +
                         " Choose the right plan, or load a plan file for this province and phase (--plan file.json), "
                         "and check again.");
}

Finding planUnknownFinding(const std::string& file, const std::vector<const Plan*>& plans) {
  std::string ids;
  for (const Plan* p : plans) ids += (ids.empty() ? "" : ", ") + p->id;
  return makeFinding("plan-unknown", "", "", ids, "",
                     "Không xác định được \"" + file + "\" thuộc kế hoạch nào (không thấy tên tỉnh hay tên huyện). "
                         "Chọn kế hoạch (" + ids + ") rồi kiểm tra lại.",
                     "Cannot tell which plan \"" + file + "\" follows (no province or district name found). "
                         "Choose a plan (" + ids + ") and check again.");
}

}  // namespace p8
