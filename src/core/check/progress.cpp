#include "core/check/progress.hpp"

#include <algorithm>
#include <cmath>

namespace p8 {

double expectedShare(const Schedule& s) {
  if (!s.asOfYear || s.endYear < s.startYear) return 1.0;
  const double span = s.endYear - s.startYear + 1;
  const double done = *s.asOfYear - s.startYear + 1;
  return std::clamp(done / span, 0.0, 1.0);
}

ProgressStatus judgeProgress(double actual, std::optional<double> target, const Schedule& s) {
  if (!target || *target == 0 || !std::isfinite(*target)) return ProgressStatus::NoTarget;
  const double eps = 1e-9 * std::max(1.0, std::fabs(*target));
  if (actual > *target + eps) return ProgressStatus::Exceeded;
  if (actual >= *target - eps) return ProgressStatus::Achieved;
  if (s.asOfYear && *s.asOfYear < s.endYear && actual + eps < *target * expectedShare(s))
    return ProgressStatus::Behind;
  return ProgressStatus::NotAchieved;
}

const char* statusText(ProgressStatus st, const std::string& lang) {
  const bool vi = lang.rfind("vi", 0) == 0;
  switch (st) {
    case ProgressStatus::Achieved: return vi ? "Đạt" : "Achieved";
    case ProgressStatus::Exceeded: return vi ? "Vượt" : "Exceeded";
    case ProgressStatus::NotAchieved: return vi ? "Chưa đạt" : "Not achieved";
    case ProgressStatus::Behind: return vi ? "Chậm tiến độ" : "Behind schedule";
    case ProgressStatus::NoTarget: return vi ? "Không có chỉ tiêu" : "No target";
  }
  return "";
}

const char* statusCode(ProgressStatus st) {
  switch (st) {
    case ProgressStatus::Achieved: return "achieved";
    case ProgressStatus::Exceeded: return "exceeded";
    case ProgressStatus::NotAchieved: return "not-achieved";
    case ProgressStatus::Behind: return "behind";
    case ProgressStatus::NoTarget: return "no-target";
  }
  return "";
}

}  // namespace p8
