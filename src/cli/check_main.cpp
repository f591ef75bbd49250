// p8calc-check: the core check as a command. Reads workbooks dumped by the p8calc driver
// (src/cli/p8calc.py, which reads them through a headless LibreOffice in bulk) from stdin and
// prints the text table or the JSON contract. Exit: 0 no ERROR, 1 an ERROR, 2 bad input.
// --timing prints "timing: read_ms=… check_ms=… output_ms=…" to stderr (for bench/).
//
// The dump format is in workbook_dump.hpp (one reader for p8calc-check and p8calc-report).
#include "core/check/check.hpp"
#include "core/check/json_out.hpp"
#include "workbook_dump.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

int usage(const std::string& msg) {
  std::cerr << "p8calc check: " << msg << "\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string planArg, format = "text", lang = "vi", plansDir;
  p8::CheckOptions opt;
  bool timing = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--plan") planArg = value();
    else if (a == "--format") format = value();
    else if (a == "--lang") lang = value();
    else if (a == "--plans-dir") plansDir = value();
    else if (a == "--year") opt.asOfYear = std::atoi(value().c_str());
    else if (a == "--accept") opt.acceptedWarnings.push_back(value());
    else if (a == "--timing") timing = true;
    else return usage("unknown option " + a);
  }
  if (format != "text" && format != "json") return usage("--format must be text or json");
  if (lang != "vi" && lang != "en") return usage("--lang must be vi or en");
  // Plans: built-ins, plus the one asked for.
  std::vector<p8::Plan> plans;
  try {
    for (const auto& id : p8::builtinPlanIds()) plans.push_back(p8::loadPlanFile(p8::builtinPlanPath(id, plansDir)));
  } catch (const p8::PlanError& e) {
    return usage(lang == "vi" ? e.message_vi : e.message_en);
  }
  const p8::Plan* chosen = nullptr;
  if (!planArg.empty()) {
    for (const auto& p : plans)
      if (p.id == planArg) chosen = &p;
    if (!chosen) {
      try {
        plans.push_back(p8::loadPlanFile(planArg));
        chosen = &plans.back();
      } catch (const p8::PlanError& e) {
        return usage(lang == "vi" ? e.message_vi : e.message_en);
      }
    }
  }
  std::vector<const p8::Plan*> all;
  for (const auto& p : plans) all.push_back(&p);
  // Read the dump.
  using Clock = std::chrono::steady_clock;
  auto ms = [](Clock::time_point a, Clock::time_point b) {
    return std::chrono::duration<double, std::milli>(b - a).count();
  };
  const auto t0 = Clock::now();
  const std::vector<p8::cli::DumpedWorkbook> books = p8::cli::readDump(p8::cli::readAll(stdin));
  const auto t1 = Clock::now();
  std::vector<p8::FileResult> results;
  bool anyError = false, anyFailure = false;
  for (const auto& b : books) {
    if (!b.failure.empty()) {
      std::cerr << "p8calc check: " << b.file << ": " << b.failure << "\n";
      anyFailure = true;
      continue;
    }
    const p8::Plan* plan = chosen;
    if (!plan) {
      std::string id = p8::inferPlan(b.sheets, all);
      for (const auto* p : all)
        if (p->id == id) plan = p;
    }
    if (!plan) {
      std::cerr << "p8calc check: " << b.file << ": "
                << (lang == "vi" ? "không xác định được kế hoạch (tỉnh, huyện); hãy chỉ rõ --plan"
                                 : "cannot tell which plan this workbook follows; use --plan")
                << "\n";
      anyFailure = true;
      continue;
    }
    p8::CheckResult r = p8::checkWorkbook(b.sheets, *plan, opt);
    anyError |= r.count(p8::Severity::Error) > 0;
    results.emplace_back(b.file, std::move(r));
  }
  const auto t2 = Clock::now();
  std::cout << (format == "json" ? p8::toJson(results) : p8::toText(results, lang)) << std::flush;
  if (timing)
    std::fprintf(stderr, "timing: read_ms=%.3f check_ms=%.3f output_ms=%.3f\n", ms(t0, t1), ms(t1, t2),
                 ms(t2, Clock::now()));
  return anyFailure ? 2 : anyError ? 1 : 0;
}
