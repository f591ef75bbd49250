// The review as a sheet and as JSON (see plan_review.hpp). The sheet uses the report styles,
// so the one writer writes it like any report.
#include "core/plan/plan_review.hpp"

#include "core/parse/json_escape.hpp"
#include "core/report/report_layout.hpp"

namespace p8 {
namespace {

constexpr const char* kTitleVi = "XEM LẠI KẾ HOẠCH ĐỌC TỪ BẢNG TÍNH NÀY";
constexpr const char* kTitleEn = "REVIEW OF THE PLAN READ FROM THIS WORKBOOK";

std::vector<const PlanReviewItem*> ordered(const PlanFromGrids& r) {
  std::vector<const PlanReviewItem*> out;
  for (const auto& i : r.review)
    if (i.kind == PlanReviewItem::Kind::Problem) out.push_back(&i);
  for (const auto& i : r.review)
    if (i.kind == PlanReviewItem::Kind::Read) out.push_back(&i);
  return out;
}

}  // namespace

ReportModel planReviewSheet(const PlanFromGrids& r, const std::string& lang) {
  const bool en = lang == "en";
  ReportModel m;
  m.sheetName = en ? "Plan review" : "Xem lại kế hoạch";
  m.title = m.sheetName;
  m.fontName = "Times New Roman";
  m.fontSize = 12;
  m.landscape = true;
  m.page.orientation = "landscape";
  m.columnWidthsMm = {12, 24, 34, 28, 14, 150};
  auto text = [&](int row, int col, const std::string& t, const char* style) {
    ReportCell c;
    c.row = row;
    c.col = col;
    c.kind = t.empty() ? ReportCell::Kind::Blank : ReportCell::Kind::Text;
    c.text = t;
    c.style = style;
    m.cells.push_back(std::move(c));
  };
  int row = 0;
  text(row, 0, en ? kTitleEn : kTitleVi, "title");
  m.merges.push_back({row, 0, row, 5});
  ++row;
  std::string summary;
  if (r.plan) {
    const std::size_t reads = r.review.size() - r.problems();
    summary = en ? "Plan '" + r.plan->id + "': " + std::to_string(r.plan->indicators.size()) + " indicators, " +
                       std::to_string(r.plan->orgUnits.size()) + " units. " + std::to_string(r.problems()) +
                       " items to check (first below), " + std::to_string(reads) + " items read."
                 : "Kế hoạch '" + r.plan->id + "': " + std::to_string(r.plan->indicators.size()) + " chỉ tiêu, " +
                       std::to_string(r.plan->orgUnits.size()) + " đơn vị. " + std::to_string(r.problems()) +
                       " mục cần xem lại (ở đầu bảng), " + std::to_string(reads) + " mục đã đọc.";
  } else {
    summary = en ? "No plan could be made: " + r.error_en : "Chưa tạo được kế hoạch: " + r.error_vi;
  }
  text(row, 0, summary, "footnote");
  m.merges.push_back({row, 0, row, 5});
  row += 2;
  m.tableTop = m.headerBottom = row;
  const std::vector<std::string> head = en ? std::vector<std::string>{"No.", "Kind", "Code", "Sheet", "Cell", "What"}
                                           : std::vector<std::string>{"STT", "Loại", "Mã", "Trang", "Ô", "Nội dung"};
  for (int c = 0; c < 6; ++c) text(row, c, head[static_cast<std::size_t>(c)], "th");
  int n = 0;
  for (const PlanReviewItem* i : ordered(r)) {
    ++row;
    const bool problem = i->kind == PlanReviewItem::Kind::Problem;
    ReportCell num;
    num.row = row;
    num.kind = ReportCell::Kind::Number;
    num.number = ++n;
    num.style = "td-integer";
    m.cells.push_back(num);
    text(row, 1, problem ? (en ? "To check" : "Cần xem lại") : (en ? "Read" : "Đã đọc"), problem ? "td-section" : "td-text");
    text(row, 2, i->code, "td-text");
    text(row, 3, i->sheet, "td-text");
    text(row, 4, i->cell, "td-center");
    text(row, 5, en ? i->message_en : i->message_vi, "td-text");
  }
  m.tableBottom = row;
  const auto styles = defaultLayoutStyles();
  for (const auto& c : m.cells) m.styles.emplace(c.style, styles.at(c.style));
  return m;
}

std::string planReviewJson(const PlanFromGrids& r) {
  std::string out = "{\n  \"plan_id\": " + (r.plan ? jsonEscape(r.plan->id) : std::string("null")) +
                    ",\n  \"usable\": " + (r.plan ? "true" : "false") +
                    ",\n  \"from_template\": " + (r.fromTemplate ? "true" : "false") +
                    ",\n  \"problems\": " + std::to_string(r.problems()) + ",\n  \"error\": ";
  out += r.plan ? "null" : "{\"vi\": " + jsonEscape(r.error_vi) + ", \"en\": " + jsonEscape(r.error_en) + "}";
  out += ",\n  \"review\": [";
  bool first = true;
  for (const PlanReviewItem* i : ordered(r)) {
    out += first ? "\n    " : ",\n    ";
    first = false;
    out += "{\"kind\": " + jsonEscape(i->kind == PlanReviewItem::Kind::Problem ? "problem" : "read") +
           ", \"code\": " + jsonEscape(i->code) + ", \"sheet\": " + jsonEscape(i->sheet) + ", \"cell\": " + jsonEscape(i->cell) +
           ", \"subject\": " + jsonEscape(i->subject) + ", \"message_vi\": " + jsonEscape(i->message_vi) +
           ", \"message_en\": " + jsonEscape(i->message_en) + "}";
  }
  out += first ? "]\n}\n" : "\n  ]\n}\n";
  return out;
}

bool isPlanReviewSheet(const Grid& g) {
  const Cell& a1 = g.at(0, 0);
  return a1.type == Cell::Type::Text && (a1.text == kTitleVi || a1.text == kTitleEn);
}

}  // namespace p8
