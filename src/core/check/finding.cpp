// The catalogue of finding codes. Codes are a public interface: add new ones, never rename
// one or change its meaning. Severity lives here (not at the call sites) so that a code is
// always reported with the same severity.
#include "core/check/finding.hpp"

#include <charconv>
#include <cmath>
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
      // Sums and allocation against the plan.
      {"sum-mismatch", S::Error, "Tổng không khớp với các phần", "Total differs from the sum of its parts"},
      {"allocation-under", S::Error, "Phân bổ thấp hơn chỉ tiêu kế hoạch", "Allocation below the plan target"},
      {"allocation-over", S::Error, "Phân bổ vượt chỉ tiêu kế hoạch", "Allocation above the plan target"},
      {"target-mismatch", S::Error, "Chỉ tiêu khác kế hoạch", "Target differs from the plan"},
      {"total-hardcoded", S::Warning, "Tổng gõ tay thay vì công thức", "Total typed as a constant"},
      // Districts and indicators (rows and columns of a table).
      {"district-unknown", S::Error, "Không nhận ra huyện", "Unknown district"},
      {"district-duplicate", S::Error, "Huyện bị lặp", "District appears twice"},
      {"district-missing", S::Warning, "Thiếu huyện", "District missing"},
      {"indicator-duplicate", S::Error, "Chỉ tiêu bị lặp", "Indicator appears twice"},
      {"indicator-unknown", S::Warning, "Không nhận ra chỉ tiêu", "Unknown indicator"},
      {"indicator-missing", S::Warning, "Thiếu chỉ tiêu", "Indicator missing"},
      // Values in number cells.
      {"cell-error", S::Error, "Ô bị lỗi công thức", "Cell shows an error"},
      {"value-not-number", S::Error, "Ô số chứa chữ", "Text in a number cell"},
      {"value-negative", S::Error, "Số âm", "Negative number"},
      {"percent-out-of-range", S::Error, "Tỷ lệ ngoài 0–100%", "Percentage outside 0–100%"},
      {"value-text-number", S::Warning, "Số lưu dạng chữ", "Number stored as text"},
      {"value-not-integer", S::Warning, "Số lẻ cho chỉ tiêu đếm", "Fraction for a count"},
      {"value-empty", S::Info, "Ô trống giữa các ô có số", "Empty cell among filled ones"},
      // Targets and timelines of activity tables.
      {"target-empty", S::Warning, "Chưa có chỉ tiêu", "Target is empty"},
      {"timeline-outside-phase", S::Warning, "Thời gian ngoài giai đoạn", "Timeline outside the plan's phase"},
      {"target-qualitative", S::Info, "Chỉ tiêu định tính", "Qualitative target"},
      {"timeline-unparsed", S::Info, "Không đọc được thời gian thực hiện", "Timeline not understood"},
      // Progress against the schedule.
      {"progress-behind", S::Warning, "Chậm tiến độ", "Behind schedule"},
      {"progress-exceeds", S::Info, "Vượt chỉ tiêu", "Target exceeded"},
      // The workbook as a whole.
      {"plan-unknown", S::Warning, "Không xác định được kế hoạch", "Plan not identified"},
      {"table-not-found", S::Info, "Không thấy bảng để kiểm tra", "No table found to check"},
      {"content-skipped", S::Info, "Ô xa bảng không được đọc", "Far-away cells not read"},
      {"text-legacy-encoding", S::Info, "Chữ viết bằng bảng mã cũ (TCVN3, VNI)", "Text in an old Vietnamese encoding"},
      {"file-damaged", S::Error, "Tệp bị hỏng, không kiểm tra", "Damaged file, not checked"},
      // Consolidation of the units' files (p8calc consolidate).
      {"unit-duplicate", S::Error, "Một đơn vị có nhiều tệp", "Several files for one unit"},
      {"unit-unknown", S::Error, "Tệp không thuộc đơn vị nào của kế hoạch", "File of no unit of the plan"},
      {"unit-unreadable", S::Error, "Tệp của đơn vị không đọc được", "A unit's file cannot be read"},
      {"unit-late", S::Info, "Đơn vị nộp muộn", "Unit reported late"},
      {"unit-no-figures", S::Warning, "Tệp của đơn vị chưa có số liệu", "A unit's file has no figures"},
  };
  return kinds;
}

const FindingKind* findFindingKind(std::string_view code) {
  for (const auto& k : findingCatalogue())
    if (k.code == code) return &k;
  return nullptr;
}

Finding makeFinding(std::string code, std::string sheet, std::string cell, std::string expected,
                    std::string actual, std::string vi, std::string en) {
  const FindingKind* k = findFindingKind(code);
  if (!k) throw std::logic_error("unknown finding code: " + code);
  Finding f;
  f.code = std::move(code);
  f.severity = k->severity;
  f.sheet = std::move(sheet);
  f.cell = std::move(cell);
  f.expected = std::move(expected);
  f.actual = std::move(actual);
  f.message_vi = std::move(vi);
  f.message_en = std::move(en);
  return f;
}

std::string findingKey(const Finding& f) {
  std::string key = f.code + "@" + f.sheet + "!" + f.cell;
  if (f.cell.empty() && !f.expected.empty()) key += "#" + f.expected;
  return key;
}

std::string machineNumber(double v) {
  if (!std::isfinite(v)) return "";
  if (v == 0) return "0";   // also -0
  // to_chars: shortest round-trip text, independent of the C locale (LibreOffice may run
  // with a decimal comma, which snprintf would follow).
  char buf[40];
  auto res = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, res.ptr);
}

}  // namespace p8
