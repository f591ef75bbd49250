// Which district does a spelling name, across plans? A sheet rarely says which province it
// belongs to, so a name is tried against the preferred plan first, then every other plan; it
// must be unique. Labels of a range are then matched within the same plan (so "TP. Bắc Kạn"
// and "Thành phố Bắc Kạn" sum together), with a cache because SUMDISTRICT sees the same few
// labels thousands of times.
#pragma once
#include "core/plan/plan.hpp"

#include <optional>
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

// A unit that no longer reports but whose successors do: "Huyện Ba Bể" of a 2022 sheet in a
// commune plan became five communes.
struct FormerUnitRef {
  const Plan* plan = nullptr;
  std::string id, name;                  // the former unit
  std::vector<std::string> successors;   // ids of the reporting units formed from it, file order
};

// The former unit `text` names: in the preferred plan first, then in the others; nullopt when
// none names it as a former unit with successors. Ambiguous names throw DistrictLookupError.
std::optional<FormerUnitRef> resolveFormerUnit(std::string_view text, const Plan* preferred,
                                               const std::vector<const Plan*>& plans);

class DistrictLabelMatcher {
public:
  explicit DistrictLabelMatcher(DistrictRef target) : m_target(std::move(target)) {}
  // Labels naming any successor of a former unit (sums a former district's communes).
  explicit DistrictLabelMatcher(FormerUnitRef former);
  bool matches(std::string_view label);

private:
  DistrictRef m_target;
  std::vector<std::string> m_successors;   // when matching a former unit's successors
  std::unordered_map<std::string, bool> m_cache;
};

}  // namespace p8
