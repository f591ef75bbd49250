// Workbooks for the workbook fuzzer, decoded from its input: sheets that start as a blank
// grid or as one of the correct tables the unit tests use (a Bắc Kạn allocation, a progress
// report, Ninh Thuận's appendix 02), then get changes: cells set to numbers (NaN, ±inf,
// huge), words the recogniser looks for (district names and aliases, indicator names, units
// and target texts of the plans, header and numbering words), formulas with cached values,
// error values, raw bytes; merged areas (also outside the grid), hidden rows and columns,
// rows swapped or cleared, the whole sheet transposed, far origins. Random cells alone almost
// never form a table; starting from real tables makes the fuzzer reach the rules.
#pragma once
#include "fuzz_benign.hpp"
#include "fuzz_input.hpp"
#include "grid_builder.hpp"
#include "test_plans.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <string>
#include <vector>

namespace p8fuzz {

using Rows = std::vector<std::vector<std::string>>;

// Every text the plans know (names, aliases, units, target and timeline texts, numbers),
// and the words of the recogniser (recognize_words.cpp), numbering and number texts.
inline const std::vector<std::string>& words() {
  static const std::vector<std::string> all = [] {
    std::vector<std::string> w = {
        "TT", "STT", "Số TT", "Mã", "Chỉ tiêu", "Nội dung", "Nội dung hoạt động", "ĐVT", "Đơn vị tính", "Đơn vị",
        "Tổng", "Tổng cộng", "Tổng số", "Cộng", "Toàn tỉnh", "Cộng (I+II)", "Kế hoạch", "Kế hoạch giai đoạn",
        "Kế hoạch năm 2023", "KH năm", "Thực hiện", "Thực hiện kỳ báo cáo", "Kết quả", "Lũy kế", "Lũy kế từ đầu giai đoạn",
        "Tỷ lệ", "%", "So với KH", "Ghi chú", "Thời gian thực hiện", "Thời gian thực hiện/hoàn thiện",
        "Chỉ tiêu tổng thể giai đoạn 1: 2021-2025", "Phân bổ cho các huyện, thành phố", "Huyện", "Tên huyện",
        "Đơn vị thực hiện", "Chủ trì", "Phối hợp", "Cấp tỉnh", "Tỉnh", "Sở ngành", "Khác", "Dự phòng", "Cấp huyện",
        "Người lập biểu", "Thủ trưởng đơn vị", "Bắc Kạn, ngày 10 tháng 9 năm 2023", "Biểu 1. PHÂN BỔ", "Phụ lục 02",
        "UBND TỈNH BẮC KẠN", "BÁO CÁO KẾT QUẢ THỰC HIỆN DỰ ÁN 8", "Đơn vị tính: tổ", "Xã", "Phường", "Thị trấn",
        "I", "II", "IV", "A", "B", "a)", "b)", "-", "+", "•", "1", "2", "01", "1.1", "1.2", "2.3.1", "HĐ 2", "HĐ1",
        "Nội dung 1", "Nội dung 2.", "(1)", "(2)", "(3)", "1 2 3", "10.000", "10.000 tờ gấp", "12,5", "15%", "1.5",
        "1,234", "380 tổ", "06 lớp", "Hàng năm", "Năm 2022 - 2023", "2021-2025", "Quý IV/2023", "", " ", "\t",
        "0", "-5", "1e308", "Tổ truyền thông", "TP. Bắc Kạn", "H. Ba Bể", "Cho Don", "huyen cho don", "Thành phố",
        "Thị xã", "Huyện Chợ Đồn", "Ninh Thuận", "Bắc Kạn"};
    std::function<void(const p8::ContentItem&)> content = [&](const p8::ContentItem& c) {
      for (const auto* s : {&c.number, &c.text.vi, &c.targetText, &c.timelineText, &c.indicator}) w.push_back(*s);
      for (const auto& k : c.children) content(k);
    };
    for (const p8::Plan* plan : {&p8test::bacKan(), &p8test::ninhThuan()}) {
      w.push_back(plan->province);
      for (const auto& u : plan->orgUnits) {
        w.push_back(u.name);
        w.insert(w.end(), u.aliases.begin(), u.aliases.end());
      }
      for (const auto& ind : plan->indicators) {
        for (const auto* s : {&ind.code, &ind.name.vi, &ind.name.en, &ind.unit, &ind.targetText}) w.push_back(*s);
        w.push_back("Chỉ tiêu " + ind.code);
        w.insert(w.end(), ind.aliases.begin(), ind.aliases.end());
      }
      for (const auto& c : plan->content) content(c);
    }
    return w;
  }();
  return all;
}

inline const std::vector<std::string> kErrors = {"#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#N/A", "#NUM!",
                                                 "Err:502", "Err:504", "Err:522", "Err:540", "#NULL!", "Err:"};

inline double number(Input& in) {
  static const std::vector<double> special = {0, -0.0, 1, -1, 0.5, 0.15, 2, 10, 380, 181, 1e15, 1e308, -1e308,
                                              5e-324, std::numeric_limits<double>::quiet_NaN(),
                                              std::numeric_limits<double>::infinity(),
                                              -std::numeric_limits<double>::infinity(), 2147483648.0, 9.2233720368547758e18};
  switch (in.range(0, 3)) {
    case 0: return in.range(0, 1000);
    case 1: return in.pick(special);
    case 2: return in.range(-1000, 1000) / 4.0;
    default: return in.rawDouble();
  }
}

inline std::string a1(Input& in, int rows, int cols) {
  return p8::cellA1(in.range(0, std::max(0, rows + 1)), in.range(0, std::max(0, cols + 1)));
}

inline std::string formula(Input& in, int rows, int cols) {
  switch (in.range(0, 4)) {
    case 0: return "=SUM(" + a1(in, rows, cols) + ":" + a1(in, rows, cols) + ")";
    case 1: return "=" + a1(in, rows, cols) + "+" + a1(in, rows, cols);
    case 2: return "=SUBTOTAL(9;" + a1(in, rows, cols) + ":" + a1(in, rows, cols) + ")";
    case 3: return "=P8.TARGET(\"1\";\"" + in.pick(words()) + "\")";
    default: return "=" + in.bytes(40);
  }
}

// One cell: what a bulk read can give (formula cells carry their cached result).
inline p8::Cell cell(Input& in, int rows, int cols) {
  p8::Cell c;
  const int kind = in.range(0, 9);
  if (kind == 9 || kind == 8) c.formula = formula(in, rows, cols);
  switch (kind) {
    case 0: break;
    case 1: case 8: c.type = p8::Cell::Type::Number; c.number = number(in); break;
    case 2: case 3: c.type = p8::Cell::Type::Text; c.text = in.pick(words()); break;
    case 4: c.type = p8::Cell::Type::Text; c.text = in.pick(words()) + in.pick(std::vector<std::string>{" ", "\n", " / ", ". ", ""}) + in.pick(words()); break;
    case 5: c.type = p8::Cell::Type::Text; c.text = in.bytes(64); break;
    case 6: c.type = p8::Cell::Type::Error; c.text = in.pick(kErrors); break;
    case 7: c.type = p8::Cell::Type::Text; c.text = std::to_string(in.range(0, 100000)) + in.pick(std::vector<std::string>{"", " tổ", ".000", ",5", "%"}); break;
    default: if (in.flag()) { c.type = p8::Cell::Type::Error; c.text = in.pick(kErrors); } break;
  }
  return c;
}

inline Rows allocationSkeleton() {   // as tests/unit/test_check_util.hpp correctAllocation()
  Rows rows = {{"UBND TỈNH BẮC KẠN"}, {"BIỂU PHÂN BỔ CHỈ TIÊU DỰ ÁN 8 ĐẾN NĂM 2025"}, {},
               {"STT", "Chỉ tiêu", "ĐVT", "Phân bổ cho các huyện, thành phố", "", "", "", "", "", "", "", "Tổng cộng"},
               {"", "", "", "TP. Bắc Kạn", "H. Ba Bể", "Bạch Thông", "Cho Don", "Chợ Mới", "Na Rì", "Ngân Sơn", "Pác Nặm", ""}};
  p8test::appendCountRows(rows);
  return rows;
}

inline Rows progressSkeleton() {   // as tests/unit/check/test_check_progress.cpp
  return {{"BÁO CÁO KẾT QUẢ THỰC HIỆN DỰ ÁN 8 TỈNH BẮC KẠN"}, {},
          {"STT", "Chỉ tiêu", "ĐVT", "Kế hoạch giai đoạn", "Thực hiện kỳ báo cáo", "Lũy kế từ đầu giai đoạn", "Ghi chú"},
          {"1", "Tổ truyền thông cộng đồng", "tổ", "380", "50", "100", ""},
          {"2", "Địa chỉ tin cậy cộng đồng", "địa chỉ", "40", "10", "45", ""},
          {"3", "Đối thoại chính sách", "cuộc", "181", "40", "150", ""}};
}

inline Rows appendixSkeleton() {   // as tests/unit/check/test_check_appendix.cpp appendixFromPlan()
  Rows rows = {{"ỦY BAN NHÂN DÂN"}, {"TỈNH NINH THUẬN"}, {}, {"Phụ lục 02"},
               {"TT", "Nội dung hoạt động", "Chỉ tiêu tổng thể giai đoạn 1: 2021-2025", "Thời gian thực hiện/hoàn thiện"}};
  std::function<void(const p8::ContentItem&, int)> walk = [&](const p8::ContentItem& c, int depth) {
    if (depth == 0) rows.push_back({c.number + ". " + c.text.vi});
    else if (c.children.empty())
      rows.push_back({c.number.empty() ? "" : "'" + c.number, c.text.vi, c.targetText.empty() ? "" : "'" + c.targetText, c.timelineText});
    else rows.push_back({c.number, c.text.vi});
    for (const auto& k : c.children) walk(k, depth + 1);
  };
  for (const auto& c : p8test::ninhThuan().content) walk(c, 0);
  return rows;
}

inline void merge(p8::Grid& g, const p8::MergedArea& m, bool markCovered) {
  g.merges.push_back(m);
  if (!markCovered) return;
  for (int r = std::max(m.top, g.originRow); r <= std::min(m.bottom, g.originRow + g.rows - 1); ++r)
    for (int c = std::max(m.left, g.originCol); c <= std::min(m.right, g.originCol + g.cols - 1); ++c)
      if (r != m.top || c != m.left) g.at(r - g.originRow, c - g.originCol).mergedCovered = true;
}

inline p8::Grid transposed(const p8::Grid& g) {
  p8::Grid t(g.sheet, g.cols, g.rows);
  for (int r = 0; r < g.rows; ++r)
    for (int c = 0; c < g.cols; ++c) t.at(c, r) = g.at(r, c);
  for (const auto& m : g.merges) t.merges.push_back({m.left, m.top, m.right, m.bottom});
  return t;
}

constexpr int kMaxRows = 60, kMaxCols = 24, kMaxChanges = 48;

enum Kind { kBlank, kAllocation, kProgress, kAppendix };
struct SheetInfo {
  int kind = kBlank;
  bool clean = false;     // the correct table as it is: nothing changed
  bool planted = false;   // the allocation with one district figure changed, nothing else
  bool benign = false;    // the allocation with only changes that keep it correct (fuzz_benign.hpp)
};

inline p8::Grid sheet(Input& in, int index, SheetInfo* info) {
  const int kind = in.range(0, 3);
  info->kind = kind;
  const bool ownName = in.flag();   // the first sheet is "Phân bổ" unless this is set
  const std::string name = index == 0 && !ownName ? "Phân bổ" : in.pick(words()) + std::to_string(index);
  p8::Grid g;
  if (kind == 1) g = gridOf(name, allocationSkeleton());
  else if (kind == 2) g = gridOf(name, progressSkeleton());
  else if (kind == 3) g = gridOf(name, appendixSkeleton());
  else g = p8::Grid(name, in.range(0, kMaxRows), in.range(0, kMaxCols));
  // The change count; for the allocation a count byte of 196 or more means 1–8 changes that
  // keep it correct instead (byte % 49 as before otherwise, so older seeds decode the same).
  const int countByte = in.byte();
  if (kind == kAllocation && countByte >= 196) {
    info->benign = true;
    bool merged = false, footer = false;
    for (int i = 0; i < 1 + countByte % 8; ++i) benignChange(in, g, merged, footer);
    return g;
  }
  const int changes = countByte % (kMaxChanges + 1);
  info->clean = changes == 0;
  for (int i = 0; i < changes && !in.empty(); ++i) {
    const int r = in.range(0, std::max(0, g.rows - 1)), c = in.range(0, std::max(0, g.cols - 1));
    switch (in.range(0, 11)) {
      case 0: case 1: case 2: case 3: g.at(r, c) = cell(in, g.rows, g.cols); break;
      case 4: {   // a merged area, mostly inside the grid and marked as Calc marks it
        const int r2 = r + in.range(-1, 4), c2 = c + in.range(-1, 6);
        merge(g, {g.originRow + r, g.originCol + c, g.originRow + r2, g.originCol + c2}, in.range(0, 3) != 0);
        break;
      }
      case 5: if (g.hiddenRows.size() != static_cast<std::size_t>(g.rows)) g.hiddenRows.assign(g.rows, false);
              if (g.rows) g.hiddenRows[r] = true;
              break;
      case 6: if (g.hiddenCols.size() != static_cast<std::size_t>(g.cols)) g.hiddenCols.assign(g.cols, false);
              if (g.cols) g.hiddenCols[c] = true;
              break;
      case 7: {   // two rows swapped
        const int other = in.range(0, std::max(0, g.rows - 1));
        if (other != r && g.rows > 0)
          for (int k = 0; k < g.cols; ++k) std::swap(g.at(r, k), g.at(other, k));
        break;
      }
      case 8: for (int k = 0; k < g.cols; ++k) g.at(r, k) = p8::Cell(); break;
      case 9: {   // a figure off by a little; in a district column of the allocation: a planted error
        const int delta = in.range(-3, 3);
        if (g.at(r, c).type != p8::Cell::Type::Number) break;
        g.at(r, c).number += delta;
        // Allocation data rows are 6–16 (0-based 5–15), districts D–K (3–10); see allocationSkeleton.
        info->planted = changes == 1 && kind == kAllocation && delta != 0 && r >= 5 && r <= 15 && c >= 3 && c <= 10;
        break;
      }
      case 10: g = transposed(g); break;
      default:   // the grid read from further down or right, or with a skipped far cell
        if (in.flag()) g.originRow = in.range(0, 1048575 - g.rows), g.originCol = in.range(0, std::max(0, 16383 - g.cols));
        else g.skippedFrom = p8::cellA1(in.range(0, 1048575), in.range(0, 16383));
        break;
    }
  }
  return g;
}

}  // namespace p8fuzz
