// Words of the reporting level (see the header).
#include "core/plan/plan_level.hpp"

namespace p8 {
namespace {

// First letter capitalised; Vietnamese initials of the level words are ASCII or 'đ'.
std::string upperFirst(const std::string& s) {
  if (s.empty()) return s;
  if (s.compare(0, 2, "\xC4\x91") == 0) return "\xC4\x90" + s.substr(2);   // đ → Đ
  std::string out = s;
  if (out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

}  // namespace

LocalText LevelWords::title() const { return LocalText{upperFirst(one.vi), upperFirst(one.en)}; }

LevelWords levelWords(std::string_view level) {
  if (level == "province") return {{"tỉnh", "province"}, {"tỉnh", "provinces"}};
  if (level == "district") return {{"huyện", "district"}, {"huyện", "districts"}};
  if (level == "commune" || level == "ward") return {{"xã, phường", "commune/ward"}, {"xã, phường", "communes and wards"}};
  return {{"đơn vị", "unit"}, {"đơn vị", "units"}};
}

LevelWords reportingWords(const Plan& plan) { return levelWords(plan.reportingLevel); }

}  // namespace p8
