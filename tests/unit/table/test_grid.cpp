// The grid model: addresses users see (absolute A1, origin-aware), safe access past the
// edges, merged areas and hidden rows, and the test grid builder other areas rely on.
#include "grid_builder.hpp"
#include "core/check/check.hpp"

#include <algorithm>

#include <catch2/catch.hpp>

using p8::Cell;

TEST_CASE("column names and A1 addresses", "[table][grid]") {
  CHECK(p8::columnName(0) == "A");
  CHECK(p8::columnName(25) == "Z");
  CHECK(p8::columnName(26) == "AA");
  CHECK(p8::columnName(27) == "AB");
  CHECK(p8::columnName(701) == "ZZ");
  CHECK(p8::columnName(702) == "AAA");
  CHECK(p8::columnName(16383) == "XFD");   // the last column of a sheet
  CHECK(p8::columnName(-1).empty());
  CHECK(p8::cellA1(8, 3) == "D9");
  p8::Grid g("S", 3, 3);
  CHECK(g.a1(0, 0) == "A1");
  g.originRow = 3;
  g.originCol = 1;
  CHECK(g.a1(0, 0) == "B4");
  CHECK(g.a1(2, 2) == "D6");
  CHECK(p8::rangeA1(g, 0, 0, 2, 2) == "B4:D6");
  CHECK(p8::rangeA1(g, 2, 2, 0, 0) == "B4:D6");   // corners in any order
  CHECK(p8::rangeA1(g, 1, 1, 1, 1) == "C5");
}

TEST_CASE("cells past the edge read as empty and never crash", "[table][grid]") {
  p8::Grid g("S", 2, 2);
  g.at(1, 1).type = Cell::Type::Number;
  g.at(1, 1).number = 7;
  CHECK(g.at(1, 1).number == 7);
  const p8::Grid& cg = g;
  for (auto [r, c] : {std::pair{-1, 0}, {0, -1}, {2, 0}, {0, 2}, {1 << 30, 1 << 30}}) {
    CHECK(cg.at(r, c).type == Cell::Type::Empty);
    g.at(r, c).text = "lost";   // a write past the edge goes to a scratch cell
    CHECK(cg.at(r, c).text.empty());
  }
  p8::Grid empty;
  CHECK(empty.at(0, 0).type == Cell::Type::Empty);
  p8::Grid negative("N", -5, -5);
  CHECK(negative.rows == 0);
  CHECK(negative.cells.empty());
  p8::Grid inconsistent;   // rows/cols set by hand, cells never sized
  inconsistent.rows = inconsistent.cols = 3;
  CHECK(inconsistent.at(2, 2).type == Cell::Type::Empty);
}

TEST_CASE("merged areas and hidden rows", "[table][grid]") {
  auto g = gridOf("S", {{"TT", "Phân bổ", "", ""}, {"", "Ba Bể", "Na Rì", "Pác Nặm"}});
  mergeCells(g, "B1:D1");
  mergeCells(g, "A1:A2");
  CHECK_FALSE(g.at(0, 1).mergedCovered);
  CHECK(g.at(0, 2).mergedCovered);
  CHECK(g.at(0, 3).mergedCovered);
  CHECK(g.at(1, 0).mergedCovered);
  REQUIRE(g.mergeAt(0, 3) != nullptr);
  CHECK(g.mergeAt(0, 3)->left == 1);
  CHECK(g.mergeAt(1, 0)->top == 0);
  CHECK(g.mergeAt(1, 1) == nullptr);
  g.hiddenRows = hiddenAt(g.rows, {1});
  CHECK(g.rowHidden(1));
  CHECK_FALSE(g.rowHidden(0));
  CHECK_FALSE(g.rowHidden(99));
  CHECK_FALSE(g.colHidden(0));   // hiddenCols empty: none hidden
}

TEST_CASE("the grid builder reads cells as Calc stores them", "[table][grid]") {
  auto g = gridOf("S", {{"380", "'10.000", "=SUM(A1:A1)|380", "#REF!", "Err:502", "Tổ", "'01", "=A1"}});
  CHECK(g.cols == 8);
  CHECK(g.at(0, 0).type == Cell::Type::Number);
  CHECK(g.at(0, 0).number == 380);
  CHECK(g.at(0, 1).type == Cell::Type::Text);
  CHECK(g.at(0, 1).text == "10.000");
  CHECK(g.at(0, 2).formula == "=SUM(A1:A1)");
  CHECK(g.at(0, 2).number == 380);
  CHECK(g.at(0, 3).type == Cell::Type::Error);
  CHECK(g.at(0, 3).text == "#REF!");
  CHECK(g.at(0, 4).type == Cell::Type::Error);
  CHECK(g.at(0, 5).text == "Tổ");
  CHECK(g.at(0, 6).text == "01");
  CHECK(g.at(0, 7).formula == "=A1");
  CHECK(g.at(0, 7).type == Cell::Type::Empty);
  CHECK(parseA1("AA10") == std::pair{9, 26});
  CHECK(parseA1("10") == std::pair{-1, -1});
}

TEST_CASE("mainBlockEnd: content far from the rest is left out", "[grid]") {
  int skipped = 0;
  CHECK(p8::mainBlockEnd({}, 1000, &skipped) == -1);
  CHECK(skipped == -1);
  CHECK(p8::mainBlockEnd({{0, 20}, {22, 40}, {900, 950}}, 1000, &skipped) == 950);
  CHECK(skipped == -1);
  // A stray cell in row 1,040,000: the tables end at 40, the stray row is reported.
  CHECK(p8::mainBlockEnd({{1039999, 1039999}, {0, 20}, {22, 40}}, 1000, &skipped) == 40);
  CHECK(skipped == 1039999);
  // Overlapping spans (rows of several ranges) are one block.
  CHECK(p8::mainBlockEnd({{0, 5000}, {10, 20}, {4500, 6200}}, 1000, &skipped) == 6200);
  CHECK(skipped == -1);
}

TEST_CASE("a grid read with content left out gives content-skipped", "[grid][check]") {
  p8::Grid g("Phân bổ", 3, 3);
  g.at(0, 0).type = p8::Cell::Type::Text;
  g.at(0, 0).text = "UBND TỈNH BẮC KẠN";
  g.skippedFrom = "A1040000";
  const p8::Plan plan = p8::loadPlanFile(P8_SOURCE_DIR "/plans/bac-kan-2022.json");
  auto r = p8::checkWorkbook({g}, plan);
  auto it = std::find_if(r.findings.begin(), r.findings.end(), [](const p8::Finding& f) { return f.code == "content-skipped"; });
  REQUIRE(it != r.findings.end());
  CHECK(it->cell == "A1040000");
  CHECK(it->severity == p8::Severity::Info);
}
