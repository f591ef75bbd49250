// Texts for the Function Wizard. Keep Vietnamese plain and short: staff read it in the
// wizard's small description box. Error values are listed in README ("Lỗi trong ô").
#include "core/addin/function_table.hpp"

namespace p8 {
namespace {

FunctionParam req(const char* name, const char* dvi, const char* den, const char* hvi,
                  const char* hen) {
  return FunctionParam{name, dvi, den, hvi, hen, false};
}
FunctionParam opt(const char* name, const char* dvi, const char* den, const char* hvi,
                  const char* hen) {
  return FunctionParam{name, dvi, den, hvi, hen, true};
}

FunctionParam planParam() {
  return opt("plan", "kế_hoạch", "plan",
             "Tùy chọn. Mã kế hoạch (bac-kan-2022, ninh-thuan-pl02-2022, thai-nguyen-2026) hoặc tệp "
             ".json. Bỏ trống: kế hoạch đã chọn cho tài liệu (hoặc lưu trong tài liệu), nếu không thì bac-kan-2022.",
             "Optional. Plan id (bac-kan-2022, ninh-thuan-pl02-2022, thai-nguyen-2026) or a .json file. "
             "Empty: the plan chosen for (or kept in) this document, else bac-kan-2022.");
}

std::vector<FunctionInfo> build() {
  std::vector<FunctionInfo> t;
  t.push_back({"value", "P8.VALUE",
               "Dự án 8: lấy con số trong chỉ tiêu viết bằng chữ (\"10.000 tờ gấp\" → 10000; "
               "\"15%\" → 0,15).",
               "Project 8: the number in a target written as text (\"10.000 tờ gấp\" → 10000; "
               "\"15%\" → 0.15).",
               false,
               {req("text", "chỉ_tiêu", "text", "Ô hoặc chuỗi chỉ tiêu, ví dụ \"77 tổ\".",
                    "Cell or text of a target, e.g. \"77 tổ\".")}});
  t.push_back({"unit", "P8.UNIT",
               "Dự án 8: đơn vị tính trong chỉ tiêu (\"10.000 tờ gấp\" → \"tờ gấp\").",
               "Project 8: the unit in a target text (\"10.000 tờ gấp\" → \"tờ gấp\").", false,
               {req("text", "chỉ_tiêu", "text", "Ô hoặc chuỗi chỉ tiêu.",
                    "Cell or text of a target.")}});
  t.push_back({"target", "P8.TARGET",
               "Dự án 8: chỉ tiêu kế hoạch của một chỉ số; có huyện thì lấy chỉ tiêu đã phân bổ "
               "cho huyện đó.",
               "Project 8: the plan target of an indicator; with a district, that district's "
               "allocated target.",
               true,
               {req("indicator", "chỉ_số", "indicator", "Mã chỉ số (\"1\", \"2a\") hoặc tên.",
                    "Indicator code (\"1\", \"2a\") or name."),
                opt("district", "huyện", "district",
                    "Tùy chọn. Tên huyện (viết kiểu nào cũng được: \"H. Ba Bể\", \"Ba Be\").",
                    "Optional. District name (any spelling: \"H. Ba Bể\", \"Ba Be\")."),
                planParam()}});
  t.push_back({"indicator", "P8.INDICATOR",
               "Dự án 8: thông tin của chỉ số: tên, tên tiếng Anh, đơn vị hoặc chỉ tiêu.",
               "Project 8: a field of an indicator: name, English name, unit or target.", true,
               {req("code", "mã", "code", "Mã chỉ số, ví dụ \"1\" hoặc \"2a\".",
                    "Indicator code, e.g. \"1\" or \"2a\"."),
                opt("field", "trường", "field",
                    "Tùy chọn: \"name\"/\"tên\" (mặc định), \"name_en\", \"unit\"/\"đơn vị\", "
                    "\"target\"/\"chỉ tiêu\", \"target_text\".",
                    "Optional: \"name\" (default), \"name_en\", \"unit\", \"target\", "
                    "\"target_text\"."),
                planParam()}});
  t.push_back({"district", "P8.DISTRICT",
               "Dự án 8: tên chuẩn của huyện từ một cách viết khác (\"huyen cho don\" → "
               "\"Chợ Đồn\").",
               "Project 8: the canonical district name for a spelling variant (\"huyen cho don\" "
               "→ \"Chợ Đồn\").",
               true,
               {req("text", "tên", "text", "Tên huyện như được viết trong bảng.",
                    "District name as written in the sheet."),
                opt("province", "tỉnh", "province",
                    "Tùy chọn. Tỉnh (\"Bắc Kạn\", \"Ninh Thuận\") hoặc mã kế hoạch.",
                    "Optional. Province (\"Bắc Kạn\", \"Ninh Thuận\") or plan id.")}});
  t.push_back({"sumdistrict", "P8.SUMDISTRICT",
               "Dự án 8: như SUMIF, cộng các giá trị có nhãn là huyện đã cho; các cách viết "
               "khác nhau của cùng một huyện được tính là một.",
               "Project 8: like SUMIF, sums the values whose label is the given district; "
               "spelling variants of one district count as the same.",
               true,
               {req("values", "giá_trị", "values",
                    "Vùng ô chứa các số cần cộng (tham chiếu ô như trong SUMIF, ví dụ C2:C9 "
                    "hay cả cột C:C).",
                    "Cell range of the numbers to add (a reference as in SUMIF, e.g. C2:C9 "
                    "or a whole column C:C)."),
                req("labels", "nhãn", "labels",
                    "Vùng ô chứa tên huyện, cùng kích thước với giá_trị.",
                    "Cell range of district names, same size as values."),
                req("district", "huyện", "district", "Huyện cần cộng.", "District to sum.")}});
  t.push_back({"checksum", "P8.CHECKSUM",
               "Dự án 8: tổng trừ đi tổng các phần (0 là khớp). Số viết bằng chữ được đọc theo "
               "kiểu Việt Nam.",
               "Project 8: total minus the sum of its parts (0 when consistent). Text numbers "
               "are read the Vietnamese way.",
               false,
               {req("parts", "các_phần", "parts", "Vùng các phần (ví dụ các huyện).",
                    "Range of the parts (e.g. the districts)."),
                req("total", "tổng", "total", "Ô tổng.", "The total cell.")}});
  t.push_back({"gap", "P8.GAP",
               "Dự án 8: số còn thiếu so với chỉ tiêu (chỉ tiêu − thực hiện; âm là vượt).",
               "Project 8: shortfall against the target (target − actual; negative means "
               "exceeded).",
               false,
               {req("actual", "thực_hiện", "actual", "Số thực hiện.", "Actual figure."),
                req("goal", "chỉ_tiêu", "target", "Chỉ tiêu (số hoặc chữ như \"77 tổ\").",
                    "Target (a number or text such as \"77 tổ\").")}});
  t.push_back({"rate", "P8.RATE",
               "Dự án 8: tỷ lệ hoàn thành = thực hiện / chỉ tiêu (định dạng ô là %).",
               "Project 8: completion ratio = actual / target (format the cell as %).", false,
               {req("actual", "thực_hiện", "actual", "Số thực hiện.", "Actual figure."),
                req("goal", "chỉ_tiêu", "target", "Chỉ tiêu (khác 0).",
                    "Target (not zero).")}});
  t.push_back({"status", "P8.STATUS",
               "Dự án 8: tình trạng: \"Đạt\", \"Vượt\", \"Chưa đạt\", \"Chậm tiến độ\" hoặc "
               "\"Không có chỉ tiêu\".",
               "Project 8: status: \"Achieved\", \"Exceeded\", \"Not achieved\", \"Behind "
               "schedule\" or \"No target\".",
               true,
               {req("actual", "thực_hiện", "actual", "Số thực hiện.", "Actual figure."),
                req("goal", "chỉ_tiêu", "target", "Chỉ tiêu.", "Target."),
                opt("asof", "năm_báo_cáo", "as_of",
                    "Tùy chọn. Năm (hoặc ngày) báo cáo; cùng năm_kết_thúc để xét chậm tiến độ.",
                    "Optional. Reporting year (or date); with end_year, judges schedule."),
                opt("endyear", "năm_kết_thúc", "end_year",
                    "Tùy chọn. Năm phải đạt chỉ tiêu (mặc định 2025).",
                    "Optional. Year the target is due (default 2025).")}});
  t.push_back({"deadline", "P8.DEADLINE",
               "Dự án 8: hạn gửi báo cáo: tiến độ trước 10/9 của năm; cập nhật số liệu trước "
               "25/01 năm sau.",
               "Project 8: reporting deadline: progress by 10/9 of the year; year-end update by "
               "25/01 of the next year.",
               true,
               {req("year", "năm", "year", "Năm thực hiện, ví dụ 2024.", "Year, e.g. 2024."),
                opt("kind", "loại", "kind",
                    "Tùy chọn: \"progress\"/\"tiến độ\" (mặc định) hoặc \"update\"/\"cập nhật\".",
                    "Optional: \"progress\" (default) or \"update\".")}});
  t.push_back({"timeline", "P8.TIMELINE",
               "Dự án 8: đọc thời gian thực hiện viết bằng chữ: năm bắt đầu, năm kết thúc hoặc "
               "có lặp hàng năm.",
               "Project 8: reads a timeline text: start year, end year or recurring flag.",
               false,
               {req("text", "thời_gian", "text", "Ví dụ \"Năm 2022 - 2023\", \"Hàng năm\".",
                    "E.g. \"Năm 2022 - 2023\", \"Hàng năm\"."),
                req("part", "phần", "part",
                    "\"start\"/\"bắt đầu\", \"end\"/\"kết thúc\" hoặc \"recurring\"/\"hàng năm\".",
                    "\"start\", \"end\" or \"recurring\".")}});
  return t;
}

}  // namespace

const std::vector<FunctionInfo>& functionTable() {
  static const std::vector<FunctionInfo> table = build();
  return table;
}

}  // namespace p8
