// What each text cell says, computed once per cell (folding and matching dominate the cost
// of recognition), and the grid seen as the table reads it: as is, or transposed when
// districts run down the rows. Merged areas are resolved so a covered header cell reads
// as its anchor ("Phân bổ cho các huyện" over eight columns).
#include "core/table/recognize_internal.hpp"

#include "core/parse/text.hpp"

#include <algorithm>

namespace p8::rec {
namespace {

// Prefixes placeKey ignores or keeps as markers ("tp", "h.", "huyện", "thị xã" …).
const char* const kPlacePrefixWords[] = {"thanh", "pho", "t", "p", "tp", "thi", "xa", "x", "tx", "huyen", "h",
                                         "tran", "tt", "phuong", "tinh", "quan", "q"};

void addWords(std::unordered_set<std::string>& set, const std::string& folded) {
  std::string joined;
  for (std::size_t p = 0; p < folded.size();) {
    std::size_t e = folded.find(' ', p);
    if (e == std::string::npos) e = folded.size();
    set.insert(folded.substr(p, e - p));
    joined += folded.substr(p, e - p);
    p = e + 1;
  }
  set.insert(joined);   // "chodon" for a sheet that writes the name without its space
}

// The first `limit` bytes, never cutting a UTF-8 sequence.
std::string_view head(std::string_view s, std::size_t limit) {
  if (s.size() <= limit) return s;
  std::size_t n = limit;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

}  // namespace

Context::Context(const Grid& g, const Plan& p)
    : grid(g), plan(p), provinceFolded(text::foldKey(p.province)), districts(p.districts()) {
  for (const char* w : kPlacePrefixWords) m_placeWords.insert(w);
  for (const OrgUnit* d : districts) {
    addWords(m_placeWords, text::foldKey(d->name));
    for (const auto& a : d->aliases) addWords(m_placeWords, text::foldKey(a));
  }
  for (const Indicator& ind : p.indicators) {
    std::vector<const std::string*> names{&ind.name.vi, &ind.name.en};
    for (const auto& a : ind.aliases) names.push_back(&a);
    for (const std::string* n : names) {
      const std::string f = text::foldKey(*n);
      std::string longest;
      for (std::size_t q = 0; q < f.size();) {
        std::size_t e = f.find(' ', q);
        if (e == std::string::npos) e = f.size();
        if (e - q > longest.size()) longest = f.substr(q, e - q);
        q = e + 1;
      }
      if (!longest.empty()) m_indicatorAnchors.insert(longest);
    }
    m_indicatorAnchors.insert(text::foldKey(ind.code));   // "CT 2a", "Chỉ tiêu 3"
  }
  const std::size_t n = std::min(g.cells.size(), static_cast<std::size_t>(g.rows) * static_cast<std::size_t>(g.cols));
  m_slot.assign(n, -2);
}

NameMatch Context::matchIndicator(const std::string& label) {
  const std::string f = text::foldKey(label);
  if (f.empty()) return {};
  bool possible = wordCount(f) <= 2;
  for (std::size_t q = 0; q < f.size() && !possible;) {
    std::size_t e = f.find(' ', q);
    if (e == std::string::npos) e = f.size();
    possible = m_indicatorAnchors.count(f.substr(q, e - q)) > 0;
    q = e + 1;
  }
  return possible ? plan.matchIndicator(label) : NameMatch{};
}

// Only texts made of place words can name a district: skips matching for almost every cell.
bool Context::mayBePlace(const std::string& f) const {
  if (f.empty() || wordCount(f) > 6) return false;
  for (std::size_t p = 0; p < f.size();) {
    std::size_t e = f.find(' ', p);
    if (e == std::string::npos) e = f.size();
    if (!m_placeWords.count(f.substr(p, e - p))) return false;
    p = e + 1;
  }
  return true;
}

const TextFacts* Context::facts(int r, int c) {
  if (r < 0 || c < 0 || r >= grid.rows || c >= grid.cols) return nullptr;
  const std::size_t i = static_cast<std::size_t>(r) * static_cast<std::size_t>(grid.cols) + static_cast<std::size_t>(c);
  if (i >= m_slot.size()) return nullptr;
  if (m_slot[i] == -2) {
    const Cell& cell = grid.cells[i];
    m_slot[i] = -1;
    if (cell.type == Cell::Type::Text) {
      TextFacts f;
      f.folded = text::foldKey(head(cell.text, 240));
      if (!f.folded.empty()) {
        f.longText = cell.text.size() > 120;
        f.m_ctx = this;
        f.m_raw = &cell.text;
        m_slot[i] = static_cast<std::int32_t>(m_facts.size());
        m_facts.push_back(std::move(f));
      }
    }
  }
  return m_slot[i] < 0 ? nullptr : &m_facts[static_cast<std::size_t>(m_slot[i])];
}

ColumnRole TextFacts::role() const {
  if (!m_roleKnown) {
    m_roleKnown = true;
    m_role = longText ? ColumnRole::Other : roleOfHeader(folded);
  }
  return m_role;
}

void TextFacts::district() const {
  if (m_districtKnown) return;
  m_districtKnown = true;
  if (longText || !m_ctx || !m_raw || !m_ctx->mayBePlace(folded)) return;
  const NameMatch m = m_ctx->plan.matchDistrict(*m_raw);
  if (m.status == NameMatch::Status::Unique) m_district = m.id;
  m_ambiguous = m.status == NameMatch::Status::Ambiguous;
}

const std::string& TextFacts::districtId() const {
  district();
  return m_district;
}

std::string TextFacts::allocatedUnit() const {
  if (longText || !m_ctx || !m_raw || wordCount(folded) > 9) return {};
  // The allocation words before the unit's name; the name itself must be place words only.
  static const char* const lead[] = {"chi tieu phan bo cho", "chi tieu giao cho", "phan bo cho", "giao cho",
                                     "phan bo", "chi tieu cua"};
  for (const char* w : lead) {
    if (!startsWords(folded, w)) continue;
    const int skip = wordCount(w);
    const std::string rest = folded.size() > std::string(w).size() ? folded.substr(std::string(w).size() + 1) : "";
    if (rest.empty() || !m_ctx->mayBePlace(rest)) return {};
    // The raw text after as many words as the allocation words fold to.
    std::size_t p = 0;
    const std::string& raw = *m_raw;
    for (int k = 0; k < skip && p != std::string::npos; ++k) {
      p = raw.find_first_not_of(" \t\n", p);
      p = p == std::string::npos ? p : raw.find_first_of(" \t\n", p);
    }
    if (p == std::string::npos) return {};
    const NameMatch m = m_ctx->plan.matchDistrict(text::trim(raw.substr(p)));
    return m.status == NameMatch::Status::Unique ? m.id : std::string();
  }
  return {};
}

bool TextFacts::districtAmbiguous() const {
  district();
  return m_ambiguous;
}

View::View(Context& c, bool t) : ctx(c), transposed(t) {
  const Grid& g = ctx.grid;
  for (const auto& m : g.merges) {
    // In long arithmetic: an adapter's nonsense coordinates must not overflow.
    long long t = static_cast<long long>(m.top) - g.originRow, l = static_cast<long long>(m.left) - g.originCol;
    long long b = static_cast<long long>(m.bottom) - g.originRow, r = static_cast<long long>(m.right) - g.originCol;
    if (t > b) std::swap(t, b);
    if (l > r) std::swap(l, r);
    if (b < 0 || r < 0 || t >= g.rows || l >= g.cols || t < -(1LL << 30) || l < -(1LL << 30)) continue;
    GridRect a{static_cast<int>(t), static_cast<int>(l), static_cast<int>(std::min<long long>(b, g.rows - 1)),
               static_cast<int>(std::min<long long>(r, g.cols - 1))};
    if (transposed) a = {a.left, a.top, a.right, a.bottom};
    m_merges.push_back(a);
  }
  if (m_merges.empty()) return;
  m_rowStart.assign(static_cast<std::size_t>(rows()) + 1, 0);
  for (const auto& a : m_merges)
    for (int r = std::max(a.top, 0); r <= a.bottom; ++r) ++m_rowStart[static_cast<std::size_t>(r) + 1];
  for (std::size_t r = 1; r < m_rowStart.size(); ++r) m_rowStart[r] += m_rowStart[r - 1];
  m_rowMerges.resize(m_rowStart.back());
  std::vector<std::size_t> fill(m_rowStart.begin(), m_rowStart.end() - 1);
  for (std::size_t i = 0; i < m_merges.size(); ++i)
    for (int r = std::max(m_merges[i].top, 0); r <= m_merges[i].bottom; ++r)
      m_rowMerges[fill[static_cast<std::size_t>(r)]++] = static_cast<std::uint32_t>(i);
}

bool View::merged(int r, int c, GridRect& area) const {
  if (m_merges.empty() || r < 0 || r >= rows()) return false;
  const auto row = static_cast<std::size_t>(r);
  for (std::size_t k = m_rowStart[row]; k < m_rowStart[row + 1]; ++k) {
    const GridRect& a = m_merges[m_rowMerges[k]];
    if (c >= a.left && c <= a.right) {
      area = a;
      return true;
    }
  }
  return false;
}

const Cell& View::shown(int r, int c, int* ar, int* ac) const {
  if (ar) *ar = r;
  if (ac) *ac = c;
  const Cell& own = at(r, c);
  if (own.type != Cell::Type::Empty && !own.mergedCovered) return own;
  if (own.type == Cell::Type::Empty && !own.mergedCovered && m_merges.empty()) return own;
  GridRect a;
  if (!merged(r, c, a) || (a.top == r && a.left == c)) return own;
  if (ar) *ar = a.top;
  if (ac) *ac = a.left;
  return at(a.top, a.left);
}

bool View::filled(int r, int c) const {
  const Cell& x = at(r, c);
  if (x.type == Cell::Type::Empty) return false;
  if (x.type == Cell::Type::Text) return !text::isBlank(x.text);
  return true;
}

}  // namespace p8::rec
