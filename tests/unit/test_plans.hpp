// The built-in plans, loaded once for all unit tests that need them.
#pragma once
#include "core/plan/plan.hpp"

#include <string>
#include <vector>

namespace p8test {

inline const p8::Plan& bacKan() {
  static const p8::Plan plan = p8::loadPlanFile(P8_SOURCE_DIR "/plans/bac-kan-2022.json");
  return plan;
}

// Phase 2026–2030 by commune and ward (reporting level "commune").
inline const p8::Plan& thaiNguyen() {
  static const p8::Plan plan = p8::loadPlanFile(P8_SOURCE_DIR "/plans/thai-nguyen-2026.json");
  return plan;
}

inline const p8::Plan& ninhThuan() {
  static const p8::Plan plan = p8::loadPlanFile(P8_SOURCE_DIR "/plans/ninh-thuan-pl02-2022.json");
  return plan;
}

// Appends one row per count indicator of the Bắc Kạn plan: TT, label, unit, the target split
// over the 8 district columns D–K, and the total L as =SUM(Dn:Kn) ("formula|cached value").
inline void appendCountRows(std::vector<std::vector<std::string>>& rows) {
  const struct { const char* label; const char* unit; int target; } counts[] = {
      {"Tổ truyền thông cộng đồng", "tổ", 380}, {"Tổ tiết kiệm vay vốn thôn bản", "tổ", 120},
      {"Tổ TKVVTB áp dụng phương pháp học tập và hành động giới", "tổ", 74},
      {"Tổ sinh kế ứng dụng công nghệ 4.0", "tổ", 21}, {"Địa chỉ tin cậy cộng đồng", "địa chỉ", 40},
      {"CLB thủ lĩnh của sự thay đổi", "CLB", 74}, {"Đối thoại chính sách", "cuộc", 181},
      {"Cán bộ nữ DTTS được tập huấn", "người", 50}, {"Tập huấn giám sát, đánh giá", "cuộc", 25},
      {"Tập huấn lồng ghép giới chương trình 2", "cuộc", 20}, {"Tập huấn lồng ghép giới chương trình 3", "cuộc", 66}};
  int n = 1;
  for (const auto& c : counts) {
    std::vector<std::string> row = {std::to_string(n++), c.label, c.unit};
    int rest = c.target;
    for (int d = 0; d < 8; ++d) {
      const int v = d < 7 ? c.target / 8 : rest;
      rest -= v;
      row.push_back(std::to_string(v));
    }
    const std::string r = std::to_string(rows.size() + 1);
    row.push_back("=SUM(D" + r + ":K" + r + ")|" + std::to_string(c.target));
    rows.push_back(row);
  }
}

}  // namespace p8test
