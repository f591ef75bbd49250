// Converting between UNO values and plain C++ for the add-in functions, reading range
// arguments in bulk (with a cache per range, see RangeCache), and the one boundary that
// turns every C++ failure into a Calc error value:
//   ArgError (bad argument, unknown indicator…) → IllegalArgumentException → Err:502
//   anything else                                → RuntimeException         → #VALUE!
// (sc/source/core/tool/addincol.cxx maps the exceptions this way).
#pragma once
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/uno/Sequence.hxx>
#include <rtl/ustring.hxx>

#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/uno/XInterface.hpp>

#include <atomic>
#include <cmath>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

namespace p8::uno {

namespace css = com::sun::star;

// A bad argument; message in English for the log (the cell shows Err:502).
struct ArgError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::string utf8(const rtl::OUString& s);
rtl::OUString ustr(const std::string& s);

bool isMissing(const css::uno::Any& a);          // VOID (omitted) or empty string
std::optional<double> asNumber(const css::uno::Any& a);   // double, or a Vietnamese number text
std::string asText(const css::uno::Any& a);      // string as is, number formatted, VOID → ""
// The first cell of a range argument, or the value itself.
css::uno::Any scalar(const css::uno::Any& a);

double finite(double v);

// The number of a cell value: a double, or a text read the Vietnamese way ("15,5").
std::optional<double> cellNumber(const css::uno::Any& a);

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
};   // throws ArgError for NaN/inf so no non-finite value reaches a cell

[[noreturn]] void rethrowAsUno(const char* function);

// Runs a function body; every exception leaves as the UNO exception Calc expects.
template <class F>
auto guarded(const char* function, F&& body) -> decltype(body()) {
  try {
    return body();
  } catch (...) {
    rethrowAsUno(function);
  }
}

}  // namespace p8::uno
