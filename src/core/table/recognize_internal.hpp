// Shared by the recognition steps (recognize_*.cpp), not by callers: the grid seen in one
// orientation (View), what each text cell says (TextFacts, computed once per cell and
// cached, which keeps recognition linear), the header vocabulary and the row numbering
// schemes of Vietnamese administrative tables.
#pragma once
#include "core/table/recognize.hpp"

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace p8::rec {

// ---- vocabulary (recognize_words.cpp); every argument is a text::foldKey result ----
// The role a header text names; Other when it names none. "Chỉ tiêu" alone is Name.
ColumnRole roleOfHeader(const std::string& folded);
// "Đơn vị thực hiện", "Cơ quan chủ trì": who does it — never Actual, never a unit.
bool isResponsibleHeader(const std::string& folded);
// "Cấp tỉnh", "Tỉnh", "Tỉnh Bắc Kạn", "Hội LHPN tỉnh": the province's own share.
bool isProvinceShare(const std::string& folded, const std::string& provinceFolded);
// "Huyện", "Tên huyện", "Địa bàn", "Đơn vị hành chính": a label column naming units.
bool isUnitLabelHeader(const std::string& folded);
// "Tổng cộng", "Cộng", "Toàn tỉnh", "Tổng số", "Tổng (I+II)": a total row's label.
bool isTotalLabel(const std::string& folded);
// The figure a sub-column under a unit holds: "KH", "Kế hoạch", "Chỉ tiêu" (the plan side,
// Target), "TH", "Thực hiện", "Kết quả" (Actual), "Lũy kế" (Cumulative), "Tỷ lệ" (Rate),
// "Số lượng" (Actual); Other for any other text.
ColumnRole subColumnRole(const std::string& folded);
// Lines that end a table: signatures, notes, sources, the place-and-date line.
bool isFooterText(const std::string& folded);
// Lines that are a document's title block, never a group header.
bool isTitleText(const std::string& folded);
// Texts that may sit among district headers without being a district ("Khác", "Chung").
bool isNotPlaceHeader(const std::string& folded);
// Starts with an administrative prefix ("Huyện …", "H. …", "TP …", "Thị xã …").
bool hasPlacePrefix(const std::string& folded);
// Word-boundary containment and prefix tests on folded texts.
bool hasWords(const std::string& folded, std::string_view words);
bool startsWords(const std::string& folded, std::string_view words);
int wordCount(const std::string& folded);

// ---- numbering of rows (recognize_words.cpp) ----
enum class Scheme {
  None,
  Letter,    // A, B (parts above Roman numerals)
  Roman,     // I, II, IV
  Part,      // "Nội dung 1", "Phần 2", "Mục 3"
  Activity,  // "HĐ1", "HĐ 2", "Hoạt động 3", "HĐ2.03" (depth 2)
  Arabic,    // 1, 2, 3
  Padded,    // 01, 02
  Dotted,    // 1.1, 2.3.1 (depth = number of parts)
  Lower,     // a, b, a), b.
  Bullet     // -, +, *, •
};
struct Numbering {
  Scheme scheme = Scheme::None;
  std::string token;   // the numbering as written, without trailing "." / ")" ("Nội dung 1", "HĐ 2", "1.1")
  std::string rest;    // text after the numbering ("Tuyên truyền …"), trimmed
  int depth = 1;       // parts of a dotted number ("2.3.1" → 3, "HĐ2.03" → 2)
};
// wholeCell: the TT cell (the numbering may be all of it, or head a heading written into the
// TT cell); otherwise a label's prefix, which needs a delimiter ("1. …", "a) …", "I. …").
Numbering parseNumbering(std::string_view text, bool wholeCell);
// A token of a numbering row under a header: 1, "2", "(3)", "A", "(4)=(2)+(3)"; its ordinal
// (1, 2, 3 …) or 0 when the cell is no such token.
int numberingOrdinal(const Cell& c);

// ---- the grid in one orientation (recognize_view.cpp) ----
class Context;
struct TextFacts {
  std::string folded;             // foldKey of the first 240 bytes
  bool longText = false;          // more than 120 bytes: content, never a header
  // What the text names as a header, computed on first use (most cells are data).
  ColumnRole role() const;
  const std::string& districtId() const;   // Unique district match of a short text
  bool districtAmbiguous() const;
  // A header giving a column to one unit in words ("Phân bổ cho huyện Ba Bể", "Chỉ tiêu giao
  // cho Ba Bể"): that unit's id, "" otherwise (also for a text naming a unit bare: districtId()).
  std::string allocatedUnit() const;
private:
  friend class Context;
  const Context* m_ctx = nullptr;
  const std::string* m_raw = nullptr;
  mutable bool m_roleKnown = false, m_districtKnown = false, m_ambiguous = false;
  mutable ColumnRole m_role = ColumnRole::Other;
  mutable std::string m_district;
  void district() const;
};

// Per recognition: the plan's vocabulary and the per-cell cache (shared by both views).
class Context {
public:
  Context(const Grid& grid, const Plan& plan);
  const Grid& grid;
  const Plan& plan;
  std::string provinceFolded;
  std::vector<const OrgUnit*> districts;
  const TextFacts* facts(int gridRow, int gridCol);   // nullptr unless a non-blank Text cell
  // plan.matchIndicator, skipped (None) for labels that cannot name an indicator: every
  // indicator name or alias has all its words in a label it matches, so a label holding no
  // name's longest word and longer than a code ("CT 2a") matches none.
  NameMatch matchIndicator(const std::string& label);
  std::vector<Finding> findings;
  bool mayBePlace(const std::string& folded) const;
private:
  std::unordered_set<std::string> m_placeWords;
  std::unordered_set<std::string> m_indicatorAnchors;
  std::vector<std::int32_t> m_slot;   // per grid cell: -2 not computed, -1 no facts, else index
  std::deque<TextFacts> m_facts;      // a deque: facts pointers stay valid as it grows
};

class View {
public:
  View(Context& ctx, bool transposed);
  Context& ctx;
  const bool transposed;
  int rows() const { return transposed ? ctx.grid.cols : ctx.grid.rows; }
  int cols() const { return transposed ? ctx.grid.rows : ctx.grid.cols; }
  const Cell& at(int r, int c) const { return transposed ? ctx.grid.at(c, r) : ctx.grid.at(r, c); }
  const TextFacts* facts(int r, int c) const { return transposed ? ctx.facts(c, r) : ctx.facts(r, c); }
  std::string a1(int r, int c) const { return transposed ? ctx.grid.a1(c, r) : ctx.grid.a1(r, c); }
  // The merged area (view coordinates) holding (r, c); false when none.
  bool merged(int r, int c, GridRect& area) const;
  // The cell shown at (r, c): the anchor of a merged area over it, else the cell itself;
  // (ar, ac) receive the anchor's position.
  const Cell& shown(int r, int c, int* ar = nullptr, int* ac = nullptr) const;
  bool filled(int r, int c) const;   // a number, an error or non-blank text
private:
  std::vector<GridRect> m_merges;    // view coordinates, relative to the grid's origin
  // Merged areas by view row (offsets into m_rowMerges), so a lookup costs the merges of one
  // row, not of the sheet: an appendix may merge every one of thousands of rows.
  std::vector<std::size_t> m_rowStart;
  std::vector<std::uint32_t> m_rowMerges;
};

// ---- header (recognize_header.cpp) ----
struct RowSignal {               // what one row says about being a header
  int roles = 0;                 // distinct non-Other header roles
  int districts = 0;             // distinct districts named
  int numbers = 0;               // number cells that are no year
  int texts = 0;                 // non-blank text cells
  int filled = 0;
  bool seed() const { return (roles >= 2 || districts >= 2) && roles + districts > numbers; }
};
RowSignal rowSignal(const View& v, int r);

struct Header {
  int top = 0, bottom = 0;       // band rows, incl. a numbering row
  int left = 0, right = -1;      // column span
  int numberingRow = -1;         // the "1 2 3" row, -1 when none
  int guessedLabel = -1;         // the label column found by position (no header word names it), -1 none
  std::vector<TableColumn> columns;
};
// The header band around seed row `seed`, not above `floor`. False when no usable header.
bool readHeader(const View& v, int seed, int floor, Header& h);
// District headers: duplicate / unknown findings into ctx; district-missing when `allocation`
// (not when a header names an unknown place instead: one misspelt name, one finding).
// unknownColumns receives the view columns of the unknown places: they are units the sums count.
void checkDistrictHeaders(const View& v, const Header& h, bool allocation, std::vector<int>& unknownColumns);
// Columns of unknown places (from checkDistrictHeaders) become District columns with an
// empty districtId: the sheet's own totals add them up, so the check must too.
void markUnknownUnits(Table& t, const std::vector<int>& viewColumns);
// Roles whose cells hold figures; text that is a figure ("10.000", "12,5%", "-").
bool isFigureRole(ColumnRole r);
bool isFigureText(const std::string& s);
// Rows of a table per district: unknown and duplicate districts among the row labels.
void checkDistrictRows(const View& v, const Table& t);

// ---- one unit per sheet (recognize_one_unit.cpp) ----
// The header names one unit's column and no column of targets or results.
bool oneUnitOnly(const Header& h);
// No kind from the header: a sheet or title naming one unit gives it the one figure column
// under a word of its own ("Số lượng"); Allocation then, nullopt otherwise. floor: the first
// row the title may be on (below the table above).
std::optional<TableKind> unitOfSheet(const View& v, Header& h, int floor);
// A title in rows [from, to) reporting results ("BÁO CÁO KẾT QUẢ THỰC HIỆN").
bool resultsTitle(const View& v, int from, int to);
// Indicator rows of the plan and figures in the unit's column.
bool oneUnitFits(const View& v, const Header& h, const Table& t);

// ---- rows (recognize_rows.cpp) ----
// Data rows below the header until the table ends; returns the last grid row used.
int readRows(const View& v, const Header& h, Table& t);
// TableRow::indicatorCode of every row (recognize_indicators.cpp).
void matchIndicators(Context& ctx, Table& t);

}  // namespace p8::rec
