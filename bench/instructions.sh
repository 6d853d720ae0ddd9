#!/usr/bin/env bash
# Instructions a case for timeline() on parsed cases (no explanations), counted by valgrind's
# callgrind: unlike seconds, the count does not depend on what else the machine is doing. Two
# runs of bench/loop.ts, with and without the measured passes; the difference is theirs.
# Repeated runs agree within about 2% (the JIT's choices vary a little).
#
# Usage: bash bench/instructions.sh [passes, default 3]     (needs valgrind; a few minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
passes=${1:-3}
out=node_modules/.cache/ehc-timeline-bench
npx tsup bench/loop.ts --no-config --format esm --out-dir "$out" --silent
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null node --single-threaded "$out/loop.js" "$1" 2>&1 >/dev/null |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
base=$(count 0)
total=$(count "$passes")
echo "timeline(): $(((total - base) / (passes * 4000))) instructions a case (4,000 synthetic cases, seed 42, $passes passes after 5 warm-up passes)"
