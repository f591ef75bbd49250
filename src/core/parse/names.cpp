// Place-name keys and the matcher. The prefix is recognised on the lower-cased text with its
// diacritics (lowerVi, composed form), so "Tỉnh" is a prefix and "Tĩnh" is not; only text
// typed without any diacritic leaves the reading open (see names.hpp).
#include "core/parse/names.hpp"

#include "core/parse/text.hpp"

#include <algorithm>

namespace p8 {
namespace {

struct Prefix {
  const char* spelled;   // lower-case, composed, as written with diacritics
  const char* ascii;     // folded; nullptr for abbreviations (always certain)
  const char* kind;      // "tp", "tx" or ""
  bool needsDot;         // one-letter abbreviations count only with a dot: "H. Ba Bể"
};

constexpr Prefix kPrefixes[] = {
    {"thành phố", "thanh pho", "tp", false}, {"thị xã", "thi xa", "tx", false},
    {"thị trấn", "thi tran", "", false},     {"huyện", "huyen", "", false},
    {"quận", "quan", "", false},             {"phường", "phuong", "", false},
    {"xã", "xa", "", false},                 {"tỉnh", "tinh", "", false},
    {"t.p", nullptr, "tp", false},           {"tp", nullptr, "tp", false},
    {"t.x", nullptr, "tx", false},           {"tx", nullptr, "tx", false},
    {"tt", nullptr, "", false},              {"h", nullptr, "", true},
    {"q", nullptr, "", true},                {"x", nullptr, "", true},
    {"p", nullptr, "", true},
};

bool isAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Length of lv's start that is the prefix `spelled` (a space in it stands for any run of
// spaces) followed by a separator; 0 when lv does not start so.
std::size_t prefixLength(std::string_view lv, const Prefix& p) {
  std::size_t i = 0;
  for (const char* q = p.spelled; *q; ++q) {
    if (*q == ' ') {
      const std::size_t from = i;
      while (i < lv.size()) {
        std::size_t j = i;
        if (!text::isSpace(text::nextCodePoint(lv, j))) break;
        i = j;
      }
      if (i == from) return 0;
    } else {
      if (i >= lv.size() || lv[i] != *q) return 0;
      ++i;
    }
  }
  if (i >= lv.size()) return 0;
  if (p.needsDot) return lv[i] == '.' ? i + 1 : 0;
  if (static_cast<unsigned char>(lv[i]) < 0x80) return isAsciiAlnum(lv[i]) ? 0 : i;
  std::size_t j = i;
  return text::baseLetter(text::nextCodePoint(lv, j)) ? 0 : i;   // "tpđ…" is no prefix
}

std::string compactKey(std::string_view s) {
  std::string k = text::foldKey(s);
  k.erase(std::remove(k.begin(), k.end(), ' '), k.end());
  return k;
}

}  // namespace

PlaceName splitPlaceName(std::string_view name) {
  PlaceName out;
  const std::string_view v = text::trimView(name);
  const std::string full = compactKey(v);
  if (full.empty()) return out;
  out.asciiOnly = std::all_of(v.begin(), v.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  const std::string lv = text::lowerVi(v);
  // 1. A prefix spelled as a prefix (or an abbreviation): certain.
  for (const Prefix& p : kPrefixes) {
    const std::size_t n = prefixLength(lv, p);
    if (!n) continue;
    std::string rest = compactKey(std::string_view(lv).substr(n));
    if (rest.empty()) break;   // the prefix alone ("Huyện") is the whole name
    out.key = std::move(rest);
    out.kind = p.kind;
    return out;
  }
  out.key = full;
  // 2. First word(s) that fold to a prefix but are spelled otherwise ("Tĩnh Gia", "Quan
  //    Hóa") or typed without diacritics ("huyen cho don"): the other reading is kept.
  const std::string folded = text::foldKey(v);
  for (const Prefix& p : kPrefixes) {
    if (!p.ascii) continue;
    const std::string_view a(p.ascii);
    if (folded.size() <= a.size() + 1 || folded.compare(0, a.size(), a) != 0 || folded[a.size()] != ' ') continue;
    std::string rest = compactKey(std::string_view(folded).substr(a.size() + 1));
    if (out.asciiOnly) {   // "huyen cho don": the prefix reading first (placeKey "chodon")
      out.altKey = std::move(out.key);
      out.key = std::move(rest);
      out.kind = p.kind;
    } else {
      out.altKey = std::move(rest);
      out.altKind = p.kind;
    }
    break;
  }
  return out;
}

std::string placeKey(std::string_view name) { return splitPlaceName(name).key; }

void NameMatcher::add(const std::string& id, std::string_view nameOrAlias) {
  const PlaceName p = splitPlaceName(nameOrAlias);
  if (p.key.empty()) return;
  auto it = std::find(m_ids.begin(), m_ids.end(), id);
  const std::size_t index = static_cast<std::size_t>(it - m_ids.begin());
  if (it == m_ids.end()) m_ids.push_back(id);
  auto put = [&](const std::string& key, const std::string& kind) {
    auto& entries = m_keys[key];
    for (const Entry& e : entries)
      if (e.id == index && e.kind == kind) return;
    entries.push_back(Entry{index, kind});
  };
  put(p.key, p.kind);
  // A name typed without diacritics is registered under both readings; one spelled with
  // diacritics only under its own ("Tĩnh Gia" is never "Gia").
  if (p.asciiOnly && !p.altKey.empty()) put(p.altKey, p.altKind);
}

void NameMatcher::lookup(const std::string& key, const std::string& kind, std::vector<std::size_t>& out) const {
  const auto it = m_keys.find(key);
  if (it == m_keys.end()) return;
  bool any = false;
  for (const Entry& e : it->second)
    if (e.kind == kind) { out.push_back(e.id); any = true; }
  // "TP X" may name a unit added only as plain "X"; plain "X" never names "Thành phố X".
  if (!any && !kind.empty())
    for (const Entry& e : it->second)
      if (e.kind.empty()) out.push_back(e.id);
}

NameMatch NameMatcher::match(std::string_view text) const {
  NameMatch m;
  const PlaceName p = splitPlaceName(text);
  if (p.key.empty()) return m;
  std::vector<std::size_t> ids;
  lookup(p.key, p.kind, ids);
  if (!p.altKey.empty() && (p.asciiOnly || ids.empty())) lookup(p.altKey, p.altKind, ids);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  if (ids.size() == 1) {
    m.status = NameMatch::Status::Unique;
    m.id = m_ids[ids.front()];
  } else if (ids.size() > 1) {
    m.status = NameMatch::Status::Ambiguous;
    for (std::size_t i : ids) m.candidates.push_back(m_ids[i]);
  }
  return m;
}

}  // namespace p8
