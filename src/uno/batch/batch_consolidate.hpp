// The office side of consolidation (`p8calc consolidate`, the sidebar panel "Tổng hợp"): the
// units' workbooks are read and checked one at a time exactly as `p8calc check` reads and
// checks them (readWorkbook, the plan asked for, the document's accepted warnings,
// checkWorkbook), attributed to a reporting unit, and kept as the core's ConsolidationFile;
// the core then gives every unit its status and sums the figures (core/consolidate). The
// consolidated report goes through the one report writer (uno/report).
//
// p8calc's own output is no unit's report: a consolidated report carries the document property
// P8Consolidated (kept by ODS and XLSX, also when the province edits and saves it) and is
// skipped. (The document generator cannot mark anything: LibreOffice writes its own on every
// save.) A unit's workbook checked in Calc (it has p8calc's results sheet) and a unit's report
// made by `p8calc report` are units' reports like any other; the reader leaves the results
// sheet out.
#pragma once
#include "core/consolidate/consolidate.hpp"
#include "core/report/report_model.hpp"
#include "uno/common/plans.hpp"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace p8::uno {

namespace css = com::sun::star;

extern const char* const kConsolidatedProperty;   // "P8Consolidated": the marker of a consolidated report

// A consolidation in progress: documents added one at a time, so a run over many files holds
// one document at a time (a file's check result and figures are kept, its cells are not).
class ConsolidationSession {
public:
  // `plan`: a built-in id or an absolute plan path (throws PlanLoadError); opt.period required.
  ConsolidationSession(const std::string& plan, ConsolidationOptions opt, std::vector<std::string> accepted);

  struct Added {
    bool skipped = false;            // p8calc's own output: not counted
    std::string note_vi, note_en;    // why it was skipped
    std::string unit;                // the unit the file was attributed to ("" = none)
    int errors = 0;                  // ERROR findings of the file's check
  };
  // `modified`: the file's modification date (ISO), used when the document carries none.
  Added add(const css::uno::Reference<css::frame::XModel>& document, const std::string& file,
            const std::string& modified);
  void addUnreadable(const std::string& file, const std::string& modified, std::string reason_vi,
                     std::string reason_en);

  const Plan& plan() const { return *m_plan; }
  const std::string& planRef() const { return m_planRef; }
  std::size_t size() const { return m_files.size(); }
  // The consolidation of the files added (the session can go on receiving files).
  Consolidation result() const;

private:
  std::string m_planRef;
  PlanPtr m_plan;
  std::vector<PlanPtr> m_others;     // the other built-in plans: a unit of another province
  ConsolidationOptions m_opt;
  std::vector<std::string> m_accepted;
  std::vector<ConsolidationFile> m_files;
};

// The consolidated report through the one report writer (progress layout unless `layout`
// names another; opt as for `p8calc report`): stored to every path of `outs` and closed, or —
// with no path — left open as a new visible document and returned (the sidebar's "Tạo báo
// cáo tổng hợp"). Either way it carries the marker property, so it is never counted again.
css::uno::Reference<css::frame::XModel> writeConsolidatedReport(
    const css::uno::Reference<css::uno::XComponentContext>& ctx, const Consolidation& c, const Plan& plan,
    const std::string& planRef, const std::string& layout, const ReportOptions& opt,
    const std::vector<std::string>& outs);

// For the sidebar panel "Tổng hợp": the workbooks of `paths` (files, and folders: their
// workbooks as workbooksIn finds them, as `p8calc consolidate` does), each loaded hidden and read-only in this office (macros never run, links
// never updated, every question such as a password answered "cancel"), added to a session and
// closed. A file that cannot be loaded gets the status unreadable with the reason; p8calc's
// consolidated reports are skipped.
// `progress(i, n, path)` is called before file i of n (0-based); `cancel` is read before each
// file: a cancelled run returns std::nullopt and has written nothing. Throws PlanLoadError for
// a plan that cannot be loaded.
std::optional<Consolidation> consolidateDocuments(
    const css::uno::Reference<css::uno::XComponentContext>& ctx, const std::vector<std::string>& paths,
    const std::string& plan, const ConsolidationOptions& opt, const std::vector<std::string>& accepted,
    const std::function<void(int, int, const std::string&)>& progress, const std::atomic<bool>& cancel);

}  // namespace p8::uno
