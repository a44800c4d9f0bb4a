#!/usr/bin/env bash
# Benchmark: one build of many agencies, as a provincial office or web vendor would run it.
# Copies the complete example agency (43 items, results, measures, progress) N times and reports
# wall time, pages per second and peak memory, against the goals below.
set -euo pipefail
cd "$(dirname "$0")/.."

AGENCIES=${AGENCIES:-500}
GOAL_SECONDS=${GOAL_SECONDS:-60}      # 500 agencies (~27,000 pages) within a minute on 2 cores (24 s measured)
GOAL_MEMORY_MB=${GOAL_MEMORY_MB:-512}  # and within 512 MB of memory (88 MB measured)

command -v /usr/bin/time >/dev/null || { scripts/install-deps.sh time; }
swift build -c release --product oit >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/Content/agencies"
for i in $(seq -w 1 "$AGENCIES"); do
  cp -r Content/agencies/klongkate "$work/Content/agencies/agency-$i"
done

/usr/bin/time -v .build/release/oit build --content "$work/Content" --theme Templates --output "$work/Site" \
  2> "$work/time.txt" >/dev/null || { cat "$work/time.txt"; exit 1; }
seconds=$(grep 'Elapsed (wall clock)' "$work/time.txt" | awk -F': ' '{print $2}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
memory_kb=$(grep 'Maximum resident set size' "$work/time.txt" | awk -F': ' '{print $2}')
pages=$(find "$work/Site" -name '*.html' | wc -l)
memory_mb=$((memory_kb / 1024))
rate=$(awk -v p="$pages" -v s="$seconds" 'BEGIN { printf "%.0f", p / (s > 0 ? s : 0.01) }')
echo "agencies: $AGENCIES  pages: $pages  time: ${seconds}s  rate: ${rate} pages/s  peak memory: ${memory_mb} MB"
ok=1
awk -v s="$seconds" -v g="$GOAL_SECONDS" 'BEGIN { exit !(s <= g) }' || { echo "FAIL: slower than ${GOAL_SECONDS}s"; ok=0; }
[ "$memory_mb" -le "$GOAL_MEMORY_MB" ] || { echo "FAIL: more than ${GOAL_MEMORY_MB} MB"; ok=0; }
[ $ok -eq 1 ] && echo "goals met: <= ${GOAL_SECONDS}s and <= ${GOAL_MEMORY_MB} MB"
[ $ok -eq 1 ]
