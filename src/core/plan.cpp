// Lookups on a loaded plan: indicators by code or by a sheet's row label, units by id,
// districts by any spelling.
#include "core/plan.hpp"

#include "core/text.hpp"

#include <algorithm>

namespace p8 {
namespace {

std::string stripIndicatorPrefix(const std::string& folded) {
  for (std::string_view p : {"chi tieu so ", "chi tieu ", "chi so ", "ct ", "indicator "})
    if (folded.rfind(p, 0) == 0) return folded.substr(p.size());
  return folded;
}

// Does `phrase` occur in `label` on word boundaries? (both folded)
bool containsPhrase(const std::string& label, const std::string& phrase) {
  if (phrase.empty()) return false;
  for (std::size_t pos = label.find(phrase); pos != std::string::npos;
       pos = label.find(phrase, pos + 1)) {
    const bool startOk = pos == 0 || label[pos - 1] == ' ';
    const std::size_t end = pos + phrase.size();
    if (startOk && (end == label.size() || label[end] == ' ')) return true;
  }
  return false;
}

std::string lowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

PlanError::PlanError(std::string f, int l, std::string fld, std::string vi, std::string en)
    : std::runtime_error(f + (l ? ":" + std::to_string(l) : std::string()) +
                         (fld.empty() ? std::string() : " [" + fld + "]") + ": " + en),
      file(std::move(f)), line(l), field(std::move(fld)), message_vi(std::move(vi)),
      message_en(std::move(en)) {}

const Indicator* Plan::findIndicator(std::string_view code) const {
  const std::string want = lowerAscii(text::trim(code));
  for (const auto& ind : indicators)
    if (lowerAscii(ind.code) == want) return &ind;
  return nullptr;
}

NameMatch Plan::matchIndicator(std::string_view label) const {
  NameMatch m;
  const std::string folded = text::foldKey(label);
  if (folded.empty()) return m;
  // 1. A code, maybe with a prefix: "2a", "Chỉ tiêu 2a", "CT 3".
  const std::string code = stripIndicatorPrefix(folded);
  for (std::size_t i = 0; i < m_codeKeys.size(); ++i)
    if (m_codeKeys[i] == code) {
      m.status = NameMatch::Status::Unique;
      m.id = indicators[i].code;
      return m;
    }
  // 2. The longest name or alias that occurs as a phrase in the label wins; a tie between
  //    two indicators is ambiguous.
  std::size_t best = 0;
  std::vector<std::string> winners;
  for (const auto& [indCode, keys] : m_indicatorKeys) {
    std::size_t mine = 0;
    for (const auto& key : keys)
      if (key.size() > mine && (key == folded || containsPhrase(folded, key))) mine = key.size();
    if (!mine) continue;
    if (mine > best) {
      best = mine;
      winners = {indCode};
    } else if (mine == best) {
      winners.push_back(indCode);
    }
  }
  if (winners.size() == 1) {
    m.status = NameMatch::Status::Unique;
    m.id = winners.front();
  } else if (winners.size() > 1) {
    m.status = NameMatch::Status::Ambiguous;
    m.candidates = winners;
  }
  return m;
}

const OrgUnit* Plan::findUnit(std::string_view id) const {
  for (const auto& u : orgUnits)
    if (u.id == id) return &u;
  return nullptr;
}

std::vector<const OrgUnit*> Plan::districts() const {
  std::vector<const OrgUnit*> out;
  for (const auto& u : orgUnits)
    if (u.level == reportingLevel) out.push_back(&u);
  return out;
}

NameMatch Plan::matchDistrict(std::string_view text) const { return m_districts.match(text); }

void Plan::index() {
  m_indicatorKeys.clear();
  m_codeKeys.clear();
  for (const auto& ind : indicators) {
    m_codeKeys.push_back(text::foldKey(ind.code));
    std::vector<std::string> keys;
    for (const std::string* n : {&ind.name.vi, &ind.name.en})
      if (!n->empty()) keys.push_back(text::foldKey(*n));
    for (const auto& a : ind.aliases) keys.push_back(text::foldKey(a));
    m_indicatorKeys.emplace_back(ind.code, std::move(keys));
  }
  m_districts = NameMatcher();
  for (const OrgUnit* u : districts()) {
    m_districts.add(u->id, u->name);
    for (const auto& a : u->aliases) m_districts.add(u->id, a);
  }
}

std::vector<std::string> builtinPlanIds() { return {"bac-kan-2022", "ninh-thuan-pl02-2022"}; }

std::string builtinPlanPath(const std::string& id, const std::string& dir) {
  return dir + "/" + id + ".json";
}

}  // namespace p8
