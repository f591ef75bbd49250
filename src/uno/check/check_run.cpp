#include "uno/check/check_run.hpp"

#include "uno/common/args.hpp"
#include "uno/common/config.hpp"
#include "uno/common/doc_props.hpp"
#include "uno/check/check_output.hpp"
#include "uno/check/doc_read.hpp"
#include "uno/common/log.hpp"

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/task/XStatusIndicatorFactory.hpp>

#include <chrono>

namespace p8::uno {
namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY;

class Status {
public:
  explicit Status(const Reference<css::frame::XFrame>& frame) {
    try {
      Reference<css::task::XStatusIndicatorFactory> f(frame, UNO_QUERY);
      if (f.is()) m_ind = f->createStatusIndicator();
      if (m_ind.is()) m_ind->start("Dự án 8: đang kiểm tra… / checking…", 100);
    } catch (...) {
      m_ind.clear();
    }
  }
  void set(int percent) {
    if (m_ind.is()) m_ind->setValue(percent);
  }
  ~Status() {
    try {
      if (m_ind.is()) m_ind->end();
    } catch (...) {
    }
  }

private:
  Reference<css::task::XStatusIndicator> m_ind;
};

}  // namespace

Reference<css::frame::XModel> frameModel(const Reference<css::frame::XFrame>& frame) {
  if (!frame.is()) return {};
  Reference<css::frame::XController> c = frame->getController();
  return c.is() ? c->getModel() : Reference<css::frame::XModel>();
}

std::shared_ptr<const DocResult> runCheck(const Reference<css::uno::XComponentContext>& ctx,
                                          const Reference<css::frame::XFrame>& frame) {
  Reference<css::frame::XModel> model = frameModel(frame);
  Reference<css::sheet::XSpreadsheetDocument> doc(model, UNO_QUERY);
  DocResult result;
  if (!doc.is()) {
    result.error_vi = "Chỉ kiểm tra được bảng tính Calc.";
    result.error_en = "Only Calc spreadsheets can be checked.";
    return std::make_shared<const DocResult>(std::move(result));
  }
  auto t0 = std::chrono::steady_clock::now();
  try {
    Status status(frame);
    std::vector<Grid> grids = readWorkbook(doc, [&](int i, int n) { status.set(10 + 50 * i / std::max(n, 1)); });
    auto t1 = std::chrono::steady_clock::now();
    status.set(60);
    PlanSource source = PlanSource::None;
    result.plan = choosePlan(model, grids, result, "", &source);
    if (source == PlanSource::NoTable) {
      // No plan finds a table: checked, nothing to check (the INFO of each sheet says so), as
      // `p8calc check` answers (exit 0) — not a failure to show in place of the counts.
      result.error_vi.clear();
      result.error_en.clear();
    }
    if (result.plan) {
      CheckOptions opt;
      opt.acceptedWarnings = acceptedWarnings(model);
      result.check = checkWorkbook(grids, *result.plan, opt);
    }
    auto t2 = std::chrono::steady_clock::now();
    status.set(80);
    writeCheckOutput(ctx, model, result, uiLanguage(ctx));
    auto ms = [](auto a, auto b) { return std::to_string(std::chrono::duration<double, std::milli>(b - a).count()); };
    log::info("check: read " + ms(t0, t1) + " ms, check " + ms(t1, t2) + " ms, output " +
              ms(t2, std::chrono::steady_clock::now()) + " ms; " +
              std::to_string(result.check.findings.size()) + " findings");
  } catch (...) {
    const std::string what = currentExceptionText();
    log::error("check failed: " + (what.empty() ? std::string("unknown exception") : what));
    result.error_vi = what.empty() ? "Kiểm tra không chạy được (lỗi không rõ). Xem nhật ký p8calc.log."
                                   : "Kiểm tra không chạy được: " + what;
    result.error_en = what.empty() ? "The check could not run (unknown error). See p8calc.log."
                                   : "The check could not run: " + what;
  }
  storeResult(model, std::move(result));
  return lastResult(model);
}

std::shared_ptr<const DocResult> acceptAndRecheck(const Reference<css::uno::XComponentContext>& ctx,
                                                  const Reference<css::frame::XFrame>& frame,
                                                  const std::vector<std::string>& keys) {
  acceptWarnings(frameModel(frame), keys);
  return runCheck(ctx, frame);
}

}  // namespace p8::uno
