// Place names as sheets write them: "TP. Bắc Kạn", "Thành phố Bắc Kạn", "H. Ba Bể",
// "Huyện Ba Bể", "huyen cho don", "CHỢ ĐỒN". Matching ignores case, diacritics, spacing and
// the administrative prefixes huyện/xã/phường/thị trấn/tỉnh — but keeps "thành phố"/"thị xã"
// as part of the name, so the province "Bắc Kạn" never matches the city "TP Bắc Kạn". It is
// never fuzzy: a name matches one unit exactly (through its aliases) or nothing.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace p8 {

// "TP. Bắc Kạn" → "tp:backan", "huyen cho don" → "chodon", "Bắc Kạn" → "backan".
std::string placeKey(std::string_view name);

struct NameMatch {
  enum class Status { Unique, None, Ambiguous };
  Status status = Status::None;
  std::string id;                       // when Unique
  std::vector<std::string> candidates;  // when Ambiguous
};

class NameMatcher {
public:
  void add(const std::string& id, std::string_view nameOrAlias);
  NameMatch match(std::string_view text) const;
  bool empty() const { return m_ids.empty(); }

private:
  std::unordered_map<std::string, std::vector<std::string>> m_ids;   // key → ids
};

}  // namespace p8
