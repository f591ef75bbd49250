// p8calc-check: the core check as a command. Reads workbooks dumped by the p8calc driver
// (src/cli/p8calc.py, which reads them through a headless LibreOffice in bulk) from stdin and
// prints the text table or the JSON contract. Exit: 0 no ERROR, 1 an ERROR, 2 bad input.
// --timing prints "timing: read_ms=… check_ms=… output_ms=…" to stderr (for bench/).
//
// Dump format, one record per line, fields separated by TAB, with \t \n \\ escaped:
//   FILE <path>  |  FAIL <path> <message>  |  SHEET <name> <rows> <cols>
//   C <row> <col> <N|T|E> <value> <formula>  |  M <top> <left> <bottom> <right>
//   HR <first> <last>  |  HC <first> <last>
// Rows/columns are 0-based sheet coordinates; a record belongs to the SHEET above it.
// M: a merged area (inclusive). HR/HC: a run of hidden (or filtered-out) rows/columns,
// inclusive. Unknown records are ignored, so older and newer drivers and readers mix.
#include "core/check.hpp"
#include "core/json_out.hpp"

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

std::string unescape(std::string_view s) {
  if (s.find('\\') == std::string_view::npos) return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      char n = s[++i];
      out += n == 't' ? '\t' : n == 'n' ? '\n' : n;
    } else {
      out += s[i];
    }
  }
  return out;
}

// Fields of one line, unescaped. `f` is reused from line to line (55,000 lines for a
// 5,000-row sheet: no allocation per line once the strings have grown).
void split(std::string_view line, std::vector<std::string>& f) {
  f.clear();
  std::size_t start = 0;
  for (std::size_t i = 0; i <= line.size(); ++i)
    if (i == line.size() || line[i] == '\t') {
      f.push_back(unescape(line.substr(start, i - start)));
      start = i + 1;
    }
}

struct Workbook { std::string file, failure; std::vector<p8::Grid> sheets; };

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
  std::vector<Workbook> books;
  // The whole dump at once: line-by-line reads from a synchronised std::cin cost more than
  // the check itself.
  std::string input;
  {
    char buf[1 << 16];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) input.append(buf, n);
  }
  std::vector<std::string> f;
  for (std::size_t pos = 0; pos < input.size();) {
    std::size_t end = input.find('\n', pos);
    if (end == std::string::npos) end = input.size();
    std::string_view line(input.data() + pos, end - pos);
    pos = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    split(line, f);
    if (f.empty()) continue;
    if (f[0] == "FILE" && f.size() >= 2) books.push_back({f[1], "", {}});
    else if (f[0] == "FAIL" && f.size() >= 3) books.push_back({f[1], f[2], {}});
    else if (f[0] == "SHEET" && f.size() >= 4 && !books.empty())
      books.back().sheets.emplace_back(f[1], std::atoi(f[2].c_str()), std::atoi(f[3].c_str()));
    else if (f[0] == "C" && f.size() >= 6 && !books.empty() && !books.back().sheets.empty()) {
      p8::Cell& c = books.back().sheets.back().at(std::atoi(f[1].c_str()), std::atoi(f[2].c_str()));
      c.type = f[3] == "N" ? p8::Cell::Type::Number : f[3] == "E" ? p8::Cell::Type::Error : p8::Cell::Type::Text;
      if (c.type == p8::Cell::Type::Number) c.number = std::strtod(f[4].c_str(), nullptr);
      else c.text = f[4];
      c.formula = f[5];
    } else if (f[0] == "M" && f.size() >= 5 && !books.empty() && !books.back().sheets.empty()) {
      auto& g = books.back().sheets.back();
      p8::MergedArea m{std::atoi(f[1].c_str()), std::atoi(f[2].c_str()), std::atoi(f[3].c_str()), std::atoi(f[4].c_str())};
      if (m.top < 0 || m.left < 0 || m.bottom < m.top || m.right < m.left) continue;
      g.merges.push_back(m);
      // Only cells inside the grid can be covered: a merge reaching past the used area
      // must not cost a loop over the whole sheet.
      for (int r = m.top; r <= std::min(m.bottom, g.rows - 1); ++r)
        for (int c = m.left; c <= std::min(m.right, g.cols - 1); ++c)
          if (r != m.top || c != m.left) g.at(r, c).mergedCovered = true;
    } else if ((f[0] == "HR" || f[0] == "HC") && f.size() >= 3 && !books.empty() &&
               !books.back().sheets.empty()) {
      auto& g = books.back().sheets.back();
      const bool rows = f[0] == "HR";
      auto& hidden = rows ? g.hiddenRows : g.hiddenCols;
      const int n = rows ? g.rows : g.cols;
      if (hidden.empty()) hidden.assign(static_cast<std::size_t>(std::max(n, 0)), false);
      const int first = std::max(std::atoi(f[1].c_str()), 0), last = std::min(std::atoi(f[2].c_str()), n - 1);
      for (int i = first; i <= last; ++i) hidden[static_cast<std::size_t>(i)] = true;
    }
  }
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
