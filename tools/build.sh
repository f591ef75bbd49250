#!/bin/bash
# Configures and builds everything into build/: the core, unit tests, build/p8calc.oxt and
# the build/p8calc command.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/deps.sh
gen=(); command -v ninja >/dev/null && gen=(-G Ninja)
[ -f build/CMakeCache.txt ] && gen=()
cmake -S . -B build "${gen[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j "$(nproc)"
