// p8calc's side of the UNO bridge (the SDK's DocumentLoader shape): a local component context
// bootstrapped from p8calc-uno.ini next to the executable (the office's type registries plus
// ours, so XBatch can cross the bridge), connected to the private office over its named pipe.
// Every call into the office runs under a deadline: when LibreOffice hangs, the call watchdog
// kills it and the call returns with an exception instead of waiting for ever.
#pragma once
#include "interaction.hpp"
#include "office_process.hpp"

#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <org/p8/p8calc/XBatch.hpp>

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

namespace p8::cli {

// What a failed office call was: the user's message differs.
enum class OfficeFailure { None, Crashed, TimedOut };

struct LoadedDocument {
  css::uno::Reference<css::frame::XModel> model;   // null when the load failed
  std::string failure_vi, failure_en;              // why, when it failed or the file is damaged
  bool damaged = false;                            // loaded, but LibreOffice reported damage
};

// Where a run's time goes, per stage, summed over its files (P8CALC_TIMING=1 prints it; the
// benchmark reads it).
struct StageTimes {
  double load = 0, recalc = 0, verify = 0, check = 0, close = 0;
  int files = 0;
};

class OfficeClient {
public:
  StageTimes times;
  OfficeClient(OfficeProcess& process, std::string exeDir, int timeoutSeconds);
  ~OfficeClient();

  void start();     // starts and connects; throws std::runtime_error("vi\nen")
  void stop();      // terminates the office and removes its folders
  bool connected() const { return m_batch.is(); }

  // Opens a file hidden, read-only, macros and link updates off, every question refused, and
  // recalculates it (stale cached values of a file written by another tool are not trusted).
  LoadedDocument load(const std::string& path);
  void close(const css::uno::Reference<css::frame::XModel>& model);
  org::p8::p8calc::XBatch& batch() { return *m_batch; }

  // Deadline for the office call that follows (disarm with disarm()).
  void arm();
  void setTimeout(int seconds) { m_timeout = seconds; }
  void disarm();
  // After an exception from an office call: was the office lost, and how?
  OfficeFailure failure();

private:
  void watch();
  // Whether an XML part of the file's zip package (xlsx, ods) is cut short or malformed:
  // LibreOffice's importers skip a broken part silently, a truncated sheet loads shorter.
  bool packageDamaged(const std::string& path);
  OfficeProcess& m_process;
  std::string m_exeDir;
  int m_timeout;
  css::uno::Reference<css::uno::XComponentContext> m_local, m_remote;
  css::uno::Reference<css::frame::XDesktop2> m_desktop;
  css::uno::Reference<org::p8::p8calc::XBatch> m_batch;
  std::mutex m_mutex;
  std::condition_variable m_cv;
  std::thread m_watcher;
  bool m_armed = false, m_quit = false, m_fired = false;
  std::chrono::steady_clock::time_point m_deadline;
};

// "vi\nen" → {vi, en}; a message without a newline is both.
std::pair<std::string, std::string> splitMessage(const std::string& message);

}  // namespace p8::cli
