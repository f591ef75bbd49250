// Timing shared by the benchmarks: the best of several runs, in seconds (the least disturbed
// by a loaded machine; ratios are taken between such bests in the same run).
#pragma once

#include <algorithm>
#include <chrono>

namespace p8bench {

template <class F>
double best(F&& f, int rounds) {
  double b = 1e9;
  for (int i = 0; i < rounds; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    f();
    b = std::min(b, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  return b;
}

}  // namespace p8bench
