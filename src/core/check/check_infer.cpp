// Which plan a workbook follows, from its own words: the province name ("UBND TỈNH BẮC
// KẠN") weighs most, each district name ("H. Ba Bể", "Cho Don") adds a little. Names are
// compared folded (case, diacritics, spacing) and as whole words, so "Ninh Sơn" (a district)
// never counts as the province "Ninh Thuận". A tie or no clue at all gives "".
#include "core/check/check.hpp"

#include "core/parse/text.hpp"

#include <map>

namespace p8 {

std::string inferPlan(const std::vector<Grid>& sheets, const std::vector<const Plan*>& plans) {
  std::map<std::string, int> score;
  std::vector<std::string> provinces;
  for (const Plan* p : plans) provinces.push_back(text::foldKey(p->province));
  for (const Grid& g : sheets)
    for (const Cell& c : g.cells) {
      if (c.type != Cell::Type::Text || c.text.size() > 300 || text::isBlank(c.text)) continue;
      const std::string f = text::foldKey(c.text);
      for (std::size_t i = 0; i < plans.size(); ++i) {
        const Plan* p = plans[i];
        if (text::containsWords(f, provinces[i])) score[p->id] += 3;
        else if (f.size() <= 60 && p->matchDistrict(c.text).status == NameMatch::Status::Unique) score[p->id] += 1;
      }
    }
  std::string best;
  int top = 0;
  bool tie = false;
  for (const auto& [id, s] : score) {
    if (s > top) { top = s; best = id; tie = false; }
    else if (s == top) tie = true;
  }
  return tie || top == 0 ? std::string() : best;
}

}  // namespace p8
