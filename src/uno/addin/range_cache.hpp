// Range arguments of the add-in functions, read in bulk and kept per range (RangeData,
// RangeCache): what makes P8.SUMDISTRICT as fast as SUMIF.
#pragma once
#include "uno/common/args.hpp"

#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/uno/XInterface.hpp>

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <tuple>
#include <vector>

namespace p8::uno {

// A cell range argument read in one bulk call, cells row-major. Texts are kept once each
// (labels repeat: a few districts over thousands of rows), so per-label work is done once
// per distinct text, not once per cell.
struct RangeData {
  int rows = 0, cols = 0;            // size of the range as written in the formula
  int readRows = 0, readCols = 0;    // the part inside the sheet's used area; the rest is empty
  std::vector<double> numbers;       // readRows*readCols; NaN = no number in the cell
  std::vector<std::int32_t> labels;  // readRows*readCols; index into texts, kNoText, kError
  std::vector<rtl::OUString> texts;  // distinct texts
  static constexpr std::int32_t kNoText = -1, kError = -2;   // kError: #DIV/0!, #REF!, …
  // Per-caller memo keyed by a string (e.g. SUMDISTRICT's verdict per distinct label for
  // one district). Guarded by its own mutex: RangeData is shared.
  using Memo = std::shared_ptr<const std::vector<char>>;
  mutable std::mutex memoMutex;
  mutable std::map<std::string, Memo> memo;

  std::size_t at(int r, int c) const { return std::size_t(r) * std::size_t(readCols) + std::size_t(c); }
};
using RangeDataPtr = std::shared_ptr<const RangeData>;

// Range arguments of a document, read once and kept until Calc reports a change inside the
// range. Calc hands a range argument declared as XCellRange over as a live range object;
// reading it (getDataArray) costs about as much as the sequence<sequence<any>> Calc would
// build on every call, so the data is kept and a modify listener on that range object
// marks it stale (Calc notifies range listeners of every content change in the range,
// including formula results, before the formulas that depend on the range are evaluated
// again). A hit also checks that the range object still has the address it was cached
// under (rows inserted above it move it). Ranges of fewer than kMinCells cells are read
// every time: they are cheap and there may be thousands of them.
class RangeCache {
public:
  static constexpr int kMinCells = 512;
  static constexpr std::size_t kMaxEntries = 64;

  RangeCache() = default;
  RangeCache(const RangeCache&) = delete;
  RangeCache& operator=(const RangeCache&) = delete;
  ~RangeCache();

  // doc identifies the document (the add-in's document argument); throws ArgError for a
  // missing range.
  RangeDataPtr get(const css::uno::Reference<css::uno::XInterface>& doc,
                   const css::uno::Reference<css::table::XCellRange>& range);
  std::size_t reads() const { return m_reads; }   // bulk reads so far (tests, log)

private:
  struct Entry;
  using Key = std::tuple<const void*, int, int, int, int, int>;   // doc, sheet, c0, r0, c1, r1
  std::mutex m_mutex;
  std::map<Key, std::shared_ptr<Entry>> m_entries;
  std::uint64_t m_clock = 0;
  std::atomic<std::size_t> m_reads{0};
};

}  // namespace p8::uno
