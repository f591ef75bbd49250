#include "core/plan/district_lookup.hpp"

#include "core/parse/names.hpp"

#include <algorithm>

namespace p8 {
namespace {

// Unique match of text in one plan; sets ambiguous when the plan itself can't tell.
bool matchIn(const Plan& plan, std::string_view text, DistrictRef& out, bool& ambiguous) {
  NameMatch m = plan.matchDistrict(text);
  if (m.status == NameMatch::Status::Ambiguous) ambiguous = true;
  if (m.status != NameMatch::Status::Unique) return false;
  const OrgUnit* unit = plan.findUnit(m.id);
  out.plan = &plan;
  out.id = m.id;
  out.name = unit ? unit->name : m.id;
  return true;
}

}  // namespace

DistrictRef resolveDistrict(std::string_view text, const Plan* preferred,
                            const std::vector<const Plan*>& plans, bool allowUnknown) {
  DistrictRef ref;
  ref.key = placeKey(text);
  if (ref.key.empty()) throw DistrictLookupError("empty district name");
  bool ambiguous = false;
  if (preferred && matchIn(*preferred, text, ref, ambiguous)) return ref;
  int found = 0;
  DistrictRef candidate;
  for (const Plan* p : plans) {
    if (!p || p == preferred) continue;
    DistrictRef r;
    r.key = ref.key;
    if (matchIn(*p, text, r, ambiguous)) {
      // The same unit may appear in several plans of one province (e.g. two plan years).
      if (found == 0 || candidate.name != r.name || candidate.plan->province != p->province) {
        ++found;
      }
      if (found == 1) candidate = r;
    }
  }
  if (found == 1) return candidate;
  if (found > 1 || ambiguous)
    throw DistrictLookupError("district name is ambiguous: " + std::string(text));
  if (!allowUnknown) throw DistrictLookupError("unknown district: " + std::string(text));
  ref.name = ref.key;
  return ref;
}

std::optional<FormerUnitRef> resolveFormerUnit(std::string_view text, const Plan* preferred,
                                               const std::vector<const Plan*>& plans) {
  std::vector<const Plan*> order;
  if (preferred) order.push_back(preferred);
  for (const Plan* p : plans)
    if (p && p != preferred) order.push_back(p);
  for (const Plan* p : order) {
    NameMatch m = p->matchFormerUnit(text);
    if (m.status == NameMatch::Status::Ambiguous)
      throw DistrictLookupError("former unit name is ambiguous: " + std::string(text));
    if (m.status != NameMatch::Status::Unique) continue;
    FormerUnitRef ref;
    ref.plan = p;
    ref.id = m.id;
    const OrgUnit* u = p->findUnit(m.id);
    ref.name = u ? u->name : m.id;
    for (const OrgUnit* s : p->successorsOf(m.id)) ref.successors.push_back(s->id);
    if (!ref.successors.empty()) return ref;
  }
  return std::nullopt;
}

DistrictLabelMatcher::DistrictLabelMatcher(FormerUnitRef former) : m_successors(std::move(former.successors)) {
  m_target.plan = former.plan;
  m_target.id = former.id;
  m_target.name = former.name;
}

bool DistrictLabelMatcher::matches(std::string_view label) {
  auto it = m_cache.find(std::string(label));
  if (it != m_cache.end()) return it->second;
  bool hit = false;
  if (m_target.plan && !m_successors.empty()) {
    NameMatch m = m_target.plan->matchDistrict(label);
    hit = m.status == NameMatch::Status::Unique &&
          std::find(m_successors.begin(), m_successors.end(), m.id) != m_successors.end();
  } else if (m_target.plan) {
    NameMatch m = m_target.plan->matchDistrict(label);
    hit = m.status == NameMatch::Status::Unique && m.id == m_target.id;
  } else {
    hit = !m_target.key.empty() && placeKey(label) == m_target.key;
  }
  m_cache.emplace(std::string(label), hit);
  return hit;
}

}  // namespace p8
