// p8calc report FILE --out OUT.{ods,xlsx,pdf}... [--period YYYY] [--layout NAME|FILE]
//                [--plan ID|PATH] [--lang vi|en] [--set KEY=VALUE]...
// p8calc template --plan ID|PATH --out OUT... [--kind allocation|progress] [--layout NAME|FILE]
//                [--district NAME] [--period YYYY] [--lang vi|en] [--set KEY=VALUE]...
// The model and the writing are the extension's (XBatch::report/makeTemplate, the sidebar's
// writer); this checks the paths, opens the workbook read-only and prints the summary.
#include "cli_args.hpp"
#include "commands.hpp"

#include <cstdlib>
#include <iostream>
#include <sys/stat.h>

namespace p8::cli {
namespace {

using Strings = css::uno::Sequence<rtl::OUString>;

Strings sequence(const std::vector<std::string>& v) {
  Strings out(sal_Int32(v.size()));
  for (std::size_t i = 0; i < v.size(); ++i) out.getArray()[i] = rtl::OUString::fromUtf8(v[i].c_str());
  return out;
}


}  // namespace

std::string realPath(const std::string& p) {
  char* r = ::realpath(p.c_str(), nullptr);
  std::string out = r ? r : "";
  std::free(r);
  return out;
}

std::pair<std::string, std::string> checkOutputs(std::vector<std::string>& outs, const std::string& source) {
  for (auto& out : outs) {
    const auto dot = out.rfind('.');
    std::string ext = dot == std::string::npos ? "" : out.substr(dot);
    for (auto& c : ext) c = char(std::tolower(static_cast<unsigned char>(c)));
    if (ext != ".ods" && ext != ".xlsx" && ext != ".pdf")
      return {"--out phải có đuôi .ods, .xlsx hoặc .pdf: " + out, "--out must end in .ods, .xlsx or .pdf: " + out};
    out = absolutePath(out);
    const std::string folder = out.substr(0, out.rfind('/') + 1);
    struct stat st{};
    if (::stat(folder.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
      return {"không có thư mục " + folder, "no such folder: " + folder};
    if (!source.empty() && ::stat(out.c_str(), &st) == 0 && realPath(out) == realPath(source))
      return {"--out không được trùng tệp số liệu (tệp của bạn không bao giờ bị ghi đè).",
              "--out must not be the workbook itself (your file is never overwritten)."};
  }
  return {};
}

namespace {

// A layout named by path must be a regular file of reasonable size: a FIFO or /dev/zero would
// block or flood the office's layout reader (plans are bounded by the reader itself).
std::pair<std::string, std::string> checkLayout(const std::string& layout) {
  if (layout.empty() || layout[0] != '/') return {};
  struct stat st{};
  if (::stat(layout.c_str(), &st) != 0)
    return {"không đọc được tệp mẫu " + layout + " (không có tệp)", "cannot read the layout file " + layout + " (missing)"};
  if (!S_ISREG(st.st_mode))
    return {layout + " không phải tệp thường (thiết bị, FIFO…), không thể là tệp mẫu",
            layout + " is not a regular file (a device, FIFO…), so it cannot be a layout"};
  if (st.st_size > (8 << 20))
    return {"tệp mẫu " + layout + " quá lớn (hơn 8 MB)", "the layout file " + layout + " is too large (over 8 MB)"};
  return {};
}

std::string joined(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : ", ") + x;
  return s;
}

const std::vector<OptionSpec> kCommon = {{"--out", true, true}, {"--period"}, {"--layout"}, {"--plan"},
                                         {"--lang", true, false, {"vi", "en"}}, {"--set", true, true}, {"--timeout"}};

}  // namespace

int reportCommand(const std::vector<std::string>& argv, OfficeClient& office) {
  ParsedArgs a;
  int period = 0;
  try {
    a = parseArgs(argv, kCommon);
    period = intOption(a, "--period", 1990, 2100, 0, "2025");
    office.setTimeout(intOption(a, "--timeout", 1, 86400, 600, "600"));
  } catch (const UsageError& e) {
    return failUsage(e.message_vi, e.what());
  }
  if (a.files.size() != 1)
    return failUsage("cần đúng một tệp số liệu: p8calc report TỆP --out KẾT-QUẢ.ods",
                     "exactly one workbook is needed: p8calc report FILE --out RESULT.ods");
  if (!a.has("--out")) return failUsage("thiếu --out (tệp kết quả .ods, .xlsx hoặc .pdf).", "--out is missing (an .ods, .xlsx or .pdf file).");
  const std::string file = a.files.front();
  std::vector<std::string> outs = a.all("--out");
  if (auto [vi, en] = checkOutputs(outs, file); !vi.empty()) return failUsage(vi, en);
  const std::string layout = nameOrAbsolutePath(a.get("--layout", "progress"));
  if (auto [vi, en] = checkLayout(layout); !vi.empty()) return failUsage(vi, en);
  struct stat st{};
  if (::stat(file.c_str(), &st) != 0 || !S_ISREG(st.st_mode))
    return failUsage(file + ": không đọc được tệp (không có tệp, hoặc không phải tệp thường)",
                     file + ": cannot read the file (missing, or not a regular file)");
  return inOffice(office, file, "", [&] {
    LoadedDocument doc = office.load(absolutePath(file));
    if (!doc.model.is() || doc.damaged) {
      office.close(doc.model);
      return failUsage(file + ": " + doc.failure_vi, file + ": " + doc.failure_en);
    }
    org::p8::p8calc::ReportSummary s;
    try {
      s = office.batch().report(doc.model, u(a.has("--plan") ? nameOrAbsolutePath(a.get("--plan")) : ""),
                                u(layout), period, u(a.get("--lang", "vi")),
                                sequence(a.all("--set")), sequence(outs));
    } catch (...) {
      office.close(doc.model);
      throw;
    }
    office.close(doc.model);
    std::cout << "Đã xuất báo cáo / report written: " << joined(a.all("--out")) << "\n";
    std::cout << "Kế hoạch / plan: " << str(s.plan) << "; kiểm tra / check: " << s.errors
              << " lỗi / errors, " << s.warnings << " cảnh báo / warnings\n";
    if (s.errors)
      std::cerr << "Chú ý: tệp số liệu còn lỗi; xem `p8calc check`. / Note: the workbook has errors; see `p8calc check`.\n";
    if (s.notesVi.getLength()) {
      std::cerr << "Thiếu số liệu (ô để trống, không ghi 0) / missing figures (left empty, not 0): "
                << s.notesVi.getLength() << "\n";
      for (sal_Int32 i = 0; i < s.notesVi.getLength(); ++i)
        std::cerr << "  - " << visibleControls(str(s.notesVi[i])) << "\n    "
                  << visibleControls(str(s.notesEn[i])) << "\n";
    }
    return 0;
  });
}

int templateCommand(const std::vector<std::string>& argv, OfficeClient& office) {
  ParsedArgs a;
  int period = 0;
  try {
    std::vector<OptionSpec> spec = kCommon;
    spec.push_back({"--kind", true, false, {"allocation", "progress", "plan"}});
    spec.push_back({"--district"});
    a = parseArgs(argv, spec);
    period = intOption(a, "--period", 1990, 2100, 0, "2025");
    office.setTimeout(intOption(a, "--timeout", 1, 86400, 600, "600"));
  } catch (const UsageError& e) {
    return failUsage(e.message_vi, e.what());
  }
  if (!a.files.empty())
    return failUsage("template không đọc tệp nào: bỏ " + a.files.front() + " (hoặc dùng p8calc report)",
                     "template reads no file: drop " + a.files.front() + " (or use p8calc report)");
  const bool planBook = a.get("--kind") == "plan";   // the plan workbook: --plan optional (blank without)
  if (!a.has("--plan") && !planBook)
    return failUsage("thiếu --plan (kế hoạch của biểu mẫu).", "--plan is missing (the template's plan).");
  if (!a.has("--out")) return failUsage("thiếu --out (tệp kết quả .ods, .xlsx hoặc .pdf).", "--out is missing (an .ods, .xlsx or .pdf file).");
  std::vector<std::string> outs = a.all("--out");
  if (auto [vi, en] = checkOutputs(outs, ""); !vi.empty()) return failUsage(vi, en);
  const std::string layout = planBook ? "plan" : nameOrAbsolutePath(a.get("--layout", a.get("--kind", "allocation")));
  if (auto [vi, en] = checkLayout(layout); !vi.empty()) return failUsage(vi, en);
  return inOffice(office, "", "", [&] {
    office.batch().makeTemplate(u(a.has("--plan") ? nameOrAbsolutePath(a.get("--plan")) : ""), u(layout),
                                u(a.get("--district")), period, u(a.get("--lang", "vi")), sequence(a.all("--set")),
                                sequence(outs));
    std::cout << "Đã tạo biểu mẫu / template written: " << joined(a.all("--out")) << "\n";
    return 0;
  });
}

}  // namespace p8::cli
