// Progress tables: plan and actual columns under group headers ("Kế hoạch" over "Giai
// đoạn" / "Năm 2023", "Thực hiện" over "Kỳ báo cáo" / "Lũy kế", "Tỷ lệ (%)" over two
// comparisons), Roman-numbered parts, a numbering row; and a progress table per district
// (districts as the rows' labels, read as they stand).
#include "test_recognize_util.hpp"

using namespace rectest;
using p8::ColumnRole;
using p8::RowRole;

TEST_CASE("a province progress report with grouped headers", "[table][progress]") {
  const Rows rows = {
      {"HỘI LHPN TỈNH BẮC KẠN", "", "", "", "", "", "", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
      {"BÁO CÁO KẾT QUẢ THỰC HIỆN DỰ ÁN 8 NĂM 2023"},
      {},
      {"STT", "Nội dung / Chỉ tiêu", "ĐVT", "Kế hoạch", "", "Thực hiện", "", "Tỷ lệ (%)", "", "Ghi chú"},
      {"", "", "", "Giai đoạn 2021-2025", "Năm 2023", "Kỳ báo cáo", "Lũy kế từ đầu giai đoạn", "So với KH năm",
       "So với KH giai đoạn", ""},
      {"A", "B", "C", "1", "2", "3", "4", "5=3/2", "6=4/1", "D"},
      {"I", "CHỈ TIÊU VỀ TRUYỀN THÔNG"},
      {"1", "Tổ truyền thông cộng đồng", "tổ", "380", "80", "75", "250", "0.94", "0.66", ""},
      {"2", "CLB thủ lĩnh của sự thay đổi", "CLB", "74", "15", "#REF!", "40", "", "", "số liệu chưa đủ"},
      {"II", "CHỈ TIÊU VỀ TẬP HUẤN"},
      {"1", "Tập huấn giám sát, đánh giá", "cuộc", "25", "5", "5", "12", "1", "0.48", ""},
      {"1.1", "Trong đó: cấp xã", "cuộc", "20", "4", "4", "10", "1", "0.5", ""},
      {},
      {"", "", "", "", "", "", "", "Bắc Kạn, ngày 10 tháng 9 năm 2023"},
      {"", "NGƯỜI LẬP BIỂU", "", "", "", "", "", "THỦ TRƯỞNG ĐƠN VỊ"}};
  p8::Grid g = gridOf("Tiến độ", rows);
  for (const char* m : {"D4:E4", "F4:G4", "H4:I4", "A4:A5", "B4:B5", "C4:C5", "J4:J5", "B7:J7", "B10:J10"})
    mergeCells(g, m);
  g.hiddenRows = hiddenAt(g.rows, {8});   // the CLB row is hidden: still part of the table
  const auto r = p8::recognizeTables(g, bacKan());
  INFO(describe(r));
  REQUIRE(r.tables.size() == 1);
  const p8::Table& t = r.tables[0];
  CHECK(t.kind == p8::TableKind::Progress);
  CHECK(t.headerTop == 3);
  CHECK(t.headerBottom == 5);
  CHECK(t.range == "A4:J12");
  CHECK(roles(t) == std::vector<ColumnRole>{ColumnRole::Number, ColumnRole::Name, ColumnRole::Unit, ColumnRole::Target,
                                            ColumnRole::PlanYear, ColumnRole::Actual, ColumnRole::Cumulative,
                                            ColumnRole::Rate, ColumnRole::Rate, ColumnRole::Note});
  CHECK(t.columns[4].header == "Kế hoạch / Năm 2023");
  REQUIRE(t.rows.size() == 6);
  CHECK(t.rows[0].role == RowRole::Section);
  CHECK(t.rows[0].label == "CHỈ TIÊU VỀ TRUYỀN THÔNG");
  CHECK(t.rows[1].indicatorCode == "1");
  CHECK(t.rows[1].level == 1);
  CHECK(t.rows[2].indicatorCode == "6");
  CHECK(t.rows[2].row == 8);
  CHECK(t.rows[3].role == RowRole::Section);
  CHECK(t.rows[4].indicatorCode == "9");
  CHECK(t.rows[5].level == 2);
  CHECK(p8::tableCell(g, t, 2, columnOf(t, ColumnRole::Actual)).type == p8::Cell::Type::Error);
  CHECK(r.findings.empty());
}

TEST_CASE("a progress table per district: districts are the rows' labels", "[table][progress]") {
  const Rows rows = {{"KẾT QUẢ THÀNH LẬP TỔ TRUYỀN THÔNG CỘNG ĐỒNG"},
                     {"STT", "Huyện/thành phố", "Kế hoạch giai đoạn", "Thực hiện năm 2023", "Lũy kế"},
                     {"1", "TP Bắc Kạn", "47", "10", "30"},
                     {"2", "Ba Bể", "47", "12", "35"},
                     {"3", "Chợ Đồn", "47", "8", "20"},
                     {"", "Tổng cộng", "141", "30", "85"}};
  const auto r = p8::recognizeTables(gridOf("Huyện", rows), bacKan());
  INFO(describe(r));
  REQUIRE(r.tables.size() == 1);
  const p8::Table& t = r.tables[0];
  CHECK(t.kind == p8::TableKind::Progress);
  CHECK_FALSE(t.districtsAsRows);
  CHECK(roles(t) == std::vector<ColumnRole>{ColumnRole::Number, ColumnRole::Name, ColumnRole::Target,
                                            ColumnRole::Actual, ColumnRole::Cumulative});
  REQUIRE(t.rows.size() == 4);
  CHECK(t.rows[0].districtId == "bk-tp-bac-kan");
  CHECK(t.rows[1].districtId == "bk-ba-be");
  CHECK(t.rows[2].districtId == "bk-cho-don");
  CHECK(t.rows[3].role == RowRole::Total);
  CHECK(t.rows[0].indicatorCode.empty());
  CHECK(r.findings.empty());   // a district table is no allocation: no district-missing
}

TEST_CASE("an annual plan-and-result table", "[table][progress]") {
  const Rows rows = {{"STT", "Chỉ tiêu", "Kế hoạch năm 2023", "Ước thực hiện"},
                     {"1", "Tổ truyền thông cộng đồng", "80", "10"},
                     {"2", "CT 2a", "0.15", "0.05"}};
  const auto r = p8::recognizeTables(gridOf("Năm", rows), bacKan());
  INFO(describe(r));
  REQUIRE(r.tables.size() == 1);
  const p8::Table& t = r.tables[0];
  CHECK(t.kind == p8::TableKind::Progress);
  CHECK(roles(t) == std::vector<ColumnRole>{ColumnRole::Number, ColumnRole::Name, ColumnRole::PlanYear, ColumnRole::Actual});
  CHECK(t.rows[1].indicatorCode == "2a");
}

TEST_CASE("district rows: 'Đơn vị' names the units; unknown and repeated districts are reported", "[table][progress]") {
  const Rows rows = {{"STT", "Đơn vị", "Kế hoạch", "Thực hiện", "Lũy kế"},
                     {"1", "Thành phố Bắc Kạn", "47", "10", "30"},
                     {"2", "Huyện Ba Bể", "47", "12", "35"},
                     {"3", "Huyện Bạch Thong", "47", "8", "20"},
                     {"4", "Huyện Chợ Đồng", "47", "8", "20"},
                     {"5", "H. Ba Bể", "47", "1", "2"},
                     {"", "Toàn tỉnh", "235", "39", "107"}};
  const auto r = p8::recognizeTables(gridOf("Huyện", rows), bacKan());
  INFO(describe(r));
  REQUIRE(r.tables.size() == 1);
  const p8::Table& t = r.tables[0];
  CHECK(t.columns[1].role == ColumnRole::Name);
  CHECK(t.rows[2].districtId == "bk-bach-thong");   // "Thong" without its diacritics is still Bạch Thông
  CHECK(t.rows[3].districtId.empty());
  CHECK(find(r, "district-unknown", "B5") != nullptr);
  REQUIRE(find(r, "district-duplicate", "B6") != nullptr);
  CHECK(find(r, "district-duplicate", "B6")->expected == "B3");
  CHECK(count(r, "district-unknown") == 1);
  CHECK(count(r, "district-missing") == 0);
  CHECK(t.rows[5].role == RowRole::Total);
}

TEST_CASE("a per-district table is never read the wrong way round", "[table][progress]") {
  // The label column has no header; districts run down column B. Turned round, the rows
  // would be "Kế hoạch", "Thực hiện" — not indicators: it is read as it stands.
  const Rows rows = {{"", "", "Kế hoạch", "Thực hiện"},
                     {"", "Ba Bể", "47", "10"},
                     {"", "Na Rì", "47", "12"},
                     {"", "Pác Nặm", "47", "8"}};
  const auto r = p8::recognizeTables(gridOf("H", rows), bacKan());
  INFO(describe(r));
  REQUIRE(r.tables.size() == 1);
  CHECK_FALSE(r.tables[0].districtsAsRows);
  CHECK(r.tables[0].kind == p8::TableKind::Progress);
  CHECK(r.tables[0].columns[0].role == ColumnRole::Name);
  CHECK(r.tables[0].range == "B1:D4");
  REQUIRE(r.tables[0].rows.size() == 3);
  CHECK(r.tables[0].rows[2].districtId == "bk-pac-nam");
}

TEST_CASE("sub-headers under groups and a numbering row typed as numbers", "[table][progress]") {
  // "Kế hoạch" and "Thực hiện" each over "Số lượng" / "Kinh phí"; no merge information.
  const Rows rows = {{"TT", "Nội dung", "Kế hoạch", "", "Thực hiện", "", "Ghi chú"},
                     {"", "", "Số lượng", "Kinh phí", "Số lượng", "Kinh phí", ""},
                     {"1", "2", "3", "4", "5", "6", "7"},
                     {"1", "Tổ truyền thông cộng đồng", "380", "1200", "120", "300", ""},
                     {"2", "Đối thoại chính sách", "181", "500", "60", "100", ""}};
  const auto r = p8::recognizeTables(gridOf("P", rows), bacKan());
  INFO(describe(r));
  REQUIRE(r.tables.size() == 1);
  const p8::Table& t = r.tables[0];
  CHECK(t.headerTop == 0);
  CHECK(t.headerBottom == 2);
  CHECK(t.kind == p8::TableKind::Progress);
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[0].indicatorCode == "1");
  CHECK(t.columns[2].role == ColumnRole::Target);
  CHECK(t.columns[4].role == ColumnRole::Actual);
  CHECK(t.columns[3].header == "Kinh phí");   // without merges the group text stays over its first column
}
