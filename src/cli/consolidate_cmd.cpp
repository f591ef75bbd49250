// p8calc consolidate INPUT... --plan ID|PATH --period YYYY [--kind progress|update]
//          [--as-of YYYY-MM-DD] [--out FILE.{ods,xlsx,pdf}]... [--format text|json] [--lang vi|en]
//          [--set KEY=VALUE]... [--accept KEY]... [--timeout SECONDS]
// The province's side of the reporting cycle (issue 17): every unit's workbook in the INPUT files
// and folders is loaded read-only in ONE private office and handed to the extension's
// consolidation session (XBatch::addToConsolidation: the reader and check of `p8calc check`),
// a file that cannot be loaded gets the status unreadable; then the session answers with the
// summary or the JSON and writes the consolidated report through the one report writer.
// Exit 0 no ERROR · 1 an ERROR (a unit unreadable, duplicated, a file of no unit, an error in
// a file) · 2 a bad argument or plan.
#include "cli_args.hpp"
#include "commands.hpp"
#include "uno/batch/workbook_files.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

#include <iostream>
#include <set>
#include <sys/stat.h>
#include <unistd.h>

namespace p8::cli {
namespace {

using Strings = css::uno::Sequence<rtl::OUString>;


Strings sequence(const std::vector<std::string>& v) {
  Strings out(sal_Int32(v.size()));
  for (std::size_t i = 0; i < v.size(); ++i) out.getArray()[i] = u(v[i]);
  return out;
}

// More files than this: progress "n/N file" on stderr.
const std::size_t kQuietFiles = 3;

struct Input {
  std::string path;         // absolute, as shown and put in the JSON
  bool isOut = false;       // also an --out path: must be a consolidated report made by p8calc
  bool unreadable = false;  // decided: the office was lost on it
  std::string vi, en;       // why unreadable
};

bool validIsoDate(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  const int m = std::stoi(s.substr(5, 2)), d = std::stoi(s.substr(8, 2));
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

// The files of the INPUT arguments: folders give their workbooks (recursively, sorted), files
// are taken as named; each file once. A missing INPUT is a usage error (vi, en).
std::pair<std::string, std::string> collect(const std::vector<std::string>& args, const std::vector<std::string>& outs,
                                            std::vector<Input>& inputs) {
  std::set<std::string> seen, outReal;
  for (const auto& o : outs) outReal.insert(realPath(o).empty() ? o : realPath(o));
  auto add = [&](const std::string& path) {
    const std::string abs = absolutePath(path), real = realPath(abs);
    if (!seen.insert(real.empty() ? abs : real).second) return;
    Input in;
    in.path = abs;
    in.isOut = outReal.count(real.empty() ? abs : real) > 0;
    inputs.push_back(std::move(in));
  };
  for (const auto& arg : args) {
    struct stat st{};
    if (::stat(arg.c_str(), &st) != 0)
      return {"không có tệp hoặc thư mục " + arg, "no such file or folder: " + arg};
    if (S_ISDIR(st.st_mode))
      for (const auto& f : workbooksIn(arg)) add(f);
    else
      add(arg);
  }
  return {};
}

bool hasConsolidatedMarker(const css::uno::Reference<css::frame::XModel>& model) {
  css::uno::Reference<css::document::XDocumentPropertiesSupplier> sup(model, css::uno::UNO_QUERY);
  if (!sup.is()) return false;
  css::uno::Reference<css::beans::XPropertySet> props(sup->getDocumentProperties()->getUserDefinedProperties(),
                                                      css::uno::UNO_QUERY);
  return props.is() && props->getPropertySetInfo()->hasPropertyByName("P8Consolidated");
}

class Run {
public:
  Run(OfficeClient& office, const ParsedArgs& a, std::vector<Input>& inputs, int timeout)
      : m_office(office), m_a(a), m_inputs(inputs), m_timeout(timeout), m_lang(a.get("--lang", "vi")) {}

  int operator()() {
    for (const Input& in : m_inputs)   // nothing is read before every --out is known to be safe
      if (in.isOut && !outMayBeReplaced(in.path)) return 2;
    for (;;) {   // a lost office: that file is unreadable, a fresh office takes every file again
      begin();
      bool lost = false;
      for (std::size_t i = 0; i < m_inputs.size() && !lost; ++i) lost = !add(i);
      if (!lost) break;
      m_office.stop();
      m_office.start();
    }
    sal_Int32 errors = 0;
    const bool json = m_a.get("--format", "text") == "json";
    m_office.arm();
    const rtl::OUString out = m_office.batch().finishConsolidation(json ? "json" : "text", u(m_lang), "",
                                                                   sequence(m_a.all("--set")),
                                                                   sequence(m_a.all("--out")), errors);
    m_office.disarm();
    std::cout << (json ? str(out) : visibleControls(str(out))) << std::flush;
    if (m_a.has("--out")) {
      std::string list;
      for (const auto& o : m_a.all("--out")) list += (list.empty() ? "" : ", ") + o;
      (json ? std::cerr : std::cout) << "Đã xuất báo cáo tổng hợp / consolidated report written: " << list << "\n";
    }
    return errors > 0 ? 1 : 0;
  }

private:
  OfficeClient& m_office;
  const ParsedArgs& m_a;
  std::vector<Input>& m_inputs;
  int m_timeout;
  std::string m_lang;
  std::size_t m_shown = 0;   // progress lines printed (a second pass after a lost office prints none)

  void say(const std::string& file, const std::string& vi, const std::string& en) {
    std::cerr << "p8calc consolidate: " << visibleControls(file) << ": " << visibleControls(vi + " / " + en) << "\n";
  }

  void begin() {
    m_office.arm();
    m_office.batch().beginConsolidation(u(m_a.get("--plan")), m_a.get("--period").empty() ? 0 : std::stoi(m_a.get("--period")),
                                        u(m_a.get("--kind", "progress")), u(m_a.get("--as-of")),
                                        sequence(m_a.all("--accept")));
    m_office.disarm();
  }

  void unreadable(const Input& in, const std::string& vi, const std::string& en, bool tell) {
    if (tell) say(in.path, vi, en);
    m_office.batch().addUnreadableToConsolidation(u(in.path), u(fileModifiedIso(in.path)), u(vi), u(en));
  }

  // An --out that is among the inputs is replaced only when it is a consolidated report.
  bool outMayBeReplaced(const std::string& path) {
    m_office.arm();
    LoadedDocument doc = m_office.load(path);
    const bool ours = doc.model.is() && hasConsolidatedMarker(doc.model);
    m_office.close(doc.model);
    m_office.disarm();
    if (!ours)
      failUsage("--out " + path + " đã có và không phải báo cáo tổng hợp do p8calc tạo (tệp của bạn không bao giờ bị "
                "ghi đè); hãy chọn tên khác.",
                "--out " + path + " exists and is no consolidated report made by p8calc (your file is never "
                "overwritten); choose another name.");
    return ours;
  }

  // One input into the session; false when the office was lost on it.
  bool add(std::size_t i) {
    Input& in = m_inputs[i];
    const bool first = i >= m_shown;
    if (first && m_inputs.size() > kQuietFiles) {
      std::cerr << "p8calc consolidate: " << (i + 1) << "/" << m_inputs.size() << " " << visibleControls(in.path) << "\n";
      m_shown = i + 1;
    }
    if (in.unreadable) {
      unreadable(in, in.vi, in.en, false);
      return true;
    }
    if (auto [vi, en] = precheck(in.path); !vi.empty()) {
      unreadable(in, vi, en, first);
      return true;
    }
    LoadedDocument doc;
    try {
      m_office.arm();
      doc = m_office.load(in.path);
      if (!doc.model.is() || doc.damaged) {
        m_office.close(doc.model);
        m_office.disarm();
        unreadable(in, doc.failure_vi, doc.failure_en, first);
        return true;
      }
      sal_Bool skipped = false;
      rtl::OUString note;
      sal_Int32 errors = 0;
      m_office.batch().addToConsolidation(doc.model, u(in.path), u(fileModifiedIso(in.path)), skipped, note, errors);
      m_office.close(doc.model);
      m_office.disarm();
      if (skipped && first) {
        auto [vi, en] = splitMessage(str(note));
        say(in.path, vi, en);
      }
      return true;
    } catch (const css::lang::IllegalArgumentException& e) {   // e.g. a text document, no spreadsheet
      m_office.close(doc.model);
      m_office.disarm();
      auto [vi, en] = splitMessage(str(e.Message));
      unreadable(in, vi, en, first);
      return true;
    } catch (const css::uno::RuntimeException&) {
      const OfficeFailure f = m_office.failure();
      m_office.disarm();
      auto [vi, en] = officeLostMessage(f, "", m_timeout);
      say(in.path, vi, en);
      in.unreadable = true;
      in.vi = vi;
      in.en = en;
      return false;
    }
  }
};

}  // namespace

int consolidateCommand(const std::vector<std::string>& argv, OfficeClient& office) {
  ParsedArgs a;
  int timeout = 600;
  try {
    a = parseArgs(argv, {{"--plan"}, {"--period"}, {"--kind", true, false, {"progress", "update"}}, {"--as-of"},
                         {"--out", true, true}, {"--format", true, false, {"text", "json"}},
                         {"--lang", true, false, {"vi", "en"}}, {"--set", true, true}, {"--accept", true, true},
                         {"--timeout"}});
    intOption(a, "--period", 1990, 2100, 0, "2025");
    timeout = intOption(a, "--timeout", 1, 86400, 600, "600");
  } catch (const UsageError& e) {
    return failUsage(e.message_vi, e.what());
  }
  if (a.files.empty())
    return failUsage("chưa ghi tệp hoặc thư mục nào: p8calc consolidate THƯ-MỤC --plan ID --period NĂM",
                     "no file or folder was given: p8calc consolidate FOLDER --plan ID --period YEAR");
  if (!a.has("--plan")) return failUsage("thiếu --plan (kế hoạch để tổng hợp).", "--plan is missing (the plan to consolidate).");
  if (!a.has("--period")) return failUsage("thiếu --period (năm báo cáo, ví dụ 2025).", "--period is missing (the reporting year, e.g. 2025).");
  if (a.has("--as-of") && !validIsoDate(a.get("--as-of")))
    return failUsage("--as-of phải là ngày dạng YYYY-MM-DD, ví dụ 2025-09-20 (không phải \"" + a.get("--as-of") + "\")",
                     "--as-of must be a date YYYY-MM-DD, e.g. 2025-09-20 (not \"" + a.get("--as-of") + "\")");
  for (const auto& kv : a.all("--set"))
    if (kv.find('=') == std::string::npos || kv[0] == '=')
      return failUsage("--set cần dạng KHÓA=GIÁ TRỊ: " + kv, "--set needs KEY=VALUE: " + kv);
  std::vector<std::string> outs = a.all("--out");
  if (auto [vi, en] = checkOutputs(outs, ""); !vi.empty()) return failUsage(vi, en);
  if (!outs.empty()) a.options["--out"] = outs;   // absolute from here on
  a.options["--plan"] = {nameOrAbsolutePath(a.get("--plan"))};
  std::vector<Input> inputs;
  if (auto [vi, en] = collect(a.files, outs, inputs); !vi.empty()) return failUsage(vi, en);
  office.setTimeout(timeout);
  return inOffice(office, "", "", Run(office, a, inputs, timeout));
}

}  // namespace p8::cli
