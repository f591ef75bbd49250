// Which district does a spelling name, across plans? A sheet rarely says which province it
// belongs to, so a name is tried against the preferred plan first, then every other plan; it
// must be unique. Labels of a range are then matched within the same plan (so "TP. Bắc Kạn"
// and "Thành phố Bắc Kạn" sum together), with a cache because SUMDISTRICT sees the same few
// labels thousands of times.
#pragma once
#include "core/plan/plan.hpp"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace p8 {

struct DistrictRef {
  const Plan* plan = nullptr;   // null: no plan knows the name (then matched by placeKey)
  std::string id;               // org unit id within plan
  std::string name;             // canonical name, or the key when no plan knows it
  std::string key;              // placeKey of the asked text
};

struct DistrictLookupError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Throws DistrictLookupError when the name is ambiguous (within or across plans) or empty.
// When no plan knows it and allowUnknown is false, throws as well.
DistrictRef resolveDistrict(std::string_view text, const Plan* preferred,
                            const std::vector<const Plan*>& plans, bool allowUnknown);

class DistrictLabelMatcher {
public:
  explicit DistrictLabelMatcher(DistrictRef target) : m_target(std::move(target)) {}
  bool matches(std::string_view label);

private:
  DistrictRef m_target;
  std::unordered_map<std::string, bool> m_cache;
};

}  // namespace p8
