// Benchmark (issue 4): the core check of a generated allocation grid — 5,000 activity rows ×
// 8 districts, a Total column of =SUM formulas and a total row — on one core. Baseline in
// the same run: one pass summing every numeric cell of the grid, the floor of any check
// that reads the data ("bulk read"). Prints cells/s (goal ≥ 1 M cells/s) and the ratio
// check/baseline. The grid is correct, so the check must also report nothing.
#include "bench_timing.hpp"
#include "core/check/check.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>

using p8bench::best;

namespace {

p8::Grid makeGrid(const p8::Plan& plan, int rows) {
  const auto districts = plan.districts();
  const int nd = static_cast<int>(districts.size());
  const int cols = 3 + nd;                      // TT, Nội dung, districts…, Tổng cộng
  p8::Grid g("Phân bổ", rows + 2, cols);
  auto text = [&](int r, int c, std::string s) {
    g.at(r, c).type = p8::Cell::Type::Text;
    g.at(r, c).text = std::move(s);
  };
  auto number = [&](int r, int c, double v, std::string formula = {}) {
    g.at(r, c).type = p8::Cell::Type::Number;
    g.at(r, c).number = v;
    g.at(r, c).formula = std::move(formula);
  };
  const std::string first = p8::columnName(2), last = p8::columnName(1 + nd);
  text(0, 0, "TT");
  text(0, 1, "Nội dung hoạt động");
  for (int d = 0; d < nd; ++d) text(0, 2 + d, districts[d]->name);
  text(0, cols - 1, "Tổng cộng");
  std::vector<double> columnSums(cols, 0);
  for (int r = 1; r <= rows; ++r) {
    text(r, 0, std::to_string(r));
    text(r, 1, "Hoạt động số " + std::to_string(r));
    double sum = 0;
    for (int d = 0; d < nd; ++d) {
      const double v = (r * 7 + d * 3) % 50;
      number(r, 2 + d, v);
      sum += v;
      columnSums[2 + d] += v;
    }
    const std::string n = std::to_string(r + 1);
    number(r, cols - 1, sum, "=SUM(" + first + n + ":" + last + n + ")");
    columnSums[cols - 1] += sum;
  }
  text(rows + 1, 1, "Tổng cộng");
  for (int c = 2; c < cols; ++c)
    number(rows + 1, c, columnSums[c], "=SUM(" + p8::columnName(c) + "2:" + p8::columnName(c) + std::to_string(rows + 1) + ")");
  return g;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string plans = argc > 1 ? argv[1] : P8_PLANS_DIR;
  const p8::Plan plan = p8::loadPlanFile(p8::builtinPlanPath("bac-kan-2022", plans));
  const std::vector<p8::Grid> sheets{makeGrid(plan, 5000)};
  const double cells = static_cast<double>(sheets[0].rows) * sheets[0].cols;
  volatile double sink = 0;
  const double base = best([&] {
    double s = 0;
    for (const auto& c : sheets[0].cells)
      if (c.type == p8::Cell::Type::Number) s += c.number;
    sink = s;
  }, 50);
  std::size_t findings = 0;
  const double check = best([&] { findings = p8::checkWorkbook(sheets, plan).findings.size(); }, 5);
  const double rate = cells / check / 1e6;
  std::printf("bench_check: %d rows x %d columns = %.0f cells, %zu findings (expected 0)\n", sheets[0].rows,
              sheets[0].cols, cells, findings);
  std::printf("  baseline: sum of every numeric cell  %9.3f ms\n", base * 1000);
  std::printf("  checkWorkbook (recognise + rules)    %9.3f ms = %.2f M cells/s (goal >= 1)\n", check * 1000, rate);
  std::printf("  ratio check/baseline = %.0f\n", check / base);
  if (rate < 1.0) std::printf("  below the goal of 1 M cells/s\n");
  return findings == 0 ? 0 : 1;   // a correct grid that yields findings is a bug, not slowness
}
