// Which plan indicator each row is about. In an appendix the rows are the plan's own
// activity table, so a row is found by its numbering path first ("Nội dung 1" → "HĐ 3" →
// "02", spaces and leading zeros ignored; or a dotted "2.1.1"), and the plan row tells
// the indicator (or that there is none): label matching would mistake "Tư liệu hóa các
// sáng kiến … từ cuộc thi" for the contest itself. Elsewhere, and for rows the path does
// not find, the label is matched (plan.matchIndicator); the TT names an indicator only in
// a table whose labels already name indicators, and only one no other row has claimed.
#include "core/table/recognize_internal.hpp"

#include "core/parse/text.hpp"

#include <algorithm>
#include <cctype>
#include <functional>
#include <unordered_map>

namespace p8::rec {
namespace {

// "Nội dung 1" → "p1", "HĐ 2" → "a2", "01" → "1", "2.1.1" → "2.1.1".
std::string numberKey(const std::string& number) {
  const Numbering n = parseNumbering(number, true);
  std::string digits;
  const std::string f = text::foldKey(n.scheme == Scheme::None ? number : n.token);
  for (char c : f)
    if (std::isdigit(static_cast<unsigned char>(c)) || c == ' ') digits += c == ' ' ? '.' : c;
  auto strip = [](std::string d) {   // "02.03" → "2.3"
    std::string out, part;
    d += '.';
    for (char c : d) {
      if (c != '.') { part += c; continue; }
      if (part.empty()) continue;
      while (part.size() > 1 && part[0] == '0') part.erase(0, 1);
      out += (out.empty() ? "" : ".") + part;
      part.clear();
    }
    return out;
  };
  switch (n.scheme) {
    case Scheme::Part: return "p" + strip(digits);
    case Scheme::Activity: return "a" + strip(digits);
    case Scheme::None: {
      std::string k;
      for (char c : f)
        if (c != ' ') k += c;
      return k;
    }
    default: {
      std::string k;
      for (char c : n.token)
        if (c != ' ') k += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return std::isdigit(static_cast<unsigned char>(k.empty() ? 'x' : k[0])) ? strip(k) : k;
    }
  }
}

struct PlanRows {
  std::unordered_map<std::string, const ContentItem*> byPath;   // "p1/a3/2"
  std::unordered_map<std::string, const ContentItem*> byDotted; // "2.1.1"
};

PlanRows indexContent(const Plan& plan) {
  PlanRows idx;
  std::function<void(const ContentItem&, const std::string&)> walk = [&](const ContentItem& c, const std::string& path) {
    const std::string key = numberKey(c.number);
    const std::string p = path.empty() ? key : path + "/" + key;
    if (!c.number.empty()) {
      idx.byPath.emplace(p, &c);
      if (key.find('.') != std::string::npos && key[0] != 'p' && key[0] != 'a') idx.byDotted.emplace(key, &c);
    }
    for (const auto& k : c.children) walk(k, p);
  };
  for (const auto& c : plan.content) walk(c, "");
  return idx;
}

}  // namespace

void matchIndicators(Context& ctx, Table& t) {
  std::vector<char> decided(t.rows.size(), 0);
  std::vector<std::string> claimed;
  const bool appendix = t.kind == TableKind::Appendix;
  if (appendix && !ctx.plan.content.empty()) {
    const PlanRows plan = indexContent(ctx.plan);
    std::string part, activity;
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
      TableRow& row = t.rows[i];
      if (row.number.empty()) continue;
      const std::string key = numberKey(row.number);
      if (row.role == RowRole::Section) {
        if (key[0] == 'p') { part = key; activity.clear(); }
        else if (key[0] == 'a') activity = key;
        continue;
      }
      if (row.role != RowRole::Item) continue;
      std::string path = part;
      if (key[0] == 'a' && key.find('.') != std::string::npos)   // "HĐ2.03": activity and item in one
        path += (path.empty() ? "" : "/") + key.substr(0, key.find('.')) + "/" + key.substr(key.find('.') + 1);
      else
        path += (path.empty() ? "" : "/") + (activity.empty() ? "" : activity + "/") + key;
      const ContentItem* c = nullptr;
      if (auto it = plan.byPath.find(path); it != plan.byPath.end()) c = it->second;
      else if (auto d = plan.byDotted.find(key); d != plan.byDotted.end()) c = d->second;
      if (!c) continue;
      decided[i] = 1;
      row.indicatorCode = c->indicator;
      if (!c->indicator.empty()) claimed.push_back(c->indicator);
    }
  }
  std::vector<char> ambiguous(t.rows.size(), 0);
  int matched = 0, items = 0;
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    TableRow& row = t.rows[i];
    if (row.role != RowRole::Item) continue;
    ++items;
    if (decided[i]) { matched += !row.indicatorCode.empty(); continue; }
    if (row.label.empty() || row.label.size() > 400) continue;
    const NameMatch m = ctx.matchIndicator(row.label);
    ambiguous[i] = m.status == NameMatch::Status::Ambiguous;
    if (m.status != NameMatch::Status::Unique) continue;
    // An appendix lists each indicator once: a second row naming it only mentions it.
    if (appendix && std::find(claimed.begin(), claimed.end(), m.id) != claimed.end()) continue;
    row.indicatorCode = m.id;
    claimed.push_back(m.id);
    ++matched;
  }
  if (matched >= 2 || (matched == 1 && items <= 2)) {
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
      TableRow& row = t.rows[i];
      if (row.role != RowRole::Item || decided[i] || !row.indicatorCode.empty() || row.number.empty() || ambiguous[i])
        continue;
      const Indicator* ind = ctx.plan.findIndicator(row.number);
      if (ind && std::find(claimed.begin(), claimed.end(), ind->code) == claimed.end()) {
        row.indicatorCode = ind->code;
        claimed.push_back(ind->code);
      }
    }
  }
}

}  // namespace p8::rec
