// The private office of one `p8calc` run: a headless soffice on a copy of the profile that
// CMake prepared with the extension installed (build/office-profile), reachable only through a
// named pipe in a folder of mode 0700 — never a TCP port, which any local user could reach.
//
// Nothing outlives the run: soffice runs in a process group of its own that p8calc owns, gets
// SIGKILL when p8calc dies (PR_SET_PDEATHSIG), and a small watchdog process (forked before
// anything else) kills that group and removes the profile copy and the pipe folder as soon as
// p8calc is gone — also after SIGKILL, which no handler sees. POSIX only for now (README:
// Windows recipe, not yet tested).
#pragma once
#include <string>
#include <sys/types.h>

namespace p8::cli {

class OfficeProcess {
public:
  // Forks the watchdog; call first, before any thread or UNO bootstrap.
  OfficeProcess();
  ~OfficeProcess();   // stop()
  OfficeProcess(const OfficeProcess&) = delete;
  OfficeProcess& operator=(const OfficeProcess&) = delete;

  // Copies the profile template and starts soffice. Throws std::runtime_error (vi\nen).
  void start(const std::string& profileTemplate, const std::string& soffice);
  // The UNO URL to resolve, e.g. "uno:pipe,name=p8calc-Ab12Cd/uno;urp;StarOffice.ComponentContext".
  std::string unoUrl() const;
  bool running();              // soffice still there
  void kill();                 // the whole group, now (signal-safe parts only)
  // Ends soffice (after the caller asked it to terminate: waits up to `graceSeconds`), kills
  // what is left, removes the folders; the office can be started again.
  void stop(double graceSeconds = 5);

  // For signal handlers: kill the group and let the watchdog clean up.
  void killFromSignal() const;

private:
  void cleanFolders();
  pid_t m_watchdog = -1;
  int m_watchdogPipe = -1;    // write end: the watchdog reads group ids, EOF = p8calc is gone
  pid_t m_office = -1;        // the soffice wrapper, leader of its process group
  std::string m_dir, m_pipeDir, m_pipeName, m_ipcSocket;
};

}  // namespace p8::cli
