// p8calc-report: the report model as a command, for the p8calc driver (src/cli/report_cmd.py)
// that writes it into a new office document.
//
//   p8calc-report report   --layout NAME|FILE [--plan ID|FILE] [--period YEAR] [options] < dump
//   p8calc-report template --layout NAME|FILE  --plan ID|FILE [--district NAME] [options]
//   options: --layouts-dir DIR --plans-dir DIR --lang vi|en --set KEY=VALUE (a {placeholder})
//
// `report` reads one workbook dumped by the driver (format in workbook_dump.hpp), runs the
// same check as p8calc-check (plan inferred when not given) and builds the report from what it
// read; `template` reads nothing. Output: a line "CHECK file plan errors warnings infos"
// (report only), then the model lines (report_model.hpp). Exit: 0 done, 2 bad input.
#include "core/check/check.hpp"
#include "core/report/report_model.hpp"
#include "workbook_dump.hpp"

#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

namespace {

int fail(const std::string& vi, const std::string& en) {
  std::cerr << "p8calc: " << vi << "\n        " << en << "\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return fail("thiếu lệnh (report hoặc template).", "missing command (report or template).");
  const std::string command = argv[1];
  if (command != "report" && command != "template")
    return fail("lệnh không đúng: " + command + " (report hoặc template).", "unknown command: " + command + ".");
  std::string layoutArg, layoutsDir = ".", planArg, plansDir = ".", district;
  p8::ReportOptions opt;
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--layout") layoutArg = value();
    else if (a == "--layouts-dir") layoutsDir = value();
    else if (a == "--plan") planArg = value();
    else if (a == "--plans-dir") plansDir = value();
    else if (a == "--district") district = value();
    else if (a == "--lang") opt.lang = value();
    else if (a == "--period") {
      const std::string v = value();
      char* end = nullptr;
      const long y = std::strtol(v.c_str(), &end, 10);
      if (v.empty() || *end || y < 1990 || y > 2100)
        return fail("--period phải là một năm, ví dụ 2025.", "--period must be a year, e.g. 2025.");
      opt.period = static_cast<int>(y);
    } else if (a == "--set") {
      const std::string v = value();
      const auto eq = v.find('=');
      if (eq == std::string::npos || eq == 0)
        return fail("--set cần dạng KHÓA=GIÁ TRỊ, ví dụ issuer=\"UBND TỈNH BẮC KẠN\".",
                    "--set needs KEY=VALUE, e.g. issuer=\"UBND TỈNH BẮC KẠN\".");
      opt.values[v.substr(0, eq)] = v.substr(eq + 1);
    } else {
      return fail("tùy chọn không đúng: " + a, "unknown option " + a);
    }
  }
  if (opt.lang != "vi" && opt.lang != "en") return fail("--lang phải là vi hoặc en.", "--lang must be vi or en.");
  if (layoutArg.empty()) return fail("thiếu --layout.", "--layout is missing.");
  try {
    const p8::ReportLayout layout = p8::loadLayoutFile(p8::layoutPath(layoutArg, layoutsDir));
    std::vector<p8::Plan> plans;
    for (const auto& id : p8::builtinPlanIds()) plans.push_back(p8::loadPlanFile(p8::builtinPlanPath(id, plansDir)));
    const p8::Plan* plan = nullptr;
    if (!planArg.empty()) {
      for (const auto& p : plans)
        if (p.id == planArg) plan = &p;
      if (!plan) {
        plans.push_back(p8::loadPlanFile(planArg));
        plan = &plans.back();
      }
    }
    if (command == "template") {
      if (!plan) return fail("thiếu --plan (kế hoạch của biểu mẫu).", "--plan is missing (the template's plan).");
      if (!district.empty()) {
        const p8::NameMatch m = plan->matchDistrict(district);
        const p8::OrgUnit* byId = plan->findUnit(district);
        if (byId && byId->level == plan->reportingLevel) opt.district = byId->id;
        else if (m.status == p8::NameMatch::Status::Unique) opt.district = m.id;
        else {
          std::string names;
          for (const auto* d : plan->districts()) names += (names.empty() ? "" : ", ") + d->name;
          return fail("không có huyện \"" + district + "\" trong kế hoạch " + plan->id + " (" + names + ").",
                      "plan " + plan->id + " has no district \"" + district + "\" (" + names + ").");
        }
      }
      std::cout << p8::modelText(p8::buildTemplate(layout, *plan, opt));
      return 0;
    }
    const auto books = p8::cli::readDump(p8::cli::readAll(stdin));
    if (books.size() != 1) return fail("cần đúng một bảng tính.", "exactly one workbook is needed.");
    const auto& book = books.front();
    if (!book.failure.empty()) return fail(book.file + ": " + book.failure, book.file + ": " + book.failure);
    if (!plan) {
      std::vector<const p8::Plan*> all;
      for (const auto& p : plans) all.push_back(&p);
      const std::string id = p8::inferPlan(book.sheets, all);
      for (const auto* p : all)
        if (p->id == id) plan = p;
      if (!plan)
        return fail(book.file + ": không xác định được kế hoạch (tỉnh, huyện); hãy chỉ rõ --plan.",
                    book.file + ": cannot tell which plan this workbook follows; use --plan.");
    }
    p8::CheckOptions copt;
    if (opt.period > 0) copt.asOfYear = opt.period;
    const p8::CheckResult result = p8::checkWorkbook(book.sheets, *plan, copt);
    const p8::ReportFigures figures = p8::collectFigures(book.sheets, result, *plan);
    std::string file;
    for (char c : book.file) file += c == '\t' || c == '\n' ? ' ' : c;
    std::cout << "CHECK\t" << file << "\t" << plan->id << "\t" << result.count(p8::Severity::Error) << "\t"
              << result.count(p8::Severity::Warning) << "\t" << result.count(p8::Severity::Info) << "\n";
    std::cout << p8::modelText(p8::buildReport(layout, *plan, figures, opt));
    return 0;
  } catch (const p8::LayoutError& e) {
    return fail(e.message_vi, e.message_en);
  } catch (const p8::PlanError& e) {
    return fail(e.message_vi, e.message_en);
  } catch (const std::exception& e) {
    return fail(std::string("lỗi không mong đợi: ") + e.what(), std::string("unexpected error: ") + e.what());
  }
}
