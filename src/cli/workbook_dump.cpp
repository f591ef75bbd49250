// The workbook dump reader (format in workbook_dump.hpp). Malformed lines are skipped; sizes
// and coordinates are bounded so a damaged dump cannot make a huge grid.
#include "workbook_dump.hpp"

#include <algorithm>
#include <cstdlib>

namespace p8::cli {
namespace {

std::string unescape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      const char n = s[++i];
      out += n == 't' ? '\t' : n == 'n' ? '\n' : n;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::vector<std::string> split(const std::string& line) {
  std::vector<std::string> f;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= line.size(); ++i)
    if (i == line.size() || line[i] == '\t') {
      f.push_back(unescape(line.substr(start, i - start)));
      start = i + 1;
    }
  return f;
}

int bounded(const std::string& s, int hi) {
  const long v = std::strtol(s.c_str(), nullptr, 10);
  return v < 0 ? 0 : v > hi ? hi : static_cast<int>(v);
}

}  // namespace

std::vector<DumpedWorkbook> readDump(std::istream& in) {
  constexpr int kMaxRows = 1048576, kMaxCols = 16384;
  std::vector<DumpedWorkbook> books;
  std::string line;
  while (std::getline(in, line)) {
    const auto f = split(line);
    if (f.empty()) continue;
    if (f[0] == "FILE" && f.size() >= 2) {
      books.push_back({f[1], "", {}});
    } else if (f[0] == "FAIL" && f.size() >= 3) {
      books.push_back({f[1], f[2], {}});
    } else if (f[0] == "SHEET" && f.size() >= 4 && !books.empty()) {
      const int rows = bounded(f[2], kMaxRows), cols = bounded(f[3], kMaxCols);
      if (static_cast<long long>(rows) * cols > 50'000'000LL) continue;   // not a sheet anyone reports on
      books.back().sheets.emplace_back(f[1], rows, cols);
    } else if (f[0] == "C" && f.size() >= 6 && !books.empty() && !books.back().sheets.empty()) {
      Cell& c = books.back().sheets.back().at(bounded(f[1], kMaxRows), bounded(f[2], kMaxCols));
      c.type = f[3] == "N" ? Cell::Type::Number : f[3] == "E" ? Cell::Type::Error : Cell::Type::Text;
      if (c.type == Cell::Type::Number) c.number = std::strtod(f[4].c_str(), nullptr);
      else c.text = f[4];
      c.formula = f[5];
    } else if (f[0] == "M" && f.size() >= 5 && !books.empty() && !books.back().sheets.empty()) {
      Grid& g = books.back().sheets.back();
      const MergedArea m{bounded(f[1], kMaxRows), bounded(f[2], kMaxCols), bounded(f[3], kMaxRows),
                         bounded(f[4], kMaxCols)};
      if (m.bottom < m.top || m.right < m.left) continue;
      g.merges.push_back(m);
      for (int r = m.top; r <= m.bottom && r < g.rows; ++r)
        for (int c = m.left; c <= m.right && c < g.cols; ++c)
          if (r != m.top || c != m.left) g.at(r, c).mergedCovered = true;
    } else if ((f[0] == "HR" || f[0] == "HC") && f.size() >= 3 && !books.empty() && !books.back().sheets.empty()) {
      Grid& g = books.back().sheets.back();
      const bool rows = f[0] == "HR";
      auto& hidden = rows ? g.hiddenRows : g.hiddenCols;
      const int n = rows ? g.rows : g.cols;
      if (hidden.empty()) hidden.assign(static_cast<std::size_t>(n), false);
      const int first = bounded(f[1], kMaxRows), last = std::min(bounded(f[2], kMaxRows), n - 1);
      for (int i = first; i <= last; ++i) hidden[static_cast<std::size_t>(i)] = true;
    }
  }
  return books;
}

}  // namespace p8::cli
