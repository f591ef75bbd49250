// Making a plan from the open document (see the header). The review sheet is written with
// plain cells (no cell or page style of the document is changed) while Calc records nothing;
// the one undo step is ours, as the check's is (check_output.hpp): Ctrl+Z empties the review
// sheet to a note, Ctrl+Y fills it again, and no undo ever inserts or removes a sheet (that
// crashes LibreOffice 7.4 when the document has no visible view). The document properties
// (the kept plan) are not part of the undo.
#include "uno/sidebar/plan_make.hpp"

#include "core/plan/plan_from_grids.hpp"
#include "core/plan/plan_review.hpp"
#include "core/plan/plan_write.hpp"
#include "uno/check/doc_read.hpp"
#include "uno/check/results_sheet.hpp"
#include "uno/common/args.hpp"
#include "uno/common/config.hpp"
#include "uno/common/log.hpp"
#include "uno/common/plans.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XUndoAction.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilterManager.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/weakref.hxx>
#include <osl/file.hxx>

#include <sys/stat.h>

namespace p8::uno {

const char* const kMakePlanUndoTitle = "Dự án 8: xem lại kế hoạch / Project 8 plan review";

namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

std::string systemPath(const rtl::OUString& url) {
  rtl::OUString sys;
  if (url.isEmpty() || osl::FileBase::getSystemPathFromFileURL(url, sys) != osl::FileBase::E_None) return "";
  return utf8(sys);
}

bool exists(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0;
}

// <folder>/<id>.json, or "<id> (2).json"… when a file of that name exists: a user's file is
// never overwritten.
std::string freePlanPath(const std::string& folder, const std::string& id) {
  std::string path = folder + "/" + id + ".json";
  for (int i = 2; exists(path) && i < 1000; ++i) path = folder + "/" + id + " (" + std::to_string(i) + ").json";
  return path;
}

std::string askWhere(const Reference<css::uno::XComponentContext>& ctx, const std::string& id, bool vi) {
  auto picker = css::ui::dialogs::FilePicker::createWithMode(ctx, css::ui::dialogs::TemplateDescription::FILESAVE_SIMPLE);
  Reference<css::ui::dialogs::XFilterManager> filters(picker, UNO_QUERY);
  const rtl::OUString filter = ustr(vi ? "Kế hoạch Dự án 8 (*.json)" : "Project 8 plan (*.json)");
  if (filters.is()) {
    filters->appendFilter(filter, "*.json");
    filters->setCurrentFilter(filter);
  }
  picker->setTitle(ustr(vi ? "Lưu kế hoạch vừa tạo" : "Save the plan just made"));
  picker->setDefaultName(ustr(id + ".json"));
  if (picker->execute() != css::ui::dialogs::ExecutableDialogResults::OK) return "";
  auto files = picker->getSelectedFiles();
  return files.hasElements() ? systemPath(files[0]) : "";
}

rtl::OUString freeSheetName(const Reference<css::sheet::XSpreadsheets>& sheets, const std::string& base) {
  std::string name = base;
  for (int i = 2; sheets->hasByName(ustr(name)); ++i) name = base + " (" + std::to_string(i) + ")";
  return ustr(name);
}

// The review as the cells of its sheet: the model's texts and numbers, which rows are bold,
// the column widths (1/100 mm).
struct ReviewCells {
  Sequence<Sequence<Any>> data;
  std::vector<std::pair<int, int>> boldRows;   // first, last
  std::vector<sal_Int32> widths;
};

ReviewCells reviewCells(const ReportModel& review) {
  ReviewCells out;
  int rows = 1, cols = std::max<int>(1, int(review.columnWidthsMm.size()));
  for (const auto& c : review.cells) {
    rows = std::max(rows, c.row + 1);
    cols = std::max(cols, c.col + 1);
  }
  out.data.realloc(rows);
  for (int r = 0; r < rows; ++r) {
    Sequence<Any> row(cols);
    for (int c = 0; c < cols; ++c) row.getArray()[c] <<= rtl::OUString();
    out.data.getArray()[r] = row;
  }
  for (const ReportCell& c : review.cells) {
    if (c.kind == ReportCell::Kind::Number) out.data.getArray()[c.row].getArray()[c.col] <<= c.number;
    else if (c.kind != ReportCell::Kind::Blank) out.data.getArray()[c.row].getArray()[c.col] <<= ustr(c.text);
  }
  out.boldRows = {{0, 0}, {review.tableTop, review.headerBottom}};
  for (double mm : review.columnWidthsMm) out.widths.push_back(sal_Int32(mm * 100));
  return out;
}

// What the review sheet says once its making was undone (the sheet itself stays: an undo that
// removes a sheet crashes LibreOffice 7.4 without a visible view, see check_output.hpp).
ReviewCells undoneNote(const rtl::OUString& title) {
  ReviewCells out;
  out.data.realloc(2);
  for (int r = 0; r < 2; ++r) out.data.getArray()[r] = Sequence<Any>(1);
  out.data.getArray()[0].getArray()[0] <<= title;   // still a review sheet: never read as data
  out.data.getArray()[1].getArray()[0] <<= ustr(
      "Đã hoàn tác (Ctrl+Z): không còn bản xem lại. Bấm lại «Tạo kế hoạch từ bảng tính này», hoặc xóa trang này. / "
      "Undone (Ctrl+Z): no review here. Press «Make a plan from this workbook» again, or delete this sheet.");
  out.boldRows = {{0, 0}};
  return out;
}

void fillSheet(const Reference<css::sheet::XSpreadsheet>& sheet, const ReviewCells& cells) {
  clearSheet(sheet);
  const sal_Int32 rows = cells.data.getLength(), cols = rows ? cells.data[0].getLength() : 0;
  if (rows == 0 || cols == 0) return;
  Reference<css::sheet::XCellRangeData>(sheet->getCellRangeByPosition(0, 0, cols - 1, rows - 1), UNO_QUERY_THROW)
      ->setDataArray(cells.data);
  for (const auto& [top, bottom] : cells.boldRows)
    if (top >= 0 && bottom >= top && bottom < rows)
      Reference<css::beans::XPropertySet>(sheet->getCellRangeByPosition(0, top, cols - 1, bottom), UNO_QUERY_THROW)
          ->setPropertyValue("CharWeight", Any(float(150.0)));
  Reference<css::container::XIndexAccess> columns(Reference<css::table::XColumnRowRange>(sheet, UNO_QUERY_THROW)->getColumns(),
                                                  UNO_QUERY_THROW);
  for (std::size_t i = 0; i < cells.widths.size(); ++i)
    Reference<css::beans::XPropertySet>(columns->getByIndex(sal_Int32(i)), UNO_QUERY_THROW)
        ->setPropertyValue("Width", Any(cells.widths[i]));
}

Reference<css::document::XUndoManager> undoManager(const Reference<css::frame::XModel>& model) {
  Reference<css::document::XUndoManagerSupplier> sup(model, UNO_QUERY);
  return sup.is() ? sup->getUndoManager() : nullptr;
}

// Calc records nothing of our writing (its actions for a sheet insertion crash on undo
// without a view); our one undo action empties the review sheet to a note, redo fills it
// again. It never inserts or removes a sheet.
class ReviewUndo : public cppu::WeakImplHelper1<css::document::XUndoAction> {
public:
  ReviewUndo(const Reference<css::frame::XModel>& model, rtl::OUString sheet, ReviewCells review)
      : m_model(model), m_sheet(std::move(sheet)), m_review(std::move(review)) {
    if (m_review.data.getLength() > 0 && m_review.data[0].getLength() > 0) m_review.data[0][0] >>= m_title;
  }
  rtl::OUString SAL_CALL getTitle() override { return ustr(kMakePlanUndoTitle); }
  void SAL_CALL undo() override { apply(undoneNote(m_title)); }
  void SAL_CALL redo() override { apply(m_review); }

private:
  void apply(const ReviewCells& cells) {
    Reference<css::frame::XModel> model(m_model);
    Reference<css::sheet::XSpreadsheetDocument> doc(model, UNO_QUERY);
    if (!doc.is() || !doc->getSheets()->hasByName(m_sheet)) return;   // the user deleted it meanwhile
    // Calc keeps its recording off while its undo runs (CheckUndo relies on the same): only
    // cells and widths change here, never a sheet.
    fillSheet(Reference<css::sheet::XSpreadsheet>(doc->getSheets()->getByName(m_sheet), UNO_QUERY_THROW), cells);
  }
  css::uno::WeakReference<css::frame::XModel> m_model;
  rtl::OUString m_sheet;
  ReviewCells m_review;
  rtl::OUString m_title;   // the review's first cell, kept by the note
};

// The review as a new last sheet; one undo step of ours (ReviewUndo). Returns its name.
std::string writeReviewSheet(const Reference<css::frame::XModel>& model, const ReportModel& review) {
  Reference<css::sheet::XSpreadsheetDocument> doc(model, UNO_QUERY_THROW);
  Reference<css::sheet::XSpreadsheets> sheets = doc->getSheets();
  const rtl::OUString name = freeSheetName(sheets, review.sheetName);
  const sal_Int16 index = sal_Int16(Reference<css::container::XIndexAccess>(sheets, UNO_QUERY_THROW)->getCount());
  ReviewCells cells = reviewCells(review);
  auto um = undoManager(model);
  if (um.is()) um->lock();
  try {
    sheets->insertNewByName(name, index);
    if (um.is()) {   // inserting a sheet switches Calc's recording back on (LibreOffice 7.4)
      um->unlock();
      um->lock();
    }
    Reference<css::sheet::XSpreadsheet> sheet(sheets->getByName(name), UNO_QUERY_THROW);
    // Not made the active sheet: switching sheets here makes Calc record our undo's own
    // writes later, which empties the redo list (LibreOffice 7.4). The panel names the sheet.
    fillSheet(sheet, cells);
  } catch (...) {
    if (um.is()) um->unlock();
    throw;
  }
  if (um.is()) {
    um->unlock();
    um->addUndoAction(new ReviewUndo(model, name, std::move(cells)));
  }
  return utf8(name);
}

}  // namespace

MadePlan makePlanFromDocument(const Reference<css::uno::XComponentContext>& ctx, const Reference<css::frame::XModel>& model,
                              const std::string& out, bool ask, const std::string& lang) {
  MadePlan made;
  const bool vi = lang != "en";
  try {
    Reference<css::sheet::XSpreadsheetDocument> doc(model, UNO_QUERY);
    if (!doc.is()) {
      made.message_vi = "Tài liệu này không phải bảng tính: mở một tệp Calc rồi bấm lại.";
      made.message_en = "This document is no spreadsheet: open a Calc workbook and press again.";
      return made;
    }
    const std::string file = systemPath(model->getURL());
    PlanFromGridsOptions opt;
    opt.fileName = file.empty() ? (vi ? "(tệp chưa lưu)" : "(unsaved document)") : file;
    const PlanFromGrids r = planFromGrids(readWorkbook(doc), opt);
    made.problems = r.problems();
    if (structureProtected(doc)) {
      made.message_vi = "Bảng tính đang được bảo vệ cấu trúc: không thêm được trang xem lại. ";
      made.message_en = "The workbook's structure is protected: no review sheet could be added. ";
    } else {
      made.reviewSheet = writeReviewSheet(model, planReviewSheet(r, vi ? "vi" : "en"));
    }
    if (!r.plan) {
      made.message_vi += "Chưa tạo được kế hoạch: " + r.error_vi + " Xem trang «" + made.reviewSheet + "».";
      made.message_en += "No plan could be made: " + r.error_en + " See the sheet «" + made.reviewSheet + "».";
      return made;
    }
    made.planId = r.plan->id;
    std::string path = out;
    if (path.empty()) {
      const auto slash = file.rfind('/');
      if (slash != std::string::npos) path = freePlanPath(file.substr(0, slash ? slash : 1), r.plan->id);
      else if (ask) path = askWhere(ctx, r.plan->id, vi);
    }
    if (!path.empty() && path == file) path.clear();   // never over the workbook itself
    if (!path.empty()) {
      savePlanFile(*r.plan, path);
      made.written = path;
      rememberRecentPlanFile(userProfileDir(ctx), path);
    }
    keepDocumentPlan(model, *r.plan);
    log::info("plan made from the document: " + r.plan->id + (path.empty() ? "" : " → " + path));
    const std::string n = std::to_string(made.problems);
    made.message_vi += "Đã tạo kế hoạch " + r.plan->id + " (" + std::to_string(r.plan->indicators.size()) + " chỉ tiêu, " +
                       std::to_string(r.plan->districts().size()) + " đơn vị), lưu trong tệp này và chọn để kiểm tra" +
                       (path.empty() ? "" : "; tệp kế hoạch: " + path) + ". " + n +
                       " mục cần xem lại ở trang «" + made.reviewSheet + "». Nhớ lưu tệp.";
    made.message_en += "Plan " + r.plan->id + " made (" + std::to_string(r.plan->indicators.size()) + " indicators, " +
                       std::to_string(r.plan->districts().size()) + " units), kept in this document and chosen for the check" +
                       (path.empty() ? "" : "; plan file: " + path) + ". " + n + " items to review on the sheet «" +
                       made.reviewSheet + "». Remember to save the document.";
  } catch (const PlanError& e) {
    made.message_vi += "Không lưu được tệp kế hoạch: " + e.message_vi;
    made.message_en += std::string("The plan file could not be saved: ") + e.what();
  } catch (...) {
    const std::string what = currentExceptionText();
    log::error("make plan: " + what);
    made.message_vi += "Không tạo được kế hoạch (lỗi trong LibreOffice: " + what + "). Xem nhật ký p8calc.";
    made.message_en += "The plan could not be made (office error: " + what + "). See the p8calc log.";
  }
  return made;
}

}  // namespace p8::uno
