// Appendix tables laid out like Ninh Thuận's Phụ lục 02 (seed 004): the document's title
// block, the header "TT · Nội dung hoạt động · Chỉ tiêu tổng thể … · Thời gian thực hiện/
// hoàn thiện", "Nội dung n." section rows merged across the table, "HĐ1"/"HĐ 2" activity
// rows, items "01"/"1"/empty TT, free-text and empty targets, multi-line cells.
#include "core/parse/text.hpp"
#include "test_recognize_util.hpp"

using namespace rectest;
using p8::ColumnRole;
using p8::RowRole;

namespace {

Rows appendixRows() {
  return {
      {" ỦY BAN NHÂN DÂN"},                                                             // 1
      {"TỈNH NINH THUẬN"},                                                              // 2
      {},                                                                               // 3
      {"Phụ lục 02"},                                                                   // 4
      {"Hoạt động thực hiện Dự án 8 tại Ninh Thuận\n giai đoạn 1: từ năm 2022 đến năm 2025"},   // 5
      {"(Kèm theo Kế hoạch số      /KH-UBND ngày     /9/2022 của UBND tỉnh Ninh Thuận)"},  // 6
      {},                                                                               // 7
      {"TT", "Nội dung hoạt động ", "Chỉ tiêu tổng thể giai đoạn 1: 2021-2025",
       "Thời gian thực hiện/hoàn thiện"},                                               // 8
      {"Nội dung 1.Tuyên truyền, vận động thay đổi “nếp nghĩ, cách làm” góp phần xóa bỏ các định kiến và khuôn mẫu "
       "giới trong gia đình và cộng đồng"},                                             // 9  merged A:D
      {"HĐ1", "Xây dựng các tổ/nhóm truyền thông tiên phong thay đổi trong cộng đồng"},   // 10 B:D merged
      {"'01", "Thành lập và duy trì Tổ truyền thôngcộng đồng (thu hút sự tham gia của cả nam giới, nữ giới …)",
       "77 tổ", "Thực hiện từ năm 2022 và hoàn thành chậm nhất vào năm 2024"},            // 11
      {"'02", "Tập huấn hướng dẫn thành lập và vận hành và quản lý Tổ truyền thông theo Sổ tay hướng dẫn", "15 lớp",
       "Thực hiện từ năm 2022 và hoàn thành chậm nhất vào năm 2024"},                    // 12
      {"HĐ 2", "Thực hiện các chiến dịch truyền thông xóa bỏ định kiến và khuôn mẫu giới"},   // 13
      {"'01", "Xây dựng chương trình truyền thông trên các kênh truyền thông đại chúng tại địa phương",
       "- Tỉnh: Xây dựng ít nhất 01 chương trình truyền thông và phát trên sóng PT&TH địa phương.\n- Tại mỗi xã, "
       "hàng tháng tổ chức truyền thông trên loa phát thanh xã đến các thôn.",
       "Hàng năm"},                                                                     // 14
      {"'03", "Xây dựng ấn phẩm truyền thông (tài liệu, tờ gấp, áp phích, clip…)", "10.000 tờ gấp", "Hàng năm"},  // 15
      {"Nội dung 2. Xây dựng và nhân rộng các mô hình thay đổi “nếp nghĩ, cách làm” nâng cao quyền năng kinh tế cho "
       "phụ nữ"},                                                                       // 16 merged A:D
      {"HĐ1", "Phát triển và nhân rộng mô hình tiết kiệm và tín dụng tự quản"},          // 17
      {"1", "Củng cố nâng cao chất lượng hoặc thành lập mới Tổ tiết kiệm vay vốn thôn bản (TKVVTB)", "26 tổ",
       "- Thời gian thực hiện từ năm 2022"},                                            // 18
      {"2", "Thí điểm hỗ trợ kết nối cho 15% thành viên của Tổ TKVVTB với các định chế tài chính chính thức",
       "15% thành viên của Tổ TKVVB được kết nối", "+ Năm 2022: Tiến hành rà soát\n+ Từ Năm 2023: thực hiện"},   // 19
      {"HĐ2", "Hỗ trợ ứng dụng công nghệ 4.0 để nâng cao quyền năng kinh tế cho phụ nữ"},   // 20
      {"", "Hỗ trợ các mô hình sinh kế có phụ nữ làm chủ hoặc đồng làm chủ", "4 Tổ", "Năm 2023"},   // 21 empty TT
      {"Nội dung 3. Đảm bảo tiếng nói và sự tham gia thực chất của phụ nữ và trẻ em"},     // 22 merged A:D
      {"HĐ3", "Công tác giám sát và đánh giá về thực hiện bình đẳng giới"},                // 23
      {"'02", "Thực hiện giám sát, thu thập thông tin, tổng hợp báo cáo", "", "Hàng năm"},   // 24 empty target
      {"'03", "Sơ kết, đánh giá, rút kinh nghiệm triển khai", "Sơ kết 6 tháng, năm, giữa kỳ và giai đoạn 1",
       "Hàng năm, giữa kỳ, cuối kỳ"},                                                   // 25
  };
}

p8::Grid appendixGrid() {
  p8::Grid g = gridOf("PL02", appendixRows());
  for (const char* m : {"A9:D9", "A16:D16", "A22:D22", "B10:D10", "B13:D13", "B17:D17", "B20:D20", "B23:D23"})
    mergeCells(g, m);
  return g;
}

}  // namespace

TEST_CASE("Ninh Thuận appendix 02: sections, activities and items", "[table][appendix]") {
  const p8::Grid g = appendixGrid();
  const auto r = p8::recognizeTables(g, ninhThuan());
  INFO(describe(r));
  REQUIRE(r.tables.size() == 1);
  const p8::Table& t = r.tables[0];
  CHECK(t.kind == p8::TableKind::Appendix);
  CHECK(t.headerTop == 7);
  CHECK(t.headerBottom == 7);
  CHECK(t.range == "A8:D25");
  CHECK(roles(t) == std::vector<ColumnRole>{ColumnRole::Number, ColumnRole::Name, ColumnRole::Target, ColumnRole::Timeline});
  REQUIRE(t.rows.size() == 17);
  struct Want { int row; RowRole role; const char* number; int level; };
  const Want want[] = {
      {8, RowRole::Section, "Nội dung 1", 0}, {9, RowRole::Section, "HĐ1", 1},  {10, RowRole::Item, "01", 2},
      {11, RowRole::Item, "02", 2},           {12, RowRole::Section, "HĐ 2", 1}, {13, RowRole::Item, "01", 2},
      {14, RowRole::Item, "03", 2},           {15, RowRole::Section, "Nội dung 2", 0}, {16, RowRole::Section, "HĐ1", 1},
      {17, RowRole::Item, "1", 2},            {18, RowRole::Item, "2", 2},       {19, RowRole::Section, "HĐ2", 1},
      {20, RowRole::Item, "", 2},             {21, RowRole::Section, "Nội dung 3", 0}, {22, RowRole::Section, "HĐ3", 1},
      {23, RowRole::Item, "02", 2},           {24, RowRole::Item, "03", 2}};
  for (std::size_t i = 0; i < 17; ++i) {
    INFO("row " << i);
    CHECK(t.rows[i].row == want[i].row);
    CHECK(t.rows[i].role == want[i].role);
    CHECK(t.rows[i].number == want[i].number);
    CHECK(t.rows[i].level == want[i].level);
  }
  // A section merged across the table: the heading's text is its label.
  CHECK(t.rows[0].label.rfind("Tuyên truyền, vận động", 0) == 0);
  CHECK(t.rows[7].label.rfind("Xây dựng và nhân rộng", 0) == 0);
  CHECK(t.rows[1].label == "Xây dựng các tổ/nhóm truyền thông tiên phong thay đổi trong cộng đồng");
  CHECK(t.rows[12].label.rfind("Hỗ trợ các mô hình sinh kế", 0) == 0);
  // Targets stay text; an empty target is a cell of the table like any other.
  const int target = columnOf(t, ColumnRole::Target);
  CHECK(p8::tableCell(g, t, 2, target).text == "77 tổ");
  CHECK(p8::tableCellA1(g, t, 15, target) == "C24");
  CHECK(p8::tableCell(g, t, 15, target).type == p8::Cell::Type::Empty);
  CHECK(p8::tableCell(g, t, 5, target).text.find("\n- Tại mỗi xã") != std::string::npos);
  CHECK(r.findings.empty());
}

TEST_CASE("appendix header spellings: 'Chỉ tiêu' after the activity names is the target", "[table][appendix]") {
  const Rows rows = {{"Số TT", "Nội dung", "Chỉ tiêu", "Thời gian\nthực hiện", "Đơn vị chủ trì", "Ghi chú"},
                     {"I", "TRUYỀN THÔNG"},
                     {"1", "Tổ chức hội thi", "01 cuộc thi", "Năm 2023", "Hội LHPN tỉnh", ""},
                     {"1.1", "Cấp tỉnh", "01 cuộc", "Năm 2023", "", ""},
                     {"a)", "Vòng sơ khảo", "", "Quý 2/2023", "", ""},
                     {"2", "Nhân rộng mô hình", "Cấp tỉnh chủ động lựa chọn", "Năm 2024", "", ""}};
  const auto r = p8::recognizeTables(gridOf("PL", rows), ninhThuan());
  INFO(describe(r));
  REQUIRE(r.tables.size() == 1);
  const p8::Table& t = r.tables[0];
  CHECK(t.kind == p8::TableKind::Appendix);
  CHECK(roles(t) == std::vector<ColumnRole>{ColumnRole::Number, ColumnRole::Name, ColumnRole::Target,
                                            ColumnRole::Timeline, ColumnRole::Other, ColumnRole::Note});
  REQUIRE(t.rows.size() == 5);
  CHECK(t.rows[0].role == RowRole::Section);
  CHECK(t.rows[0].level == 0);
  CHECK(t.rows[1].level == 1);
  CHECK(t.rows[2].number == "1.1");
  CHECK(t.rows[2].level == 2);
  CHECK(t.rows[3].number == "a");
  CHECK(t.rows[3].level == 3);
  CHECK(t.rows[4].level == 1);
}

TEST_CASE("an activity number with its item (HĐ2.03) is an item under the activity", "[table][appendix]") {
  const Rows rows = {{"TT", "Nội dung hoạt động", "Chỉ tiêu", "Thời gian"},
                     {"Nội dung 1. Truyền thông"},
                     {"HĐ2", "Chiến dịch truyền thông"},
                     {"HĐ2.03", "Xây dựng ấn phẩm truyền thông", "10.000 tờ gấp", "Hàng năm"}};
  const auto r = p8::recognizeTables(gridOf("PL", rows), ninhThuan());
  INFO(describe(r));
  REQUIRE(r.tables.size() == 1);
  const auto& rs = r.tables[0].rows;
  REQUIRE(rs.size() == 3);
  CHECK(rs[0].role == RowRole::Section);
  CHECK(rs[0].number == "Nội dung 1");
  CHECK(rs[0].label == "Truyền thông");
  CHECK(rs[1].role == RowRole::Section);
  CHECK(rs[2].role == RowRole::Item);
  CHECK(rs[2].number == "HĐ2.03");
  CHECK(rs[2].level == 2);
}

TEST_CASE("the whole of appendix 02, written out from the plan as in seed 004", "[table][appendix]") {
  const p8::Plan& nt = ninhThuan();
  Rows rows = {{" ỦY BAN NHÂN DÂN"}, {"TỈNH NINH THUẬN"}, {}, {"Phụ lục 02"},
               {"Hoạt động thực hiện Dự án 8 tại Ninh Thuận\n giai đoạn 1: từ năm 2022 đến năm 2025"},
               {"(Kèm theo Kế hoạch số      /KH-UBND ngày     /9/2022 của UBND tỉnh Ninh Thuận)"}, {}, {},
               {"TT", "Nội dung hoạt động ", "Chỉ tiêu tổng thể giai đoạn 1: 2021-2025", "Thời gian thực hiện/hoàn thiện"}};
  std::vector<std::string> merges;
  struct Planned { const p8::ContentItem* item; int level; };
  std::vector<Planned> planned;
  for (const auto& part : nt.content) {
    rows.push_back({part.number + "." + part.text.vi});
    merges.push_back("A" + std::to_string(rows.size()) + ":D" + std::to_string(rows.size()));
    planned.push_back({&part, 0});
    for (const auto& act : part.children) {
      rows.push_back({act.number, act.text.vi});
      merges.push_back("B" + std::to_string(rows.size()) + ":D" + std::to_string(rows.size()));
      planned.push_back({&act, 1});
      for (const auto& item : act.children) {
        rows.push_back({item.number.empty() ? "" : "'" + item.number, item.text.vi,
                        item.targetText.empty() ? "" : "'" + item.targetText, item.timelineText});
        planned.push_back({&item, 2});
      }
    }
  }
  p8::Grid g = gridOf("PL02", rows);
  for (const auto& m : merges) mergeCells(g, m);
  const auto r = p8::recognizeTables(g, nt);
  INFO(describe(r));
  REQUIRE(r.tables.size() == 1);
  const p8::Table& t = r.tables[0];
  CHECK(t.kind == p8::TableKind::Appendix);
  CHECK(t.headerTop == 8);
  REQUIRE(t.rows.size() == planned.size());
  int matched = 0;
  for (std::size_t i = 0; i < planned.size(); ++i) {
    const p8::TableRow& row = t.rows[i];
    const p8::ContentItem& want = *planned[i].item;
    INFO("row " << row.row + 1 << " " << want.number << " " << want.text.vi.substr(0, 40));
    CHECK(row.level == planned[i].level);
    CHECK(row.role == (planned[i].level == 2 ? RowRole::Item : RowRole::Section));
    CHECK(row.number == want.number);
    if (planned[i].level > 0) CHECK(row.label == p8::text::trim(want.text.vi));
    if (!row.indicatorCode.empty()) {
      CHECK(row.indicatorCode == want.indicator);   // a match is never the wrong indicator
      ++matched;
    }
  }
  CHECK(matched >= 10);
  CHECK(r.findings.empty());
}

TEST_CASE("unnumbered appendix lines: headings in capitals or merged across; activities otherwise", "[table][appendix]") {
  const Rows rows = {{"TT", "Nội dung hoạt động", "Chỉ tiêu", "Thời gian"},
                     {"", "CÁC HOẠT ĐỘNG CHUNG"},
                     {"", "Tổ chức hội nghị sơ kết"},
                     {"", "Hoạt động phối hợp liên ngành"},
                     {"", "Tập huấn cán bộ", "'05 lớp", "Năm 2023"}};
  p8::Grid g = gridOf("PL", rows);
  mergeCells(g, "B4:D4");
  const auto r = p8::recognizeTables(g, ninhThuan());
  INFO(describe(r));
  REQUIRE(r.tables.size() == 1);
  const auto& rs = r.tables[0].rows;
  REQUIRE(rs.size() == 4);
  CHECK(rs[0].role == RowRole::Section);
  CHECK(rs[1].role == RowRole::Item);      // an activity whose target is still empty
  CHECK(rs[2].role == RowRole::Section);   // merged over the target and timeline
  CHECK(rs[3].role == RowRole::Item);
  CHECK(rs[1].label == "Tổ chức hội nghị sơ kết");
}
