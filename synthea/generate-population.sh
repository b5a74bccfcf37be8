#!/usr/bin/env bash
# A synthetic population for the screening: Synthea with VAPath's vertebral compression fracture
# module writes a FHIR Bulk Data export, then only what VAPath reads is kept (the resource types,
# and the observations with a code VAPath reads), as a Bulk Data export with _type and _typeFilter
# would hold. Optionally the result is cloned under fresh ids to a larger population.
# Usage, from the project root after `mvn -B -DskipTests package`:
#   synthea/generate-population.sh PATIENTS OUT [SEED] [--all-modules] [--clone COPIES BIG_OUT]
set -euo pipefail
patients=$1; out=$2; seed=${3:-1}; shift $(( $# < 3 ? $# : 3 ))
all=""; copies=""; big=""
while [ $# -gt 0 ]; do
  case "$1" in
    --all-modules) all="--all-modules"; shift ;;
    --clone) copies=$2; big=$3; shift 3 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
synthea_cp="synthea/target/vapath-synthea-0.1.0-SNAPSHOT.jar:synthea/target/lib/*"
bench=bench/target/benchmarks.jar
rm -rf "$out/raw"
java -cp "$synthea_cp" org.vapath.synthea.GeneratePopulation "$patients" "$seed" "$out/raw" $all
java -cp "$bench" org.vapath.bench.ScreenBench select "$out/raw/fhir" "$out/export"
echo "export: $out/export ($(du -sh "$out/export" | cut -f1))"
if [ -n "$copies" ]; then
  java -cp "$bench" org.vapath.bench.ScreenBench clone "$out/export" "$big" "$copies"
  echo "cloned x$copies: $big ($(du -sh "$big" | cut -f1))"
fi
