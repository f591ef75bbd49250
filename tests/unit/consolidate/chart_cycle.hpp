// A cycle for the unit chart (shared by its unit test and the integration test's writer
// tool): Bắc Kạn 2025, Ba Bể and Chợ Đồn reported with their own targets for two indicators,
// Na Rì reported one indicator without a target, the other five districts missing.
#pragma once
#include "consolidate_util.hpp"

namespace constest {

inline std::vector<p8::ConsolidationFile> chartCycle() {
  std::vector<p8::ConsolidationFile> files;
  files.push_back(file("in/ba-be.xlsx", "2025-09-05", {gridOf("Báo cáo", unitReport({{"Đơn vị báo cáo: Huyện Ba Bể"}}, {
      {"Tổ truyền thông cộng đồng", "tổ", "50", "10", "40", "45"},
      {"Địa chỉ tin cậy cộng đồng", "địa chỉ", "5", "1", "5", "5"}}))}));
  files.push_back(file("in/cho-don.xlsx", "2025-09-06", {gridOf("Báo cáo", unitReport({{"HỘI LHPN HUYỆN CHỢ ĐỒN"}}, {
      {"Tổ truyền thông cộng đồng", "tổ", "40", "8", "10", "20"},
      {"Địa chỉ tin cậy cộng đồng", "địa chỉ", "4", "1", "2", "2"}}))}));
  files.push_back(file("in/na-ri.xlsx", "2025-09-07", {gridOf("Báo cáo", unitReport({{"UBND HUYỆN NA RÌ"}}, {
      {"Tổ truyền thông cộng đồng", "tổ", "", "", "7", ""}}))}));
  return files;
}

}  // namespace constest
