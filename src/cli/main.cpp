// p8calc: the command line of the Dự án 8 extension (README "p8calc check", "p8calc report").
// A UNO client: it starts its own private headless LibreOffice with the extension installed,
// hands each workbook to the extension's batch service and prints what it answers, so the
// command and the one-click check in Calc read, choose the plan and judge with the same code.
#include "cli_args.hpp"
#include "commands.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <osl/process.h>
#include <rtl/ustring.hxx>

#include <csignal>
#include <iostream>
#include <sys/stat.h>
#include <unistd.h>

namespace p8::cli {
namespace {

const char* const kUsage =
    "Cách dùng / usage:\n"
    "  p8calc check TỆP... [--plan ID|TỆP.json] [--format text|json] [--lang vi|en] [--year NĂM]\n"
    "                      [--accept MÃ@TRANG!Ô]... [--timeout GIÂY]\n"
    "  p8calc report TỆP --out KẾT-QUẢ.{ods,xlsx,pdf}... [--period NĂM] [--layout TÊN|TỆP.json]\n"
    "                [--plan ID|TỆP.json] [--lang vi|en] [--set KHÓA=GIÁ-TRỊ]...\n"
    "  p8calc template --plan ID|TỆP.json --out KẾT-QUẢ... [--kind allocation|progress|plan]\n"
    "                [--layout TÊN|TỆP.json] [--district TÊN] [--period NĂM] [--lang vi|en] [--set KHÓA=GIÁ-TRỊ]...\n"
    "  p8calc plan TỆP [--out KẾ-HOẠCH.json] [--id ID] [--province TÊN] [--phase 2026-2030]\n"
    "              [--format text|json] [--lang vi|en]\n"
    "  p8calc plans [TỆP...] [--format text|json] [--lang vi|en]   (kế hoạch có sẵn; tệp nào theo kế hoạch nào, vì sao)\n"
    "  p8calc consolidate TỆP|THƯ-MỤC... --plan ID|TỆP.json --period NĂM [--kind progress|update]\n"
    "              [--as-of YYYY-MM-DD] [--out KẾT-QUẢ.{ods,xlsx,pdf}]... [--format text|json] [--lang vi|en]\n"
    "              [--set KHÓA=GIÁ-TRỊ]... [--accept MÃ@TRANG!Ô]... [--timeout GIÂY]\n"
    "Mã thoát / exit status: 0 không có lỗi / no ERROR · 1 có lỗi / an ERROR · 2 không đọc được tệp hoặc tham số sai /\n"
    "  a file or an argument could not be used.\n";

OfficeProcess* g_process = nullptr;

// SIGTERM, SIGHUP, SIGINT: end the office's group at once, let the watchdog remove the folders
// (it does as soon as our end of its pipe closes, i.e. when we are gone), and die of the signal.
extern "C" void onSignal(int sig) {
  if (g_process) g_process->killFromSignal();
  std::signal(sig, SIG_DFL);
  ::raise(sig);
}

std::string exeDir() {
  rtl_uString* url = nullptr;
  rtl_uString* path = nullptr;
  std::string dir = ".";
  if (osl_getExecutableFile(&url) == osl_Process_E_None && osl_getSystemPathFromFileURL(url, &path) == osl_File_E_None) {
    const std::string exe = str(rtl::OUString(path));
    dir = exe.substr(0, exe.rfind('/'));
  }
  if (url) rtl_uString_release(url);
  if (path) rtl_uString_release(path);
  return dir;
}

}  // namespace

int failUsage(const std::string& vi, const std::string& en) {
  std::cerr << "p8calc: " << visibleControls(vi) << "\n        " << visibleControls(en) << "\n";
  return 2;
}

std::pair<std::string, std::string> officeLostMessage(OfficeFailure f, const std::string& file, int timeout) {
  const std::string at = file.empty() ? "" : " (" + file + ")";
  if (f == OfficeFailure::TimedOut)
    return {"LibreOffice mất hơn " + std::to_string(timeout) + " giây với tệp này" + at +
                " nên đã bị dừng; tệp có thể quá lớn: hãy thử --timeout lớn hơn, hoặc chia nhỏ tệp",
            "LibreOffice took more than " + std::to_string(timeout) + " s on this file" + at +
                " and was stopped; the file may be too large: try a larger --timeout, or split the file"};
  if (f == OfficeFailure::Crashed)
    return {"LibreOffice dừng bất ngờ khi xử lý tệp này" + at + "; tệp có thể bị hỏng. Các tệp khác vẫn được kiểm tra",
            "LibreOffice stopped unexpectedly while handling this file" + at + "; the file may be damaged. Other files are still checked"};
  return {"LibreOffice gặp lỗi không mong đợi với tệp này" + at + "; hãy mở tệp bằng Calc và lưu lại rồi thử lại",
          "LibreOffice met an unexpected error with this file" + at + "; open it in Calc, save it again and retry"};
}

std::pair<std::string, std::string> precheck(const std::string& path) {
  struct stat st{};
  if (::stat(path.c_str(), &st) != 0 || ::access(path.c_str(), R_OK) != 0)
    return {"không đọc được tệp (không có tệp hoặc không có quyền đọc)", "cannot read the file (missing, or no permission)"};
  if (!S_ISREG(st.st_mode))
    return {"không phải tệp thường (thư mục, FIFO hoặc thiết bị)", "not a regular file (a folder, FIFO or device)"};
  if (st.st_size == 0) return {"tệp rỗng", "the file is empty"};
  return {};
}

int officeFailure(OfficeClient& office, const std::string& file, const std::string& prefix) {
  std::pair<std::string, std::string> msg;
  try {
    throw;
  } catch (const css::lang::IllegalArgumentException& e) {
    msg = splitMessage(str(e.Message));
    msg = {prefix + msg.first, prefix + msg.second};
  } catch (const css::uno::RuntimeException&) {
    msg = officeLostMessage(office.failure(), file, 0);
  } catch (const std::exception& e) {
    msg = splitMessage(e.what());
  } catch (...) {
    msg = {"lỗi không mong đợi", "unexpected error"};
  }
  office.disarm();
  office.stop();
  return failUsage(msg.first, msg.second);
}

}  // namespace p8::cli

int main(int argc, char** argv) {
  using namespace p8::cli;
  OfficeProcess process;   // forks the watchdog: before any thread or UNO
  g_process = &process;
  for (int sig : {SIGTERM, SIGHUP, SIGINT, SIGQUIT}) std::signal(sig, onSignal);
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    (args.empty() ? std::cerr : std::cout) << kUsage;
    return args.empty() ? 2 : 0;
  }
  const std::string command = args[0];
  args.erase(args.begin());
  try {
    OfficeClient office(process, exeDir(), 600);
    if (command == "check") return checkCommand(args, office);
    if (command == "report") return reportCommand(args, office);
    if (command == "template") return templateCommand(args, office);
    if (command == "plan") return planCommand(args, office);
    if (command == "consolidate") return consolidateCommand(args, office);
    if (command == "plans") return plansCommand(args, office);
  } catch (const std::exception& e) {
    auto [vi, en] = splitMessage(e.what());
    return failUsage(vi, en);
  }
  std::cerr << kUsage;
  return failUsage("lệnh không đúng: " + command + " (check, report, template, plan, plans hoặc consolidate)",
                   "unknown command: " + command + " (check, report, template, plan, plans or consolidate)");
}
