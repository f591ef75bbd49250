#include "core/finding.hpp"

#include <stdexcept>

namespace p8 {

const char* severityCode(Severity s) {
  switch (s) {
    case Severity::Error: return "ERROR";
    case Severity::Warning: return "WARNING";
    case Severity::Info: return "INFO";
  }
  return "";
}

const std::vector<FindingKind>& findingCatalogue() {
  using S = Severity;
  static const std::vector<FindingKind> kinds = {
      {"sum-mismatch", S::Error, "Tổng không khớp với các phần", "Total differs from the sum of its parts"},
      {"allocation-under", S::Error, "Phân bổ thấp hơn chỉ tiêu kế hoạch", "Allocation below the plan target"},
      {"allocation-over", S::Error, "Phân bổ vượt chỉ tiêu kế hoạch", "Allocation above the plan target"},
      {"target-mismatch", S::Error, "Chỉ tiêu khác kế hoạch", "Target differs from the plan"},
      {"district-unknown", S::Error, "Không nhận ra huyện", "Unknown district"},
      {"district-missing", S::Warning, "Thiếu huyện", "District missing"},
      {"district-duplicate", S::Error, "Huyện bị lặp", "District appears twice"},
      {"indicator-unknown", S::Warning, "Không nhận ra chỉ tiêu", "Unknown indicator"},
      {"indicator-missing", S::Warning, "Thiếu chỉ tiêu", "Indicator missing"},
      {"indicator-duplicate", S::Error, "Chỉ tiêu bị lặp", "Indicator appears twice"},
      {"value-not-number", S::Error, "Ô số chứa chữ", "Text in a number cell"},
      {"value-text-number", S::Warning, "Số lưu dạng chữ", "Number stored as text"},
      {"value-negative", S::Error, "Số âm", "Negative number"},
      {"value-not-integer", S::Warning, "Số lẻ cho chỉ tiêu đếm", "Fraction for a count"},
      {"percent-out-of-range", S::Error, "Tỷ lệ ngoài 0–100%", "Percentage out of 0–100%"},
      {"cell-error", S::Error, "Ô bị lỗi công thức", "Cell shows an error"},
      {"total-hardcoded", S::Warning, "Tổng gõ tay thay vì công thức", "Total typed as a constant"},
      {"target-empty", S::Warning, "Chưa có chỉ tiêu", "Target is empty"},
      {"target-qualitative", S::Info, "Chỉ tiêu định tính", "Qualitative target"},
      {"progress-behind", S::Warning, "Chậm tiến độ", "Behind schedule"},
      {"progress-exceeds", S::Info, "Vượt chỉ tiêu", "Target exceeded"},
      {"timeline-unparsed", S::Info, "Không đọc được thời gian thực hiện", "Timeline not understood"},
      {"table-not-found", S::Info, "Không thấy bảng để kiểm tra", "No table found to check"},
  };
  return kinds;
}

Finding makeFinding(const std::string& code, std::string sheet, std::string cell,
                    std::string expected, std::string actual, std::string vi, std::string en) {
  for (const auto& k : findingCatalogue()) {
    if (k.code != code) continue;
    Finding f;
    f.code = code;
    f.severity = k.severity;
    f.sheet = std::move(sheet);
    f.cell = std::move(cell);
    f.expected = std::move(expected);
    f.actual = std::move(actual);
    f.message_vi = std::move(vi);
    f.message_en = std::move(en);
    return f;
  }
  throw std::logic_error("unknown finding code: " + code);
}

std::string findingKey(const Finding& f) { return f.code + "@" + f.sheet + "!" + f.cell; }

}  // namespace p8
