// Workbooks p8calc was not built against (issue "trust on workbooks never seen"): each case
// of the issue as a grid, in both directions — the faulty cell found once, the correct
// sheet or the sheet that is no Project 8 table silent, an honest plan-unknown with what was
// seen.
#include "test_check_util.hpp"

#include "core/check/json_out.hpp"
#include "core/parse/encoding.hpp"

using namespace checktest;
using p8::Severity;

namespace {


// The functions demo (samples/p8-ham-mau.ods) as Calc holds it: formula texts in B, results in C.
Rows functionsDemo() {
  return {
      {"Các hàm Dự án 8 (p8calc) – ví dụ"},
      {"Nội dung", "Công thức", "Kết quả", "Kết quả mong đợi"},
      {"Số trong chỉ tiêu viết bằng chữ", "'=P8.VALUE(\"10.000 tờ gấp\")", "=P8.VALUE(\"10.000 tờ gấp\")|10000", "10000"},
      {"Số có số 0 đứng đầu", "'=P8.VALUE(\"06 lớp\")", "=P8.VALUE(\"06 lớp\")|6", "6"},
      {"Tỷ lệ", "'=P8.VALUE(\"15% thành viên của Tổ TKVVB\")", "=P8.VALUE()|0.15", "'0,15"},
      {"Đơn vị tính", "'=P8.UNIT(\"10.000 tờ gấp\")", "=P8.UNIT()|tờ gấp", "tờ gấp"},
      {"Chỉ tiêu kế hoạch của chỉ số 1", "'=P8.TARGET(\"1\")", "=P8.TARGET(\"1\")|380", "380"},
      {"Chỉ tiêu theo tên chỉ số", "'=P8.TARGET(\"Địa chỉ tin cậy cộng đồng\")", "=P8.TARGET()|40", "40"},
      {"Chỉ tiêu phân bổ cho huyện (kế hoạch có biểu phân bổ)", "'=P8.TARGET(\"1\";\"H. Chợ Đồn\";\"plans/x.json\")", "Err:502", "54"},
      {"Tên chỉ số", "'=P8.INDICATOR(\"2c\")", "=P8.INDICATOR()|Tổ TKVVTB áp dụng phương pháp học tập và hành động giới (thí điểm)", "Tổ TKVVTB áp dụng …"},
      {"Đơn vị của chỉ số", "'=P8.INDICATOR(\"7\";\"đơn vị\")", "=P8.INDICATOR()|cuộc", "cuộc"},
      {"Tên chuẩn của huyện", "'=P8.DISTRICT(\"huyen cho don\")", "=P8.DISTRICT()|Chợ Đồn", "Chợ Đồn"},
      {"Huyện của Ninh Thuận", "'=P8.DISTRICT(\"H. Bác Ái\";\"Ninh Thuận\")", "=P8.DISTRICT()|Bác Ái", "Bác Ái"},
      {"Cộng theo huyện (cách viết khác nhau)", "'=P8.SUMDISTRICT(C27:C31;B27:B31;\"Chợ Đồn\")", "=P8.SUMDISTRICT()|35", "35"},
      {"Kiểm tra tổng (0 là khớp)", "'=P8.CHECKSUM(C27:C30;C31)", "=P8.CHECKSUM()|0", "0"},
      {"Còn thiếu so với chỉ tiêu", "'=P8.GAP(300;\"380 tổ\")", "=P8.GAP()|80", "80"},
      {"Tỷ lệ hoàn thành", "'=P8.RATE(300;380)", "=P8.RATE()|0.789473684210526", "'0,789…"},
      {"Tình trạng", "'=P8.STATUS(300;380)", "=P8.STATUS()|Chưa đạt", "Chưa đạt"},
      {"Tình trạng theo tiến độ năm 2023", "'=P8.STATUS(100;380;2023)", "=P8.STATUS()|Chậm tiến độ", "Chậm tiến độ"},
      {"Hạn báo cáo tiến độ năm 2025", "'=P8.DEADLINE(2025)", "=P8.DEADLINE()|45909", "'10/09/2025"},
      {"Hạn cập nhật số liệu năm 2025", "'=P8.DEADLINE(2025;\"cập nhật\")", "=P8.DEADLINE()|46047", "'25/01/2026"},
      {"Năm bắt đầu", "'=P8.TIMELINE(\"Năm 2022 - 2023\";\"bắt đầu\")", "=P8.TIMELINE()|2022", "2022"},
      {"Hoạt động hàng năm?", "'=P8.TIMELINE(\"Hàng năm\";\"hàng năm\")", "=P8.TIMELINE()|1", "1"},
      {},
      {"", "Huyện", "Số tổ"},
      {"", "Chợ Đồn", "20"},
      {"", "H. Ba Bể", "12"},
      {"", "Huyện Chợ Đồn", "15"},
      {"", "Na Rì", "9"},
      {"", "Tổng cộng", "=SUM(C27:C30)|56"},
  };
}

Rows staffList() {
  return {
      {"DANH SÁCH CÁN BỘ PHỤ TRÁCH DỰ ÁN 8"},
      {"TT", "Họ và tên", "Chức vụ", "Đơn vị", "Điện thoại", "Năm sinh"},
      {"1", "Hoàng Thị Lan", "Chủ tịch", "Huyện Ba Bể", "'0912345678", "1978"},
      {"2", "Nông Thị Hoa", "Phó Chủ tịch", "Huyện Chợ Đồn", "'0209 3870 123", "1985"},
      {"3", "Lường Thị Mai", "Cán bộ", "Huyện Na Rì", "'0987.654.321", "1990"},
      {"4", "Triệu Thị Hằng", "Cán bộ", "Thành phố Bắc Kạn", "'0209 3871 456", "1992"},
  };
}

}  // namespace

TEST_CASE("the functions demo sheet is no Project 8 table: no error, no warning", "[check][trust]") {
  const auto r = check(functionsDemo(), bacKan(), {}, "Hàm P8");
  INFO(describe(r));
  CHECK(alarms(r) == 0);
}

TEST_CASE("a staff list beside a correct allocation gives nothing", "[check][trust]") {
  const auto r = p8::checkWorkbook({gridOf("Phân bổ", correctAllocation()), gridOf("Cán bộ", staffList())}, bacKan());
  INFO(describe(r));
  CHECK(alarms(r) == 0);
  CHECK(r.tables.size() == 1);
}

TEST_CASE("phone numbers, IDs, dates and years are never numbers stored as text", "[check][trust]") {
  Rows rows = correctAllocation();
  rows[6][4] = "'0912345678";     // a phone number typed into E7
  rows[7][5] = "'2024";           // a year
  rows[8][6] = "'12/05/2024";     // a date
  const auto r = check(rows);
  INFO(describe(r));
  CHECK(count(r, "value-text-number") == 0);
  CHECK(has(r, "value-not-number", "E7"));
  CHECK(has(r, "value-not-number", "G9"));
}

namespace {
// Districts as rows, indicators across, a total row =SUM over every unit row; the unit in
// row 11 is no district of the plan but its figures are part of the plan's targets.
Rows unitsAsRows(bool typo) {
  Rows rows = {{"UBND TỈNH BẮC KẠN"},
               {"PHÂN BỔ CHỈ TIÊU THEO ĐƠN VỊ"},
               {"STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Địa chỉ tin cậy cộng đồng", "CLB thủ lĩnh của sự thay đổi"}};
  const char* names[] = {"TP Bắc Kạn", "Ba Bể", "Bạch Thông", "Chợ Đồn", "Chợ Mới", "Na Rì", "Ngân Sơn", "Pác Nặm"};
  const int vals[8][3] = {{47, 5, 9}, {47, 5, 9}, {47, 5, 9}, {47, 5, 9}, {47, 5, 9}, {47, 5, 9}, {47, 5, 9}, {51, 5, 11}};
  for (int i = 0; i < 8; ++i)
    rows.push_back({std::to_string(i + 1), typo && i == 7 ? "Huyện Pắc Nậm Mới" : names[i], std::to_string(vals[i][0]),
                    std::to_string(vals[i][1]), std::to_string(vals[i][2])});
  rows.push_back({"", "Tổng cộng", "=SUM(C4:C11)|380", "=SUM(D4:D11)|40", "=SUM(E4:E11)|74"});
  return rows;
}
}  // namespace

TEST_CASE("an unknown unit is district-unknown once; the sums it is part of stay right", "[check][trust]") {
  const auto ok = check(unitsAsRows(false));
  INFO(describe(ok));
  CHECK(alarms(ok) == 0);
  const auto r = check(unitsAsRows(true));
  INFO(describe(r));
  CHECK(count(r, "district-unknown") == 1);
  CHECK(count(r, "sum-mismatch") == 0);
  CHECK(count(r, "allocation-under") == 0);
  CHECK(r.count(Severity::Error) == 1);
}

namespace {
// Progress by district with KH | TH under each unit and the province pair first.
Rows khThPerDistrict(int provinceThDelta) {
  Rows rows = {{"UBND TỈNH BẮC KẠN"},
               {"KẾT QUẢ THỰC HIỆN CHỈ TIÊU DỰ ÁN 8 NĂM 2024"},
               {"TT", "Chỉ tiêu", "ĐVT", "Toàn tỉnh", "", "TP Bắc Kạn", "", "Ba Bể", "", "Chợ Đồn", ""},
               {"", "", "", "KH", "TH", "KH", "TH", "KH", "TH", "KH", "TH"}};
  const struct { const char* label; const char* unit; int kh[3]; int th[3]; } ind[] = {
      {"Tổ truyền thông cộng đồng", "tổ", {20, 30, 25}, {18, 30, 20}},
      {"Địa chỉ tin cậy cộng đồng", "địa chỉ", {3, 4, 5}, {3, 4, 4}},
      {"Cuộc đối thoại chính sách", "cuộc", {10, 12, 9}, {8, 12, 9}}};
  int n = 1;
  for (const auto& i : ind) {
    const int kh = i.kh[0] + i.kh[1] + i.kh[2], th = i.th[0] + i.th[1] + i.th[2];
    const std::string r = std::to_string(rows.size() + 1);
    Rows::value_type row = {std::to_string(n), i.label, i.unit, "=F" + r + "+H" + r + "+J" + r + "|" + std::to_string(kh),
                            std::to_string(th + (n == 1 ? provinceThDelta : 0))};
    for (int d = 0; d < 3; ++d) {
      row.push_back(std::to_string(i.kh[d]));
      row.push_back(std::to_string(i.th[d]));
    }
    rows.push_back(row);
    ++n;
  }
  return rows;
}
p8::Grid khThGrid(int delta) {
  p8::Grid g = gridOf("Tiến độ", khThPerDistrict(delta));
  for (const char* m : {"D3:E3", "F3:G3", "H3:I3", "J3:K3"}) mergeCells(g, m);
  return g;
}
}  // namespace

TEST_CASE("KH | TH under each district: the province TH is checked against the districts' TH", "[check][trust]") {
  const auto ok = p8::checkWorkbook({khThGrid(0)}, bacKan());
  INFO(describe(ok));
  CHECK(alarms(ok) == 0);
  const auto r = p8::checkWorkbook({khThGrid(-10)}, bacKan());
  INFO(describe(r));
  CHECK(count(r, "sum-mismatch") == 1);
  CHECK(has(r, "sum-mismatch", "E5"));
  CHECK(alarms(r) == 1);
}

namespace {
Rows districtReport(const std::string& district, bool cumulative) {
  Rows rows = {{"HỘI LHPN HUYỆN " + district, "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
               {"Đơn vị báo cáo: Huyện " + district},
               {"BÁO CÁO KẾT QUẢ THỰC HIỆN DỰ ÁN 8 NĂM 2024"},
               {"TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu giao giai đoạn",
                cumulative ? "Lũy kế từ đầu giai đoạn đến 31/12/2024" : "Thực hiện năm 2024"}};
  rows.push_back({"1", "Tổ truyền thông cộng đồng", "tổ", "47", cumulative ? "20" : "10"});
  rows.push_back({"2", "Địa chỉ tin cậy cộng đồng", "địa chỉ", "5", cumulative ? "2" : "1"});
  rows.push_back({"3", "Cuộc đối thoại chính sách", "cuộc", "22", cumulative ? "9" : "4"});
  return rows;
}
}  // namespace

TEST_CASE("a district's own report names only itself: its plan is inferred with the evidence", "[check][trust]") {
  const std::vector<const p8::Plan*> plans = {&bacKan(), &ninhThuan()};
  for (const char* d : {"BA BỂ", "BẠCH THÔNG", "CHỢ ĐỒN", "CHỢ MỚI", "NA RÌ", "NGÂN SƠN", "PÁC NẶM"}) {
    INFO(d);
    const p8::PlanInference inf = p8::inferPlanEvidence({gridOf("Báo cáo", districtReport(d, false))}, plans);
    CHECK(inf.planId == "bac-kan-2022");
    CHECK(inf.evidence_vi.find(std::string("HUYỆN ") + d) != std::string::npos);
    CHECK(inf.evidence_vi.find("báo cáo của") != std::string::npos);
  }
}

TEST_CASE("a one-year figure is never judged as cumulative against the phase target", "[check][trust]") {
  p8::CheckOptions opt;
  opt.asOfYear = 2024;
  const auto year = check(districtReport("BA BỂ", false), bacKan(), opt, "Báo cáo");
  INFO(describe(year));
  CHECK(count(year, "progress-behind") == 0);
  CHECK(alarms(year) == 0);
  const auto cum = check(districtReport("BA BỂ", true), bacKan(), opt, "Báo cáo");
  INFO(describe(cum));
  CHECK(count(cum, "progress-behind") == 3);   // 20/47, 2/5, 9/22 by 2024 of 2021–2025
}

namespace {
Rows thaiNguyen2026() {
  Rows rows = {{"UBND TỈNH THÁI NGUYÊN"},
               {"KẾ HOẠCH THỰC HIỆN DỰ ÁN 8 NĂM 2026 (GIAI ĐOẠN 2026-2030)"},
               {"TT", "Xã, phường", "Tổ truyền thông cộng đồng", "Địa chỉ tin cậy cộng đồng", "Ghi chú"}};
  const char* units[] = {"Phường Đức Xuân", "Phường Bắc Kạn", "Xã Ba Bể", "Xã Chợ Rã", "Xã Bằng Vân", "Xã Ngân Sơn",
                         "Xã Nam Cường", "Xã Chợ Đồn", "Xã Bạch Thông", "Xã Na Rì"};
  int n = 1;
  for (const char* u : units) rows.push_back({std::to_string(n++), u, "3", "1", ""});
  rows.push_back({"", "Tổng cộng", "=SUM(C4:C13)|30", "=SUM(D4:D13)|10", ""});
  return rows;
}
}  // namespace

TEST_CASE("a 2026 Thái Nguyên workbook by commune: plan-unknown with what was seen, never bac-kan-2022", "[check][trust]") {
  const std::vector<const p8::Plan*> plans = {&bacKan(), &ninhThuan()};
  const p8::PlanInference inf = p8::inferPlanEvidence({gridOf("KH 2026", thaiNguyen2026())}, plans);
  INFO(inf.evidence_vi);
  CHECK(inf.planId.empty());
  CHECK(inf.evidence_vi.find("Thái Nguyên") != std::string::npos);
  CHECK(inf.evidence_vi.find("xã") != std::string::npos);
  CHECK(inf.evidence_vi.find("2026–2030") != std::string::npos);
  CHECK(p8::inferPlan({gridOf("KH 2026", thaiNguyen2026())}, plans).empty());
  const p8::Finding f = p8::planUnknownFinding("tn.xlsx", plans, inf);
  CHECK(f.code == "plan-unknown");
  CHECK(f.message_vi.find("Thái Nguyên, xã, 2026–2030") != std::string::npos);
  CHECK(f.message_en.find("--plan") != std::string::npos);
}

TEST_CASE("the plan evidence names the province, the units and the phase", "[check][trust]") {
  const std::vector<const p8::Plan*> plans = {&bacKan(), &ninhThuan()};
  const p8::PlanInference inf = p8::inferPlanEvidence({gridOf("Phân bổ", correctAllocation())}, plans);
  CHECK(inf.planId == "bac-kan-2022");
  CHECK(inf.evidence_vi.find("Bắc Kạn") != std::string::npos);
  const auto r = check(correctAllocation());
  CHECK_FALSE(r.planEvidence.evidence_vi.empty());
}

namespace {
std::string tcvn3(const std::string& utf8) { return p8::encodeTcvn3(utf8); }
Rows tcvnAllocation() {
  Rows rows = correctAllocation();
  for (auto& row : rows)
    for (auto& cell : row)
      if (!cell.empty() && cell[0] != '=' && !std::isdigit(static_cast<unsigned char>(cell[0]))) cell = tcvn3(cell);
  return rows;
}
}  // namespace

TEST_CASE("TCVN3 (ABC) text is read as Unicode and named by one INFO finding", "[check][trust][encoding]") {
  const Rows rows = tcvnAllocation();
  REQUIRE(rows[4][6] == "Cho Don");          // ASCII stays ASCII
  REQUIRE(rows[4][4] == "H. Ba BÓ");         // Ba Bể in TCVN3
  const auto r = check(rows);
  INFO(describe(r));
  REQUIRE(r.tables.size() == 1);
  CHECK(alarms(r) == 0);
  CHECK(count(r, "text-legacy-encoding") == 1);
  const p8::Finding* f = find(r, "text-legacy-encoding", "");
  REQUIRE(f);
  CHECK(f->severity == Severity::Info);
  CHECK(f->message_vi.find("TCVN3") != std::string::npos);
  CHECK(f->message_vi.find("Phân bổ") != std::string::npos);
  // A Unicode sheet is never taken for an old encoding.
  CHECK(count(check(correctAllocation()), "text-legacy-encoding") == 0);
}

TEST_CASE("a district typed over another is district-duplicate once, not also district-missing", "[check][trust]") {
  auto dup = correctAllocation();
  dup[4][9] = "Ba Bể";   // J5 was Ngân Sơn
  const auto r = check(dup);
  INFO(describe(r));
  CHECK(count(r, "district-duplicate") == 1);
  CHECK(count(r, "district-missing") == 0);
  CHECK(alarms(r) == 1);
}

TEST_CASE("p8calc's own results sheet is never read as input", "[check][trust]") {
  Rows results = {{"KẾT QUẢ KIỂM TRA"}, {"Mức", "Ô", "Mã", "Nội dung"}, {"Lỗi", "L6", "sum-mismatch", "Tổng ở L6 là 370"}};
  results.push_back({"Chỉ tiêu", "TP Bắc Kạn", "Ba Bể", "Chợ Đồn", "Tổng cộng"});
  results.push_back({"1", "47", "'0912345678", "-", "380"});
  const auto r = p8::checkWorkbook({gridOf("Phân bổ", correctAllocation()), gridOf("P8 Kết quả kiểm tra", results)}, bacKan());
  INFO(describe(r));
  CHECK(r.findings.empty());
  CHECK(r.tables.size() == 1);
}

TEST_CASE("an error or an impossible value is reported once, not again in the totals over it", "[check][trust]") {
  auto err = correctAllocation();
  err[7][5] = "=#REF!+1|#REF!";          // F8
  err[7][11] = "=SUM(D8:K8)|#REF!";      // L8 shows the same error
  const auto e = check(err);
  INFO(describe(e));
  CHECK(has(e, "cell-error", "F8"));
  CHECK_FALSE(has(e, "cell-error", "L8"));
  CHECK(alarms(e) == 1);
  auto neg = correctAllocation();
  neg[8][7] = "-3";                      // H9; L9 =SUM keeps the row's total consistent, the plan's is not
  neg[8][11] = "=SUM(D9:K9)|13";
  const auto n = check(neg);
  INFO(describe(n));
  CHECK(has(n, "value-negative", "H9"));
  CHECK(alarms(n) == 1);
}

TEST_CASE("plan_evidence in JSON and the text output say why the plan was chosen", "[check][trust][json]") {
  const auto r = check(correctAllocation());
  const std::string json = p8::toJson({{"a.ods", r}});
  CHECK(json.find("\"plan_evidence\":{\"seen_vi\":") != std::string::npos);
  CHECK(json.find("tỉnh Bắc Kạn") != std::string::npos);
  CHECK(json.rfind("{\"schema_version\":1,\"files\":[{\"file\":\"a.ods\",\"plan\":\"bac-kan-2022\",\"tables\":[", 0) == 0);
  CHECK(p8::toText({{"a.ods", r}}, "vi").find("vì sao: kế hoạch bac-kan-2022 vì tệp ghi tỉnh Bắc Kạn") != std::string::npos);
  CHECK(p8::toText({{"a.ods", r}}, "en").find("why: plan bac-kan-2022 because") != std::string::npos);
}

TEST_CASE("a one-year figure is judged against that year's plan, only when the sheet has it", "[check][trust]") {
  Rows rows = {{"UBND TỈNH BẮC KẠN"},
               {"BÁO CÁO KẾT QUẢ THỰC HIỆN DỰ ÁN 8 NĂM 2024"},
               {"TT", "Chỉ tiêu", "ĐVT", "Kế hoạch giai đoạn 2021-2025", "Kế hoạch năm 2024", "Thực hiện năm 2024"},
               {"1", "Tổ truyền thông cộng đồng", "tổ", "380", "76", "76"},
               {"2", "Địa chỉ tin cậy cộng đồng", "địa chỉ", "40", "8", "5"}};
  p8::CheckOptions opt;
  opt.asOfYear = 2024;
  const auto r = check(rows, bacKan(), opt, "Báo cáo");
  INFO(describe(r));
  CHECK(has(r, "progress-behind", "F5"));
  CHECK(count(r, "progress-behind") == 1);
  CHECK(find(r, "progress-behind", "F5")->message_vi.find("kế hoạch năm 2024") != std::string::npos);
  // Six months are not a year; another year's plan is not this year's.
  Rows half = rows;
  half[2][5] = "Thực hiện 6 tháng đầu năm 2024";
  CHECK(count(check(half, bacKan(), opt, "Báo cáo"), "progress-behind") == 0);
  p8::CheckOptions other;
  other.asOfYear = 2025;
  CHECK(count(check(rows, bacKan(), other, "Báo cáo"), "progress-behind") == 0);
}

TEST_CASE("one text in a short table's figure column is a slip to report, not a list", "[check][trust]") {
  const Rows rows = {{"UBND TỈNH BẮC KẠN"}, {}, {"", "Chỉ tiêu", "TP. Bắc Kạn", "Ba Bể", "Tổng cộng"},
                     {"", "Tổ truyền thông cộng đồng", "=#REF!+1|#REF!", "mười", "=SUM(C4:D4)|#REF!"}};
  const auto r = check(rows);
  INFO(describe(r));
  CHECK(has(r, "cell-error", "C4"));
  CHECK(has(r, "value-not-number", "D4"));
}
