// Invariant checks for the fuzz targets: a broken invariant aborts, which libFuzzer reports
// as a crash with the input that caused it.
#pragma once
#include <cstdio>
#include <cstdlib>

#define P8_FUZZ_CHECK(cond)                                                        \
  do {                                                                             \
    if (!(cond)) {                                                                 \
      std::fprintf(stderr, "invariant failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
      std::abort();                                                                \
    }                                                                              \
  } while (0)
