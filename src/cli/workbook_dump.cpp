// The workbook dump reader (format in workbook_dump.hpp).
#include "workbook_dump.hpp"

#include "core/parse/text.hpp"

#include <algorithm>
#include <cstdlib>

namespace p8::cli {
namespace {

int bounded(const std::string& s, int hi) {
  const long v = std::strtol(s.c_str(), nullptr, 10);
  return v < 0 ? 0 : v > hi ? hi : static_cast<int>(v);
}

}  // namespace

std::string readAll(std::FILE* in) {
  std::string input;
  char buf[1 << 16];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, in)) > 0) input.append(buf, n);
  return input;
}

std::vector<DumpedWorkbook> readDump(std::string_view dump) {
  constexpr int kMaxRows = 1048576, kMaxCols = 16384;
  std::vector<DumpedWorkbook> books;
  std::vector<std::string> f;
  for (std::size_t pos = 0; pos < dump.size();) {
    std::size_t end = dump.find('\n', pos);
    if (end == std::string_view::npos) end = dump.size();
    std::string_view line = dump.substr(pos, end - pos);
    pos = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    text::splitFields(line, f);
    if (f.empty()) continue;
    const bool inSheet = !books.empty() && !books.back().sheets.empty();
    if (f[0] == "FILE" && f.size() >= 2) {
      books.push_back({f[1], "", {}});
    } else if (f[0] == "FAIL" && f.size() >= 3) {
      books.push_back({f[1], f[2], {}});
    } else if (f[0] == "SHEET" && f.size() >= 4 && !books.empty()) {
      const int rows = bounded(f[2], kMaxRows), cols = bounded(f[3], kMaxCols);
      if (static_cast<long long>(rows) * cols > 50'000'000LL) continue;   // not a sheet anyone reports on
      books.back().sheets.emplace_back(f[1], rows, cols);
    } else if (f[0] == "C" && f.size() >= 6 && inSheet) {
      Cell& c = books.back().sheets.back().at(bounded(f[1], kMaxRows), bounded(f[2], kMaxCols));
      c.type = f[3] == "N" ? Cell::Type::Number : f[3] == "E" ? Cell::Type::Error : Cell::Type::Text;
      if (c.type == Cell::Type::Number) c.number = std::strtod(f[4].c_str(), nullptr);
      else c.text = f[4];
      c.formula = f[5];
    } else if (f[0] == "M" && f.size() >= 5 && inSheet) {
      Grid& g = books.back().sheets.back();
      const MergedArea m{bounded(f[1], kMaxRows), bounded(f[2], kMaxCols), bounded(f[3], kMaxRows),
                         bounded(f[4], kMaxCols)};
      if (m.bottom < m.top || m.right < m.left) continue;
      g.merges.push_back(m);
      // Only cells inside the grid can be covered: a merge reaching past the used area
      // must not cost a loop over the whole sheet.
      for (int r = m.top; r <= std::min(m.bottom, g.rows - 1); ++r)
        for (int c = m.left; c <= std::min(m.right, g.cols - 1); ++c)
          if (r != m.top || c != m.left) g.at(r, c).mergedCovered = true;
    } else if ((f[0] == "HR" || f[0] == "HC") && f.size() >= 3 && inSheet) {
      Grid& g = books.back().sheets.back();
      const bool rows = f[0] == "HR";
      auto& hidden = rows ? g.hiddenRows : g.hiddenCols;
      const int n = rows ? g.rows : g.cols;
      if (hidden.empty()) hidden.assign(static_cast<std::size_t>(n), false);
      const int first = bounded(f[1], kMaxRows), last = std::min(bounded(f[2], kMaxRows), n - 1);
      for (int i = first; i <= last; ++i) hidden[static_cast<std::size_t>(i)] = true;
    } else if (f[0] == "SKIP" && f.size() >= 2 && inSheet) {
      books.back().sheets.back().skippedFrom = f[1].substr(0, 16);
    }
  }
  return books;
}

}  // namespace p8::cli
