// p8calc plan WORKBOOK [--out PLAN.json] [--id ID] [--province NAME] [--phase 2026-2030]
//                      [--format text|json] [--lang vi|en] [--timeout SECONDS]
// A plan file made from the sheets a province already has (issue "Plans without JSON"): the
// workbook is opened read-only in the private office, the extension reads it with the check's
// reader (XBatch::makePlan), saves the plan and answers with the review, printed here.
// Exit 0 a plan was written · 2 no plan could be made, or a file or an argument is wrong.
#include "cli_args.hpp"
#include "commands.hpp"

#include <iostream>
#include <sys/stat.h>

namespace p8::cli {
namespace {

bool endsWithJson(std::string s) {
  for (auto& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
  return s.size() > 5 && s.compare(s.size() - 5, 5, ".json") == 0;
}

}  // namespace

int planCommand(const std::vector<std::string>& argv, OfficeClient& office) {
  ParsedArgs a;
  try {
    a = parseArgs(argv, {{"--out"}, {"--id"}, {"--province"}, {"--phase"},
                         {"--format", true, false, {"text", "json"}}, {"--lang", true, false, {"vi", "en"}},
                         {"--timeout"}});
    office.setTimeout(intOption(a, "--timeout", 1, 86400, 600, "600"));
  } catch (const UsageError& e) {
    return failUsage(e.message_vi, e.what());
  }
  if (a.files.size() != 1)
    return failUsage("cần đúng một bảng tính kế hoạch: p8calc plan TỆP [--out KẾ-HOẠCH.json]",
                     "exactly one plan workbook is needed: p8calc plan FILE [--out PLAN.json]");
  const std::string file = absolutePath(a.files.front());
  struct stat st{};
  if (::stat(file.c_str(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_size == 0)
    return failUsage(file + ": không đọc được tệp (không có tệp, tệp rỗng, hoặc không phải tệp thường)",
                     file + ": cannot read the file (missing, empty, or not a regular file)");
  std::string out = a.get("--out");
  if (!out.empty()) {
    if (!endsWithJson(out))
      return failUsage("--out phải là tệp .json (tệp kế hoạch): " + out, "--out must be a .json file (the plan file): " + out);
    out = absolutePath(out);
    const std::string folder = out.substr(0, out.rfind('/') + 1);
    if (::stat(folder.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
      return failUsage("không có thư mục " + folder, "no such folder: " + folder);
  }
  const bool json = a.get("--format", "text") == "json";
  const std::string lang = a.get("--lang", "vi");
  return inOffice(office, file, file + ": ", [&] {
    LoadedDocument doc = office.load(file);
    if (!doc.model.is() || doc.damaged) {
      office.close(doc.model);
      return failUsage(file + ": " + doc.failure_vi, file + ": " + doc.failure_en);
    }
    rtl::OUString written;
    sal_Int32 problems = 0;
    rtl::OUString review;
    try {
      review = office.batch().makePlan(doc.model, u(file), u(a.get("--id")), u(a.get("--province")),
                                       u(a.get("--phase")), u(out), json ? "json" : "text", u(lang), written,
                                       problems);
    } catch (...) {
      office.close(doc.model);
      throw;
    }
    office.close(doc.model);
    std::cout << (json ? str(review) : visibleControls(str(review))) << std::flush;
    if (written.isEmpty()) {
      // Why (file, sheet, cell) is in the review just printed ("error" in JSON).
      return failUsage(file + ": không tạo được kế hoạch; lý do ở phần xem lại bên trên (hoặc \"error\" của JSON).",
                       file + ": no plan could be made; the review above says why (or the JSON's \"error\").");
    }
    return 0;
  });
}

}  // namespace p8::cli
