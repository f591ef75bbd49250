#include "core/names.hpp"

#include "core/text.hpp"

#include <algorithm>

namespace p8 {
namespace {

bool startsWith(const std::string& s, std::string_view p) {
  return s.size() > p.size() && s.compare(0, p.size(), p) == 0 && s[p.size()] == ' ';
}

}  // namespace

std::string placeKey(std::string_view name) {
  std::string f = text::foldKey(name);
  std::string marker;
  // Prefixes that are part of the identity (a city and a district may share a name).
  for (std::string_view p : {"thanh pho", "t p", "tp"})
    if (startsWith(f, p)) { marker = "tp:"; f = f.substr(p.size() + 1); break; }
  if (marker.empty())
    for (std::string_view p : {"thi xa", "t x", "tx"})
      if (startsWith(f, p)) { marker = "tx:"; f = f.substr(p.size() + 1); break; }
  // Prefixes that only name the level.
  if (marker.empty())
    for (std::string_view p : {"huyen", "h", "thi tran", "tt", "phuong", "p", "xa", "x",
                               "tinh", "quan", "q"})
      if (startsWith(f, p)) { f = f.substr(p.size() + 1); break; }
  f.erase(std::remove(f.begin(), f.end(), ' '), f.end());
  if (f.empty()) return {};
  return marker + f;
}

void NameMatcher::add(const std::string& id, std::string_view nameOrAlias) {
  std::string key = placeKey(nameOrAlias);
  if (key.empty()) return;
  auto& ids = m_ids[key];
  if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}

NameMatch NameMatcher::match(std::string_view text) const {
  NameMatch m;
  auto it = m_ids.find(placeKey(text));
  if (it == m_ids.end()) return m;
  if (it->second.size() == 1) {
    m.status = NameMatch::Status::Unique;
    m.id = it->second.front();
  } else {
    m.status = NameMatch::Status::Ambiguous;
    m.candidates = it->second;
  }
  return m;
}

}  // namespace p8
