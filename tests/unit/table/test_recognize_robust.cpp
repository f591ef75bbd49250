// Recognition on sheets that are not what it hopes for: nothing, one cell, only errors, a
// header with no rows, text that is no table, two tables on one sheet, notes below a table,
// a 5,000-row sheet (linear and fast), merged areas pointing outside the grid.
#include "test_recognize_util.hpp"

#include <chrono>

using namespace rectest;
using p8::ColumnRole;
using p8::RowRole;

TEST_CASE("empty, tiny and broken grids give no table and no crash", "[table][robust]") {
  CHECK(p8::recognizeTables(p8::Grid(), bacKan()).tables.empty());
  CHECK(p8::recognizeTables(p8::Grid("E", 0, 5), bacKan()).tables.empty());
  CHECK(p8::recognizeTables(gridOf("1", {{"TT"}}), bacKan()).tables.empty());
  CHECK(p8::recognizeTables(gridOf("1", {{"380"}}), bacKan()).tables.empty());
  Rows errors(20, std::vector<std::string>(10, "#REF!"));
  errors[3][4] = "Err:502";
  CHECK(p8::recognizeTables(gridOf("err", errors), bacKan()).tables.empty());
  // A header and nothing under it.
  CHECK(p8::recognizeTables(gridOf("h", {{"TT", "Nội dung", "Ba Bể", "Chợ Đồn", "Tổng cộng"}}), bacKan()).tables.empty());
  CHECK(p8::recognizeTables(gridOf("h", {{"TT", "Nội dung", "Ba Bể", "Chợ Đồn"}, {}, {}}), bacKan()).tables.empty());
  // Cells sized wrongly, merges outside the grid or upside down, invalid UTF-8.
  p8::Grid odd = gridOf("odd", {{"TT", "Chỉ tiêu", "Ba Bể", "Na Rì"}, {"1", "Tổ truyền thông cộng đồng", "3", "4"}});
  odd.merges.push_back({-5, -5, -1, -1});
  odd.merges.push_back({100, 100, 200, 200});
  odd.merges.push_back({1, 3, 0, 2});
  odd.at(1, 1).text = "T\xff\xfe\xc3 truyền";
  odd.hiddenRows = {true};
  CHECK_NOTHROW(p8::recognizeTables(odd, bacKan()));
  p8::Grid shrunk = odd;
  shrunk.cells.resize(3);
  CHECK_NOTHROW(p8::recognizeTables(shrunk, bacKan()));
  // A huge header text and a huge cell.
  p8::Grid big = gridOf("big", {{"TT", "Chỉ tiêu", "Ba Bể", "Na Rì"}, {"1", std::string(200000, 'x'), "3", "4"}});
  big.at(0, 1).text = "Chỉ tiêu " + std::string(100000, 'a');
  CHECK_NOTHROW(p8::recognizeTables(big, bacKan()));
}

TEST_CASE("a sheet of text recognises no table", "[table][robust]") {
  const Rows rows = {
      {"BÁO CÁO TÓM TẮT"},
      {"Trong năm 2023, Hội LHPN tỉnh đã tổ chức nhiều hoạt động truyền thông, thành lập các tổ truyền thông cộng "
       "đồng tại các huyện Ba Bể, Chợ Đồn, Na Rì."},
      {"Nội dung chính:", "tuyên truyền, vận động"},
      {"Kết quả:", "đạt kế hoạch năm"},
      {"Thời gian họp: sáng thứ hai", "Địa điểm: hội trường"},
      {},
      {"Ghi chú: số liệu sơ bộ."}};
  const auto r = p8::recognizeTables(gridOf("Ghi chú", rows), bacKan());
  INFO(describe(r));
  CHECK(r.tables.empty());
  CHECK(r.findings.empty());
}

TEST_CASE("two tables on one sheet, and notes under a table", "[table][robust]") {
  const Rows rows = {{"Biểu 1. PHÂN BỔ"},
                     {"TT", "Chỉ tiêu", "Ba Bể", "Chợ Đồn", "Na Rì", "Tổng"},
                     {"1", "Tổ truyền thông cộng đồng", "5", "5", "5", "15"},
                     {"2", "Địa chỉ tin cậy cộng đồng", "1", "1", "1", "3"},
                     {},
                     {"* Số liệu tạm tính đến 30/6"},
                     {},
                     {"Biểu 2. TIẾN ĐỘ"},
                     {"TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Lũy kế"},
                     {"1", "Tổ truyền thông cộng đồng", "380", "50", "120"},
                     {"2", "Đối thoại chính sách", "181", "20", "60"}};
  const auto r = p8::recognizeTables(gridOf("Hai bảng", rows), bacKan());
  INFO(describe(r));
  REQUIRE(r.tables.size() == 2);
  CHECK(r.tables[0].kind == p8::TableKind::Allocation);
  CHECK(r.tables[0].range == "A2:F4");
  CHECK(r.tables[0].rows.size() == 2);
  CHECK(r.tables[1].kind == p8::TableKind::Progress);
  CHECK(r.tables[1].range == "A9:E11");
  CHECK(r.tables[1].rows[1].indicatorCode == "7");
  // An allocation to three of the plan's eight districts is a table about those three (as a
  // table of a few indicators is about those few): no district-missing for the other five.
  CHECK(count(r, "district-missing") == 0);
}

TEST_CASE("a blank row inside a table is kept as Blank; two end it", "[table][robust]") {
  const Rows rows = {{"TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"},
                     {"1", "Tổ truyền thông cộng đồng", "380", "50"},
                     {},
                     {"2", "Đối thoại chính sách", "181", "20"},
                     {},
                     {},
                     {"3", "Địa chỉ tin cậy cộng đồng", "40", "4"}};
  const auto r = p8::recognizeTables(gridOf("B", rows), bacKan());
  INFO(describe(r));
  REQUIRE(r.tables.size() == 1);
  const auto& rs = r.tables[0].rows;
  REQUIRE(rs.size() == 3);
  CHECK(rs[1].role == RowRole::Blank);
  CHECK(rs[1].row == 2);
  CHECK(r.tables[0].bottom == 3);
}

TEST_CASE("a 5,000-row sheet is recognised in linear time", "[table][robust]") {
  const auto districts = bacKan().districts();
  const int nd = static_cast<int>(districts.size()), n = 5000, cols = 3 + nd;
  p8::Grid g("Lớn", n + 3, cols);
  auto text = [&](int r, int c, const std::string& s) {
    g.at(r, c).type = p8::Cell::Type::Text;
    g.at(r, c).text = s;
  };
  text(0, 0, "TT");
  text(0, 1, "Nội dung hoạt động");
  for (int d = 0; d < nd; ++d) text(0, 2 + d, districts[static_cast<std::size_t>(d)]->name);
  text(0, cols - 1, "Tổng cộng");
  for (int r = 1; r <= n; ++r) {
    text(r, 0, std::to_string(r));
    text(r, 1, "Hoạt động số " + std::to_string(r));
    for (int c = 2; c < cols; ++c) {
      g.at(r, c).type = p8::Cell::Type::Number;
      g.at(r, c).number = r % 7;
    }
  }
  text(n + 1, 1, "Tổng cộng");
  const auto t0 = std::chrono::steady_clock::now();
  const auto r = p8::recognizeTables(g, bacKan());
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  REQUIRE(r.tables.size() == 1);
  CHECK(r.tables[0].rows.size() == static_cast<std::size_t>(n + 1));
  CHECK(r.tables[0].rows.back().role == RowRole::Total);
  INFO("recognition took " << ms << " ms");
  CHECK(ms < 500);   // about 3 ms in a release build; generous for debug builds and busy machines
}

TEST_CASE("thousands of merged rows and a wide sheet of words stay fast", "[table][robust]") {
  Rows rows = {{"TT", "Nội dung hoạt động", "Chỉ tiêu", "Thời gian thực hiện"}};
  for (int i = 1; i <= 1500; ++i) {
    rows.push_back({"Nội dung " + std::to_string(i) + ". Phần việc số " + std::to_string(i)});
    rows.push_back({"'01", "Việc " + std::to_string(i), "'" + std::to_string(i % 50 + 1) + " lớp", "Năm 2023"});
  }
  p8::Grid g = gridOf("PL", rows);
  for (int i = 0; i < 1500; ++i) {
    const std::string r = std::to_string(2 + 2 * i);
    mergeCells(g, "A" + r + ":D" + r);
  }
  auto t0 = std::chrono::steady_clock::now();
  const auto r = p8::recognizeTables(g, ninhThuan());
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  REQUIRE(r.tables.size() == 1);
  CHECK(r.tables[0].rows.size() == 3000);
  CHECK(r.tables[0].rows[2998].role == RowRole::Section);
  CHECK(r.tables[0].rows[2999].level == 1);
  INFO("merged: " << ms << " ms");
  CHECK(ms < 500);
  // 200 rows × 300 columns of header words in no table shape: every row is tried as a header.
  const char* words[] = {"Nội dung", "Ghi chú", "Kế hoạch", "Ba Bể", "Thực hiện", "x", "Tổng", "TT"};
  p8::Grid wide("W", 200, 300);
  for (int rr = 0; rr < 200; ++rr)
    for (int c = 0; c < 300; ++c)
      if ((rr * 7 + c * 3) % 5 == 0) {
        wide.at(rr, c).type = p8::Cell::Type::Text;
        wide.at(rr, c).text = words[(rr + c) % 8];
      } else {
        wide.at(rr, c).type = p8::Cell::Type::Number;
        wide.at(rr, c).number = rr + c;
      }
  t0 = std::chrono::steady_clock::now();
  CHECK_NOTHROW(p8::recognizeTables(wide, bacKan()));
  ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  INFO("wide: " << ms << " ms");
  CHECK(ms < 1000);
}

TEST_CASE("random grids of table words: never a crash, every table consistent", "[table][robust]") {
  const char* const words[] = {"TT", "STT", "Nội dung", "Chỉ tiêu", "ĐVT", "Ba Bể", "Na Rì", "TP. Bắc Kạn", "Hà Nội",
                               "Tổng cộng", "Kế hoạch", "Thực hiện", "Lũy kế", "Tỷ lệ", "Ghi chú", "Thời gian",
                               "Nội dung 1. Truyền thông", "HĐ1", "01", "1.1", "I", "a)", "-", "(1)", "#REF!",
                               "Tổ truyền thông cộng đồng", "Người lập biểu", "", "", "", "5", "47", "2023"};
  const int nWords = static_cast<int>(sizeof words / sizeof words[0]);
  unsigned seed = 12345;
  auto next = [&] { seed = seed * 1103515245u + 12345u; return static_cast<int>((seed >> 16) & 0x7fff); };
  for (int round = 0; round < 200; ++round) {
    const int rows = 1 + next() % 25, cols = 1 + next() % 12;
    Rows data(static_cast<std::size_t>(rows), std::vector<std::string>(static_cast<std::size_t>(cols)));
    for (auto& row : data)
      for (auto& cell : row) cell = words[next() % nWords];
    p8::Grid g = gridOf("R", data);
    g.originRow = next() % 3;
    for (int m = next() % 4; m > 0; --m) {
      const int top = next() % rows, left = next() % cols;
      const std::string a = p8::cellA1(g.originRow + top, left);
      const std::string b = p8::cellA1(g.originRow + std::min(rows - 1, top + next() % 3), std::min(cols - 1, left + next() % 4));
      mergeCells(g, a + ":" + b);
    }
    if (next() % 2) g.hiddenRows = hiddenAt(rows, {next() % rows});
    const p8::Plan& plan = next() % 2 ? bacKan() : ninhThuan();
    p8::Recognition r;
    REQUIRE_NOTHROW(r = p8::recognizeTables(g, plan));
    for (const auto& t : r.tables) {
      INFO(describe(r));
      CHECK(t.headerTop <= t.headerBottom);
      CHECK(t.top <= t.headerTop);
      CHECK(t.headerBottom <= t.bottom);
      CHECK(t.left <= t.right);
      CHECK_FALSE(t.range.empty());
      for (std::size_t ri = 0; ri < t.rows.size(); ++ri) {
        CHECK(t.rows[ri].row > t.headerBottom);
        CHECK(t.rows[ri].row <= t.bottom);
        if (ri) CHECK(t.rows[ri].row > t.rows[ri - 1].row);
        for (std::size_t ci = 0; ci < t.columns.size(); ++ci)
          CHECK_FALSE(p8::tableCellA1(g, t, static_cast<int>(ri), static_cast<int>(ci)).empty());
      }
      for (const auto& c : t.columns) {
        CHECK(c.col >= t.left);
        CHECK(c.col <= t.right);
        CHECK((c.role == ColumnRole::District) == (!c.districtId.empty() || c.unlisted));
      }
    }
    for (const auto& f : r.findings) CHECK(p8::findFindingKind(f.code) != nullptr);
  }
}
