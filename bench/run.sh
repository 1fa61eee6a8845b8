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
cmake --build "$build" --target zanlink-bench zanlink -j "$jobs"

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

# Start-up: the app opens the benchmark library and shows its window with a
# provision (offscreen), says "shown" on standard output, then quits. Two
# times per run: from the start of the process to "shown", and to its exit
# (closing the window and freeing everything included); 5 runs.
if [ $status -eq 0 ] && [ -f "$workdir/bench-library.sqlite" ]; then
    home=$(mktemp -d "${TMPDIR:-/tmp}/zanlink-bench-home.XXXXXX")
    shown_times=""
    exit_times=""
    for i in 1 2 3 4 5; do
        start=$(date +%s%N)
        shown=$(HOME=$home QT_QPA_PLATFORM=offscreen "$build/app/gui/zanlink" --db "$workdir/bench-library.sqlite" \
            --show Z9900010000:5 --quit-after-show 2> /dev/null | { read -r _ && date +%s%N; cat > /dev/null; })
        end=$(date +%s%N)
        if [ -z "$shown" ]; then
            status=1
            shown=$end
        fi
        shown_times="$shown_times $(( (shown - start) / 1000000 ))"
        exit_times="$exit_times $(( (end - start) / 1000000 ))"
    done
    # The app's own peak memory over one more such start (GNU time, when installed).
    peak=""
    if [ -x /usr/bin/time ]; then
        HOME=$home QT_QPA_PLATFORM=offscreen /usr/bin/time -f %M -o "$workdir/peak.txt" "$build/app/gui/zanlink" \
            --db "$workdir/bench-library.sqlite" --show Z9900010000:5 --quit-after-show > /dev/null 2>&1 || status=$?
        peak=$(tail -n 1 "$workdir/peak.txt")
    fi
    rm -rf "$home"
    shown_sorted=$(echo $shown_times | tr ' ' '\n' | sort -n | tr '\n' ' ')
    exit_sorted=$(echo $exit_times | tr ' ' '\n' | sort -n | tr '\n' ' ')
    {
        echo
        echo "## Start-up"
        echo
        echo "The app (\`zanlink --db … --show Z9900010000:5 --quit-after-show\`, offscreen) opens the benchmark"
        echo "library, shows its window with the act tree and a provision, says so, and quits; 5 runs (the first"
        echo "after the library was written, so its pages are in the OS cache). \"Window shown\" is the time from"
        echo "starting the process to the window shown; \"whole process\" adds closing it."
        echo
        echo "| | runs (ms, sorted) | median |"
        echo "|---|---|---|"
        echo "| window shown | $shown_sorted| $(echo $shown_sorted | cut -d' ' -f3) ms |"
        echo "| whole process | $exit_sorted| $(echo $exit_sorted | cut -d' ' -f3) ms |"
        if [ -n "$peak" ]; then
            echo
            echo "The app's peak memory over such a start (GNU time, maximum resident set): $(( peak / 1024 )) MB."
        fi
    } >> "$out"
fi
if [ "${KEEP:-0}" != 1 ]; then
    rm -rf "$workdir"
fi
exit $status
