#!/bin/bash
# The README's test command (and .ci/run): builds, then runs every test with ctest —
# Catch2 unit tests, integration tests through a private headless soffice, UI tests under
# Xvfb and the bounded fuzz run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/build.sh
ctest --test-dir build --output-on-failure -j 2 "$@"
