// Reading the number cells of a table the way a careful officer would. An error value, text
// that is no number, a number typed as text, a negative number, a fraction for a count and a
// percentage outside 0–100 % each become a finding at that cell; the value itself (when
// there is one) goes on to the sums, allocation and progress rules.
// What a row counts comes from its ĐVT cell or its plan indicator: value-not-integer is only
// for counts (tổ, cuộc, lớp…), never for money or rates. Placeholders staff use for "none"
// ("-", "x") are empty cells, not errors. A phone number, an ID or a date is no figure
// (value-not-number, never "a number stored as text"); a year typed as text is left alone.
// A value reported here makes the sums over it unknown: one root cause, one finding.
#include "core/check/check_rules.hpp"

#include "core/parse/number.hpp"
#include "core/parse/target.hpp"
#include "core/parse/text.hpp"
#include "core/plan/plan_level.hpp"

#include <algorithm>
#include <cmath>

namespace p8 {

bool nearlyEqual(double a, double b) {
  return std::fabs(a - b) <= 1e-9 + 1e-6 * std::max(std::fabs(a), std::fabs(b));
}

std::string viNumber(double v, Measure m) {
  return m == Measure::Percent ? formatPercentVi(v, 2) : formatNumberVi(v, 4);
}

std::string enNumber(double v, Measure m) {
  if (m == Measure::Percent) return machineNumber(std::round(v * 1e8) / 1e6) + "%";
  return machineNumber(std::round(v * 1e6) / 1e6);
}

void CheckContext::add(const char* code, const SheetTable& t, std::string cell,
                       std::string expected, std::string actual, std::string vi, std::string en) {
  findings.push_back(makeFinding(code, t.sheet(), std::move(cell), std::move(expected),
                                 std::move(actual), std::move(vi), std::move(en)));
}

std::optional<Measure> measureOfUnit(const std::string& unit) {
  if (unit.find('%') != std::string::npos) return Measure::Percent;
  const std::string f = text::foldKey(unit);
  if (f.empty()) return std::nullopt;
  auto startsWith = [&](const char* w) {
    const std::string word(w);
    return f.compare(0, word.size(), word) == 0 && (f.size() == word.size() || f[word.size()] == ' ');
  };
  for (const char* w : {"ty le", "phan tram"})
    if (startsWith(w)) return Measure::Percent;
  // Money, time, area, weight: amounts that may have decimals.
  for (const char* w : {"dong", "trieu", "nghin", "ngan", "ty", "usd", "vnd", "ngay", "thang",
                        "nam", "gio", "ha", "m2", "km", "kg", "tan", "lit"})
    if (startsWith(w)) return Measure::Plain;
  // Whole things.
  for (const char* w : {"to", "nhom", "cuoc", "lop", "clb", "cau lac bo", "nguoi", "dia chi", "dctc",
                        "can bo", "hoi vien", "thanh vien", "ho", "xa", "thon", "ban", "buoi", "luot",
                        "to gap", "an pham", "tai lieu", "chuong trinh", "mo hinh", "hoat dong", "phu nu",
                        "tre em", "hoc sinh", "truong", "diem", "cai", "chiec", "bo", "cuon", "san pham",
                        "doan", "dot", "lan", "hoi thi", "hop tac xa", "htx", "thtx", "doanh nghiep",
                        "sang kien", "video", "clip", "bai", "tin", "phong su", "tap", "ban tin", "sang",
                        "cong trinh", "nan nhan", "hoc vien", "dai bieu", "chu"})
    if (startsWith(w)) return Measure::Count;
  return std::nullopt;
}

bool isNumberColumn(TableKind kind, ColumnRole role) {
  switch (role) {
    case ColumnRole::District:
    case ColumnRole::Total:
    case ColumnRole::PlanYear:
    case ColumnRole::Actual:
    case ColumnRole::Cumulative:
    case ColumnRole::Rate: return true;
    case ColumnRole::Target: return kind != TableKind::Appendix;   // appendix targets are free text
    default: return false;
  }
}

namespace {

// "Cấp tỉnh", "Tỉnh", "Tỉnh Bắc Kạn": what the province keeps for itself, next to the districts.
bool isProvinceShare(const TableColumn& c, const Plan& plan) {
  if (c.role != ColumnRole::Other) return false;
  const std::string h = text::foldKey(c.header);
  const std::string prov = text::foldKey(plan.province);
  auto endsWith = [&](const std::string& w) {
    return !w.empty() && h.size() >= w.size() && h.compare(h.size() - w.size(), w.size(), w) == 0 &&
           (h.size() == w.size() || h[h.size() - w.size() - 1] == ' ');
  };
  return endsWith("tinh") || endsWith("cap tinh") || endsWith("tinh " + prov) || endsWith("hoi lhpn tinh");
}

bool isPlaceholder(const std::string& trimmed) {
  static const char* const marks[] = {"-", "--", "–", "—", "x", "X", "/", "…", "...", "?"};
  return std::find(std::begin(marks), std::end(marks), trimmed) != std::end(marks);
}

std::string errorHint(const std::string& err, bool vi) {
  if (err == "#REF!")
    return vi ? "Công thức tham chiếu tới ô đã bị xóa; sửa lại vùng trong công thức."
              : "The formula refers to a deleted cell; fix its range.";
  if (err == "#DIV/0!")
    return vi ? "Công thức chia cho 0 hoặc cho ô trống; kiểm tra số chia." : "The formula divides by zero or an empty cell.";
  if (err == "#VALUE!")
    return vi ? "Công thức tính với chữ; kiểm tra các ô nó dùng." : "The formula computes with text; check its inputs.";
  if (err == "#NAME?")
    return vi ? "Tên hàm hoặc tên vùng không tồn tại (có thể tiện ích chưa được cài)."
              : "Unknown function or range name (the extension may not be installed).";
  if (err == "#N/A")
    return vi ? "Hàm tra cứu không tìm thấy giá trị." : "A lookup found no value.";
  if (err == "Err:522")
    return vi ? "Tham chiếu vòng: công thức dùng chính ô của nó (trực tiếp hay qua ô khác); bỏ vòng tham chiếu."
              : "Circular reference: the formula uses its own cell (directly or through others); break the loop.";
  if (err == "Err:540")
    return vi ? "Ô lấy số liệu từ tệp hay nguồn bên ngoài, mà nội dung bên ngoài đang tắt; mở lại tệp và cho phép "
                "cập nhật liên kết, hoặc chép số liệu vào tệp."
              : "The cell takes data from another file or source and external content is disabled; reopen the file "
                "allowing link updates, or copy the figures into the file.";
  if (err == "Err:502")
    return vi ? "Một đối số của hàm không hợp lệ (ví dụ tên huyện hay mã chỉ tiêu không có trong kế hoạch)."
              : "A function argument is invalid (e.g. a district or indicator code the plan does not have).";
  return vi ? "Sửa công thức của ô này." : "Fix the formula of this cell.";
}

RowInfo rowInfo(const SheetTable& t, int ri, const Plan& plan) {
  RowInfo info;
  info.indicator = plan.findIndicator(t.row(ri).indicatorCode);
  if (info.indicator)
    info.measure = info.indicator->percent ? Measure::Percent
                                           : measureOfUnit(info.indicator->unit).value_or(Measure::Plain);
  // The sheet's own ĐVT, when it names a unit we know, says best what its cells hold.
  const int unitCol = t.first(ColumnRole::Unit);
  if (unitCol >= 0) {
    const Cell& u = t.cell(ri, unitCol);
    if (u.type == Cell::Type::Text)
      if (const auto m = measureOfUnit(u.text)) info.measure = *m;
  }
  return info;
}

// One number cell: its value, and a finding for each thing wrong with it ("-3" typed as
// text is both a number stored as text and a negative number).
Value readCell(const SheetTable& t, int ri, int ci, Measure measure, CheckContext& ctx) {
  Value out;
  const Cell& cell = t.cell(ri, ci);
  const TableRow& row = t.row(ri);
  const ColumnRole role = t.column(ci).role;
  if (cell.mergedCovered || cell.type == Cell::Type::Empty || cell.type == Cell::Type::Error) return out;
  bool explicitPercent = false;
  if (cell.type == Cell::Type::Number) {
    out.v = cell.number;
  } else {
    const std::string s = text::trim(cell.text);
    if (s.empty() || isPlaceholder(s)) return out;
    ParsedNumber n = parseNumber(s);
    if (role == ColumnRole::Target) {   // "380 tổ", "15% thành viên": a target, not a typing slip
      if (n.ok()) {
        out.v = n.value;
        explicitPercent = n.percent;
      } else if (TargetText tt = parseTarget(s); tt.value) {
        out.v = tt.value;
        explicitPercent = tt.kind == TargetKind::Percent;
      }
      if (!out.v) return out;
    } else {
      if (row.role == RowRole::Section) return out;   // a heading written across the row
      const std::string at = t.a1(ri, ci);
      if (n.status == ParsedNumber::Status::Empty) return out;
      // A phone number, an ID or a date is no figure; never "a number stored as text".
      const IdentifierKind id = identifierKind(s);
      if (id == IdentifierKind::Year) { out.unknown = true; return out; }   // "2024": a year, not a count
      if (id != IdentifierKind::None) {
        out.unknown = true;
        const char* what_vi = id == IdentifierKind::Phone ? "số điện thoại" : id == IdentifierKind::Date ? "ngày tháng" : "số định danh";
        const char* what_en = id == IdentifierKind::Phone ? "a phone number" : id == IdentifierKind::Date ? "a date" : "an ID number";
        ctx.add("value-not-number", t, at, "", s,
                "Ô " + at + " phải là số liệu nhưng chứa \"" + text::shorten(s, 60) + "\" (giống " + what_vi +
                    "). Nhập số liệu của chỉ tiêu hoặc để trống.",
                "Cell " + at + " should hold a figure but holds \"" + text::shorten(s, 60) + "\" (looks like " + what_en +
                    "). Enter the indicator's figure or leave it empty.");
        return out;
      }
      if (!n.ok()) {
        out.unknown = true;
        const bool why = n.status == ParsedNumber::Status::Ambiguous;   // say why "1.5" is refused
        ctx.add("value-not-number", t, at, "", s,
                "Ô " + at + " phải là số nhưng chứa \"" + text::shorten(s, 60) + "\". " +
                    (why && !n.reason_vi.empty() ? n.reason_vi + " " : "") +
                    "Nhập một số (ví dụ 10.000 hoặc 12,5) hoặc để trống.",
                "Cell " + at + " should hold a number but holds \"" + text::shorten(s, 60) + "\". " +
                    (why && !n.reason_en.empty() ? n.reason_en + " " : "") + "Enter a number or leave it empty.");
        return out;
      }
      out.v = n.value;
      out.fromText = true;
      explicitPercent = n.percent;
      ctx.add("value-text-number", t, at, machineNumber(n.value), s,
              "Ô " + at + " chứa số " + viNumber(n.value, n.percent ? Measure::Percent : Measure::Plain) +
                  " nhưng được lưu dạng chữ, nên hàm SUM bỏ qua nó. Nhập lại dưới dạng số.",
              "Cell " + at + " holds the number " + enNumber(n.value, n.percent ? Measure::Percent : Measure::Plain) +
                  " stored as text, which SUM ignores. Re-enter it as a number.");
    }
  }
  const double v = *out.v;
  const std::string at = t.a1(ri, ci);
  if (!std::isfinite(v)) { out.v.reset(); return out; }
  if (v < 0) {
    ctx.add("value-negative", t, at, ">=0", machineNumber(v),
            "Ô " + at + " có số âm (" + formatNumberVi(v, 4) +
                "). Chỉ tiêu và số thực hiện không thể âm; sửa lại số liệu.",
            "Cell " + at + " is negative (" + enNumber(v, Measure::Plain) +
                "). Targets and results cannot be negative; correct the figure.");
    out.unknown = true;   // reported here; the sums over it are not reported again
    return out;
  }
  if (role == ColumnRole::Rate) return out;   // "% so với KH" may pass 100 %; left as written
  if (measure == Measure::Percent) {
    // 0.15 (a cell formatted as %) and 15 (a row whose ĐVT is "%") both mean 15 %.
    const bool points = !explicitPercent && v > 1 + 1e-9;
    const double fraction = points ? v / 100 : v;
    if (fraction > 1 + 1e-9) {
      ctx.add("percent-out-of-range", t, at, "0..1", machineNumber(fraction),
              "Ô " + at + " là tỷ lệ nhưng bằng " + formatPercentVi(fraction, 2) +
                  ". Tỷ lệ phải từ 0% đến 100%; sửa lại số liệu.",
              "Cell " + at + " is a percentage of " + enNumber(fraction, Measure::Percent) +
                  ". It must lie between 0% and 100%.");
      out.v.reset();
      out.unknown = true;
      return out;
    }
    out.v = fraction;
  } else if (measure == Measure::Count && cell.formula.empty() && std::fabs(v - std::round(v)) > 1e-9) {
    // Typed values only: a formula over a fractional input is fractional too, and the
    // input is the cell to fix.
    ctx.add("value-not-integer", t, at, machineNumber(std::round(v)), machineNumber(v),
            "Ô " + at + " là số đếm (tổ, cuộc, lớp…) nhưng có phần lẻ: " + formatNumberVi(v, 4) +
                ". Nhập số nguyên.",
            "Cell " + at + " counts whole things (groups, sessions, classes…) but holds " +
                enNumber(v, Measure::Plain) + ". Enter a whole number.");
  }
  return out;
}

bool isErrorCell(const Cell& c) { return c.type == Cell::Type::Error && !c.mergedCovered; }

void dropInheritedErrors(const SheetTable& t, const TableValues& tv, CheckContext& ctx) {
  std::vector<std::string> inherited;
  const int nRows = t.rowCount(), nCols = t.columnCount();
  for (int ri = 0; ri < nRows; ++ri)
    for (int ci = 0; ci < nCols; ++ci) {
      if (!isErrorCell(t.cell(ri, ci)) || t.cell(ri, ci).formula.empty()) continue;
      bool fromParts = false;
      if (t.column(ci).role == ColumnRole::Total)   // a row's total over its districts
        for (int p : tv.parts) fromParts |= p != ci && isErrorCell(t.cell(ri, p));
      if (t.row(ri).role == RowRole::Total || t.row(ri).role == RowRole::Section)   // a column's total over its rows
        for (int r = 0; r < nRows; ++r) fromParts |= r != ri && t.row(r).role == RowRole::Item && isErrorCell(t.cell(r, ci));
      if (fromParts) inherited.push_back(t.a1(ri, ci));
    }
  if (inherited.empty()) return;
  auto& f = ctx.findings;
  f.erase(std::remove_if(f.begin(), f.end(), [&](const Finding& x) {
            return x.code == "cell-error" && x.sheet == t.sheet() &&
                   std::find(inherited.begin(), inherited.end(), x.cell) != inherited.end();
          }),
          f.end());
}

}  // namespace

TableValues readValues(const SheetTable& t, CheckContext& ctx) {
  TableValues tv;
  const int nRows = t.rowCount(), nCols = t.columnCount();
  tv.rows.reserve(nRows);
  tv.cells.assign(nRows, std::vector<Value>(nCols));
  std::vector<char> numeric(nCols);
  for (int ci = 0; ci < nCols; ++ci) {
    // A unit's breakdown sub-columns hold figures too (they add up to its total).
    numeric[ci] = isNumberColumn(t.table.kind, t.column(ci).role) || !t.column(ci).partOf.empty();
    if (t.column(ci).role == ColumnRole::District) tv.parts.push_back(ci);
  }
  if (!tv.parts.empty())
    for (int ci = 0; ci < nCols; ++ci)
      if (isProvinceShare(t.column(ci), ctx.plan)) {
        numeric[ci] = true;
        tv.parts.push_back(ci);
      }
  for (int ri = 0; ri < nRows; ++ri) {
    tv.rows.push_back(rowInfo(t, ri, ctx.plan));
    const RowRole role = t.row(ri).role;
    for (int ci = 0; ci < nCols; ++ci) {
      const Cell& cell = t.cell(ri, ci);
      if (cell.type == Cell::Type::Error && !cell.mergedCovered) {
        const std::string at = t.a1(ri, ci);
        ctx.add("cell-error", t, at, "", cell.text,
                "Ô " + at + " báo lỗi " + cell.text + ". " + errorHint(cell.text, true),
                "Cell " + at + " shows " + cell.text + ". " + errorHint(cell.text, false));
        tv.cells[ri][ci].unknown = true;
        continue;
      }
      if (numeric[ci] && role != RowRole::Blank)
        tv.cells[ri][ci] = readCell(t, ri, ci, tv.rows[ri].measure, ctx);
    }
  }
  // An error in a total that adds up an error cell is that cell's error again: one root
  // cause, one finding (the part's, which is the cell to fix).
  dropInheritedErrors(t, tv, ctx);
  // An empty district cell among filled ones: perhaps forgotten, perhaps a real zero.
  if (t.table.kind == TableKind::Allocation) {
    const std::vector<int> districts = t.all(ColumnRole::District);
    const LevelWords units = reportingWords(ctx.plan);   // "huyện", or "xã, phường" for a commune plan
    for (int ri = 0; ri < nRows; ++ri) {
      if (t.row(ri).role != RowRole::Item) continue;
      std::vector<int> empty;
      int filled = 0;
      for (int ci : districts) {
        const Cell& c = t.cell(ri, ci);
        if (c.mergedCovered) continue;
        if (c.type == Cell::Type::Empty) empty.push_back(ci);
        else ++filled;
      }
      if (empty.empty() || filled < 2 || filled < 2 * static_cast<int>(empty.size())) continue;
      for (int ci : empty) {
        const std::string at = t.a1(ri, ci);
        ctx.add("value-empty", t, at, "", "",
                "Ô " + at + " (" + t.column(ci).header + ") để trống trong khi các " + units.many.vi +
                    " khác có số. Nếu " + units.one.vi + " không được phân bổ, ghi 0.",
                "Cell " + at + " (" + t.column(ci).header + ") is empty while the other " + units.many.en +
                    " have figures. Enter 0 if the " + units.one.en + " gets nothing.");
      }
    }
  }
  return tv;
}

}  // namespace p8
