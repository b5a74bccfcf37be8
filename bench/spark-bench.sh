#!/usr/bin/env bash
# The Spark side of the screening benchmark (BENCHMARKS.md): the Spark job in local mode on the
# exports that bench/screen-bench.sh wrote, with its wall time and peak memory (GNU time), and its
# results compared with that script's last one-machine run.
# Usage, from the project root after `mvn -B -DskipTests package`: bench/spark-bench.sh [N ...]
# VAPATH_BENCH_MASTER: local[2] (default), another master URL, or standalone (spark/scripts/standalone-cluster).
set -euo pipefail
work=${VAPATH_BENCH_DIR:-/tmp/vapath-screen-bench}
master=${VAPATH_BENCH_MASTER:-local[2]}
jar=$(ls spark/target/vapath-spark-*.jar | head -n 1)
options=$(unzip -p "$jar" org/vapath/spark/java-options.txt)
for size in "${@:-10000 100000}"; do
  echo "== $size patients on Spark $master"
  if [ "$master" = standalone ]; then
    # A standalone cluster of this machine (a master, two workers), started and stopped by the script;
    # the wall time includes starting it, and the peak RSS is the driver's.
    /usr/bin/time -f "   peak RSS %M KB, %e s wall" spark/scripts/standalone-cluster \
      "$work/export-$size" "$work/spark-out-$size" 2026-11-23 2>&1 | grep -E "Screened|peak RSS"
  else
    # shellcheck disable=SC2086
    SPARK_LOCAL_IP=127.0.0.1 /usr/bin/time -f "   peak RSS %M KB, %e s wall" java -Xmx2g $options \
      -Dspark.master="$master" -Dspark.ui.enabled=false -Dlog4j2.configurationFile=vapath-spark-log4j2.properties \
      -cp "$jar:spark/target/lib/*" org.vapath.spark.ScreenJob "$work/export-$size" "$work/spark-out-$size" \
      2026-11-23 2>&1 | grep -E "Screened|peak RSS"
  fi
  # The one-machine results of the last bench/screen-bench.sh run on this export, if any, line for line.
  if [ -f "$work/out-$size/results.ndjson" ]; then
    if cmp -s <(sort "$work/out-$size/results.ndjson") <(cat "$work/spark-out-$size"/results/part-* | sort); then
      echo "   results identical to the one-machine screening ($(grep -c . "$work/out-$size/results.ndjson") patients)"
    else
      echo "   results DIFFER from the one-machine screening"
    fi
  fi
done
