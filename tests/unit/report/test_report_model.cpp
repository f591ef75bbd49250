// The report model: rows and numbering from the plan, figures from what the check read
// (missing ones empty with a note, never 0), live formulas that cannot show #DIV/0!, page
// setup; and templates that the check recognises — filled in correctly they give no finding
// at all, with a wrong total a sum-mismatch at that total's cell.
#include "test_report_util.hpp"

#include <chrono>
#include <set>

using namespace checktest;
using namespace reporttest;

namespace {

std::vector<std::string> numbers(const p8::ReportModel& m) {
  std::vector<std::string> out;
  for (int r = m.headerBottom + 1; r <= m.tableBottom; ++r) out.push_back(textAt(m, r, 0));
  return out;
}

const p8::Plan& exampleAllocation() {
  static const p8::Plan plan = p8::loadPlanFile(P8_SOURCE_DIR "/samples/plans/bac-kan-2022-example-allocation.json");
  return plan;
}

// The template's input cells filled: the plan's own allocation where it has one, else the
// target shared out evenly (the values add up to the targets); the target rate everywhere
// for percent rows, and as the province's rate in the total column.
Inputs fillAllocation(const p8::ReportModel& m, const p8::Plan& plan) {
  Inputs in;
  const auto districts = plan.districts();
  const int first = columnTitled(m, districts.front()->name);
  const int n = static_cast<int>(districts.size());
  for (const auto& ind : plan.indicators) {
    const int r = rowOf(m, plan, ind.code);
    REQUIRE(r >= 0);
    REQUIRE(ind.target);
    auto own = plan.allocation.find(ind.code);
    const double share = ind.percent ? *ind.target : std::floor(*ind.target / n);
    for (int d = 0; d < n; ++d) {
      double v = d + 1 < n || ind.percent ? share : *ind.target - share * (n - 1);
      if (own != plan.allocation.end()) v = own->second.at(districts[d]->id);
      in[{r, first + d}] = p8::machineNumber(v);
    }
    if (ind.percent) in[{r, columnTitled(m, "Tổng cộng")}] = p8::machineNumber(*ind.target);
  }
  return in;
}

}  // namespace

TEST_CASE("rows of a plan without linked activities: indicators, sub-indicators dotted", "[report]") {
  const auto m = p8::buildTemplate(layout("progress"), bacKan(), {});
  CHECK(numbers(m) == std::vector<std::string>{"1", "2", "2.1", "2.2", "2.3", "3", "4", "5", "6", "7", "8", "9", "10", "11"});
  CHECK(textAt(m, m.headerBottom + 3, 1) == bacKan().findIndicator("2a")->name.vi);
  CHECK(textAt(m, m.headerBottom + 3, 2) == "%");
  // Other numbering from the layout.
  p8::ReportLayout l = layout("progress");
  l.numbering.subItem = "letter";
  CHECK(numbers(p8::buildTemplate(l, bacKan(), {}))[2] == "a");
  l.numbering.item = "code";
  l.numbering.subItem = "code";
  CHECK(numbers(p8::buildTemplate(l, bacKan(), {}))[3] == "2b");
}

TEST_CASE("rows of an appendix plan follow its activity table: I, 1, 1.1", "[report]") {
  const auto m = p8::buildTemplate(layout("progress"), ninhThuan(), {});
  const auto n = numbers(m);
  REQUIRE(n.size() > 10);
  CHECK(n[0] == "I");
  CHECK(n[1].rfind("1. Xây dựng các tổ/nhóm truyền thông", 0) == 0);   // an activity heading, in the TT cell
  CHECK(n[2] == "1.1");
  CHECK(n[3] == "1.2");
  CHECK(n[4] == "1.3");
  CHECK(n[5].rfind("2. ", 0) == 0);
  CHECK(n[6] == "2.1");   // HĐ 2 item 03 (the only one of HĐ 2 with an indicator)
  CHECK(textAt(m, m.headerBottom + 1, 1).rfind("Tuyên truyền", 0) == 0);
  // Every indicator exactly once, parts merged across the figure columns.
  std::set<std::string> names;
  for (const auto& ind : ninhThuan().indicators) CHECK(rowOf(m, ninhThuan(), ind.code) > m.headerBottom);
  bool partMerged = false;
  for (const auto& mg : m.merges)
    partMerged |= mg.top == m.headerBottom + 1 && mg.left == 1 && mg.right == static_cast<int>(m.columnWidthsMm.size()) - 1;
  CHECK(partMerged);
  CHECK(std::count(n.begin(), n.end(), "IV") == 1);
  CHECK(std::count(n.begin(), n.end(), "V") == 0);   // no indicator left over for "Chỉ tiêu khác"
}

TEST_CASE("header blocks: placeholders, capitals, values from the command line", "[report]") {
  p8::ReportOptions opt;
  opt.period = 2024;
  opt.values["issuer_parent"] = "UBND TỈNH BẮC KẠN";
  opt.values["report_ref"] = "(Kèm theo Báo cáo số 12/BC-HLHPN ngày 05/9/{period})";
  const auto m = p8::buildTemplate(layout("progress"), bacKan(), opt);
  CHECK(textAt(m, 0, 0) == "UBND TỈNH BẮC KẠN");
  CHECK(textAt(m, 1, 0) == "HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẮC KẠN");
  CHECK(textAt(m, 3, 0) == "BÁO CÁO KẾT QUẢ THỰC HIỆN DỰ ÁN 8 NĂM 2024");
  CHECK(textAt(m, 5, 0) == "(Kèm theo Báo cáo số 12/BC-HLHPN ngày 05/9/2024)");
  CHECK(m.sheetName == "Báo cáo 2024");
  CHECK(m.title == "Báo cáo kết quả thực hiện Dự án 8 năm 2024");
  // The motto sits right, the issuer left, the title across the whole width.
  int mottoCol = -1;
  for (const auto& c : m.cells)
    if (c.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") mottoCol = c.col;
  CHECK(mottoCol > 1);
  bool titleAcross = false;
  for (const auto& mg : m.merges) titleAcross |= mg.top == 3 && mg.left == 0 && mg.right == 9;
  CHECK(titleAcross);
  // Footer: place and date, two signature blocks.
  bool place = false, signer = false;
  for (const auto& c : m.cells) {
    place |= c.text == "Bắc Kạn, ngày … tháng … năm 2024";
    signer |= c.text == "THỦ TRƯỞNG ĐƠN VỊ" && c.row > m.tableBottom;
  }
  CHECK(place);
  CHECK(signer);
  // English texts where the layout has them; the plan's English names.
  opt.lang = "en";
  const auto en = p8::buildTemplate(layout("progress"), bacKan(), opt);
  CHECK(textAt(en, 3, 0) == "PROJECT 8 PROGRESS REPORT 2024");
  CHECK(textAt(en, rowOf(m, bacKan(), "1"), 1) == bacKan().findIndicator("1")->name.en);
}

TEST_CASE("{reporting_units}: the plan's own words for its units, huyện or xã, phường", "[report][level]") {
  const p8::Plan& tn = p8test::thaiNguyen();
  p8::ReportOptions opt;
  opt.values["report_ref"] = "Tổng hợp số liệu của các {reporting_units} ({REPORTING_UNIT})";
  CHECK(textAt(p8::buildTemplate(layout("progress"), bacKan(), opt), 5, 0) == "Tổng hợp số liệu của các huyện (HUYỆN)");
  CHECK(textAt(p8::buildTemplate(layout("progress"), tn, opt), 5, 0) ==
        "Tổng hợp số liệu của các xã, phường (XÃ, PHƯỜNG)");
  opt.lang = "en";
  opt.values["report_ref"] = "Figures of the {reporting_units}, one {reporting_unit} a column";
  CHECK(textAt(p8::buildTemplate(layout("progress"), bacKan(), opt), 5, 0) == "Figures of the districts, one district a column");
  CHECK(textAt(p8::buildTemplate(layout("progress"), tn, opt), 5, 0) ==
        "Figures of the communes and wards, one commune/ward a column");
}

TEST_CASE("page: A4, landscape for a wide table, header rows repeated", "[report]") {
  const auto m = p8::buildTemplate(layout("progress"), bacKan(), {});
  CHECK(m.landscape);
  CHECK(m.page.fitWidth);
  CHECK(m.headerBottom == m.tableTop + 1);   // one header row and the "(1) (2) …" row
  CHECK(textAt(m, m.headerBottom, 7) == "(8)=(6)/(5)");
  CHECK(textAt(m, m.headerBottom, 8) == "(9)=(7)/(4)");
  p8::ReportLayout narrow = layout("progress");
  narrow.columns.resize(3);
  CHECK_FALSE(p8::buildTemplate(narrow, bacKan(), {}).landscape);
  // Fonts and styles travel with the model; every style used is defined.
  CHECK(m.fontName == "Times New Roman");
  for (const auto& c : m.cells) CHECK(m.styles.count(c.style) == 1);
  CHECK(m.rowHeightsMm.at(m.tableTop) > 8);   // wrapped header titles get room
}

TEST_CASE("allocation template: input cells unlocked, plan targets and totals locked", "[report]") {
  const auto m = p8::buildTemplate(layout("allocation"), bacKan(), {});
  CHECK(m.protect);
  const int r = rowOf(m, bacKan(), "1");
  const int target = columnTitled(m, "Chỉ tiêu kế hoạch");
  const int total = columnTitled(m, "Tổng cộng");
  const int baBe = columnTitled(m, "Ba Bể");
  REQUIRE(r > 0);
  REQUIRE(target > 0);
  CHECK(m.at(r, target)->number == 380);
  CHECK(m.styles.at(m.at(r, target)->style).locked);
  CHECK(m.at(r, baBe)->kind == p8::ReportCell::Kind::Blank);
  CHECK_FALSE(m.styles.at(m.at(r, baBe)->style).locked);
  CHECK(m.at(r, total)->kind == p8::ReportCell::Kind::Formula);
  CHECK(m.at(r, total)->text == "=IF(COUNT(E" + std::to_string(r + 1) + ":L" + std::to_string(r + 1) + ")=0;\"\";SUM(E" +
                                    std::to_string(r + 1) + ":L" + std::to_string(r + 1) + "))");
  CHECK(m.styles.at(m.at(r, total)->style).locked);
  // A percent indicator has no sum: its total is the province's rate, typed in.
  const int r2a = rowOf(m, bacKan(), "2a");
  CHECK_FALSE(m.styles.at(m.at(r2a, total)->style).locked);
  CHECK(m.styles.at(m.at(r2a, baBe)->style).format == "percent");
}

TEST_CASE("a filled allocation template passes the check with no finding at all", "[report]") {
  for (const p8::Plan* plan : {&bacKan(), &exampleAllocation(), &ninhThuan()}) {
    const auto m = p8::buildTemplate(layout("allocation"), *plan, {});
    const p8::Grid g = gridOfModel(m, fillAllocation(m, *plan));
    const auto r = p8::checkWorkbook({g}, *plan);
    INFO(describe(r));
    REQUIRE(r.tables.size() == 1);
    CHECK(r.tables[0].kind == p8::TableKind::Allocation);
    CHECK(r.findings.empty());
  }
}

TEST_CASE("a wrong total in the allocation template is a sum-mismatch at that cell", "[report]") {
  const auto m = p8::buildTemplate(layout("allocation"), bacKan(), {});
  Inputs in = fillAllocation(m, bacKan());
  const int r = rowOf(m, bacKan(), "4");
  const int total = columnTitled(m, "Tổng cộng");
  p8::Grid g = gridOfModel(m, in);
  g.at(r, total).number = 39;   // the officer overwrote the formula's result
  g.at(r, total).formula = "=SUM(E" + std::to_string(r + 1) + ":L" + std::to_string(r + 1) + ")-1";
  const auto res = p8::checkWorkbook({g}, bacKan());
  REQUIRE_FINDING(res, "sum-mismatch", g.a1(r, total));
  // A district left empty: the check names it (value-empty), the total is still the sum.
  in.erase({r, columnTitled(m, "Ba Bể")});
  const auto res2 = p8::checkWorkbook({gridOfModel(m, in)}, bacKan());
  CHECK(has(res2, "allocation-under", g.a1(r, total)));
}

TEST_CASE("a filled progress template passes the check; the district list is offered", "[report]") {
  p8::ReportOptions opt;
  opt.period = 2023;
  for (const p8::Plan* plan : {&bacKan(), &ninhThuan()}) {
    const auto m = p8::buildTemplate(layout("progress"), *plan, opt);
    REQUIRE(m.validations.size() == 1);
    CHECK(m.validations[0].items.front() == plan->province);
    CHECK(m.validations[0].items.size() == plan->districts().size() + 1);
    CHECK(textAt(m, m.validations[0].range.top, m.validations[0].range.left) == plan->province);
    const int year = columnTitled(m, "Kế hoạch năm 2023");
    const int actual = columnTitled(m, "Thực hiện kỳ báo cáo");
    const int cumulative = columnTitled(m, "Lũy kế từ đầu giai đoạn");
    REQUIRE(year > 0);
    Inputs in;
    for (const auto& ind : plan->indicators) {
      const int r = rowOf(m, *plan, ind.code);
      const double t = *ind.target;
      // On schedule as of 2023 (3 of 5 years), under the target.
      in[{r, year}] = p8::machineNumber(ind.percent ? t : std::round(t / 5));
      in[{r, actual}] = p8::machineNumber(ind.percent ? t : std::round(t / 5));
      in[{r, cumulative}] = p8::machineNumber(ind.percent ? t : std::ceil(t * 0.7));
    }
    const p8::Grid g = gridOfModel(m, in);
    p8::CheckOptions copt;
    copt.asOfYear = 2023;
    const auto r = p8::checkWorkbook({g}, *plan, copt);
    INFO(plan->id << "\n" << describe(r));
    REQUIRE(r.tables.size() == 1);
    CHECK(r.tables[0].kind == p8::TableKind::Progress);
    CHECK(r.findings.empty());
    if (plan != &bacKan()) continue;
    // The rates are live: 70 % of the phase target.
    const int rate = columnTitled(m, "Tỷ lệ % so với KH giai đoạn");
    const int r1 = rowOf(m, bacKan(), "1");
    CHECK(g.at(r1, rate).number == Approx(266.0 / 380));
  }
}

TEST_CASE("a district's progress template carries its allocated share", "[report]") {
  p8::ReportOptions opt;
  opt.district = "bk-cho-don";
  const auto m = p8::buildTemplate(layout("progress"), exampleAllocation(), opt);
  const int target = columnTitled(m, "Kế hoạch giai đoạn 2021–2025");
  CHECK(m.at(rowOf(m, exampleAllocation(), "1"), target)->number == 54);
  CHECK(textAt(m, m.validations[0].range.top, m.validations[0].range.left) == "Chợ Đồn");
  // Without an allocation in the plan, a count target is left for the district to type.
  const auto m2 = p8::buildTemplate(layout("progress"), bacKan(), opt);
  CHECK(m2.at(rowOf(m2, bacKan(), "1"), target)->kind == p8::ReportCell::Kind::Blank);
  CHECK(m2.at(rowOf(m2, bacKan(), "2a"), target)->number == Approx(0.15));
}

TEST_CASE("an allocation report shows the workbook's figures; missing ones empty with a note", "[report]") {
  const auto res = check(correctAllocation());
  const auto fig = p8::collectFigures({gridOf("Phân bổ", correctAllocation())}, res, bacKan());
  const auto m = p8::buildReport(layout("allocation"), bacKan(), fig, {});
  CHECK_FALSE(m.protect);
  const int r = rowOf(m, bacKan(), "1");
  const int baBe = columnTitled(m, "Ba Bể");
  const int note = columnTitled(m, "Ghi chú");
  CHECK(m.at(r, baBe)->kind == p8::ReportCell::Kind::Number);
  CHECK(m.at(r, baBe)->number == 47);   // 380 / 8 in the test sheet
  CHECK(textAt(m, r, note).empty());
  // 2a is not in the workbook: every district empty (never 0), named once as the group.
  const int r2a = rowOf(m, bacKan(), "2a");
  for (int c = baBe - 1; c <= baBe + 6; ++c) CHECK(m.at(r2a, c)->kind == p8::ReportCell::Kind::Blank);
  CHECK(textAt(m, r2a, note) == "Chưa có số liệu: Phân bổ cho các huyện, thành phố");
  int notes2a = 0;
  for (const auto& n : m.notes) notes2a += n.indicator == "2a";
  CHECK(notes2a == 1);
  CHECK(m.notes.size() == 3);   // 2a, 2b, 5
  for (const auto& c : m.cells) CHECK_FALSE((c.kind == p8::ReportCell::Kind::Number && c.number == 0));
  // Below the table, a footnote says empty is not zero.
  bool footnote = false;
  for (const auto& c : m.cells) footnote |= c.row > m.tableBottom && c.text.find("không phải số 0") != std::string::npos;
  CHECK(footnote);
}

TEST_CASE("a progress report: figures from the progress table, rates as guarded formulas", "[report]") {
  Rows rows = {{"BÁO CÁO KẾT QUẢ THỰC HIỆN DỰ ÁN 8 TỈNH BẮC KẠN NĂM 2024"},
               {},
               {"STT", "Chỉ tiêu", "ĐVT", "Kế hoạch giai đoạn", "Kế hoạch năm 2024", "Thực hiện kỳ báo cáo",
                "Lũy kế từ đầu giai đoạn", "Ghi chú"},
               {"1", "Tổ truyền thông cộng đồng", "tổ", "380", "80", "75", "300", ""},
               {"2", "Địa chỉ tin cậy cộng đồng", "địa chỉ", "40", "8", "", "35", ""},
               {"3", "Đối thoại chính sách", "cuộc", "181", "40", "44", "160", ""}};
  p8::CheckOptions copt;
  copt.asOfYear = 2024;
  const auto res = check(rows, bacKan(), copt, "Tiến độ");
  REQUIRE(res.tables.size() == 1);
  const auto fig = p8::collectFigures({gridOf("Tiến độ", rows)}, res, bacKan());
  p8::ReportOptions opt;
  opt.period = 2024;
  const auto m = p8::buildReport(layout("progress"), bacKan(), fig, opt);
  const int r1 = rowOf(m, bacKan(), "1"), r4 = rowOf(m, bacKan(), "4");
  CHECK(m.at(r1, 3)->number == 380);
  CHECK(m.at(r1, 4)->number == 80);
  CHECK(m.at(r1, 5)->number == 75);
  CHECK(m.at(r1, 6)->number == 300);
  const std::string n = std::to_string(r1 + 1);
  CHECK(m.at(r1, 7)->text == "=IF(OR(E" + n + "=\"\";E" + n + "=0;F" + n + "=\"\");\"\";F" + n + "/E" + n + ")");
  CHECK(m.at(r1, 8)->text == "=IF(OR(D" + n + "=\"\";D" + n + "=0;G" + n + "=\"\");\"\";G" + n + "/D" + n + ")");
  // The period's figure of indicator 4 is missing: empty, named in the note; its rate is "".
  CHECK(m.at(r4, 5)->kind == p8::ReportCell::Kind::Blank);
  CHECK(textAt(m, r4, 9) == "Chưa có số liệu: Thực hiện kỳ báo cáo");
  const p8::Grid g = gridOfModel(m);
  CHECK(g.at(r4, 7).type == p8::Cell::Type::Empty);
  CHECK(g.at(r4, 8).number == Approx(35.0 / 40));
  // Indicator 7 ("Đối thoại chính sách") is read; 8 had no row at all: all three figures
  // missing, the target still shown.
  CHECK(m.at(rowOf(m, bacKan(), "7"), 6)->number == 160);
  const int r8 = rowOf(m, bacKan(), "8");
  CHECK(m.at(r8, 3)->number == 50);
  CHECK(textAt(m, r8, 9) == "Chưa có số liệu: Kế hoạch năm 2024; Thực hiện kỳ báo cáo; Lũy kế từ đầu giai đoạn");
}

TEST_CASE("a row without a plan target has an empty rate, not #DIV/0!", "[report]") {
  p8::Plan plan = bacKan();
  plan.indicators[0].target.reset();
  plan.index();
  p8::ReportFigures fig;
  fig.byIndicator["1"].cumulative = 120;
  const auto m = p8::buildReport(layout("progress"), plan, fig, {});
  const int r = rowOf(m, plan, "1");
  CHECK(m.at(r, 3)->kind == p8::ReportCell::Kind::Blank);
  CHECK(textAt(m, r, 9).find("Kế hoạch giai đoạn") == std::string::npos);   // no target is no missing figure
  const p8::Grid g = gridOfModel(m);
  CHECK(g.at(r, 8).type == p8::Cell::Type::Empty);
  CHECK(m.at(r, 8)->text.find("=0;") != std::string::npos);   // a zero target is guarded too
}

TEST_CASE("the model as lines: escaped, one record a line", "[report]") {
  p8::ReportOptions opt;
  opt.values["issuer_parent"] = "A\tB\nC\\D";
  const auto m = p8::buildTemplate(layout("progress"), bacKan(), opt);
  const std::string t = p8::modelText(m);
  CHECK(t.rfind("P8REPORT\t1\n", 0) == 0);
  CHECK(t.find("C\t0\t0\tT\tA\\tB\\nC\\\\D\tissuer\n") != std::string::npos);
  CHECK(t.find("\nPROTECT\t1\n") != std::string::npos);
  CHECK(t.find("\nREPEAT\t" + std::to_string(m.tableTop) + "\t" + std::to_string(m.headerBottom) + "\n") != std::string::npos);
  CHECK(t.find("\nLIST\t") != std::string::npos);
  CHECK(t.find("\nSTYLE\tinput-integer\t0\t0\t0\t0\tright\tcenter\t1\t1\tinteger\t0\t0\t0\n") != std::string::npos);
  CHECK(t.size() > 1000);
  CHECK(t.substr(t.size() - 4) == "END\n");
}

TEST_CASE("the model as lines names the layout's capitals, rules, page numbers and charts", "[report]") {
  p8::ReportModel m = p8::buildReport(layout("progress"), bacKan(), {}, {});
  m.page.numbers = "bottom";
  m.page.numberFirstPage = true;
  m.page.numberSize = 13.5;
  p8::ReportChart chart;
  chart.name = "P8Unit\tShare";
  chart.title = "Tỷ lệ đạt\nchỉ tiêu";
  chart.categories = {30, 1, 38, 1};
  chart.values = {30, 2, 38, 2};
  chart.place = {40, 0, 40, 7};
  chart.pageBreak = 28;
  m.charts.push_back(chart);
  const std::string t = p8::modelText(m);
  // ND 30/2020: the Tiêu ngữ in bold over a line as long as it, the issuing body in bold
  // capitals over a line of 0.4 its length; the Quốc hiệu in capitals without a line.
  CHECK(t.find("\nSTYLE\tmotto-sub\t1\t0\t0\t14\tcenter\tcenter\t0\t0\t\t1\t0\t1\n") != std::string::npos);
  CHECK(t.find("\nSTYLE\tissuer-bold\t1\t0\t0\t13\tcenter\tcenter\t0\t0\t\t1\t1\t0.4\n") != std::string::npos);
  CHECK(t.find("\nSTYLE\tmotto\t1\t0\t0\t13\tcenter\tcenter\t0\t0\t\t1\t1\t0\n") != std::string::npos);
  CHECK(t.find("\nPAGENUM\tbottom\t1\t13.5\n") != std::string::npos);
  CHECK(t.find("\nCHART\tP8Unit\\tShare\tTỷ lệ đạt\\nchỉ tiêu\t30\t1\t38\t1\t30\t2\t38\t2\t40\t0\t40\t7\t28\n") !=
        std::string::npos);
  // The layout's own page numbers: at the top, none on the first page.
  CHECK(p8::modelText(p8::buildReport(layout("progress"), bacKan(), {}, {})).find("\nPAGENUM\ttop\t0\t13\n") !=
        std::string::npos);
  CHECK(t.substr(t.size() - 4) == "END\n");
}

TEST_CASE("a big plan builds fast; hostile texts stay valid UTF-8", "[report]") {
  p8::Plan plan = bacKan();
  const p8::Indicator first = plan.indicators.front();
  plan.indicators.clear();
  for (int i = 0; i < 3000; ++i) {
    p8::Indicator ind = first;
    ind.code = "k" + std::to_string(i);
    ind.name.vi = "Chỉ tiêu số " + std::to_string(i) + (i == 7 ? std::string(100000, 'x') : "") + (i == 8 ? "\xC3(\xFF" : "");
    ind.aliases.clear();
    plan.indicators.push_back(ind);
  }
  plan.index();
  p8::ReportFigures fig;
  fig.byIndicator["k1"].cumulative = 5;
  const auto start = std::chrono::steady_clock::now();
  const auto m = p8::buildReport(layout("allocation"), plan, fig, {});
  const std::string text = p8::modelText(m);
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(secs < 2.0);
  CHECK(m.tableBottom - m.headerBottom == 3000);
  CHECK(p8::cleanUtf8(text) == text);
  CHECK(text.find("Chỉ tiêu số 8\xEF\xBF\xBD(\xEF\xBF\xBD") != std::string::npos);
}
