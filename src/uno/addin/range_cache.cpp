#include "uno/addin/range_cache.hpp"

#include "uno/common/log.hpp"

#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <cppuhelper/implbase1.hxx>

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace p8::uno {

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

// Marks an entry stale. Only sets a flag: Calc calls it from inside its own broadcasts.
class StaleOnModify : public cppu::WeakImplHelper1<css::util::XModifyListener> {
public:
  explicit StaleOnModify(std::shared_ptr<std::atomic<bool>> stale) : m_stale(std::move(stale)) {}
  void SAL_CALL modified(const css::lang::EventObject&) override { m_stale->store(true); }
  void SAL_CALL disposing(const css::lang::EventObject&) override { m_stale->store(true); }

private:
  std::shared_ptr<std::atomic<bool>> m_stale;
};

css::table::CellRangeAddress addressOf(const css::uno::Reference<css::uno::XInterface>& range) {
  Reference<css::sheet::XCellRangeAddressable> a(range, UNO_QUERY);
  if (!a.is()) throw ArgError("the argument is not a cell range");
  return a->getRangeAddress();
}

bool sameAddress(const css::table::CellRangeAddress& a, const css::table::CellRangeAddress& b) {
  return a.Sheet == b.Sheet && a.StartColumn == b.StartColumn && a.StartRow == b.StartRow &&
         a.EndColumn == b.EndColumn && a.EndRow == b.EndRow;
}

// The range's cells in one getDataArray, limited to the sheet's used area (a whole column
// B:B is a million rows, nearly all empty).
std::shared_ptr<RangeData> readRange(const Reference<css::table::XCellRange>& range,
                                     const css::table::CellRangeAddress& a, bool clip) {
  auto d = std::make_shared<RangeData>();
  d->rows = a.EndRow - a.StartRow + 1;
  d->cols = a.EndColumn - a.StartColumn + 1;
  int rows = d->rows, cols = d->cols;
  Reference<css::sheet::XSheetCellRange> inSheet(clip ? range : nullptr, UNO_QUERY);
  Reference<css::sheet::XSpreadsheet> sheet = inSheet.is() ? inSheet->getSpreadsheet() : nullptr;
  if (sheet.is()) {
    Reference<css::sheet::XSheetCellCursor> cursor = sheet->createCursor();
    Reference<css::sheet::XUsedAreaCursor>(cursor, UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
    const auto used = addressOf(cursor);
    rows = std::clamp(used.EndRow - a.StartRow + 1, 0, rows);
    cols = std::clamp(used.EndColumn - a.StartColumn + 1, 0, cols);
  }
  if (rows == 0 || cols == 0) return d;   // all empty
  Reference<css::table::XCellRange> part =
      rows == d->rows && cols == d->cols ? range : range->getCellRangeByPosition(0, 0, cols - 1, rows - 1);
  const auto data = Reference<css::sheet::XCellRangeData>(part, UNO_QUERY_THROW)->getDataArray();
  rows = std::min<int>(rows, data.getLength());
  cols = rows > 0 ? std::min<int>(cols, data[0].getLength()) : 0;
  d->readRows = rows;
  d->readCols = cols;
  const std::size_t n = std::size_t(rows) * std::size_t(cols);
  d->numbers.assign(n, std::numeric_limits<double>::quiet_NaN());
  d->labels.assign(n, RangeData::kNoText);
  // Calc hands equal texts over as one shared string: look them up by address first.
  std::unordered_map<const rtl_uString*, std::int32_t> byAddress;
  std::unordered_map<rtl::OUString, std::int32_t, rtl::OUStringHash> byText;
  std::vector<double> textNumbers;   // the number a distinct text reads as, NaN if none
  for (int r = 0; r < rows; ++r) {
    const auto& row = data[r];
    const css::uno::Any* cells = row.getConstArray();
    for (int c = 0; c < cols && c < row.getLength(); ++c) {
      const std::size_t i = d->at(r, c);
      const css::uno::Any& v = cells[c];
      switch (v.getValueTypeClass()) {
        case css::uno::TypeClass_DOUBLE:
          d->numbers[i] = *static_cast<const double*>(v.getValue());
          break;
        case css::uno::TypeClass_STRING: {
          const rtl::OUString& text = *static_cast<const rtl::OUString*>(v.getValue());
          if (text.isEmpty()) break;
          auto hit = byAddress.find(text.pData);
          if (hit == byAddress.end()) {
            auto known = byText.find(text);
            std::int32_t id;
            if (known != byText.end()) {
              id = known->second;
            } else {
              id = static_cast<std::int32_t>(d->texts.size());
              d->texts.push_back(text);
              byText.emplace(text, id);
              auto parsed = cellNumber(v);
              textNumbers.push_back(parsed ? *parsed : std::numeric_limits<double>::quiet_NaN());
            }
            hit = byAddress.emplace(text.pData, id).first;
          }
          d->labels[i] = hit->second;
          d->numbers[i] = textNumbers[std::size_t(hit->second)];
          break;
        }
        case css::uno::TypeClass_VOID:   // getDataArray gives error cells as VOID
          d->labels[i] = RangeData::kError;
          break;
        default:
          break;
      }
    }
  }
  return d;
}

void stopListening(const Reference<css::table::XCellRange>& range,
                   const Reference<css::util::XModifyListener>& listener) {
  try {
    Reference<css::util::XModifyBroadcaster> b(range, UNO_QUERY);
    if (b.is() && listener.is()) b->removeModifyListener(listener);
  } catch (...) {   // the document may be gone already
  }
}

}  // namespace

struct RangeCache::Entry {
  Reference<css::table::XCellRange> range;   // the object listened to; Calc moves its address
  Reference<css::util::XModifyListener> listener;
  std::shared_ptr<std::atomic<bool>> stale;
  RangeDataPtr data;
  std::uint64_t lastUse = 0;
};

RangeCache::~RangeCache() {
  for (auto& kv : m_entries) stopListening(kv.second->range, kv.second->listener);
}

RangeDataPtr RangeCache::get(const Reference<css::uno::XInterface>& doc,
                             const Reference<css::table::XCellRange>& range) {
  if (!range.is()) throw ArgError("a cell range is required");
  const css::table::CellRangeAddress a = addressOf(range);
  const long long cells = (long long)(a.EndRow - a.StartRow + 1) * (a.EndColumn - a.StartColumn + 1);
  if (cells < kMinCells || !doc.is()) {
    ++m_reads;
    return readRange(range, a, cells >= kMinCells);
  }
  const Key key{doc.get(), a.Sheet, a.StartColumn, a.StartRow, a.EndColumn, a.EndRow};
  std::vector<std::shared_ptr<Entry>> dropped;
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    auto it = m_entries.find(key);
    if (it != m_entries.end()) {
      Entry& e = *it->second;
      bool fresh = !e.stale->load();
      if (fresh) {
        try {
          fresh = sameAddress(addressOf(e.range), a);
        } catch (...) {
          fresh = false;
        }
      }
      if (fresh) {
        e.lastUse = ++m_clock;
        return e.data;
      }
      dropped.push_back(it->second);
      m_entries.erase(it);
    }
  }
  for (auto& e : dropped) stopListening(e->range, e->listener);
  dropped.clear();
  // Read without the lock: reading evaluates dirty formulas in the range, which may call
  // this add-in again. The listener goes on first so that no change is missed.
  auto e = std::make_shared<Entry>();
  e->stale = std::make_shared<std::atomic<bool>>(false);
  e->listener = new StaleOnModify(e->stale);
  Reference<css::util::XModifyBroadcaster> broadcaster(range, UNO_QUERY);
  if (broadcaster.is()) broadcaster->addModifyListener(e->listener);
  try {
    e->data = readRange(range, a, true);
  } catch (...) {
    stopListening(range, e->listener);
    throw;
  }
  ++m_reads;
  if (!broadcaster.is()) return e->data;   // cannot be watched: never cached
  e->range = range;
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    e->lastUse = ++m_clock;
    auto& slot = m_entries[key];
    if (slot) dropped.push_back(slot);   // read meanwhile by a nested call
    slot = e;
    while (m_entries.size() > kMaxEntries) {
      auto oldest = std::min_element(m_entries.begin(), m_entries.end(), [](const auto& x, const auto& y) {
        return x.second->lastUse < y.second->lastUse;
      });
      dropped.push_back(oldest->second);
      m_entries.erase(oldest);
    }
  }
  for (auto& d : dropped) stopListening(d->range, d->listener);
  return e->data;
}

}  // namespace p8::uno
