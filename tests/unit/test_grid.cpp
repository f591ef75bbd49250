// The grid model: addresses users see (absolute A1, origin-aware), safe access past the
// edges, merged areas and hidden rows, and the test grid builder other areas rely on.
#include "grid_builder.hpp"

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
