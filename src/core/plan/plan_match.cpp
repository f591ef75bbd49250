// Which indicator does a sheet's row label name? Staff rarely copy the plan's wording: they
// write "Số tổ truyền thông cộng đồng thành lập mới" for indicator 1, "Tổ TKVVTB áp dụng
// GALS" for 2c, or just "CT 3". The match is by code, then exact name/alias, then by a
// name/alias the label contains — as a phrase, or (for names of 3+ words) all its words in
// any order. The longest such name wins, but only when no other indicator is named by words
// outside the winner's own: "Tổ truyền thông và tổ TKVVTB" names two indicators, so it is
// Ambiguous rather than a guess. A parent does not compete with its sub-indicator (a label
// for 2c naturally mentions the groups of 2).
#include "core/plan/plan.hpp"

#include "core/parse/text.hpp"

#include <algorithm>
#include <set>

namespace p8 {
namespace {

std::vector<std::string> words(const std::string& folded) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < folded.size()) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    if (end > start) out.push_back(folded.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// "chi tieu 2a" → "2a", "ct 3" / "ct3" → "3"
std::string stripCodePrefix(const std::string& folded) {
  for (std::string_view p : {"chi tieu so ", "chi tieu ", "chi so ", "ct so ", "ct ", "indicator ", "ma "})
    if (folded.rfind(p, 0) == 0) return folded.substr(p.size());
  if (folded.size() > 2 && folded.rfind("ct", 0) == 0 && folded[2] >= '0' && folded[2] <= '9')
    return folded.substr(2);
  return folded;
}

// Does `phrase` occur in `label` on word boundaries? (both folded)
bool containsPhrase(const std::string& label, const std::string& phrase) {
  if (phrase.empty()) return false;
  for (std::size_t pos = label.find(phrase); pos != std::string::npos; pos = label.find(phrase, pos + 1)) {
    const std::size_t end = pos + phrase.size();
    if ((pos == 0 || label[pos - 1] == ' ') && (end == label.size() || label[end] == ' ')) return true;
  }
  return false;
}

NameMatch unique(const std::string& code) {
  NameMatch m;
  m.status = NameMatch::Status::Unique;
  m.id = code;
  return m;
}

NameMatch ambiguous(std::vector<std::string> codes) {
  NameMatch m;
  m.status = NameMatch::Status::Ambiguous;
  m.candidates = std::move(codes);
  return m;
}

}  // namespace

void Plan::index() {
  m_codeKeys.clear();
  m_keys.clear();
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    const Indicator& ind = indicators[i];
    m_codeKeys.push_back(text::foldKey(ind.code));
    std::vector<const std::string*> names{&ind.name.vi, &ind.name.en};
    for (const auto& a : ind.aliases) names.push_back(&a);
    for (const std::string* n : names) {
      std::string f = text::foldKey(*n);
      if (!f.empty()) m_keys.push_back(Key{i, f, words(f)});
    }
  }
  m_districts = NameMatcher();
  for (const OrgUnit* u : districts()) {
    m_districts.add(u->id, u->name);
    for (const auto& a : u->aliases) m_districts.add(u->id, a);
  }
  // Former units: those some unit was formed from, outside the reporting level (a 2022
  // sheet's "Huyện Ba Bể" in a commune plan). Reporting units stay in m_districts only.
  std::set<std::string> former;
  for (const auto& u : orgUnits)
    for (const auto& p : u.predecessors) former.insert(p.id);
  m_former = NameMatcher();
  for (const auto& u : orgUnits) {
    if (u.level == reportingLevel || !former.count(u.id)) continue;
    m_former.add(u.id, u.name);
    for (const auto& a : u.aliases) m_former.add(u.id, a);
  }
}


NameMatch Plan::matchIndicator(std::string_view label) const {
  const std::string folded = text::foldKey(label);
  if (folded.empty()) return {};
  // 1. A code, maybe with a prefix.
  const std::string code = stripCodePrefix(folded);
  for (std::size_t i = 0; i < m_codeKeys.size(); ++i)
    if (m_codeKeys[i] == code) return unique(indicators[i].code);
  // 2. Exactly a name or alias.
  std::set<std::size_t> exact;
  for (const Key& k : m_keys)
    if (k.folded == folded) exact.insert(k.indicator);
  if (exact.size() == 1) return unique(indicators[*exact.begin()].code);
  if (exact.size() > 1) {
    std::vector<std::string> codes;
    for (std::size_t i : exact) codes.push_back(indicators[i].code);
    return ambiguous(codes);
  }
  // 3. Names contained in the label: each indicator's best (longest) one.
  const std::vector<std::string> labelWords = words(folded);
  const std::set<std::string> labelSet(labelWords.begin(), labelWords.end());
  struct Hit { std::size_t score = 0; const Key* key = nullptr; };
  std::vector<Hit> best(indicators.size());
  for (const Key& k : m_keys) {
    const bool phrase = containsPhrase(folded, k.folded);
    const bool allWords = k.words.size() >= 3 && std::all_of(k.words.begin(), k.words.end(),
                                                             [&](const std::string& w) { return labelSet.count(w) > 0; });
    if (!phrase && !allWords) continue;
    const std::size_t score = k.words.size() * 2 + (phrase ? 1 : 0);   // a phrase beats scattered words
    if (score > best[k.indicator].score) best[k.indicator] = Hit{score, &k};
  }
  // A parent and its sub-indicator both named: the label is about the sub-indicator ("Tổ
  // TKVVTB áp dụng GALS" is 2c, not 2), so ancestors of another hit drop out.
  auto isAncestor = [&](std::size_t a, std::size_t of) {
    std::string p = indicators[of].parent;
    for (std::size_t steps = 0; !p.empty() && steps <= indicators.size(); ++steps) {
      if (p == indicators[a].code) return true;
      const Indicator* up = findIndicator(p);
      p = up ? up->parent : std::string();
    }
    return false;
  };
  for (std::size_t a = 0; a < best.size(); ++a)
    for (std::size_t d = 0; d < best.size() && best[a].score; ++d)
      if (d != a && best[d].score && isAncestor(a, d)) best[a] = Hit{};
  std::size_t top = 0;
  for (const Hit& h : best) top = std::max(top, h.score);
  if (top == 0) return {};
  std::vector<std::size_t> winners;
  for (std::size_t i = 0; i < best.size(); ++i)
    if (best[i].score == top) winners.push_back(i);
  if (winners.size() == 1) {
    // Others named only by words of the winner's own name do not compete ("tổ TKVVTB" inside
    // "tổ TKVVTB áp dụng phương pháp học tập và hành động giới").
    const std::size_t w = winners.front();
    const std::set<std::string> own(best[w].key->words.begin(), best[w].key->words.end());
    for (std::size_t o = 0; o < best.size(); ++o) {
      if (o == w || !best[o].score) continue;
      const auto& ow = best[o].key->words;
      if (std::all_of(ow.begin(), ow.end(), [&](const std::string& x) { return own.count(x) > 0; })) continue;
      winners.push_back(o);   // another indicator named by other words
    }
    if (winners.size() == 1) return unique(indicators[w].code);
  }
  std::vector<std::string> codes;
  for (std::size_t i : winners) codes.push_back(indicators[i].code);
  return ambiguous(codes);
}

}  // namespace p8
