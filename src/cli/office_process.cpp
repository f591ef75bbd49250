#include "office_process.hpp"

#include <osl/file.hxx>
#include <rtl/digest.h>
#include <rtl/ustring.hxx>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <ftw.h>
#include <stdexcept>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace p8::cli {
namespace {

int removeEntry(const char* path, const struct stat*, int, struct FTW*) { return ::remove(path), 0; }

void removeTree(const std::string& path) {
  if (!path.empty()) ::nftw(path.c_str(), removeEntry, 16, FTW_DEPTH | FTW_PHYS);
}

bool groupAlive(pid_t group) { return group > 0 && (::kill(-group, 0) == 0 || errno == EPERM); }

void killGroup(pid_t group) {
  if (group > 0) ::kill(-group, SIGKILL);
}

void waitGroupGone(pid_t group, double seconds) {
  const auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  while (groupAlive(group) && std::chrono::steady_clock::now() < end)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
}

// The watchdog: reads "G pgid", "D folder", "S socket" and "R" (forget all) lines from
// p8calc; when the pipe closes (p8calc ended, however it ended) it kills the groups and
// removes what it was told about. It ignores the terminal's signals so that Ctrl+C or a hang-up
// reaching the whole foreground group cannot stop it before it cleaned up.
[[noreturn]] void watchdogMain(int in) {
  for (int sig : {SIGINT, SIGHUP, SIGTERM, SIGQUIT, SIGPIPE, SIGTSTP}) std::signal(sig, SIG_IGN);
  std::vector<pid_t> groups;
  std::vector<std::string> folders, sockets;
  std::string line;
  char c;
  for (;;) {
    const ssize_t n = ::read(in, &c, 1);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    if (c != '\n') {
      line += c;
      continue;
    }
    if (line.size() > 2 && line[0] == 'G') groups.push_back(pid_t(std::atol(line.c_str() + 2)));
    else if (line.size() > 2 && line[0] == 'D') folders.push_back(line.substr(2));
    else if (line.size() > 2 && line[0] == 'S') sockets.push_back(line.substr(2));
    else if (line == "R") groups.clear(), folders.clear(), sockets.clear();
    line.clear();
  }
  for (pid_t g : groups) killGroup(g);
  for (pid_t g : groups) waitGroupGone(g, 10);
  for (const auto& s : sockets) ::unlink(s.c_str());
  for (const auto& d : folders) removeTree(d);
  ::_exit(0);
}

void tell(int fd, const std::string& record) {
  const std::string line = record + "\n";
  if (fd >= 0) (void)!::write(fd, line.data(), line.size());
}

// Where osl puts its pipes: /tmp, else /var/tmp (sal/osl/unx/pipe.cxx).
std::string pipeRoot() { return ::access("/tmp", W_OK) == 0 ? "/tmp" : "/var/tmp"; }

// The office's own single-instance socket: OSL_PIPE_<uid>_SingleOfficeIPC_<md5 of the profile
// URL as UTF-16, each byte in hex without padding> (desktop/source/app/officeipcthread.cxx).
std::string ipcSocket(const rtl::OUString& profileUrl) {
  sal_uInt8 md5[RTL_DIGEST_LENGTH_MD5];
  rtl_digest_MD5(profileUrl.getStr(), profileUrl.getLength() * sizeof(sal_Unicode), md5, sizeof md5);
  std::string hex;
  char buf[4];
  for (sal_uInt8 b : md5) {
    std::snprintf(buf, sizeof buf, "%x", b);
    hex += buf;
  }
  return pipeRoot() + "/OSL_PIPE_" + std::to_string(::getuid()) + "_SingleOfficeIPC_" + hex;
}

std::string tempRoot() {
  const char* t = std::getenv("TMPDIR");
  return t && *t ? t : "/tmp";
}

std::string makePrivateDir(const std::string& pattern) {
  std::vector<char> buf(pattern.begin(), pattern.end());
  buf.push_back('\0');
  if (!::mkdtemp(buf.data()))
    throw std::runtime_error("không tạo được thư mục tạm " + pattern + ": " + std::strerror(errno) +
                             "\ncannot create a temporary folder " + pattern + ": " + std::strerror(errno));
  return buf.data();
}

void copyTree(const std::string& from, const std::string& to) {
  // cp -a keeps the template's links and modes; a C++17 filesystem copy would do as well but
  // costs a second compiler feature on some toolchains.
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::execlp("cp", "cp", "-a", from.c_str(), to.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  int status = 0;
  if (pid < 0 || ::waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
    throw std::runtime_error("không chép được hồ sơ LibreOffice riêng từ " + from + " (hãy build lại: cmake --build build)"
                             "\ncannot copy the private LibreOffice profile from " + from +
                             " (build again: cmake --build build)");
}

}  // namespace

OfficeProcess::OfficeProcess() {
  int fds[2];
  if (::pipe(fds) != 0) return;
  m_watchdog = ::fork();
  if (m_watchdog == 0) {
    ::close(fds[1]);
    ::setpgid(0, 0);   // out of the terminal's foreground group
    watchdogMain(fds[0]);
  }
  ::close(fds[0]);
  m_watchdogPipe = fds[1];
  ::fcntl(m_watchdogPipe, F_SETFD, FD_CLOEXEC);   // soffice must not hold it open
}

OfficeProcess::~OfficeProcess() {
  stop(0);
  if (m_watchdogPipe >= 0) ::close(m_watchdogPipe);
  if (m_watchdog > 0) ::waitpid(m_watchdog, nullptr, 0);
}

void OfficeProcess::start(const std::string& profileTemplate, const std::string& soffice) {
  if (::access((profileTemplate + "/user").c_str(), R_OK) != 0)
    throw std::runtime_error("không có hồ sơ LibreOffice đã cài p8calc: " + profileTemplate +
                             " (hãy build: cmake --build build)\nthe LibreOffice profile with p8calc installed is missing: " +
                             profileTemplate + " (build first: cmake --build build)");
  m_dir = makePrivateDir(tempRoot() + "/p8calc-XXXXXX");
  tell(m_watchdogPipe, "D " + m_dir);
  const std::string uid = std::to_string(::getuid());
  m_pipeDir = makePrivateDir(pipeRoot() + "/OSL_PIPE_" + uid + "_p8calc-XXXXXX");
  tell(m_watchdogPipe, "D " + m_pipeDir);
  m_pipeName = m_pipeDir.substr(m_pipeDir.rfind("_p8calc-") + 1) + "/uno";
  const std::string profile = m_dir + "/profile", scratch = m_dir + "/scratch";
  copyTree(profileTemplate, profile);
  ::mkdir(scratch.c_str(), 0700);
  rtl::OUString url;
  osl::FileBase::getFileURLFromSystemPath(rtl::OUString::fromUtf8(profile.c_str()), url);
  m_ipcSocket = ipcSocket(url);
  tell(m_watchdogPipe, "S " + m_ipcSocket);
  const std::string env = std::string("-env:UserInstallation=") + url.toUtf8().getStr();
  const std::string accept = "--accept=pipe,name=" + m_pipeName + ";urp;StarOffice.ComponentContext";
  const std::string log = m_dir + "/soffice.log";
  const pid_t parent = ::getpid();
  m_office = ::fork();
  if (m_office < 0) throw std::runtime_error("không chạy được LibreOffice (fork)\ncannot start LibreOffice (fork)");
  if (m_office == 0) {
    ::setpgid(0, 0);
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) ::_exit(1);   // p8calc already gone
    ::umask(077);
    const int devnull = ::open("/dev/null", O_RDONLY);
    const int out = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    ::dup2(devnull, 0);
    ::dup2(out, 1);
    ::dup2(out, 2);
    ::setenv("HOME", scratch.c_str(), 1);
    ::setenv("TMPDIR", scratch.c_str(), 1);
    ::setenv("LC_ALL", "C.UTF-8", 1);
    ::setenv("LANG", "C.UTF-8", 1);
    ::unsetenv("URE_MORE_TYPES");   // the office finds its own and its extensions' types
    ::execl(soffice.c_str(), soffice.c_str(), env.c_str(), "--headless", "--invisible", "--norestore", "--nologo",
            "--nodefault", "--nolockcheck", accept.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ::setpgid(m_office, m_office);   // also from here: no window where the group does not exist yet
  tell(m_watchdogPipe, "G " + std::to_string(m_office));
}

std::string OfficeProcess::unoUrl() const { return "uno:pipe,name=" + m_pipeName + ";urp;StarOffice.ComponentContext"; }

bool OfficeProcess::running() {
  if (m_office <= 0) return false;
  int status = 0;
  if (::waitpid(m_office, &status, WNOHANG) == m_office) {
    // The wrapper ended: soffice.bin may live on in the group; the office counts as gone.
    killGroup(m_office);
    return false;
  }
  return true;
}

void OfficeProcess::kill() { killGroup(m_office); }

void OfficeProcess::killFromSignal() const { killGroup(m_office); }

void OfficeProcess::stop(double graceSeconds) {
  if (m_office > 0) {
    const auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(graceSeconds);
    while (groupAlive(m_office) && std::chrono::steady_clock::now() < end) {
      ::waitpid(m_office, nullptr, WNOHANG);
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    killGroup(m_office);
    ::waitpid(m_office, nullptr, 0);
    waitGroupGone(m_office, 10);
    m_office = -1;
  }
  cleanFolders();
}

void OfficeProcess::cleanFolders() {
  if (!m_ipcSocket.empty()) ::unlink(m_ipcSocket.c_str());
  removeTree(m_pipeDir);
  removeTree(m_dir);
  if (!m_dir.empty()) tell(m_watchdogPipe, "R");
  m_ipcSocket.clear();
  m_pipeDir.clear();
  m_dir.clear();
}

}  // namespace p8::cli
