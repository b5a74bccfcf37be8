#!/usr/bin/env bash
# The screening benchmark of BENCHMARKS.md: for each population size, a synthetic export is
# written once, then a Jackson parse-only pass and the whole screening run in separate JVMs with
# the same heap limit, side by side, each with its wall time and peak memory (GNU time).
# Usage, from the project root after `mvn -B -DskipTests package`: bench/screen-bench.sh [N ...]
set -euo pipefail
jar=bench/target/benchmarks.jar
work=${VAPATH_BENCH_DIR:-/tmp/vapath-screen-bench}
heap=${VAPATH_BENCH_HEAP:-256m}
memory_mb=${VAPATH_BENCH_MEMORY_MB:-64}
mkdir -p "$work"
for n in "${@:-10000 100000}"; do
  for size in $n; do
    export_dir="$work/export-$size"
    if [ ! -d "$export_dir" ]; then
      java -cp "$jar" org.vapath.bench.ScreenBench generate "$export_dir" "$size" 10
    fi
    echo "== $size patients: $(du -sh "$export_dir" | cut -f1) of NDJSON"
    for step in parse screen; do
      args=("$export_dir")
      [ "$step" = screen ] && args+=("$work/out-$size" "$memory_mb")
      /usr/bin/time -f "   peak RSS %M KB, %e s wall" java -Xmx"$heap" -cp "$jar" org.vapath.bench.ScreenBench \
        "$step" "${args[@]}"
    done
  done
done
