#!/bin/bash
# The README's run command: builds, installs build/p8calc.oxt into the private profile
# build/profile, and runs the main job on samples/: with a display, opens Calc with the
# samples; without one, evaluates and checks them headless and prints the results.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/build.sh
/usr/bin/python3 tools/demo.py "$@"
