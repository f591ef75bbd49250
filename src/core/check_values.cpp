// Reading the value of a number cell the way a careful officer would: an error value, text
// that is no number, a number typed as text, a negative number, a fraction for a count and
// a percentage outside 0–100 % each become a finding at that cell.
#include "core/check.hpp"

#include "core/number.hpp"

#include <cmath>
#include <cstdio>

namespace p8 {

std::string plainNumber(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

std::optional<double> readNumber(const Table& t, const TableRow& r, const TableColumn& c,
                                 CheckContext& ctx, bool isCount, bool isPercent) {
  const Cell& cell = t.cell(r, c);
  const std::string at = t.a1(r, c);
  auto add = [&](const char* code, std::string expected, std::string actual, std::string vi,
                 std::string en) {
    ctx.findings.push_back(makeFinding(code, t.sheet, at, std::move(expected), std::move(actual),
                                       std::move(vi), std::move(en)));
  };
  std::optional<double> v;
  switch (cell.type) {
    case Cell::Type::Empty: return std::nullopt;
    case Cell::Type::Error:
      add("cell-error", "", cell.text,
          "Ô " + at + " báo lỗi " + cell.text + ". Sửa công thức (thường do xóa hàng/cột mà công thức tham chiếu).",
          "Cell " + at + " shows " + cell.text + ". Fix the formula (often a deleted row/column it refers to).");
      return std::nullopt;
    case Cell::Type::Text: {
      ParsedNumber n = parseNumber(cell.text);
      if (n.status == ParsedNumber::Status::Empty) return std::nullopt;
      if (!n.ok()) {
        add("value-not-number", "", cell.text,
            "Ô " + at + " phải là số nhưng chứa \"" + cell.text + "\". " + n.reason_vi +
                (n.reason_vi.empty() ? "Nhập số (ví dụ 10.000 hoặc 12,5)." : ""),
            "Cell " + at + " should hold a number but holds \"" + cell.text + "\". " + n.reason_en);
        return std::nullopt;
      }
      add("value-text-number", plainNumber(n.value), cell.text,
          "Ô " + at + " là số " + formatNumberVi(n.value) + " nhưng được lưu dạng chữ nên SUM bỏ qua. "
              "Nhập lại dưới dạng số.",
          "Cell " + at + " holds the number " + plainNumber(n.value) +
              " stored as text, which SUM ignores. Re-enter it as a number.");
      v = n.value;
      break;
    }
    case Cell::Type::Number: v = cell.number; break;
  }
  if (*v < 0)
    add("value-negative", ">= 0", plainNumber(*v),
        "Ô " + at + " có số âm (" + formatNumberVi(*v) + "). Chỉ tiêu và số thực hiện không được âm.",
        "Cell " + at + " is negative (" + plainNumber(*v) + "). Targets and results cannot be negative.");
  else if (isPercent && *v > 1 + 1e-9)
    add("percent-out-of-range", "0..1", plainNumber(*v),
        "Ô " + at + " là tỷ lệ nhưng bằng " + formatPercentVi(*v) + ". Tỷ lệ phải từ 0% đến 100% (nhập 15% chứ không phải 15).",
        "Cell " + at + " is a percentage of " + plainNumber(*v * 100) + "%. It must be 0–100% (enter 15%, not 15).");
  else if (isCount && std::fabs(*v - std::round(*v)) > 1e-9)
    add("value-not-integer", plainNumber(std::round(*v)), plainNumber(*v),
        "Ô " + at + " là số đếm (tổ, cuộc, lớp…) nhưng có phần lẻ " + formatNumberVi(*v, 4) + ". Kiểm tra lại.",
        "Cell " + at + " counts whole things (groups, sessions…) but is " + plainNumber(*v) + ".");
  return v;
}

}  // namespace p8
