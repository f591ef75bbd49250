// planFromGrids (plan_from_grids.hpp): which reader reads which sheet, the facts the caller
// gives, and the last word: the plan made must pass the plan file's own validation (it is
// written as JSON and read back), and an error names the sheet and cell the field came from.
#include "core/plan/plan_from_grids_internal.hpp"

#include "core/plan/plan_review.hpp"
#include "core/plan/plan_write.hpp"
#include "core/parse/text.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace p8 {

void readTables(const std::vector<const Grid*>& grids, planbook::Draft& d);   // plan_from_tables.cpp

namespace planbook {

void Draft::read(const std::string& code, const std::string& sheet, const std::string& cell, const std::string& subject,
                 const std::string& vi, const std::string& en) {
  review.push_back({PlanReviewItem::Kind::Read, code, sheet, cell, subject, vi, en});
}

void Draft::problem(const std::string& code, const std::string& sheet, const std::string& cell, const std::string& vi,
                    const std::string& en, const std::string& subject) {
  review.push_back({PlanReviewItem::Kind::Problem, code, sheet, cell, subject, vi, en});
}

void Draft::fail(const std::string& sheet, const std::string& cell, const std::string& vi, const std::string& en) {
  if (fatal) return;
  fatal = true;
  const std::string file = opt.fileName.empty() ? "" : "'" + opt.fileName + "'";
  std::string whereVi = "Bảng tính " + file, whereEn = "Workbook " + file;
  if (!sheet.empty()) whereVi += ", trang '" + sheet + "'", whereEn += ", sheet '" + sheet + "'";
  if (!cell.empty()) whereVi += ", ô " + cell, whereEn += ", cell " + cell;
  error_vi = whereVi + ": " + vi;
  error_en = whereEn + ": " + en;
}

}  // namespace planbook

std::size_t PlanFromGrids::problems() const {
  return static_cast<std::size_t>(std::count_if(review.begin(), review.end(), [](const PlanReviewItem& i) {
    return i.kind == PlanReviewItem::Kind::Problem;
  }));
}

std::string unitSlug(std::string_view name) {
  // The prefix goes only when spelled as one ("Huyện Ba Bể", "H. Ba Bể"), so "Tĩnh Gia"
  // keeps its first word; a prefix alone ("Huyện") stays the name.
  std::string folded = text::foldKey(name);
  const std::string low = text::lowerVi(text::trim(name));
  bool prefixed = !adminPrefixLevel(name).empty() || low.rfind("tỉnh ", 0) == 0;
  // Typed without diacritics ("Xa Bang Van"): the prefixes that no name starts with.
  const bool ascii = std::all_of(low.begin(), low.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii && !prefixed)
    for (std::string_view p : {"huyen ", "xa ", "thi tran ", "thanh pho ", "thi xa ", "tp ", "tx "})
      prefixed |= folded.size() > p.size() && folded.compare(0, p.size(), p) == 0;
  if (prefixed) {
    for (std::string_view p : {"thanh pho ", "thi xa ", "thi tran ", "dac khu ", "huyen ", "quan ", "phuong ", "xa ",
                               "tinh ", "tp ", "tx ", "tt ", "h ", "q ", "p ", "x "})
      if (folded.size() > p.size() && folded.compare(0, p.size(), p) == 0) {
        folded.erase(0, p.size());
        break;
      }
  }
  std::string out;
  for (char c : folded) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (keep) out += c;
    else if (!out.empty() && out.back() != '-') out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

namespace {

bool sheetEmpty(const Grid& g) {
  for (const Cell& c : g.cells)
    if (c.type == Cell::Type::Number || c.type == Cell::Type::Error ||
        (c.type == Cell::Type::Text && !text::isBlank(c.text)))
      return false;
  return true;
}

// Where a field of the plan came from, for a validation error: the review's item of that
// indicator or unit.
void locate(const planbook::Draft& d, const PlanError& e, std::string& sheet, std::string& cell) {
  auto index = [&](const std::string& list) -> long {
    const std::string prefix = list + "[";
    if (e.field.rfind(prefix, 0) != 0) return -1;
    return std::strtol(e.field.c_str() + prefix.size(), nullptr, 10);
  };
  std::string subject, code;
  if (const long i = index("indicators"); i >= 0 && i < static_cast<long>(d.plan.indicators.size())) {
    code = "indicator";
    subject = d.plan.indicators[static_cast<std::size_t>(i)].code;
  } else if (const long u = index("org_units"); u >= 0 && u < static_cast<long>(d.plan.orgUnits.size())) {
    code = "unit";
    subject = d.plan.orgUnits[static_cast<std::size_t>(u)].id;
  }
  for (const auto& r : d.review)
    if (r.kind == PlanReviewItem::Kind::Read && r.code == code && r.subject == subject) {
      sheet = r.sheet;
      cell = r.cell;
    }
}

}  // namespace

PlanFromGrids planFromGrids(const std::vector<Grid>& sheets, const PlanFromGridsOptions& opt) {
  PlanFromGrids out;
  planbook::Draft d(opt);
  try {
    std::vector<std::pair<const Grid*, planbook::FoundSheet>> book, allocations;
    std::vector<const Grid*> others;
    for (const Grid& g : sheets) {
      if (sheetEmpty(g)) {
        d.problem("sheet-empty", g.sheet, "", "trang trống, không có gì để đọc.", "the sheet is empty: nothing to read.");
        continue;
      }
      if (isPlanReviewSheet(g)) {   // the review of an earlier run, added to the document
        d.problem("sheet-no-table", g.sheet, "", "trang xem lại của lần đọc trước, không được đọc.",
                  "the review sheet of an earlier run: not read.");
        continue;
      }
      if (auto f = planbook::findPlanSheet(g))
        (f->kind == planbook::SheetKind::Allocation ? allocations : book).emplace_back(&g, *f);
      else
        others.push_back(&g);
    }
    out.fromTemplate = !book.empty() || !allocations.empty();
    if (out.fromTemplate) {
      for (auto& [g, f] : book) planbook::readPlanSheet(*g, f, d);
      for (auto& [g, f] : allocations) planbook::readPlanSheet(*g, f, d);
      for (const Grid* g : others)
        d.problem("sheet-no-table", g->sheet, "", "không phải trang của mẫu kế hoạch nên không được đọc.",
                  "not a sheet of the plan workbook, so it is not read.");
    } else {
      readTables(others, d);
      if (d.plan.source.empty() && !opt.fileName.empty()) {   // where the plan came from, for the people using it
        const std::size_t slash = opt.fileName.find_last_of("/\\");
        d.plan.source = "Tạo từ bảng tính '" + opt.fileName.substr(slash == std::string::npos ? 0 : slash + 1) + "'";
      }
    }
    Plan& p = d.plan;
    if (!opt.id.empty()) p.id = opt.id;
    if (!opt.province.empty()) p.province = opt.province;
    if (!opt.phase.empty()) {
      p.phase = opt.phase;
      int a = 0, b = 0;
      std::string phase = opt.phase;   // "2026–2030" with an en dash too
      for (std::size_t at; (at = phase.find("\xE2\x80\x93")) != std::string::npos;) phase.replace(at, 3, "-");
      if (std::sscanf(phase.c_str(), "%d-%d", &a, &b) == 2 && a >= 1900 && b >= a && b <= 2200) {
        p.startYear = a;
        p.endYear = b;
      }
    }
    if (!opt.reportingLevel.empty()) p.reportingLevel = opt.reportingLevel;
    if (p.id.empty()) {
      p.id = unitSlug(p.province.empty() ? "ke-hoach" : p.province) + "-" + std::to_string(p.startYear);
      d.read("plan", "", "", p.id, "Mã kế hoạch '" + p.id + "' tạo từ tên tỉnh và năm bắt đầu.",
             "Plan id '" + p.id + "' made from the province's name and the start year.");
    }
    if (p.indicators.empty())
      d.fail("", "", "không tìm thấy chỉ tiêu nào (bảng có cột Tên chỉ tiêu và cột Chỉ tiêu / Chỉ tiêu giai đoạn).",
             "no indicator found (a table with an indicator name column and a target column).");
    if (!d.fatal) {
      try {
        out.plan = parsePlan(planToJson(p), opt.fileName.empty() ? p.id + ".json" : opt.fileName);
      } catch (const PlanError& e) {
        std::string sheet, cell;
        locate(d, e, sheet, cell);
        const std::string cutVi = e.message_vi.substr(std::min(e.message_vi.size(), e.message_vi.find(": ") + 2));
        const std::string cutEn = e.message_en.substr(std::min(e.message_en.size(), e.message_en.find(": ") + 2));
        d.fail(sheet, cell, "kế hoạch đọc được không hợp lệ: " + cutVi, "the plan read is not valid: " + cutEn);
      }
    }
  } catch (const std::exception& e) {   // not expected: still a message, never a crash
    d.fail("", "", std::string("không đọc được (") + e.what() + ").", std::string("cannot be read (") + e.what() + ").");
  }
  out.review = std::move(d.review);
  if (d.fatal) {
    out.plan.reset();
    out.error_vi = d.error_vi;
    out.error_en = d.error_en;
  }
  return out;
}

}  // namespace p8
