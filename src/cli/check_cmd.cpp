// p8calc check FILE... [--plan ID|PATH] [--format text|json] [--lang vi|en] [--year YYYY]
//                      [--accept KEY]... [--timeout SECONDS]
// One office for all files; each file's result is printed as soon as it is known and then
// dropped, so a call over thousands of files holds one result at a time. JSON: the one object
// of the contract, written as its head, each file's entry, its tail.
#include "cli_args.hpp"
#include "commands.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <sys/stat.h>
#include <unistd.h>

namespace p8::cli {
namespace {

const std::string kJsonHead = "{\"schema_version\":1,\"files\":[";
const std::string kJsonTail = "]}\n";

class Printer {
public:
  explicit Printer(bool json) : m_json(json) {}
  void file(const std::string& output) {
    if (!m_json) {
      std::cout << visibleControls(output) << std::flush;
      return;
    }
    std::string entry = output;
    if (entry.rfind(kJsonHead, 0) == 0 && entry.size() >= kJsonHead.size() + kJsonTail.size() &&
        entry.compare(entry.size() - kJsonTail.size(), kJsonTail.size(), kJsonTail) == 0)
      entry = entry.substr(kJsonHead.size(), entry.size() - kJsonHead.size() - kJsonTail.size());
    std::cout << (m_count++ ? "," : kJsonHead) << entry << std::flush;
  }
  void finish() {
    if (m_json) std::cout << (m_count ? "" : kJsonHead) << kJsonTail << std::flush;
  }

private:
  bool m_json;
  int m_count = 0;
};

std::string displayName(const std::string& path) {
  struct stat st{};
  return ::stat(path.c_str(), &st) == 0 ? absolutePath(path) : path;
}

}  // namespace

int checkCommand(const std::vector<std::string>& argv, OfficeClient& office) {
  ParsedArgs a;
  int year = 0, timeout = 600;
  try {
    a = parseArgs(argv, {{"--plan"}, {"--format", true, false, {"text", "json"}}, {"--lang", true, false, {"vi", "en"}},
                         {"--year"}, {"--accept", true, true}, {"--timeout"}});
    year = intOption(a, "--year", 1990, 2100, 0, "2024");
    timeout = intOption(a, "--timeout", 1, 86400, 600, "600");
  } catch (const UsageError& e) {
    return failUsage(e.message_vi, e.what());
  }
  if (a.files.empty())
    return failUsage("chưa ghi tệp nào để kiểm tra: p8calc check TỆP… (xem p8calc --help)",
                     "no file to check was given: p8calc check FILE… (see p8calc --help)");
  office.setTimeout(timeout);
  const bool json = a.get("--format", "text") == "json";
  const std::string lang = a.get("--lang", "vi"), plan = a.has("--plan") ? nameOrAbsolutePath(a.get("--plan")) : "";
  css::uno::Sequence<rtl::OUString> accepted(sal_Int32(a.all("--accept").size()));
  for (std::size_t i = 0; i < a.all("--accept").size(); ++i)
    accepted.getArray()[i] = rtl::OUString::fromUtf8(a.all("--accept")[i].c_str());
  auto say = [&](const std::string& file, const std::string& vi, const std::string& en, bool both) {
    std::cerr << "p8calc check: " << visibleControls(file) << ": "
              << visibleControls(both ? vi + " / " + en : lang == "vi" ? vi : en) << "\n";
  };
  try {
    office.start();
  } catch (const std::exception& e) {
    auto [vi, en] = splitMessage(e.what());
    return failUsage(vi, en);
  }
  if (!plan.empty()) {
    try {
      office.arm();
      office.batch().loadPlan(rtl::OUString::fromUtf8(plan.c_str()));
      office.disarm();
    } catch (const css::lang::IllegalArgumentException& e) {
      office.disarm();
      auto [vi, en] = splitMessage(str(e.Message));
      std::cerr << "p8calc check: " << visibleControls(lang == "vi" ? vi : en) << "\n";
      return 2;
    }
  }
  Printer out(json);
  bool anyError = false, anyFailure = false;
  const rtl::OUString format = json ? "json" : "text", ulang = rtl::OUString::fromUtf8(lang.c_str());
  for (const std::string& path : a.files) {
    const std::string file = displayName(path);
    if (auto [vi, en] = precheck(path); !vi.empty()) {
      say(file, vi, en, true);
      anyFailure = true;
      continue;
    }
    LoadedDocument doc;
    try {
      if (!office.connected()) office.start();   // after a crash: a fresh office for the rest
      office.arm();
      doc = office.load(absolutePath(path));
      if (!doc.model.is()) {
        office.disarm();
        say(file, doc.failure_vi, doc.failure_en, true);
        anyFailure = true;
        continue;
      }
      const rtl::OUString ufile = rtl::OUString::fromUtf8(file.c_str());
      sal_Int32 errors = 0;
      const auto t = std::chrono::steady_clock::now();
      rtl::OUString text = doc.damaged ? office.batch().damaged(ufile, format, ulang)
                                       : office.batch().check(doc.model, ufile, rtl::OUString::fromUtf8(plan.c_str()),
                                                              accepted, year, format, ulang, errors);
      office.times.check += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count();
      office.close(doc.model);
      office.disarm();
      anyError |= errors > 0 || doc.damaged;
      // No plan fits a file with a P8 table: printed as its plan-unknown finding, not checked
      // (exit 2). A file no plan finds a table in was checked: nothing to check (errors 0).
      anyFailure |= errors < 0;
      out.file(str(text));
    } catch (const css::lang::IllegalArgumentException& e) {
      office.close(doc.model);
      office.disarm();
      auto [vi, en] = splitMessage(str(e.Message));
      say(file, vi, en, false);
      anyFailure = true;
    } catch (const css::uno::RuntimeException& e) {
      const OfficeFailure f = office.failure();
      office.disarm();
      auto [vi, en] = officeLostMessage(f, "", timeout);
      (void)e;
      say(file, vi, en, true);
      office.stop();
      anyFailure = true;
    } catch (const std::exception& e) {
      office.disarm();
      auto [vi, en] = splitMessage(e.what());
      say(file, vi, en, true);
      anyFailure = true;
    }
  }
  out.finish();
  if (const char* timing = std::getenv("P8CALC_TIMING"); timing && *timing == '1') {
    const StageTimes& t = office.times;
    std::fprintf(stderr, "timing: files=%d load_ms=%.1f verify_ms=%.1f recalc_ms=%.1f check_ms=%.1f close_ms=%.1f\n",
                 t.files, t.load, t.verify, t.recalc, t.check, t.close);
  }
  office.stop();
  return anyFailure ? 2 : anyError ? 1 : 0;
}

}  // namespace p8::cli
