#!/bin/sh
# Builds zanlink-bench in build-bench (Release) and writes docs/benchmarks.md.
#
#   bench/run.sh                      # 20 000 provisions per language (≈ 1 minute on 2 cores)
#   SIZE=100000 bench/run.sh          # larger corpus; SIZE goes up to 1 000 000
#   LIBRARY=~/.local/share/ZanLink/library.sqlite bench/run.sh
#                                     # also run the query mix on a copy of that library
#
# Other knobs: SEED (corpus seed), JOBS (build jobs, default 1), OUT (report path),
# WORKDIR (where the benchmark library is written; removed afterwards unless KEEP=1).
# The corpus is synthetic and fictional (bench/corpus_generator.h). No timing is asserted.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
size=${SIZE:-20000}
seed=${SEED:-20240601}
jobs=${JOBS:-1}
out=${OUT:-$root/docs/benchmarks.md}
build=$root/build-bench
workdir=${WORKDIR:-$(mktemp -d "${TMPDIR:-/tmp}/zanlink-bench.XXXXXX")}

case $size in
    '' | *[!0-9]*) echo "run.sh: SIZE must be a number of provisions per language" >&2; exit 2 ;;
esac
if [ "$size" -gt 1000000 ]; then
    echo "run.sh: SIZE is at most 1000000" >&2
    exit 2
fi

cmake -S "$root" -B "$build" -DZANLINK_BUILD_BENCH=ON -DCMAKE_BUILD_TYPE=Release -DZANLINK_BUILD_TESTS=OFF
cmake --build "$build" --target zanlink-bench -j "$jobs"

revision=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git -C "$root" status --porcelain --untracked-files=no -- lib 2>/dev/null)" ]; then
    revision="$revision with uncommitted changes in lib/"
fi
set -- --provisions "$size" --seed "$seed" --workdir "$workdir" --out "$out" --revision "$revision"
if [ -n "${LIBRARY:-}" ]; then
    set -- "$@" --library "$LIBRARY"
fi
status=0
"$build/bench/zanlink-bench" "$@" || status=$?
if [ "${KEEP:-0}" != 1 ]; then
    rm -rf "$workdir"
fi
exit $status
