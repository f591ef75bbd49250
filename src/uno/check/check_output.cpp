#include "uno/check/check_output.hpp"

#include "uno/check/findings_sheet.hpp"
#include "uno/check/highlights.hpp"
#include "uno/check/results_sheet.hpp"
#include "uno/common/args.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XUndoAction.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/weakref.hxx>

#include <chrono>

namespace p8::uno {

const char* const kCheckUndoTitle = "Dự án 8: kiểm tra / Project 8 check";
const char* const kClearUndoTitle = "Dự án 8: xóa kết quả kiểm tra / Project 8 clear check results";

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

// A tag that tells one check's marks from another's, in this office and in saved files.
std::string newCheckTag() {
  static unsigned counter = 0;
  return std::to_string(std::chrono::system_clock::now().time_since_epoch().count()) + "-" + std::to_string(++counter);
}

const int kHighlightCap = 500;   // more marks than this help nobody and slow the sheet down

Reference<css::document::XUndoManager> undoManager(const Reference<css::frame::XModel>& model) {
  Reference<css::document::XUndoManagerSupplier> sup(model, UNO_QUERY);
  return sup.is() ? sup->getUndoManager() : nullptr;
}

// Keeps the views from repainting while the output is written.
class ControllerLock {
public:
  explicit ControllerLock(const Reference<css::frame::XModel>& model) : m_model(model) { model->lockControllers(); }
  ~ControllerLock() {
    try {
      m_model->unlockControllers();
    } catch (...) {
    }
  }

private:
  Reference<css::frame::XModel> m_model;
};

// Everything Calc records meanwhile becomes one step of the history.
class UndoContext {
public:
  UndoContext(const Reference<css::document::XUndoManager>& um, const char* title) : m_um(um) {
    if (m_um.is()) m_um->enterUndoContext(ustr(title));
  }
  ~UndoContext() {
    try {
      if (m_um.is()) m_um->leaveUndoContext();
    } catch (...) {
    }
  }

private:
  Reference<css::document::XUndoManager> m_um;
};

// Calc records nothing meanwhile: its own actions for our writes would point at our shapes
// and cells and fight our undo. Also needed while our undo runs: Calc's undo manager takes
// new actions then too, and a new action drops the redo list that holds the very step being
// undone. (Not the document's IsUndoEnabled switch: turning it off empties the history.)
class RecordingOff {
public:
  explicit RecordingOff(const Reference<css::frame::XModel>& model) : m_um(undoManager(model)) {
    if (m_um.is()) m_um->lock();
  }
  ~RecordingOff() {
    try {
      if (m_um.is()) m_um->unlock();
    } catch (...) {
    }
  }
  // Some Calc calls switch its recording back on (results_sheet.hpp): switch it off again.
  void renew() {
    if (!m_um.is()) return;
    m_um->unlock();
    m_um->lock();
  }

private:
  Reference<css::document::XUndoManager> m_um;
};

// What the results sheet says once the check that made it was undone, or its results cleared.
css::uno::Sequence<css::uno::Sequence<rtl::OUString>> noResultsNote() {
  css::uno::Sequence<css::uno::Sequence<rtl::OUString>> rows(2);
  rows.getArray()[0] = css::uno::Sequence<rtl::OUString>(1);
  rows.getArray()[0].getArray()[0] = ustr("KẾT QUẢ KIỂM TRA DỰ ÁN 8");
  rows.getArray()[1] = css::uno::Sequence<rtl::OUString>(1);
  rows.getArray()[1].getArray()[0] =
      ustr("Không còn kết quả kiểm tra (đã hoàn tác bằng Ctrl+Z hoặc đã xóa). Chạy lại Kiểm tra, hoặc xóa trang này. / "
           "No check results (undone with Ctrl+Z, or cleared). Run the check again, or delete this sheet.");
  return rows;
}

// The check's own part of the step: the results sheet before/after, the marks it drew. The
// earlier marks it removed are put back by Calc's part of the same step.
class CheckUndo : public cppu::WeakImplHelper1<css::document::XUndoAction> {
public:
  CheckUndo(const Reference<css::sheet::XSpreadsheetDocument>& doc, const char* title, ResultsSheetState before,
            ResultsSheetState after, std::string tag)
      : m_doc(doc), m_title(title), m_before(std::move(before)), m_after(std::move(after)),
        m_tag(std::move(tag)) {}
  rtl::OUString SAL_CALL getTitle() override { return ustr(m_title); }
  void SAL_CALL undo() override { apply(m_before, false); }
  void SAL_CALL redo() override { apply(m_after, true); }

private:
  // Runs inside Calc's undo/redo, which keeps Calc's recording off — as long as nothing here
  // inserts, removes, shows or hides a sheet (such calls switch it back on, and an action
  // recorded in the middle of an undo destroys the step being undone: LibreOffice 7.4). So
  // only the marks' visibility and the results sheet's cells change here.
  void apply(const ResultsSheetState& sheet, bool shown) {
    Reference<css::sheet::XSpreadsheetDocument> doc(m_doc);
    if (!doc.is()) return;
    if (!m_tag.empty()) showMarks(doc, m_tag, shown);
    int index = ownedResultsSheet(doc);
    if (index < 0) return;   // the user deleted it meanwhile
    Reference<css::sheet::XSpreadsheet> ours(
        Reference<css::container::XIndexAccess>(doc->getSheets(), UNO_QUERY_THROW)->getByIndex(index), UNO_QUERY_THROW);
    fillResultsSheet(ours, sheet.present ? sheet.formulas : noResultsNote());
    styleFindingsSheet(ours);
  }
  css::uno::WeakReference<css::sheet::XSpreadsheetDocument> m_doc;
  std::string m_title;
  ResultsSheetState m_before, m_after;
  std::string m_tag;   // of the marks this check drew ("" for a clear)
};

}  // namespace

void writeCheckOutput(const Reference<css::uno::XComponentContext>&, const Reference<css::frame::XModel>& model,
                      DocResult& result, const std::string& lang) {
  Reference<css::sheet::XSpreadsheetDocument> doc(model, UNO_QUERY);
  if (!doc.is()) return;
  auto um = undoManager(model);
  // A check right after a check: take the earlier one back first, so the new step replaces it.
  if (um.is() && um->isUndoPossible() && um->getCurrentUndoActionTitle() == ustr(kCheckUndoTitle)) um->undo();

  ControllerLock lock(model);
  UndoContext step(um, kCheckUndoTitle);
  removeMarks(doc);   // recorded by Calc, which keeps the removed shapes for its undo
  ResultsSheetState before = captureResultsSheet(doc);
  const std::string tag = newCheckTag();
  {
    RecordingOff off(model);
    if (structureProtected(doc)) {
      result.note_vi = "Bảng tính đang được bảo vệ cấu trúc: p8calc không thêm trang kết quả; xem kết quả ở khung Kiểm tra.";
      result.note_en = "The workbook's structure is protected: p8calc adds no results sheet; see the findings in the Check panel.";
    } else {
      ownResultsSheet(doc, [&] { off.renew(); });
      writeFindingsSheet(doc, result, lang);
    }
    bool capped = false;
    result.highlighted = drawMarks(doc, marksFor(result.check.findings, kHighlightCap, capped), tag);
    result.highlightsCapped = capped;
  }
  if (um.is()) um->addUndoAction(new CheckUndo(doc, kCheckUndoTitle, std::move(before), captureResultsSheet(doc), tag));
}

int clearCheckOutput(const Reference<css::uno::XComponentContext>&, const Reference<css::frame::XModel>& model) {
  Reference<css::sheet::XSpreadsheetDocument> doc(model, UNO_QUERY);
  if (!doc.is()) return 0;
  auto um = undoManager(model);
  ControllerLock lock(model);
  UndoContext step(um, kClearUndoTitle);
  const int removed = int(removeMarks(doc).size());   // recorded by Calc: its undo puts them back
  ResultsSheetState before = captureResultsSheet(doc);
  if (!before.present) return removed;
  {
    // Emptied with a note, not removed: its undo must not insert a sheet (CheckUndo says why).
    RecordingOff off(model);
    Reference<css::sheet::XSpreadsheet> ours(
        Reference<css::container::XIndexAccess>(doc->getSheets(), UNO_QUERY_THROW)->getByIndex(before.index),
        UNO_QUERY_THROW);
    fillResultsSheet(ours, noResultsNote());
    styleFindingsSheet(ours);
  }
  if (um.is()) um->addUndoAction(new CheckUndo(doc, kClearUndoTitle, std::move(before), ResultsSheetState{}, ""));
  return removed;
}

}  // namespace p8::uno
