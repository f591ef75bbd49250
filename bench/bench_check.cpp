// Benchmark (issue 4): checking a generated 5,000-row × 8-district allocation grid in the
// core alone. Baseline in the same run: one pass that reads every cell of the grid (the
// floor any check must pay). Prints cells/s and the ratio check/baseline. Goal ≥ 1 M cells/s.
#include "core/check.hpp"

#include <chrono>
#include <cstdio>
#include <string>

namespace {

p8::Grid makeGrid(const p8::Plan& plan, int rows) {
  auto districts = plan.districts();
  const int cols = 3 + static_cast<int>(districts.size());
  p8::Grid g("Phân bổ", rows + 2, cols);
  auto text = [&](int r, int c, std::string s) {
    g.at(r, c).type = p8::Cell::Type::Text;
    g.at(r, c).text = std::move(s);
  };
  text(0, 0, "TT");
  text(0, 1, "Nội dung chỉ tiêu");
  for (std::size_t d = 0; d < districts.size(); ++d) text(0, 2 + d, districts[d]->name);
  text(0, cols - 1, "Tổng cộng");
  for (int r = 1; r <= rows; ++r) {
    text(r, 0, std::to_string(r));
    text(r, 1, "Hoạt động số " + std::to_string(r));
    double sum = 0;
    for (std::size_t d = 0; d < districts.size(); ++d) {
      auto& c = g.at(r, 2 + d);
      c.type = p8::Cell::Type::Number;
      c.number = (r * 7 + d * 3) % 50;
      sum += c.number;
    }
    auto& t = g.at(r, cols - 1);
    t.type = p8::Cell::Type::Number;
    t.number = sum;
    t.formula = "=SUM(C" + std::to_string(r + 1) + ":J" + std::to_string(r + 1) + ")";
  }
  return g;
}

template <class F>
double best(F&& f, int rounds) {
  double b = 1e9;
  for (int i = 0; i < rounds; ++i) {
    auto t0 = std::chrono::steady_clock::now();
    f();
    b = std::min(b, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  return b;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string plans = argc > 1 ? argv[1] : P8_PLANS_DIR;
  p8::Plan plan = p8::loadPlanFile(p8::builtinPlanPath("bac-kan-2022", plans));
  std::vector<p8::Grid> sheets{makeGrid(plan, 5000)};
  const double cells = static_cast<double>(sheets[0].rows) * sheets[0].cols;
  volatile double sink = 0;
  double base = best([&] {
    double s = 0;
    for (const auto& c : sheets[0].cells) s += c.number + static_cast<double>(c.text.size());
    sink = s;
  }, 20);
  std::size_t findings = 0;
  double check = best([&] { findings = p8::checkWorkbook(sheets, plan).findings.size(); }, 5);
  std::printf("grid: 5000 rows x %d columns = %.0f cells; %zu findings\n", sheets[0].cols, cells, findings);
  std::printf("  baseline (read every cell)  %8.3f ms\n", base * 1000);
  std::printf("  check (recognise + rules)   %8.3f ms  = %.2f M cells/s (goal >= 1)\n", check * 1000,
              cells / check / 1e6);
  std::printf("  ratio check/baseline = %.1f\n", check / base);
  return 0;
}
