#!/bin/sh
# Builds the libFuzzer targets with clang (ASan + UBSan, core instrumented for coverage) in
# BUILD_DIR and runs each for SECONDS (default 20), seeded from tests/fuzz/corpus/<name>/
# (the plan reader also from plans/). New inputs go to BUILD_DIR/fuzz-corpus (kept between
# runs, at most MAX_CORPUS=500 per target), never into the source tree. Exits non-zero on
# the first crash, leak, sanitizer report, broken invariant or timeout; the input that failed
# is saved as BUILD_DIR/fuzz-artifacts/<name>-crash-…
#   usage: tests/fuzz/run_fuzz.sh BUILD_DIR [SECONDS] [TARGET…]
set -eu

if [ $# -lt 1 ]; then
  echo "usage: $0 BUILD_DIR [SECONDS] [TARGET...]" >&2
  exit 2
fi
BUILD=$1
SECS=${2:-20}
[ $# -ge 1 ] && shift
[ $# -ge 1 ] && shift
TARGETS=${*:-fuzz_text fuzz_number fuzz_target fuzz_timeline fuzz_names fuzz_plan fuzz_workbook}
SRC=$(cd "$(dirname "$0")/../.." && pwd)

command -v clang++ >/dev/null || { echo "run_fuzz.sh: clang++ not found" >&2; exit 2; }
mkdir -p "$BUILD"
CC=clang CXX=clang++ cmake -S "$SRC" -B "$BUILD" -G Ninja -DP8_FUZZ=ON -DP8_WITH_UNO=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$BUILD/configure.log" 2>&1 ||
  { cat "$BUILD/configure.log" >&2; exit 1; }
ninja -C "$BUILD" -j2 $TARGETS

mkdir -p "$BUILD/fuzz-artifacts"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
status=0
for t in $TARGETS; do
  name=${t#fuzz_}
  work="$BUILD/fuzz-corpus/$name"
  mkdir -p "$work"
  # libFuzzer replays the whole corpus before the timed run starts, so a corpus that grew
  # over many runs would make the bounded run unbounded (the workbook target: ~20 ms an
  # input): past MAX_CORPUS inputs it starts again from the seeds.
  if [ "$(find "$work" -type f | wc -l)" -gt "${MAX_CORPUS:-500}" ]; then
    find "$work" -type f -delete
  fi
  seeds="$SRC/tests/fuzz/corpus/$name"
  [ "$name" = plan ] && seeds="$seeds $SRC/plans"
  echo "== $t: ${SECS}s"
  # shellcheck disable=SC2086
  if ! "$BUILD/tests/fuzz/$t" -max_total_time="$SECS" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
      -print_final_stats=1 -artifact_prefix="$BUILD/fuzz-artifacts/$name-" "$work" $seeds \
      >"$BUILD/fuzz-$name.log" 2>&1; then
    echo "FAILED: $t (log: $BUILD/fuzz-$name.log)" >&2
    grep -E "ERROR|invariant failed|runtime error|Test unit written" "$BUILD/fuzz-$name.log" | head -20 >&2 || true
    status=1
  else
    grep -E "stat::number_of_executed_units|cov:" "$BUILD/fuzz-$name.log" | tail -2
  fi
done
exit $status
