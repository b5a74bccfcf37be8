#!/usr/bin/env bash
# The screening benchmark of BENCHMARKS.md: for each population size, a synthetic export is written
# once (unless the folder has one), then, REPEATS times in turn, a Jackson parse-only pass, the
# screening on one thread and the screening on every core, each in its own JVM with the same heap
# limit, with its wall time and peak memory (GNU time). The machine's speed drifts by a third from
# minute to minute, so the runs are interleaved and the medians compared.
# Usage, from the project root after `mvn -B -DskipTests package`: bench/screen-bench.sh [N ...]
set -euo pipefail
jar=bench/target/benchmarks.jar
work=${VAPATH_BENCH_DIR:-/tmp/vapath-screen-bench}
heap=${VAPATH_BENCH_HEAP:-256m}
memory_mb=${VAPATH_BENCH_MEMORY_MB:-64}
repeats=${VAPATH_BENCH_REPEATS:-5}
cores=$(nproc)
mkdir -p "$work"

# One run: prints "seconds peak-KB", the figures of the step's report and of GNU time.
run() {
  local out
  out=$( { /usr/bin/time -f "rss %M" java -Xmx"$heap" -cp "$jar" org.vapath.bench.ScreenBench "$@"; } 2>&1)
  echo "$out" | sed -n 's/.* in \([0-9.]*\) s: .*/\1/p' | tr '\n' ' '
  echo "$out" | sed -n 's/^rss \([0-9]*\)$/\1/p'
}

median() {
  sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'
}

for size in "${@:-10000 100000}"; do
  export_dir="$work/export-$size"
  if [ ! -d "$export_dir" ]; then
    java -cp "$jar" org.vapath.bench.ScreenBench generate "$export_dir" "$size" 10
  fi
  patients=$(grep -c . "$export_dir/Patient.ndjson"* 2>/dev/null | awk -F: '{s+=$NF} END {print s}')
  echo "== $size patients: $(du -sh "$export_dir" | cut -f1) of NDJSON, $repeats runs of each step"
  : > "$work/runs-$size.txt"
  for r in $(seq "$repeats"); do
    echo "parse $(run parse "$export_dir")" >> "$work/runs-$size.txt"
    rm -rf "$work/out-$size"
    echo "screen-1 $(run screen "$export_dir" "$work/out-$size" "$memory_mb" 1)" >> "$work/runs-$size.txt"
    rm -rf "$work/out-$size"
    echo "screen-$cores $(run screen "$export_dir" "$work/out-$size" "$memory_mb" "$cores")" >> "$work/runs-$size.txt"
  done
  parse=$(awk '$1 == "parse" {print $2}' "$work/runs-$size.txt" | median)
  for step in parse screen-1 "screen-$cores"; do
    seconds=$(awk -v s="$step" '$1 == s {print $2}' "$work/runs-$size.txt" | median)
    rss=$(awk -v s="$step" '$1 == s {print $3}' "$work/runs-$size.txt" | sort -n | tail -n 1)
    all=$(awk -v s="$step" '$1 == s {printf "%s ", $2}' "$work/runs-$size.txt")
    awk -v step="$step" -v s="$seconds" -v p="$parse" -v n="$patients" -v rss="$rss" -v all="$all" 'BEGIN {
      printf "   %-9s median %6.2f s  %8.0f patients/s  %3.0f%% of parse-only  peak RSS %4.0f MB  (runs: %s)\n",
        step, s, n / s, 100 * p / s, rss / 1024, all }'
  done
done
