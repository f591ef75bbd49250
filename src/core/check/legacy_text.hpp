// A sheet typed in an old Vietnamese encoding (TCVN3, VNI), seen as Unicode: the check and
// the plan inference read the decoded copy, the user's cells stay as they are. A Unicode
// sheet is not copied (the cost is one look at each non-ASCII text).
#pragma once
#include "core/parse/encoding.hpp"
#include "core/table/grid.hpp"

#include <optional>

namespace p8 {

class LegacyGrid {
public:
  explicit LegacyGrid(const Grid& g);
  const Grid& grid() const { return m_decoded ? *m_decoded : m_original; }
  LegacyEncoding encoding() const { return m_encoding; }

private:
  const Grid& m_original;
  LegacyEncoding m_encoding = LegacyEncoding::None;
  std::optional<Grid> m_decoded;
};

}  // namespace p8
