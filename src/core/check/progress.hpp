// Judging an actual figure against a target: the status words staff write in reports
// ("Đạt", "Vượt", "Chưa đạt", "Chậm tiến độ", "Không có chỉ tiêu"). Schedule is judged
// linearly over the plan period: by the end of year Y of a 2021–2025 plan, (Y−2021+1)/5 of
// the target is expected. Used by P8.STATUS and by the progress checks, so both agree.
#pragma once
#include <optional>
#include <string>

namespace p8 {

enum class ProgressStatus { Achieved, Exceeded, NotAchieved, Behind, NoTarget };

struct Schedule {
  std::optional<int> asOfYear;   // reporting year; none = judge against the whole target
  int startYear = 2021;
  int endYear = 2025;
};

// Fraction of the target due by the end of asOfYear (1 when no year or past the end).
double expectedShare(const Schedule& s);
ProgressStatus judgeProgress(double actual, std::optional<double> target, const Schedule& s);
const char* statusText(ProgressStatus st, const std::string& lang);   // "vi" or "en"
const char* statusCode(ProgressStatus st);   // "achieved", "exceeded", … (stable)

}  // namespace p8
