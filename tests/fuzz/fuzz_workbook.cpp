// Fuzz: the whole core path an office or the CLI runs on a workbook — grids (fuzz_grid.hpp:
// correct tables changed cell by cell, merges, hidden rows, formulas, error values, raw
// bytes) → plan inference → table recognition and the check under every plan in plans/ →
// totals → JSON and text output → report figures, report and template models and their
// text form. Besides crashes, hangs and sanitizer reports, a broken invariant aborts:
//   - every finding has a catalogued code with its severity, both messages, a sheet of the
//     workbook (or none) and an A1 cell (or none); tables lie inside their grid;
//   - totals name plan indicators and plan units;
//   - accepting every warning drops exactly the warnings, nothing else, and the second check
//     is otherwise the same, findings, order, totals and JSON;
//   - the correct tables give no alarm (false alarms are bugs), nor does the allocation after
//     changes that keep it correct (fuzz_benign.hpp); one district figure of the
//     allocation changed gives an error (a missed error is one too);
//   - the JSON is valid JSON in valid UTF-8, the text output valid UTF-8 (from valid cells);
//   - a report model's styles exist, and its text form reads back to the same text; the
//     input's unread tail, read as a model text, gives a model that round-trips too.
// Input layout (fuzz_input.hpp, read front to back, 0 past the end): sheet count, each
// sheet's kind and changes, then the plan and options. Seeds in corpus/workbook/: 00 the
// correct allocation, 01 the progress report as of 2023 with its warnings accepted, 02 the
// Ninh Thuận appendix, 03 a blank sheet of random cells, 04 the allocation with 16 changes,
// 05 three sheets with an inferred plan, report and template, 06 the appendix changed, 07 the
// allocation transposed three times, 08 the progress report without a year, 09 the
// allocation with D6 one more (an error), 10 a report model text as the tail, 11 and 12 the
// allocation with changes that keep it correct.
#include "core/check/check.hpp"
#include "core/check/json_out.hpp"
#include "core/report/report_model.hpp"
#include "fuzz_check.hpp"
#include "fuzz_grid.hpp"
#include "fuzz_json.hpp"

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace {

const p8::ReportLayout& layout(int i) {
  static const p8::ReportLayout progress = p8::loadLayoutFile(P8_SOURCE_DIR "/layouts/progress.json");
  static const p8::ReportLayout allocation = p8::loadLayoutFile(P8_SOURCE_DIR "/layouts/allocation.json");
  return i ? allocation : progress;
}

bool isA1(const std::string& s) {
  std::size_t i = 0;
  while (i < s.size() && s[i] >= 'A' && s[i] <= 'Z') ++i;
  const std::size_t letters = i;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  return letters > 0 && letters <= 3 && i > letters && i == s.size() && s[letters] != '0';
}

void checkResult(const p8::CheckResult& r, const std::vector<p8::Grid>& sheets, const p8::Plan& plan) {
  std::set<std::string> names{""};
  for (const auto& g : sheets) names.insert(g.sheet);
  for (const auto& f : r.findings) {
    const p8::FindingKind* k = p8::findFindingKind(f.code);
    P8_FUZZ_CHECK(k != nullptr);
    P8_FUZZ_CHECK(k->severity == f.severity);
    P8_FUZZ_CHECK(!f.message_vi.empty() && !f.message_en.empty());
    P8_FUZZ_CHECK(names.count(f.sheet) > 0);
    P8_FUZZ_CHECK(f.cell.empty() || isA1(f.cell));
  }
  P8_FUZZ_CHECK(r.count(p8::Severity::Error) + r.count(p8::Severity::Warning) + r.count(p8::Severity::Info) ==
                static_cast<int>(r.findings.size()));
  for (const auto& t : r.tables) {
    P8_FUZZ_CHECK(!t.range.empty() && names.count(t.sheet) > 0);
    const p8::GridRect a = p8::gridArea(t);
    bool inside = false;   // sheets may share a name: the table lies inside one of them
    for (const auto& s : sheets)
      if (s.sheet == t.sheet)
        inside |= a.top >= 0 && a.left >= 0 && a.top <= a.bottom && a.left <= a.right && a.bottom < s.rows &&
                  a.right < s.cols;
    P8_FUZZ_CHECK(inside);
  }
  for (const auto& line : r.totals) {
    P8_FUZZ_CHECK(plan.findIndicator(line.indicator) != nullptr);
    P8_FUZZ_CHECK(line.district.empty() || plan.findUnit(line.district) != nullptr);
  }
}

bool validInput(const std::vector<p8::Grid>& sheets) {
  for (const auto& g : sheets) {
    if (!p8fuzz::validUtf8(g.sheet)) return false;
    for (const auto& c : g.cells)
      if (!p8fuzz::validUtf8(c.text) || !p8fuzz::validUtf8(c.formula)) return false;
  }
  return true;
}

void checkModel(const p8::ReportModel& m) {
  for (const auto& c : m.cells) {
    P8_FUZZ_CHECK(c.row >= 0 && c.col >= 0);
    P8_FUZZ_CHECK(c.style.empty() || m.styles.count(c.style) > 0);
  }
  for (const auto& g : m.merges) P8_FUZZ_CHECK(g.top <= g.bottom && g.left <= g.right && g.top >= 0 && g.left >= 0);
  const std::string text = p8::modelText(m);
  P8_FUZZ_CHECK(p8fuzz::validUtf8(text));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const p8::Plan& bk = p8test::bacKan();
  static const p8::Plan& nt = p8test::ninhThuan();
  const std::vector<const p8::Plan*> plans = {&bk, &nt};
  p8fuzz::Input in(data, size);

  const int sheetCount = in.range(1, 3);
  std::vector<p8::Grid> sheets;
  std::vector<p8fuzz::SheetInfo> info(static_cast<std::size_t>(sheetCount));
  for (int i = 0; i < sheetCount; ++i) sheets.push_back(p8fuzz::sheet(in, i, &info[static_cast<std::size_t>(i)]));
  const bool single = sheetCount == 1;

  const std::string inferred = p8::inferPlan(sheets, plans);
  P8_FUZZ_CHECK(inferred.empty() || inferred == bk.id || inferred == nt.id);
  const int planChoice = in.range(0, 2);
  const p8::Plan& plan = planChoice == 0 ? bk : planChoice == 1 ? nt : inferred == nt.id ? nt : bk;
  p8::CheckOptions opt;
  if (in.flag()) opt.asOfYear = in.flag() ? in.range(2015, 2035) : in.range(-32768, 32767);
  const bool acceptAll = in.flag();

  const p8::CheckResult r = p8::checkWorkbook(sheets, plan, opt);
  checkResult(r, sheets, plan);
  // Both directions on a workbook of one table: the correct tables give no alarm (the
  // appendix warns only where the plan itself has no target), one figure changed gives an error.
  const int alarms = r.count(p8::Severity::Error) + r.count(p8::Severity::Warning);
  if (single && info[0].clean && !opt.asOfYear) {
    if (&plan == &bk && (info[0].kind == p8fuzz::kAllocation || info[0].kind == p8fuzz::kProgress))
      P8_FUZZ_CHECK(alarms == 0);
    if (&plan == &nt && info[0].kind == p8fuzz::kAppendix) {
      P8_FUZZ_CHECK(r.count(p8::Severity::Error) == 0);
      for (const auto& f : r.findings) P8_FUZZ_CHECK(f.severity != p8::Severity::Warning || f.code == "target-empty");
    }
  }
  if (single && info[0].benign && &plan == &bk && !opt.asOfYear) P8_FUZZ_CHECK(alarms == 0);
  if (single && info[0].planted && &plan == &bk) P8_FUZZ_CHECK(r.count(p8::Severity::Error) > 0);
  if (acceptAll) {
    p8::CheckOptions accepting = opt;
    for (const auto& f : r.findings)
      if (f.severity == p8::Severity::Warning) accepting.acceptedWarnings.push_back(p8::findingKey(f));
    const p8::CheckResult again = p8::checkWorkbook(sheets, plan, accepting);
    P8_FUZZ_CHECK(again.count(p8::Severity::Warning) == 0);
    P8_FUZZ_CHECK(again.count(p8::Severity::Error) == r.count(p8::Severity::Error));
    P8_FUZZ_CHECK(again.count(p8::Severity::Info) == r.count(p8::Severity::Info));
    std::set<std::string> accepted(accepting.acceptedWarnings.begin(), accepting.acceptedWarnings.end());
    for (const auto& f : again.findings) P8_FUZZ_CHECK(!accepted.count(p8::findingKey(f)));
    // The same workbook checked again gives the same findings, in the same order (a check
    // that depends on addresses or uninitialised memory would not).
    std::vector<const p8::Finding*> kept;
    for (const auto& f : r.findings)
      if (f.severity != p8::Severity::Warning) kept.push_back(&f);
    P8_FUZZ_CHECK(kept.size() == again.findings.size());
    for (std::size_t i = 0; i < kept.size(); ++i)
      P8_FUZZ_CHECK(kept[i]->code == again.findings[i].code && kept[i]->cell == again.findings[i].cell &&
                    kept[i]->sheet == again.findings[i].sheet && kept[i]->message_en == again.findings[i].message_en);
    P8_FUZZ_CHECK(p8::toJson({{"fuzz.ods", again}}) == p8::toJson({{"fuzz.ods", [&] {
                    p8::CheckResult w = r;
                    w.findings.clear();
                    for (const auto* f : kept) w.findings.push_back(*f);
                    return w;
                  }()}}));
  }

  const std::vector<p8::FileResult> files = {{"fuzz.ods", r}};
  const std::string json = p8::toJson(files);
  P8_FUZZ_CHECK(p8fuzz::JsonValidator(json).valid());
  // The text output prints cell texts as they are; from valid UTF-8 (all an office or the
  // dump reader ever gives) it must make valid UTF-8, shortened texts included.
  const std::string textVi = p8::toText(files, "vi"), textEn = p8::toText(files, "en");
  if (validInput(sheets)) P8_FUZZ_CHECK(p8fuzz::validUtf8(textVi) && p8fuzz::validUtf8(textEn));

  p8::ReportOptions ro;
  ro.period = in.flag() ? in.range(2015, 2035) : 0;
  ro.lang = in.flag() ? "en" : "vi";
  if (in.flag()) ro.values["issuer"] = in.flag() ? in.bytes(40) : in.pick(p8fuzz::words());
  const p8::ReportFigures figures = p8::collectFigures(sheets, r, plan);
  const int which = in.range(0, 1);
  checkModel(p8::buildReport(layout(which), plan, figures, ro));
  if (in.flag()) {
    const auto districts = plan.districts();
    if (!districts.empty() && in.flag()) ro.district = districts[static_cast<std::size_t>(in.range(0, static_cast<int>(districts.size()) - 1))]->id;
    checkModel(p8::buildTemplate(layout(which), plan, ro));
  }
  return 0;
}
