// XBatch::makePlan, what `p8calc plan` asks: the plan read from a workbook's own sheets (the
// indicator table, the appendix, the allocation by unit) with the check's reader, saved as a
// plan file, and the review the user reads before using it. Nothing is written into the
// document; the plan file goes next to the workbook unless the caller says where.
#include "uno/batch/batch.hpp"

#include "core/plan/plan_from_grids.hpp"
#include "core/plan/plan_review.hpp"
#include "core/plan/plan_write.hpp"
#include "uno/check/doc_read.hpp"
#include "uno/common/args.hpp"

#include <string>

namespace p8::uno {
namespace {

// The review as the terminal shows it: what was made (or why nothing), then the problems,
// then everything read, each with its sheet and cell.
std::string reviewText(const PlanFromGrids& r, const std::string& file, const std::string& written, bool vi) {
  std::string o = file + "\n";
  if (r.plan)
    o += (vi ? "  Kế hoạch: " : "  Plan: ") + r.plan->id + " · " + r.plan->province + " · " + r.plan->phase +
         (vi ? " · " + std::to_string(r.plan->indicators.size()) + " chỉ tiêu, " +
                   std::to_string(r.plan->districts().size()) + " đơn vị"
             : " · " + std::to_string(r.plan->indicators.size()) + " indicators, " +
                   std::to_string(r.plan->districts().size()) + " units") +
         "\n";
  else
    o += (vi ? "  Không tạo được kế hoạch: " + r.error_vi : "  No plan could be made: " + r.error_en) + "\n";
  if (!written.empty()) o += (vi ? "  Đã ghi kế hoạch: " : "  Plan written: ") + written + "\n";
  for (int pass = 0; pass < 2; ++pass) {
    const auto kind = pass == 0 ? PlanReviewItem::Kind::Problem : PlanReviewItem::Kind::Read;
    std::size_t n = 0;
    for (const auto& i : r.review) n += i.kind == kind;
    if (!n) continue;
    o += pass == 0 ? (vi ? "  Cần xem lại (" : "  To review (") + std::to_string(n) + "):\n"
                   : (vi ? "  Đã đọc (" : "  Read (") + std::to_string(n) + "):\n";
    for (const auto& i : r.review) {
      if (i.kind != kind) continue;
      std::string where = i.sheet.empty() ? "" : i.sheet + (i.cell.empty() ? "" : "!" + i.cell);
      o += "    " + std::string(pass == 0 ? "! " : "- ") + i.code + (where.empty() ? "" : " @ " + where) + ": " +
           (vi ? i.message_vi : i.message_en) + "\n";
    }
  }
  return o;
}

std::string folderOf(const std::string& path) {
  const auto slash = path.rfind('/');
  return slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
}

}  // namespace

rtl::OUString Batch::makePlan(const css::uno::Reference<css::frame::XModel>& document, const rtl::OUString& file,
                              const rtl::OUString& id, const rtl::OUString& province, const rtl::OUString& phase,
                              const rtl::OUString& out, const rtl::OUString& format, const rtl::OUString& lang,
                              rtl::OUString& written, sal_Int32& problems) {
  try {
    const std::vector<Grid> grids = readWorkbook(spreadsheet(document));
    PlanFromGridsOptions opt;
    opt.fileName = utf8(file);
    opt.id = utf8(id);
    opt.province = utf8(province);
    opt.phase = utf8(phase);
    const PlanFromGrids r = planFromGrids(grids, opt);
    problems = sal_Int32(r.problems());
    std::string path;
    if (r.plan) {
      path = out.isEmpty() ? folderOf(opt.fileName) + "/" + r.plan->id + ".json" : utf8(out);
      if (path == opt.fileName)
        fail("tệp kế hoạch không được trùng tệp bảng tính " + path + " (tệp của bạn không bao giờ bị ghi đè).",
             "the plan file must not be the workbook " + path + " itself (your file is never overwritten).");
      savePlanFile(*r.plan, path);
    }
    written = ustr(path);
    return ustr(format == "json" ? planReviewJson(r) : reviewText(r, opt.fileName, path, lang != "en"));
  } catch (...) {
    failFromCurrent();
  }
}

}  // namespace p8::uno
