// Place names as sheets write them: "TP. Bắc Kạn", "Thành phố Bắc Kạn", "H. Ba Bể", "Huyện Ba
// Bể", "huyen cho don", "CHỢ ĐỒN", decomposed Unicode. Matching ignores case, diacritics,
// spacing and the administrative prefix — but never fuzzily: a text matches the units whose
// name or alias has the same key, so it names one unit, several (Ambiguous) or none.
//
// Two rules keep prefixes from eating real names:
//  - a prefix word counts only when spelled as the prefix: "Tỉnh Bắc Kạn" loses "Tỉnh", the
//    district "Tĩnh Gia" keeps its first word, so do "Quan Hóa" (not "Quận") and "Phương Sơn"
//    (not "Phường"). Text typed without any diacritic ("phuong son") can be read both ways:
//    the matcher tries both and reports Ambiguous when they name different units;
//  - "thành phố"/"TP" and "thị xã"/"TX" are kept apart from plain names, so the province
//    "Bắc Kạn" does not match the city "Thành phố Bắc Kạn" unless the plain name was added
//    as an alias; "TP X" still matches a unit added only as plain "X".
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace p8 {

// foldKey without spaces and without a leading administrative prefix ("thành phố", "TP",
// "T.P", "thị xã", "TX", "thị trấn", "TT", "huyện", "H.", "quận", "Q.", "xã", "X.", "phường",
// "P.", "tỉnh"): "TP. Bắc Kạn" → "backan", "huyen cho don" → "chodon", "Tĩnh Gia" → "tinhgia".
// A prefix alone is kept ("Huyện" → "huyen"); blank text gives "".
std::string placeKey(std::string_view name);

// The parts of a place name the matcher uses.
struct PlaceName {
  std::string key;      // placeKey
  std::string kind;     // "tp" (thành phố), "tx" (thị xã) or "" — part of the identity
  std::string altKey;   // the other reading when the prefix is uncertain, else ""
  std::string altKind;
  bool asciiOnly = false;   // typed without diacritics: both readings are equally likely
};
PlaceName splitPlaceName(std::string_view name);

struct NameMatch {
  enum class Status { Unique, None, Ambiguous };
  Status status = Status::None;
  std::string id;                       // when Unique
  std::vector<std::string> candidates;  // when Ambiguous (ids, in the order added)
};

class NameMatcher {
public:
  void add(const std::string& id, std::string_view nameOrAlias);   // many names per id
  NameMatch match(std::string_view text) const;
  bool empty() const { return m_keys.empty(); }

private:
  struct Entry { std::size_t id; std::string kind; };
  void lookup(const std::string& key, const std::string& kind, std::vector<std::size_t>& out) const;
  std::vector<std::string> m_ids;                               // index → id, in order added
  std::unordered_map<std::string, std::vector<Entry>> m_keys;   // key → entries
};

}  // namespace p8
