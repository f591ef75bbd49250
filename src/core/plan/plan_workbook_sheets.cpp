// The plan workbook's sheets, columns and explanations (see plan_workbook_sheets.hpp), and
// how lists and level codes are written in one cell.
#include "core/plan/plan_workbook_sheets.hpp"

#include "core/parse/text.hpp"

namespace p8::planbook {

const std::vector<SheetSpec>& sheetSpecs() {
  static const std::vector<SheetSpec> specs = {
      {SheetKind::General,
       {"Kế hoạch", "Plan"},
       {"THÔNG TIN CHUNG CỦA KẾ HOẠCH", "THE PLAN'S GENERAL FACTS"},
       {{"Ghi giá trị vào cột «Giá trị»; không sửa cột «Mã trường».",
         "Fill in the «Value» column; do not change the «Field key» column."},
        {"Cấp báo cáo: «huyện» (giai đoạn 2021–2025) hoặc «xã, phường» (từ 01/7/2025).",
         "Reporting level: «huyện» (district, 2021–2025) or «xã, phường» (commune/ward, since 1 July 2025)."}},
       {{"field", {"Nội dung", "Item"}, 45}, {"key", {"Mã trường", "Field key"}, 22}, {"value", {"Giá trị", "Value"}, 110}}},
      {SheetKind::Indicators,
       {"Chỉ tiêu", "Indicators"},
       {"CÁC CHỈ TIÊU CỦA KẾ HOẠCH", "THE PLAN'S INDICATORS"},
       {{"Mỗi dòng là một chỉ tiêu. Mã chỉ tiêu không trùng nhau (1, 2, 2a …); chỉ tiêu con ghi mã chỉ tiêu cha ở cột «Thuộc chỉ tiêu».",
         "One indicator per row. Codes are unique (1, 2, 2a …); a sub-indicator names its parent's code in «Parent»."},
        {"«Chỉ tiêu giai đoạn» là số (tỷ lệ ghi dạng %, ví dụ 15%, và ghi «có» ở cột «Tỷ lệ»); chỉ tiêu không có số thì để trống ô này.",
         "«Phase target» is a number (a rate as %, e.g. 15%, with «có» in «Rate»); leave it empty for a target that is no number."},
        {"«Chỉ tiêu như kế hoạch ghi»: chép nguyên văn. «Tên khác»: các cách ghi tên trong bảng của đơn vị, cách nhau bằng dấu chấm phẩy (;).",
         "«Target as written»: copied verbatim. «Other names»: how units' sheets write the name, separated by semicolons (;)."}},
       {{"code", {"Mã chỉ tiêu", "Code"}, 16},
        {"name_vi", {"Tên chỉ tiêu", "Indicator"}, 70},
        {"name_en", {"Tên tiếng Anh", "English name"}, 45},
        {"unit", {"ĐVT", "Unit"}, 16},
        {"target", {"Chỉ tiêu giai đoạn", "Phase target"}, 20},
        {"target_text", {"Chỉ tiêu như kế hoạch ghi", "Target as written"}, 50},
        {"percent", {"Tỷ lệ", "Rate"}, 12},
        {"parent", {"Thuộc chỉ tiêu", "Parent"}, 16},
        {"aliases", {"Tên khác", "Other names"}, 50}}},
      {SheetKind::Content,
       {"Nội dung", "Activities"},
       {"NỘI DUNG, HOẠT ĐỘNG CỦA KẾ HOẠCH", "THE PLAN'S ACTIVITIES"},
       {{"Bảng nội dung, hoạt động như phụ lục của kế hoạch. «Cấp»: 1 cho nội dung, 2 cho hoạt động của nội dung ở trên, 3 cho mục của hoạt động …",
         "The activity table as the plan's appendix has it. «Level»: 1 for a content area, 2 for an activity of the area above, 3 for its items …"},
        {"«Mã chỉ tiêu»: mã ở trang Chỉ tiêu khi dòng này đặt ra chỉ tiêu đó; để trống nếu không.",
         "«Indicator code»: the code on the Indicators sheet when the row sets that indicator; else empty."}},
       {{"number", {"Số TT", "No."}, 18},
        {"level", {"Cấp", "Level"}, 10},
        {"text_vi", {"Nội dung", "Activity"}, 80},
        {"text_en", {"Nội dung tiếng Anh", "English text"}, 45},
        {"target_text", {"Chỉ tiêu", "Target"}, 45},
        {"timeline_text", {"Thời gian thực hiện", "Timeline"}, 35},
        {"indicator", {"Mã chỉ tiêu", "Indicator code"}, 16}}},
      {SheetKind::Units,
       {"Đơn vị", "Units"},
       {"CÁC ĐƠN VỊ: TỈNH, HUYỆN, XÃ, PHƯỜNG", "THE UNITS: PROVINCE, DISTRICTS, COMMUNES AND WARDS"},
       {{"Mỗi dòng là một đơn vị. Mã đơn vị không trùng nhau, không dấu (ví dụ tn-ba-be). «Cấp»: tỉnh, huyện hoặc xã, phường.",
         "One unit per row. Unit ids are unique, without diacritics (e.g. tn-ba-be). «Level»: tỉnh, huyện or xã, phường."},
        {"«Hiệu lực từ / đến»: ngày dạng NĂM-THÁNG-NGÀY (2025-07-01); để trống nếu không biết.",
         "«Valid from / to»: dates written YEAR-MONTH-DAY (2025-07-01); empty when not known."},
        {"«Hình thành từ»: mã các đơn vị cũ đã hợp thành đơn vị này, mỗi mã có thể kèm ngày trong ngoặc, cách nhau bằng dấu chấm phẩy: bk-ba-be (2025-07-01).",
         "«Formed from»: ids of the former units this one was formed from, each with an optional date in brackets, separated by semicolons: bk-ba-be (2025-07-01)."}},
       {{"id", {"Mã đơn vị", "Unit id"}, 28},
        {"name", {"Tên đơn vị", "Name"}, 40},
        {"level", {"Cấp", "Level"}, 16},
        {"parent", {"Thuộc đơn vị", "Part of"}, 22},
        {"aliases", {"Tên khác", "Other names"}, 40},
        {"valid_from", {"Hiệu lực từ", "Valid from"}, 20},
        {"valid_to", {"Hiệu lực đến", "Valid to"}, 20},
        {"predecessors", {"Hình thành từ", "Formed from"}, 40}}},
      {SheetKind::Allocation,
       {"Phân bổ", "Allocation"},
       {"PHÂN BỔ CHỈ TIÊU CHO CÁC ĐƠN VỊ", "TARGETS ALLOCATED TO THE UNITS"},
       {{"Mỗi cột sau «Chỉ tiêu giai đoạn» là một đơn vị báo cáo (tên như ở trang Đơn vị). Ghi phần chỉ tiêu của đơn vị; để trống nếu chưa phân bổ.",
         "Each column after «Phase target» is a reporting unit (named as on the Units sheet). Fill in its share; leave it empty when not allocated."},
        {"Chỉ tiêu tỷ lệ: ghi tỷ lệ của đơn vị (ví dụ 15%). Cột «Tổng cộng» tự tính.",
         "Rates: the unit's rate (e.g. 15%). The «Total» column is computed."}},
       {{"code", {"Mã chỉ tiêu", "Code"}, 16},
        {"name", {"Tên chỉ tiêu", "Indicator"}, 60},
        {"unit", {"ĐVT", "Unit"}, 14},
        {"target", {"Chỉ tiêu giai đoạn", "Phase target"}, 18}}},
      {SheetKind::Deadlines,
       {"Hạn báo cáo", "Deadlines"},
       {"HẠN BÁO CÁO", "REPORTING DEADLINES"},
       {{"«Loại»: tiến độ (báo cáo kết quả năm) hoặc cập nhật (cập nhật số liệu cả năm). «Năm»: 0 là năm báo cáo, 1 là năm sau.",
         "«Kind»: tiến độ (annual progress report) or cập nhật (year-end update). «Year»: 0 is the reporting year, 1 the next year."}},
       {{"kind", {"Loại", "Kind"}, 18},
        {"day", {"Ngày", "Day"}, 10},
        {"month", {"Tháng", "Month"}, 10},
        {"year_offset", {"Năm", "Year"}, 10},
        {"label_vi", {"Nội dung", "Label"}, 70},
        {"label_en", {"Nội dung tiếng Anh", "English label"}, 60}}}};
  return specs;
}

const SheetSpec& specOf(SheetKind kind) {
  for (const auto& s : sheetSpecs())
    if (s.kind == kind) return s;
  return sheetSpecs().front();
}

const std::vector<GeneralField>& generalFields() {
  static const std::vector<GeneralField> f = {
      {"id", {"Mã kế hoạch (không dấu, ví dụ thai-nguyen-2026)", "Plan id (no diacritics, e.g. thai-nguyen-2026)"}},
      {"title_vi", {"Tên kế hoạch", "Title"}},
      {"title_en", {"Tên kế hoạch tiếng Anh", "English title"}},
      {"province", {"Tỉnh", "Province"}},
      {"phase", {"Giai đoạn (ví dụ 2026-2030)", "Phase (e.g. 2026-2030)"}},
      {"start_year", {"Năm bắt đầu", "Start year"}},
      {"end_year", {"Năm kết thúc", "End year"}},
      {"reporting_level", {"Cấp báo cáo", "Reporting level"}},
      {"source", {"Căn cứ, nguồn", "Source"}},
      {"notes_vi", {"Ghi chú, giả định", "Notes, assumptions"}},
      {"notes_en", {"Ghi chú tiếng Anh", "Notes in English"}}};
  return f;
}

namespace {
const std::pair<const char*, const char*> kLevels[] = {{"province", "tỉnh"}, {"district", "huyện"}, {"commune", "xã, phường"}};
const std::pair<const char*, const char*> kKinds[] = {{"progress", "tiến độ"}, {"update", "cập nhật"}};

std::string fromLabel(std::string_view label, const std::pair<const char*, const char*>* table, std::size_t n) {
  const std::string t = text::trim(label);
  const std::string low = text::lowerVi(t);
  for (std::size_t i = 0; i < n; ++i)
    if (low == text::lowerVi(table[i].second) || low == table[i].first) return table[i].first;
  return t;
}
}  // namespace

std::string levelLabel(const std::string& code) {
  for (const auto& [c, l] : kLevels)
    if (code == c) return l;
  return code;
}
std::string levelCode(std::string_view label) { return fromLabel(label, kLevels, 3); }
std::string kindLabel(const std::string& code) {
  for (const auto& [c, l] : kKinds)
    if (code == c) return l;
  return code;
}
std::string kindCode(std::string_view label) { return fromLabel(label, kKinds, 2); }

std::string joinList(const std::vector<std::string>& items) {
  bool semicolon = false;
  for (const auto& s : items) semicolon |= s.find(';') != std::string::npos;
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? (semicolon ? "\n" : "; ") : "") + items[i];
  return out;
}

std::vector<std::string> splitList(std::string_view cell) {
  const char sep = cell.find('\n') != std::string_view::npos ? '\n' : ';';
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= cell.size()) {
    std::size_t end = cell.find(sep, start);
    if (end == std::string_view::npos) end = cell.size();
    const std::string item = text::trim(cell.substr(start, end - start));
    if (!item.empty()) out.push_back(item);
    start = end + 1;
  }
  return out;
}

std::string predecessorsText(const std::vector<Predecessor>& preds) {
  std::vector<std::string> items;
  for (const auto& p : preds) items.push_back(p.date.empty() ? p.id : p.id + " (" + p.date + ")");
  return joinList(items);
}

bool parsePredecessors(std::string_view cell, std::vector<Predecessor>& out) {
  for (const std::string& item : splitList(cell)) {
    Predecessor p;
    const std::size_t open = item.find('(');
    if (open == std::string::npos) {
      p.id = item;
    } else {
      if (item.back() != ')') return false;
      p.id = text::trim(std::string_view(item).substr(0, open));
      p.date = text::trim(std::string_view(item).substr(open + 1, item.size() - open - 2));
    }
    if (p.id.empty() || p.id.find(' ') != std::string::npos) return false;
    out.push_back(std::move(p));
  }
  return true;
}

}  // namespace p8::planbook
