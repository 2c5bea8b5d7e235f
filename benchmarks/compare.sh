#!/usr/bin/env bash
# Side by side: the same seeded inputs through the reference (@blocklet/meta 1.17.12, in node) and through our JMH
# benchmarks, then one table with both figures and their ratio per row.
#
#   benchmarks/compare.sh [OUT_DIR]
#
# Environment: JMH_ARGS (default "-f 1 -wi 3 -w 2s -i 5 -r 2s -prof gc", sized for a 2-core machine),
# JMH_INCLUDE (a JMH benchmark regex, default all), REF_WARMUP_S / REF_ROUND_S / REF_ROUNDS (the node side, default
# 2 s warm-up, 5 rounds of 1 s), REF_MAX_GRAPH (the largest graph given to the reference, default 10000: its layering
# is quadratic, about 77 s for a 100k fan-out), SKIP_BUILD=1 to use an existing benchmarks.jar.
# Run it on a quiet machine; nothing else heavy at the same time.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
out="${1:-$here/target/compare}"
jar="$here/target/benchmarks.jar"
mkdir -p "$out"

if [[ "${SKIP_BUILD:-0}" != 1 || ! -f "$jar" ]]; then
  (cd "$root" && mvn -q -pl benchmarks -am -DskipTests package)
fi
if [[ ! -d "$here/reference/node_modules/@blocklet/meta" ]]; then
  # Install scripts are not needed (a native sqlite3 that parse() never loads).
  (cd "$here/reference" && npm ci --ignore-scripts --no-audit --no-fund)
fi

{
  echo "machine: $(uname -srm); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores;" \
    "$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM"
  echo "java: $(java -version 2>&1 | head -1); node: $(node -v); @blocklet/meta $(node -p "require('$here/reference/node_modules/@blocklet/meta/package.json').version")"
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ); load average at start: $(cut -d" " -f1-3 /proc/loadavg)"
} | tee "$out/machine.txt"

java -cp "$jar" org.blocklet4j.benchmarks.Inputs "$out/inputs" "${REF_MAX_GRAPH:-10000}"

echo "== reference (node)" >&2
(cd "$here/reference" && node run.js "$out/inputs") > "$out/reference.json"

echo "== blocklet4j (JMH)" >&2
# shellcheck disable=SC2086
java -jar "$jar" ${JMH_ARGS:--f 1 -wi 3 -w 2s -i 5 -r 2s -prof gc} -rf json -rff "$out/jmh.json" ${JMH_INCLUDE:-} \
  | tee "$out/jmh.txt"

node "$here/reference/table.js" "$out/jmh.json" "$out/reference.json" | tee "$out/table.md"
