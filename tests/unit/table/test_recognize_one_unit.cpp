// An allocation split over sheets with ONE unit per sheet (a sheet per district: "Ba Bể" with
// STT · Chỉ tiêu · ĐVT · "Huyện Ba Bể" / "Ba Bể" / "Phân bổ cho huyện Ba Bể", the next sheet
// likewise, or a sheet named for the unit with one column "Số lượng"; maybe a summary sheet with every district). Each sheet is an allocation table of
// its unit, on evidence (indicator rows of the plan and figures in the unit's column); alone it
// raises no alarm (no district-missing for the other seven, no allocation-under); together the
// share-out judges their sum: a district with no sheet is one district-missing, a short sum
// one allocation-under. A list naming a district in its header, or notes, stay no table.
#include "test_check_util.hpp"

#include "core/table/recognize.hpp"

using namespace checktest;

namespace {

const char* const kNames[] = {"TP Bắc Kạn", "Ba Bể", "Bạch Thông", "Chợ Đồn", "Chợ Mới", "Na Rì", "Ngân Sơn", "Pác Nặm"};
const char* const kFull[] = {"Thành phố Bắc Kạn", "Huyện Ba Bể", "Huyện Bạch Thông", "Huyện Chợ Đồn",
                             "Huyện Chợ Mới",     "Huyện Na Rì", "Huyện Ngân Sơn",   "Huyện Pác Nặm"};
const char* const kIds[] = {"bk-tp-bac-kan", "bk-ba-be", "bk-bach-thong", "bk-cho-don",
                            "bk-cho-moi",    "bk-na-ri", "bk-ngan-son",   "bk-pac-nam"};
const struct { const char* label; const char* unit; int target; } kCounts[] = {
    {"Tổ truyền thông cộng đồng", "tổ", 380}, {"Địa chỉ tin cậy cộng đồng", "địa chỉ", 40},
    {"CLB thủ lĩnh của sự thay đổi", "CLB", 74}, {"Đối thoại chính sách", "cuộc", 181}};

int share(int target, int d) { return d < 7 ? target / 8 : target - 7 * (target / 8); }

enum class Head { Full, Bare, Allocated, SheetName };   // SheetName: "Số lượng", the unit named by the sheet

std::string header(Head h, int d) {
  switch (h) {
    case Head::SheetName: return "Số lượng";
    case Head::Full: return kFull[d];
    case Head::Bare: return kNames[d];
    case Head::Allocated: {
      std::string full = kFull[d];   // "Phân bổ cho huyện Ba Bể", "Phân bổ cho thành phố Bắc Kạn"
      return "Phân bổ cho " + (d == 0 ? "thành phố" + full.substr(std::string("Thành phố").size())
                                      : "huyện" + full.substr(std::string("Huyện").size()));
    }
  }
  return "";
}

// Rows 1–3 title, 4 header, data 5–8 (indicators 1, 4, 6, 7). shortBy: off indicator 7.
p8::Grid unitSheet(int d, Head h, int shortBy = 0) {
  Rows rows = {{"UBND TỈNH BẮC KẠN"}, {std::string("BIỂU PHÂN BỔ CHỈ TIÊU DỰ ÁN 8 ĐẾN NĂM 2025 - ") + kFull[d]}, {},
               {"STT", "Chỉ tiêu", "ĐVT", header(h, d)}};
  int n = 1;
  for (const auto& c : kCounts) {
    const int v = share(c.target, d) - (n == 4 ? shortBy : 0);
    rows.push_back({std::to_string(n++), c.label, c.unit, std::to_string(v)});
  }
  return gridOf(kNames[d], rows);
}

// summaryShort: taken off Pác Nặm's indicator 7 on the summary only (its total follows).
p8::Grid summarySheet(int summaryShort = 0) {
  Rows rows = {{"UBND TỈNH BẮC KẠN"}, {"TỔNG HỢP PHÂN BỔ CHỈ TIÊU DỰ ÁN 8 ĐẾN NĂM 2025"}, {},
               {"STT", "Chỉ tiêu", "ĐVT", "TP Bắc Kạn", "Ba Bể", "Bạch Thông", "Chợ Đồn", "Chợ Mới", "Na Rì", "Ngân Sơn",
                "Pác Nặm", "Tổng cộng"}};
  int n = 1;
  for (const auto& c : kCounts) {
    std::vector<std::string> row = {std::to_string(n++), c.label, c.unit};
    const int off = n == 5 ? summaryShort : 0;
    for (int d = 0; d < 8; ++d) row.push_back(std::to_string(share(c.target, d) - (d == 7 ? off : 0)));
    const std::string r = std::to_string(rows.size() + 1);
    row.push_back("=SUM(D" + r + ":K" + r + ")|" + std::to_string(c.target - off));
    rows.push_back(row);
  }
  return gridOf("Tổng hợp", rows);
}

std::vector<p8::Grid> book(Head h, int skip = -1, int shortBy = 0, bool summary = false, int summaryShort = 0) {
  std::vector<p8::Grid> out;
  if (summary) out.push_back(summarySheet(summaryShort));
  for (int d = 0; d < 8; ++d)
    if (d != skip) out.push_back(unitSheet(d, h, d == 7 ? shortBy : 0));
  return out;
}

}  // namespace

TEST_CASE("a sheet with one district column is that district's allocation table", "[table][one-unit]") {
  for (Head h : {Head::Full, Head::Bare, Head::Allocated, Head::SheetName})
    for (int d : {0, 1, 7}) {
      const p8::Grid g = unitSheet(d, h);
      INFO(header(h, d));
      const auto r = p8::recognizeTables(g, bacKan());
      REQUIRE(r.tables.size() == 1);
      const p8::Table& t = r.tables.front();
      CHECK(t.kind == p8::TableKind::Allocation);
      int units = 0;
      for (const auto& c : t.columns)
        if (c.role == p8::ColumnRole::District) {
          ++units;
          CHECK(c.districtId == kIds[d]);
        }
      CHECK(units == 1);
      int indicators = 0;
      for (const auto& row : t.rows) indicators += !row.indicatorCode.empty();
      CHECK(indicators == 4);
      CHECK(r.findings.empty());   // no district-missing for the seven on other sheets
    }
}

TEST_CASE("one district's sheet alone raises no alarm", "[check][one-unit]") {
  for (Head h : {Head::Full, Head::Bare, Head::Allocated, Head::SheetName}) {
    const auto r = p8::checkWorkbook({unitSheet(1, h)}, bacKan());
    CHECK(r.tables.size() == 1);
    CHECK_NO_ALARM(r);
    CHECK_NO_FINDING(r, "table-not-found");
  }
}

TEST_CASE("eight sheets, one per district, are one allocation: no alarm, totals from each sheet", "[check][one-unit]") {
  for (bool summary : {false, true})
    for (Head h : {Head::Full, Head::Bare, Head::Allocated, Head::SheetName}) {
      INFO(header(h, 1) << (summary ? " + summary" : ""));
      const auto r = p8::checkWorkbook(book(h, -1, 0, summary), bacKan());
      CHECK(r.tables.size() == (summary ? 9u : 8u));
      CHECK_NO_ALARM(r);
      const p8::Total* province = totalLine(r, "7", "");
      REQUIRE(province);
      CHECK(province->allocated == 181.0);
      CHECK(province->gap == 0.0);
      for (int d = 0; d < 8; ++d) {
        INFO(kIds[d]);
        REQUIRE(totalLine(r, "1", kIds[d]));
        CHECK(totalLine(r, "1", kIds[d])->allocated == static_cast<double>(share(380, d)));
      }
    }
}

TEST_CASE("a district with no sheet is one district-missing", "[check][one-unit]") {
  const auto r = p8::checkWorkbook(book(Head::Bare, 7), bacKan());
  INFO(describe(r));
  REQUIRE(count(r, "district-missing") == 1);
  CHECK(find(r, "district-missing", "")->expected == "bk-pac-nam");
  CHECK(alarms(r) == 1);   // its share short on every indicator: the same root cause
}

TEST_CASE("a short district sheet makes the sum short: one allocation-under", "[check][one-unit]") {
  const auto r = p8::checkWorkbook(book(Head::Full, -1, 5), bacKan());
  INFO(describe(r));
  REQUIRE(count(r, "allocation-under") == 1);
  const p8::Finding* f = find(r, "allocation-under", "B8");   // the row's label on the first sheet
  REQUIRE(f);
  CHECK(f->expected == "181");
  CHECK(f->actual == "176");
  CHECK(alarms(r) == 1);
  // The district's own line comes from its own sheet.
  REQUIRE(totalLine(r, "7", "bk-pac-nam"));
  CHECK(totalLine(r, "7", "bk-pac-nam")->allocated == static_cast<double>(share(181, 7) - 5));
}

TEST_CASE("a summary sheet short of the district sheets is its own finding; lines from the unit sheets", "[check][one-unit]") {
  const auto r = p8::checkWorkbook(book(Head::Bare, -1, 0, true, 5), bacKan());
  INFO(describe(r));
  REQUIRE(count(r, "allocation-under") == 1);
  const p8::Finding* f = find(r, "allocation-under", "L8");   // the summary's total of indicator 7
  REQUIRE(f);
  CHECK(f->sheet == "Tổng hợp");
  CHECK(alarms(r) == 1);
  // Pác Nặm's line and the province's come from the district sheets, not the summary.
  REQUIRE(totalLine(r, "7", "bk-pac-nam"));
  CHECK(totalLine(r, "7", "bk-pac-nam")->allocated == static_cast<double>(share(181, 7)));
  REQUIRE(totalLine(r, "7", ""));
  CHECK(totalLine(r, "7", "")->allocated == 181.0);
}

TEST_CASE("a list or notes under one district's header are no table", "[table][one-unit][evidence]") {
  // Staff of one district: names and phone numbers under "Huyện Ba Bể".
  const Rows staff = {{"DANH SÁCH CÁN BỘ"}, {},
                      {"TT", "Họ và tên", "Chức vụ", "Huyện Ba Bể"},
                      {"1", "Hoàng Thị Lan", "Chủ tịch", "'0912345678"},
                      {"2", "Nông Thị Hoa", "Phó Chủ tịch", "'0209 3870 123"},
                      {"3", "Lường Thị Mai", "Cán bộ", "'0987.654.321"}};
  // Notes per indicator for one district: texts, no figures.
  const Rows notes = {{"GHI NHẬN"}, {},
                      {"TT", "Chỉ tiêu", "Ba Bể"},
                      {"1", "Tổ truyền thông cộng đồng", "Đã thành lập đủ"},
                      {"2", "Địa chỉ tin cậy cộng đồng", "Đang rà soát"},
                      {"3", "Đối thoại chính sách", "Chưa tổ chức"}};
  // Figures for one district, but no indicator of the plan: a budget of its own.
  const Rows budget = {{"KINH PHÍ"}, {},
                       {"TT", "Nội dung", "ĐVT", "Ba Bể"},
                       {"1", "Thuê hội trường", "ngày", "1500000"},
                       {"2", "Nước uống đại biểu", "người", "20000"}};
  // The same figures under a word of their own on a sheet named for the district.
  const Rows unnamed = [&] {
    Rows x = budget;
    x[2][3] = "Số lượng";
    return x;
  }();
  for (const Rows* rows : {&staff, &notes, &budget, &unnamed}) {
    const p8::Grid g = gridOf("Ba Bể", *rows);
    CHECK(p8::recognizeTables(g, bacKan()).tables.empty());
    const auto r = p8::checkWorkbook({g}, bacKan());
    CHECK_NO_ALARM(r);
  }
  // Indicator figures under "Số lượng" on a sheet that names no unit: nothing says whose.
  Rows figures = {{"BIỂU"}, {}, {"STT", "Chỉ tiêu", "ĐVT", "Số lượng"}, {"1", "Tổ truyền thông cộng đồng", "tổ", "47"},
                  {"2", "Đối thoại chính sách", "cuộc", "22"}};
  CHECK(p8::recognizeTables(gridOf("Trang 1", figures), bacKan()).tables.empty());
}

TEST_CASE("one district's results under \"Thực hiện\" are its progress table, silent when right", "[table][one-unit]") {
  const Rows rows = {{"UBND TỈNH BẮC KẠN"}, {"BÁO CÁO KẾT QUẢ THỰC HIỆN DỰ ÁN 8 - HUYỆN BA BỂ"}, {},
                     {"STT", "Chỉ tiêu", "ĐVT", "Thực hiện"},
                     {"", "", "", "Huyện Ba Bể"},
                     {"1", "Tổ truyền thông cộng đồng", "tổ", "40"},
                     {"2", "Địa chỉ tin cậy cộng đồng", "địa chỉ", "4"},
                     {"3", "Đối thoại chính sách", "cuộc", "20"}};
  p8::Grid g = gridOf("Ba Bể", rows);
  for (const char* m : {"A4:A5", "B4:B5", "C4:C5"}) mergeCells(g, m);
  const auto rec = p8::recognizeTables(g, bacKan());
  REQUIRE(rec.tables.size() == 1);
  CHECK(rec.tables.front().kind == p8::TableKind::Progress);
  CHECK(rec.findings.empty());
  CHECK_NO_ALARM(p8::checkWorkbook({g}, bacKan()));
}

TEST_CASE("district sheets under a title of results are progress, never summed as a share-out", "[check][one-unit]") {
  // Eight districts' results, each on its own sheet, far below the targets: not an allocation.
  std::vector<p8::Grid> sheets;
  for (int d = 0; d < 8; ++d) {
    Rows rows = {{"UBND TỈNH BẮC KẠN"}, {std::string("BÁO CÁO KẾT QUẢ THỰC HIỆN DỰ ÁN 8 NĂM 2024 - ") + kFull[d]}, {},
                 {"STT", "Chỉ tiêu", "ĐVT", header(Head::Full, d)}};
    int n = 1;
    for (const auto& c : kCounts) rows.push_back({std::to_string(n++), c.label, c.unit, std::to_string(share(c.target, d) / 2)});
    sheets.push_back(gridOf(kNames[d], rows));
  }
  const auto rec = p8::recognizeTables(sheets[1], bacKan());
  REQUIRE(rec.tables.size() == 1);
  CHECK(rec.tables.front().kind == p8::TableKind::Progress);
  const auto r = p8::checkWorkbook(sheets, bacKan());
  CHECK(r.tables.size() == 8);
  CHECK_NO_ALARM(r);
  CHECK_NO_FINDING(r, "allocation-under");
}

TEST_CASE("a title naming one district gives its column \"Số lượng\" to it", "[table][one-unit]") {
  std::vector<p8::Grid> sheets;
  for (int d = 0; d < 8; ++d) {
    p8::Grid g = unitSheet(d, Head::SheetName);
    g.sheet = "Biểu " + std::to_string(d + 1);   // the title alone names the district
    sheets.push_back(g);
  }
  const auto rec = p8::recognizeTables(sheets[1], bacKan());
  REQUIRE(rec.tables.size() == 1);
  CHECK(rec.tables.front().kind == p8::TableKind::Allocation);
  bool own = false;
  for (const auto& c : rec.tables.front().columns) own |= c.role == p8::ColumnRole::District && c.districtId == "bk-ba-be";
  CHECK(own);
  CHECK_NO_ALARM(p8::checkWorkbook(sheets, bacKan()));
  // Pác Nặm's sheet left out: one district-missing.
  sheets.pop_back();
  const auto r = p8::checkWorkbook(sheets, bacKan());
  INFO(describe(r));
  CHECK(count(r, "district-missing") == 1);
  CHECK(alarms(r) == 1);
  // A title naming two districts names no one unit: no table.
  p8::Grid two = unitSheet(1, Head::SheetName);
  two.sheet = "Biểu";
  two.at(1, 0).text = "BIỂU PHÂN BỔ CHỈ TIÊU - HUYỆN BA BỂ VÀ HUYỆN NA RÌ";
  CHECK(p8::recognizeTables(two, bacKan()).tables.empty());
}
