#!/usr/bin/env bash
# One dated run of the benchmarks of BENCHMARKS.md that this machine can re-run in about twenty
# minutes, one after another, on the code as built: the engine, the NDJSON stream and its memory,
# the report reader, the CDS path (quick check, parts, and the load with authentication on at 200 and
# 400 requests a second), the screening of the vignette population on one machine and on Spark.
# Run it on an idle machine, from the project root, after `mvn -B -DskipTests package`:
#   bench/dated-run.sh 2>&1 | tee /tmp/dated-run.log
# VAPATH_BENCH_STEPS names the steps to run (default: engine ndjson reports cds load screen).
set -euo pipefail
jar=bench/target/benchmarks.jar
work=${VAPATH_BENCH_DIR:-/tmp/vapath-dated-run}
port=${VAPATH_BENCH_PORT:-18080}
mkdir -p "$work"
steps=${VAPATH_BENCH_STEPS:-engine ndjson reports cds load screen}
step() { echo; echo "=== $* ($(date -u +%H:%M:%S) UTC, load average $(cut -d' ' -f1-3 /proc/loadavg))"; }
wanted() { [[ " $steps " == *" $1 "* ]]; }

echo "dated run $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(java -version 2>&1 | head -n 1), commit $(git rev-parse --short HEAD)"

if wanted engine; then
step "engine: assessments per CPU second"
# The JIT settles after about ten rounds: the last ten of twenty are the steady state.
java -cp "$jar" org.vapath.bench.EngineCpuTime 20
step "engine and NDJSON, JMH (wall clock)"
java -jar "$jar" "EngineBenchmark|NdjsonBenchmark" -f 1 -wi 3 -w 3s -i 5 -r 3s 2>&1 | sed -n '/^Benchmark/,$p'
fi

if wanted ndjson; then
step "NDJSON memory: 100,000 and 1,000,000 lines under a 64 MB heap"
cases="$work/cases-100000.ndjson"
if [ ! -f "$cases" ]; then
  for f in core/src/test/resources/vignettes/*.case.json; do python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1]))))' "$f"; done > "$work/vignettes.ndjson"
  n=$(wc -l < "$work/vignettes.ndjson")
  for _ in $(seq $(( (100000 + n - 1) / n ))); do cat "$work/vignettes.ndjson"; done | head -n 100000 > "$cases"
  for _ in $(seq 10); do cat "$cases"; done > "$work/cases-1000000.ndjson"
fi
for lines in 100000 1000000; do
  VAPATH_JAVA_OPTS=-Xmx64m /usr/bin/time -f "   $lines lines: %e s, peak RSS %M KB" ./vapath assess --ndjson \
    "$work/cases-$lines.ndjson" > "$work/out.ndjson"
done
fi

if wanted reports; then
step "report reader: reports per CPU second, then JMH"
java -cp "$jar" org.vapath.bench.ReportReaderCpuTime 12
java -jar "$jar" ReportReaderBenchmark -wi 2 -w 5s -i 2 -r 5s -f 1 2>&1 | sed -n '/^Benchmark/,$p'
fi

if wanted cds; then
step "CDS: the quick check (as CI runs it) and the parts"
java -Xbatch -cp "$jar" org.vapath.bench.CdsQuickCheck 12
java -jar "$jar" CdsPartsBenchmark 2>&1 | sed -n '/^Benchmark/,$p'
fi

if wanted load; then
step "CDS: order-sign under load, authentication on, ./vapath serve with its default heap"
if curl -s -o /dev/null "http://localhost:$port/"; then
  echo "port $port is in use: stop what listens there or set VAPATH_BENCH_PORT" >&2
  exit 1
fi
rm -rf "$work/data" "$work/keys"
java -cp "$jar" org.vapath.bench.CdsLoadGenerator keys "$work/keys"
./vapath serve --port "$port" --data "$work/data" \
  --issuer "https://loadgen.vapath.test=$work/keys/jwks.json" > "$work/serve.log" 2>&1 &
server=$! # the launcher execs java: this is the server's own process
for _ in $(seq 60); do curl -sf "http://localhost:$port/health/ready" > /dev/null && break; sleep 1; done
url="http://localhost:$port/cds-services/vapath-order-sign"
# The first run meets a server just started (its JIT still compiling); the others a warm one.
for run in "200 30" "200 30" "200 30" "400 20" "400 20" "400 20"; do
  # shellcheck disable=SC2086
  java -cp "$jar" org.vapath.bench.CdsLoadGenerator "$url" $run "$work/keys/key.json" | tail -n 2
  echo "   server resident memory: $(( $(awk '/VmRSS/ {print $2}' /proc/"$server"/status) / 1024 )) MB"
done
kill "$server"
fi

if wanted screen; then
step "screening: the vignette population, one machine then Spark local[2]"
VAPATH_BENCH_DIR="$work" VAPATH_BENCH_REPEATS=3 bench/screen-bench.sh 10000
VAPATH_BENCH_DIR="$work" bench/spark-bench.sh 10000
fi
echo
echo "dated run done $(date -u +%H:%M:%S) UTC"
