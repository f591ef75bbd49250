// p8calc plans [WORKBOOK...] [--format text|json] [--lang vi|en] [--timeout SECONDS]
// Which plans p8calc knows (the built-in ones) and, for each workbook given, which plan it
// would be checked against and why: the plan kept in the file, the file's choice (P8Plan),
// the plan its texts point to with the evidence (XBatch::describePlans — the check's own plan
// choice). For the officer who gets "cannot tell which plan" and wants to know what to do.
// Exit 0 · 2 a file could not be read or an argument is wrong.
#include "cli_args.hpp"
#include "commands.hpp"

#include <iostream>

namespace p8::cli {

int plansCommand(const std::vector<std::string>& argv, OfficeClient& office) {
  ParsedArgs a;
  try {
    a = parseArgs(argv, {{"--format", true, false, {"text", "json"}}, {"--lang", true, false, {"vi", "en"}},
                         {"--timeout"}});
    office.setTimeout(intOption(a, "--timeout", 1, 86400, 600, "600"));
  } catch (const UsageError& e) {
    return failUsage(e.message_vi, e.what());
  }
  const bool json = a.get("--format", "text") == "json";
  const rtl::OUString format = json ? "json" : "text", lang = u(a.get("--lang", "vi"));
  bool failed = false;
  return inOffice(office, "", "", [&] {
    std::string out = json ? "{\"schema_version\":1,\"plans\":" : "";
    out += str(office.batch().describePlans(nullptr, "", format, lang));
    out += json ? ",\"files\":[" : "";
    bool first = true;
    for (const std::string& path : a.files) {
      const std::string file = absolutePath(path);
      if (auto [vi, en] = precheck(file); !vi.empty()) {
        failUsage(file + ": " + vi, file + ": " + en);
        failed = true;
        continue;
      }
      LoadedDocument doc = office.load(file);
      if (!doc.model.is() || doc.damaged) {
        office.close(doc.model);
        failUsage(file + ": " + doc.failure_vi, file + ": " + doc.failure_en);
        failed = true;
        continue;
      }
      rtl::OUString said;
      try {
        said = office.batch().describePlans(doc.model, u(file), format, lang);
      } catch (...) {
        office.close(doc.model);
        throw;
      }
      office.close(doc.model);
      out += json ? (first ? "" : ",") + str(said) : "\n" + str(said);
      first = false;
    }
    out += json ? "]}\n" : "";
    std::cout << (json ? out : visibleControls(out)) << std::flush;
    return failed ? 2 : 0;
  });
}

}  // namespace p8::cli
