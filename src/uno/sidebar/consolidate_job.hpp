// One run of the "Tổng hợp" panel in the background, so the office stays responsive and the
// Hủy / Cancel button can be clicked while the units' workbooks are read.
//
// Why a worker thread and not one file per event-loop turn: consolidateDocuments reads every
// file in one call (it owns the loading rules: hidden, read-only, no macros, every question
// answered "cancel"). In LibreOffice 7.4 an extension cannot take the SolarMutex itself (no
// public API), but every UNO call into the office takes it: a worker calling
// consolidateDocuments is exactly what a remote client of the batch service does (`p8calc
// consolidate` calls it over the bridge from another thread). Between two office calls the
// SolarMutex is free, so the main loop runs and Cancel is clicked.
// The worker NEVER touches the panel's controls or the status bar: it keeps its progress in
// this job (under a mutex) and posts an AsyncCallback, which runs `onMain` on the main thread
// (the office's event loop, SolarMutex held), and only there the panel is updated. A panel
// disposed during a run calls detach(): the callback then does nothing, the cancel flag is
// set and the worker stops before its next file.
#pragma once
#include "core/consolidate/consolidate.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace p8::uno {

namespace css = com::sun::star;

class ConsolidateJob : public std::enable_shared_from_this<ConsolidateJob> {
public:
  struct Progress {
    int index = 0, count = 0;            // file index (0-based) of count
    std::string file;
    bool done = false;
    bool cancelled = false;
    std::optional<Consolidation> result;  // set when done and not cancelled
    std::string error_vi, error_en;       // set when the run failed (bad plan, office error)
  };

  // `onMain` runs on the main thread after every progress step and once when done.
  ConsolidateJob(css::uno::Reference<css::uno::XComponentContext> ctx, std::vector<std::string> paths,
                 std::string plan, ConsolidationOptions opt, std::function<void()> onMain);
  void start();                          // starts the worker (once)
  void cancel() { m_cancel = true; }
  void detach();                         // main thread: the panel is gone
  Progress snapshot() const;

  // Called by the posted callback on the main thread.
  void runOnMain();

private:
  void work();
  void post();

  css::uno::Reference<css::uno::XComponentContext> m_ctx;
  std::vector<std::string> m_paths;
  std::string m_plan;
  ConsolidationOptions m_opt;
  std::function<void()> m_onMain;        // main thread only
  std::atomic<bool> m_cancel{false};
  mutable std::mutex m_mutex;
  Progress m_progress;
};

}  // namespace p8::uno
