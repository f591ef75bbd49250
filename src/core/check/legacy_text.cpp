// See legacy_text.hpp.
#include "core/check/legacy_text.hpp"

namespace p8 {

LegacyGrid::LegacyGrid(const Grid& g) : m_original(g) {
  std::vector<std::string_view> texts;
  for (const Cell& c : g.cells)
    if (c.type == Cell::Type::Text && mayBeLegacy(c.text)) texts.push_back(c.text);
  if (texts.size() < 2) return;
  // Unicode texts count against an old encoding: gather them too, but only as many as needed.
  for (const Cell& c : g.cells)
    if (c.type == Cell::Type::Text && !mayBeLegacy(c.text) && texts.size() < 4000) texts.push_back(c.text);
  m_encoding = detectLegacyEncoding(texts);
  if (m_encoding == LegacyEncoding::None) return;
  m_decoded = g;
  for (Cell& c : m_decoded->cells)
    if (c.type == Cell::Type::Text && mayBeLegacy(c.text)) c.text = decodeLegacy(c.text, m_encoding);
}

}  // namespace p8
