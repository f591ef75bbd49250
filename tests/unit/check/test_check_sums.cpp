// Totals against their parts: a Total column against the districts of its row, total rows
// above or below the items, nested numbering (1, 1.1), section subtotals, floating error of
// formulas, percent rows left out — and constants typed among formula totals.
#include "test_check_util.hpp"

using namespace checktest;

namespace {

const std::vector<std::string> kHeader = {"TT", "Nội dung", "ĐVT", "TP Bắc Kạn", "Ba Bể", "Bạch Thông", "Chợ Đồn",
                                          "Chợ Mới", "Na Rì", "Ngân Sơn", "Pác Nặm", "Tổng cộng"};

// A row of eight district values with its total as =SUM(Dn:Kn) (cached value = the sum
// unless `total` is given). Sheet row number n = index in `rows` + 1.
std::vector<std::string> item(const Rows& rows, const std::string& tt, const std::string& label,
                              const std::string& unit, std::vector<double> v, std::optional<double> total = {}) {
  std::vector<std::string> row = {tt, label, unit};
  double sum = 0;
  for (double x : v) {
    row.push_back(p8::machineNumber(x));
    sum += x;
  }
  const std::string n = std::to_string(rows.size() + 1);
  row.push_back("=SUM(D" + n + ":K" + n + ")|" + p8::machineNumber(total.value_or(sum)));
  return row;
}

// A total row whose cells sum the item rows [first, last] (1-based sheet rows) per column.
std::vector<std::string> totalRow(const Rows& rows, int first, int last, std::optional<double> overrideD = {}) {
  std::vector<std::string> row = {"", "Tổng cộng", ""};
  for (int c = 3; c <= 11; ++c) {
    double s = 0;
    for (int r = first; r <= last; ++r) {
      const std::string& cell = rows[r - 1][c];
      s += std::stod(cell[0] == '=' ? cell.substr(cell.find('|') + 1) : cell);
    }
    if (c == 3 && overrideD) s = *overrideD;
    const std::string col(1, static_cast<char>('A' + c));
    row.push_back("=SUM(" + col + std::to_string(first) + ":" + col + std::to_string(last) + ")|" + p8::machineNumber(s));
  }
  return row;
}

}  // namespace

TEST_CASE("a Total column is compared with the districts of its row", "[check][sums]") {
  auto rows = correctAllocation();
  rows[5][11] = "=SUM(D6:K6)|370";
  auto r = check(rows);
  REQUIRE_FINDING(r, "sum-mismatch", "L6");
  const p8::Finding* f = find(r, "sum-mismatch", "L6");
  CHECK(f->expected == "380");
  CHECK(f->actual == "370");
  CHECK(f->message_vi.find("Tổng ở L6 là 370 nhưng tổng các huyện là 380") != std::string::npos);
  CHECK(count(r, "sum-mismatch") == 1);
  CHECK_NO_FINDING(check(correctAllocation()), "sum-mismatch");
}

TEST_CASE("sums tolerate the floating error of formulas, not real differences", "[check][sums]") {
  Rows rows = {kHeader};
  rows.push_back(item(rows, "1", "Kinh phí hỗ trợ", "triệu đồng", {0.1, 0.2, 0.3, 0.1, 0.2, 0.3, 0.1, 0.2}, 1.5000000000000002));
  CHECK_NO_FINDING(check(rows), "sum-mismatch");
  rows[1][11] = "=SUM(D2:K2)|1.51";
  CHECK_FINDING(check(rows), "sum-mismatch", "L2");
}

TEST_CASE("a total row below the items is compared column by column", "[check][sums]") {
  Rows rows = {kHeader};
  rows.push_back(item(rows, "1", "Mở lớp tập huấn", "lớp", {1, 2, 3, 4, 5, 6, 7, 8}));
  rows.push_back(item(rows, "2", "Tổ chức hội thi", "cuộc", {1, 1, 1, 1, 1, 1, 1, 1}));
  rows.push_back(totalRow(rows, 2, 3));
  auto ok = check(rows);
  CHECK_NO_FINDING(ok, "sum-mismatch");
  CHECK_NO_ALARM(ok);
  rows[3] = totalRow(rows, 2, 3, 3.0);   // D4 says 3, the rows give 2
  auto r = check(rows);
  REQUIRE_FINDING(r, "sum-mismatch", "D4");
  CHECK(find(r, "sum-mismatch", "D4")->expected == "2");
  CHECK(find(r, "sum-mismatch", "D4")->actual == "3");
}

TEST_CASE("a total row directly under the header sums the rows below it", "[check][sums]") {
  Rows rows = {kHeader, {}};
  rows.push_back(item(rows, "1", "Mở lớp tập huấn", "lớp", {1, 2, 3, 4, 5, 6, 7, 8}));
  rows.push_back(item(rows, "2", "Tổ chức hội thi", "cuộc", {1, 1, 1, 1, 1, 1, 1, 1}));
  rows[1] = totalRow(rows, 3, 4);
  CHECK_NO_FINDING(check(rows), "sum-mismatch");
  rows[1] = totalRow(rows, 3, 4, 7.0);
  CHECK_FINDING(check(rows), "sum-mismatch", "D2");
}

TEST_CASE("nested rows: a total of the top level or of the leaves is right", "[check][sums]") {
  Rows rows = {kHeader};
  rows.push_back(item(rows, "1", "Tập huấn", "lớp", {2, 2, 2, 2, 2, 2, 2, 2}));
  rows.push_back(item(rows, "'1.1", "Cấp huyện", "lớp", {1, 1, 1, 1, 1, 1, 1, 1}));
  rows.push_back(item(rows, "'1.2", "Cấp xã", "lớp", {1, 1, 1, 1, 1, 1, 1, 1}));
  rows.push_back(item(rows, "2", "Hội thi", "cuộc", {1, 1, 1, 1, 1, 1, 1, 1}));
  Rows top = rows;
  top.push_back({"", "Tổng cộng", "", "=SUM(D2,D5)|3", "3", "3", "3", "3", "3", "3", "3", "24"});
  CHECK_NO_FINDING(check(top), "sum-mismatch");
  Rows wrong = rows;
  wrong.push_back({"", "Tổng cộng", "", "5", "3", "3", "3", "3", "3", "3", "3", "26"});   // 2+1+1+1: counted twice
  auto r = check(wrong);
  CHECK_FINDING(r, "sum-mismatch", "D6");
  CHECK_FINDING(r, "sum-mismatch", "L6");
  CHECK_FALSE(has(r, "sum-mismatch", "E6"));
}

TEST_CASE("a section row carrying a subtotal is checked against its rows", "[check][sums]") {
  Rows rows = {kHeader};
  rows.push_back({"I", "Nội dung 1. Truyền thông", "", "3", "3", "3", "3", "3", "3", "3", "3", "=SUM(D2:K2)|24"});
  rows.push_back(item(rows, "1", "Mở lớp tập huấn", "lớp", {1, 1, 1, 1, 1, 1, 1, 1}));
  rows.push_back(item(rows, "2", "Hội thi", "cuộc", {2, 2, 2, 2, 2, 2, 2, 2}));
  rows.push_back({"II", "Nội dung 2. Sinh kế", "", "", "", "", "", "", "", "", "", ""});
  rows.push_back(item(rows, "1", "Mô hình", "mô hình", {5, 5, 5, 5, 5, 5, 5, 5}));
  CHECK_NO_FINDING(check(rows), "sum-mismatch");
  rows[1][4] = "4";
  rows[1][11] = "=SUM(D2:K2)|25";
  auto r = check(rows);
  CHECK_FINDING(r, "sum-mismatch", "E2");
  CHECK_FINDING(r, "sum-mismatch", "L2");        // 25 against the items' 8 + 16
  CHECK_FALSE(has(r, "sum-mismatch", "F2"));
}

TEST_CASE("percent rows are never summed", "[check][sums]") {
  Rows rows = {kHeader};
  rows.push_back(item(rows, "1", "Tổ truyền thông cộng đồng", "tổ", {47, 47, 47, 47, 47, 47, 47, 51}));
  rows.push_back({"2a", "Tiếp cận định chế tài chính chính thức", "%", "0.15", "0.15", "0.15", "0.15", "0.15",
                  "0.15", "0.15", "0.15", "0.15"});
  rows.push_back(totalRow(rows, 2, 2));
  auto r = check(rows);
  CHECK_NO_FINDING(r, "sum-mismatch");
}

TEST_CASE("a total typed in among formula totals is total-hardcoded", "[check][sums]") {
  auto rows = correctAllocation();
  rows[12][11] = "50";
  auto r = check(rows);
  REQUIRE_FINDING(r, "total-hardcoded", "L13");
  CHECK(find(r, "total-hardcoded", "L13")->expected == "=SUM(D13:K13)");
  CHECK(find(r, "total-hardcoded", "L13")->severity == p8::Severity::Warning);
  CHECK(count(r, "total-hardcoded") == 1);
  CHECK_NO_FINDING(r, "sum-mismatch");   // the typed value is right, only fragile
  // A sheet typed entirely by hand has no formula siblings: nothing to compare with.
  auto typed = correctAllocation();
  for (std::size_t i = 5; i < typed.size(); ++i) typed[i][11] = typed[i][11].substr(typed[i][11].find('|') + 1);
  CHECK_NO_FINDING(check(typed), "total-hardcoded");
  CHECK_NO_FINDING(check(correctAllocation()), "total-hardcoded");
  // In a total row too.
  Rows rows2 = {kHeader};
  rows2.push_back(item(rows2, "1", "Mở lớp tập huấn", "lớp", {1, 2, 3, 4, 5, 6, 7, 8}));
  rows2.push_back(item(rows2, "2", "Tổ chức hội thi", "cuộc", {1, 1, 1, 1, 1, 1, 1, 1}));
  rows2.push_back(totalRow(rows2, 2, 3));
  rows2[3][4] = "3";
  CHECK_FINDING(check(rows2), "total-hardcoded", "E4");
}
