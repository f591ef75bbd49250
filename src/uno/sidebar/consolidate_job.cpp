// The background run of the "Tổng hợp" panel (see the header for the threading rules).
#include "uno/sidebar/consolidate_job.hpp"

#include "uno/batch/batch_consolidate.hpp"
#include "uno/common/args.hpp"
#include "uno/common/log.hpp"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <cppuhelper/implbase1.hxx>

#include <thread>

namespace p8::uno {

using css::uno::Reference;

namespace {

// Runs the job's main-thread step; keeps the job alive until the office has called it.
class MainStep : public cppu::WeakImplHelper1<css::awt::XCallback> {
public:
  explicit MainStep(std::shared_ptr<ConsolidateJob> job) : m_job(std::move(job)) {}
  void SAL_CALL notify(const css::uno::Any&) override {
    try {
      m_job->runOnMain();
    } catch (...) {
      log::error("consolidate panel: " + currentExceptionText());
    }
  }

private:
  std::shared_ptr<ConsolidateJob> m_job;
};

}  // namespace

ConsolidateJob::ConsolidateJob(Reference<css::uno::XComponentContext> ctx, std::vector<std::string> paths,
                               std::string plan, ConsolidationOptions opt, std::function<void()> onMain)
    : m_ctx(std::move(ctx)), m_paths(std::move(paths)), m_plan(std::move(plan)), m_opt(std::move(opt)),
      m_onMain(std::move(onMain)) {}

void ConsolidateJob::start() {
  std::thread([self = shared_from_this()] { self->work(); }).detach();
}

void ConsolidateJob::detach() {
  m_cancel = true;
  m_onMain = nullptr;
}

ConsolidateJob::Progress ConsolidateJob::snapshot() const {
  std::lock_guard<std::mutex> lock(m_mutex);
  return m_progress;
}

void ConsolidateJob::runOnMain() {
  const std::function<void()> step = m_onMain;   // the step may detach the job while it runs
  if (step) step();
}

void ConsolidateJob::post() {
  try {
    css::awt::AsyncCallback::create(m_ctx)->addCallback(new MainStep(shared_from_this()), css::uno::Any());
  } catch (...) {
    log::error("consolidate panel: cannot post to the main thread: " + currentExceptionText());
  }
}

void ConsolidateJob::work() {
  std::optional<Consolidation> result;
  std::string vi, en;
  try {
    result = consolidateDocuments(
        m_ctx, m_paths, m_plan, m_opt, {},
        [this](int i, int n, const std::string& file) {
          {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_progress.index = i;
            m_progress.count = n;
            m_progress.file = file;
          }
          post();
        },
        m_cancel);
  } catch (const PlanLoadError& e) {
    vi = e.message_vi;
    en = e.what();
  } catch (...) {
    const std::string text = currentExceptionText();
    vi = "không tổng hợp được: " + text;
    en = "the consolidation failed: " + text;
    log::error("consolidate panel: " + text);
  }
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_progress.done = true;
    m_progress.cancelled = vi.empty() && !result;
    m_progress.result = std::move(result);
    m_progress.error_vi = vi;
    m_progress.error_en = en;
  }
  post();
}

}  // namespace p8::uno
