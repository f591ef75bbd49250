// Allocation tables as Bắc Kạn staff make them: title rows, a two-row merged header
// ("Phân bổ cho các huyện, thành phố" over eight districts spelt every which way), a
// numbering row, SUM formulas in "Tổng cộng", a total row and signatures below — and the
// same table turned round (districts as rows). District headers that name no district, or
// one twice, are reported at their cell.
#include "test_recognize_util.hpp"

using namespace rectest;
using p8::ColumnRole;
using p8::RowRole;

namespace {

// Sheet rows 1–3 title, 5–6 header (merged), 7 numbering, 8–18 the 11 count indicators,
// 19 "Tổng cộng", 21 signatures. Columns: A TT, B Chỉ tiêu, C ĐVT, D–K districts, L total.
Rows allocationRows() {
  Rows rows = {
      {"UBND TỈNH BẮC KẠN"},
      {"BIỂU PHÂN BỔ CHỈ TIÊU DỰ ÁN 8 GIAI ĐOẠN 2021-2025"},
      {"", "", "", "", "", "", "", "", "", "", "Đơn vị tính: tổ, cuộc, người"},
      {},
      {"TT", "Chỉ tiêu", "Đơn vị\ntính", "Phân bổ cho các huyện, thành phố", "", "", "", "", "", "", "", "Tổng\ncộng"},
      {"", "", "", "TP. Bắc Kạn", "H. Ba Bể", "Bạch Thông", "Cho Don", "Huyện\nChợ Mới", "Na Rì", "NGÂN SƠN", "Pác Nặm", ""},
      {"(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)", "(12)=(4)+…+(11)"},
  };
  p8test::appendCountRows(rows);
  rows.push_back({"", "Tổng cộng", "", "=SUM(D8:D18)|1", "", "", "", "", "", "", "", "=SUM(L8:L18)|1051"});
  rows.push_back({});
  rows.push_back({"", "Người lập biểu", "", "", "", "", "", "", "Thủ trưởng đơn vị"});
  return rows;
}

p8::Grid allocationGrid(const Rows& rows = allocationRows()) {
  p8::Grid g = gridOf("Phân bổ", rows);
  mergeCells(g, "D5:K5");
  for (const char* m : {"A5:A6", "B5:B6", "C5:C6", "L5:L6"}) mergeCells(g, m);
  return g;
}

const char* const kDistricts[] = {"bk-tp-bac-kan", "bk-ba-be", "bk-bach-thong", "bk-cho-don",
                                  "bk-cho-moi",    "bk-na-ri", "bk-ngan-son",   "bk-pac-nam"};

}  // namespace

TEST_CASE("a Bắc Kạn allocation with title rows and a merged two-row header", "[table][allocation]") {
  const p8::Grid g = allocationGrid();
  const auto r = p8::recognizeTables(g, bacKan());
  INFO(describe(r));
  REQUIRE(r.tables.size() == 1);
  const p8::Table& t = r.tables[0];
  CHECK(t.kind == p8::TableKind::Allocation);
  CHECK_FALSE(t.districtsAsRows);
  CHECK(t.sheet == "Phân bổ");
  CHECK(t.headerTop == 4);
  CHECK(t.headerBottom == 6);   // the numbering row "(1) (2) …" is header, not data
  CHECK(t.range == "A5:L19");
  CHECK(roles(t) == std::vector<ColumnRole>{ColumnRole::Number, ColumnRole::Name, ColumnRole::Unit, ColumnRole::District,
                                            ColumnRole::District, ColumnRole::District, ColumnRole::District,
                                            ColumnRole::District, ColumnRole::District, ColumnRole::District,
                                            ColumnRole::District, ColumnRole::Total});
  for (int d = 0; d < 8; ++d) CHECK(t.columns[static_cast<std::size_t>(3 + d)].districtId == kDistricts[d]);
  CHECK(t.columns[4].header == "Phân bổ cho các huyện, thành phố / H. Ba Bể");
  CHECK(t.columns[11].header == "Tổng\ncộng");
  REQUIRE(t.rows.size() == 12);
  const char* codes[] = {"1", "2", "2c", "3", "4", "6", "7", "8", "9", "10", "11"};
  for (std::size_t i = 0; i < 11; ++i) {
    CHECK(t.rows[i].row == static_cast<int>(7 + i));
    CHECK(t.rows[i].role == RowRole::Item);
    CHECK(t.rows[i].number == std::to_string(i + 1));
    CHECK(t.rows[i].level == 1);
    CHECK(t.rows[i].indicatorCode == codes[i]);
  }
  CHECK(t.rows[0].label == "Tổ truyền thông cộng đồng");
  CHECK(t.rows[11].role == RowRole::Total);
  CHECK(t.rows[11].label == "Tổng cộng");
  CHECK(r.findings.empty());
  // Cell access in the table's terms: row "Tổ tiết kiệm…", district Ba Bể → E9.
  const int babe = columnOf(t, ColumnRole::District, "bk-ba-be");
  CHECK(p8::tableCellA1(g, t, 1, babe) == "E9");
  CHECK(p8::tableCell(g, t, 1, babe).number == 15);
  CHECK(p8::tableCell(g, t, 0, columnOf(t, ColumnRole::Total)).formula == "=SUM(D8:K8)");
  CHECK(p8::tableCellA1(g, t, 99, 0).empty());
  CHECK(p8::tableCell(g, t, -1, 0).type == p8::Cell::Type::Empty);
}

TEST_CASE("the same allocation without merge information, on a sheet that starts lower", "[table][allocation]") {
  // What a reader that lost the merged areas sees: empty cells under the merged texts.
  p8::Grid g = gridOf("PB", allocationRows());
  g.originRow = 10;
  g.originCol = 2;
  const auto r = p8::recognizeTables(g, bacKan());
  INFO(describe(r));
  REQUIRE(r.tables.size() == 1);
  const p8::Table& t = r.tables[0];
  CHECK(t.kind == p8::TableKind::Allocation);
  CHECK(t.range == "C15:N29");
  CHECK(columnOf(t, ColumnRole::Total) == 11);
  CHECK(countRole(t, ColumnRole::District) == 8);
  CHECK(p8::tableCellA1(g, t, 0, 0) == "C18");
  CHECK(r.findings.empty());
}

TEST_CASE("districts as rows: the allocation turned round is read transposed", "[table][allocation]") {
  Rows rows = allocationRows();
  Rows body(rows.begin() + 4, rows.begin() + 19);   // header, numbering and data rows
  body.erase(body.begin() + 2);                     // without the numbering row
  Rows turned = transpose(body);
  for (auto& cell : turned.back())   // totals as constants (the formulas referred to the old layout)
    if (!cell.empty() && cell[0] == '=') cell = cell.substr(cell.find('|') + 1);
  turned.insert(turned.begin(), {"BIỂU PHÂN BỔ CHỈ TIÊU (theo huyện)"});
  turned.insert(turned.begin() + 1, std::vector<std::string>{});
  const p8::Grid g = gridOf("Theo huyện", turned);
  const auto r = p8::recognizeTables(g, bacKan());
  INFO(describe(r));
  REQUIRE(r.tables.size() == 1);
  const p8::Table& t = r.tables[0];
  CHECK(t.kind == p8::TableKind::Allocation);
  CHECK(t.districtsAsRows);
  CHECK(countRole(t, ColumnRole::District) == 8);
  REQUIRE(t.rows.size() >= 11);
  CHECK(t.rows[0].indicatorCode == "1");
  CHECK(t.rows[10].indicatorCode == "11");
  // Row "Tổ truyền thông" (sheet column C), district Bạch Thông (sheet row 8 = 2 title rows + 6).
  const int bt = columnOf(t, ColumnRole::District, "bk-bach-thong");
  REQUIRE(bt >= 0);
  CHECK(p8::tableCellA1(g, t, 0, bt) == "C8");
  CHECK(p8::tableCell(g, t, 0, bt).number == 47);
  const int total = columnOf(t, ColumnRole::Total);
  REQUIRE(total >= 0);
  CHECK(p8::tableCell(g, t, 0, total).number == 380);
  CHECK(p8::tableCellA1(g, t, 0, total) == "C14");
  CHECK(t.rows.back().role == RowRole::Total);   // sheet column N, "Tổng cộng"
  CHECK(t.range == "A3:N14");                    // the title in A1 is not part of it
  const p8::GridRect a = p8::gridArea(t);
  CHECK(a.top == 2);
  CHECK(a.left == 0);
  CHECK(a.bottom == 13);
  CHECK(a.right == 13);
  CHECK(r.findings.empty());
}

TEST_CASE("an unknown district header is reported at its cell", "[table][allocation]") {
  Rows rows = allocationRows();
  rows[5][9] = "Hà Nội";   // J6 was Ngân Sơn
  const auto r = p8::recognizeTables(allocationGrid(rows), bacKan());
  INFO(describe(r));
  REQUIRE(r.tables.size() == 1);
  const p8::Finding* f = find(r, "district-unknown", "J6");
  REQUIRE(f != nullptr);
  CHECK(f->actual == "Hà Nội");
  CHECK(f->sheet == "Phân bổ");
  CHECK(f->severity == p8::Severity::Error);
  CHECK(f->message_vi.find("Hà Nội") != std::string::npos);
  CHECK(f->message_en.find("not a district") != std::string::npos);
  CHECK(count(r, "district-unknown") == 1);
  // Ngân Sơn has no column now: the unknown header is its one finding, and names it.
  CHECK(count(r, "district-missing") == 0);
  CHECK(f->message_vi.find("Ngân Sơn") != std::string::npos);
}

TEST_CASE("a district written twice is district-duplicate at the second column", "[table][allocation]") {
  Rows rows = allocationRows();
  rows[5][9] = "Huyện Ba Bể";   // J6: Ba Bể again (E6 is "H. Ba Bể")
  const auto r = p8::recognizeTables(allocationGrid(rows), bacKan());
  INFO(describe(r));
  const p8::Finding* f = find(r, "district-duplicate", "J6");
  REQUIRE(f != nullptr);
  CHECK(f->expected == "E6");
  CHECK(count(r, "district-duplicate") == 1);
  CHECK(count(r, "district-unknown") == 0);
  CHECK(count(r, "district-missing") == 0);   // Ngân Sơn's column is the duplicate: one root cause, one finding
}

TEST_CASE("the province's own column, a note column and a place with a prefix", "[table][allocation]") {
  Rows rows = {{"STT", "Chỉ tiêu", "Cấp tỉnh", "TP Bắc Kạn", "Ba Bể", "Bạch Thông", "Chợ Đồn", "Chợ Mới", "Na Rì",
                "Ngân Sơn", "Pác Nặm", "Toàn tỉnh", "Ghi chú"},
               {"1", "Tổ truyền thông cộng đồng", "10", "46", "46", "46", "46", "46", "46", "46", "48", "380", ""}};
  auto r = p8::recognizeTables(gridOf("A", rows), bacKan());
  INFO(describe(r));
  REQUIRE(r.tables.size() == 1);
  const p8::Table& t = r.tables[0];
  CHECK(t.columns[2].role == ColumnRole::Other);   // the province's share, not a district
  CHECK(t.columns[2].header == "Cấp tỉnh");
  CHECK(t.columns[11].role == ColumnRole::Total);
  CHECK(t.columns[12].role == ColumnRole::Note);
  CHECK(r.findings.empty());
  // A district of another province, written with its prefix, right of the total column.
  rows[0].push_back("Huyện Bác Ái");
  rows[1].push_back("3");
  r = p8::recognizeTables(gridOf("A", rows), bacKan());
  INFO(describe(r));
  CHECK(find(r, "district-unknown", "N1") != nullptr);
}

TEST_CASE("an allocation whose label column has no header", "[table][allocation]") {
  const Rows rows = {{"", "TP Bắc Kạn", "Ba Bể", "Bạch Thông", "Chợ Đồn", "Chợ Mới", "Na Rì", "Ngân Sơn", "Pác Nặm", "Tổng"},
                     {"Tổ truyền thông cộng đồng", "47", "47", "47", "47", "47", "47", "47", "51", "380"},
                     {"Địa chỉ tin cậy cộng đồng", "5", "5", "5", "5", "5", "5", "5", "5", "40"}};
  const auto r = p8::recognizeTables(gridOf("A", rows), bacKan());
  INFO(describe(r));
  REQUIRE(r.tables.size() == 1);
  const p8::Table& t = r.tables[0];
  CHECK(t.columns[0].role == ColumnRole::Name);
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[0].indicatorCode == "1");
  CHECK(t.rows[1].indicatorCode == "4");
}

TEST_CASE("error cells in the header and the data do not break recognition", "[table][allocation]") {
  Rows rows = allocationRows();
  rows[5][6] = "#REF!";          // G6: Cho Don's header lost to a deleted reference
  rows[8][4] = "#DIV/0!";
  rows[9][0] = "#N/A";           // a TT
  rows[10][11] = "Err:502";
  const p8::Grid g = allocationGrid(rows);
  const auto r = p8::recognizeTables(g, bacKan());
  INFO(describe(r));
  REQUIRE(r.tables.size() == 1);
  const p8::Table& t = r.tables[0];
  CHECK(t.rows.size() == 12);
  CHECK(t.columns[6].role == ColumnRole::Other);   // the column stays, as what it shows
  CHECK(t.columns[6].header == "Phân bổ cho các huyện, thành phố / #REF!");
  CHECK(countRole(t, ColumnRole::District) == 7);
  CHECK(p8::tableCell(g, t, 1, 4).type == p8::Cell::Type::Error);
  CHECK(count(r, "district-missing") == 1);
  CHECK(count(r, "district-unknown") == 0);
}

TEST_CASE("notes in a data row do not start a new table", "[table][allocation]") {
  const Rows rows = {{"TT", "Chỉ tiêu", "Ba Bể", "Na Rì", "Pác Nặm", "Ghi chú"},
                     {"1", "Tổ truyền thông cộng đồng", "5", "5", "5", ""},
                     {"2", "Đối thoại chính sách", "Kế hoạch năm sau", "Thực hiện chậm", "2", "Thời gian chưa rõ"},
                     {"3", "Địa chỉ tin cậy cộng đồng", "1", "1", "1", ""}};
  const auto r = p8::recognizeTables(gridOf("N", rows), bacKan());
  INFO(describe(r));
  REQUIRE(r.tables.size() == 1);
  CHECK(r.tables[0].rows.size() == 3);
}

TEST_CASE("heading lines inside an allocation; an indicator without figures stays a row", "[table][allocation]") {
  const Rows rows = {{"TT", "Chỉ tiêu", "Ba Bể", "Na Rì", "Pác Nặm", "Tổng"},
                     {"", "Nhóm chỉ tiêu về truyền thông"},
                     {"1", "Tổ truyền thông cộng đồng", "5", "5", "5", "15"},
                     {"", "Đối thoại chính sách"},
                     {"", "NHÓM CHỈ TIÊU VỀ TẬP HUẤN"},
                     {"3", "Tập huấn giám sát, đánh giá", "1", "1", "1", "3"}};
  const auto r = p8::recognizeTables(gridOf("H", rows), bacKan());
  INFO(describe(r));
  REQUIRE(r.tables.size() == 1);
  const auto& rs = r.tables[0].rows;
  REQUIRE(rs.size() == 5);
  CHECK(rs[0].role == RowRole::Section);
  CHECK(rs[1].role == RowRole::Item);
  CHECK(rs[2].role == RowRole::Item);
  CHECK(rs[2].indicatorCode == "7");
  CHECK(rs[3].role == RowRole::Section);
  CHECK(rs[4].indicatorCode == "9");
}
