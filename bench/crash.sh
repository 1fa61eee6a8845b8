#!/bin/sh
# The full form of the import crash test: many more SIGKILLs of an importing
# writer than the test suite runs (which does 12). Builds in build/.
#
#   bench/crash.sh            # 300 kills
#   ROUNDS=1000 bench/crash.sh
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cmake -S "$root" -B "$root/build" > /dev/null
cmake --build "$root/build" --target tst_library_crash -j "${JOBS:-2}"
ZANLINK_CRASH_ROUNDS=${ROUNDS:-300} QT_QPA_PLATFORM=offscreen "$root/build/tests/store/tst_library_crash"
