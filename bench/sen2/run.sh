#!/bin/sh
# The SEN2 benchmark: a synthetic return of N persons imported, then reported; time and peak memory.
# Usage: sh bench/sen2/run.sh 20000   (after npm run build)
set -e
N=${1:-20000}
DIR=$(mktemp -d)
npx tsx bench/sen2/generate.ts "$N" > "$DIR/return.xml"
echo "bench-key-0123456789abcdef" > "$DIR/key"
ls -l "$DIR/return.xml" | awk '{ print "return: " $5 " bytes" }'
/usr/bin/time -f "import: %e s, peak %M KB" node dist/cli.js import sen2 "$DIR/return.xml" --key-file "$DIR/key" > "$DIR/cases.ndjson" 2> "$DIR/import.err" || true
tail -2 "$DIR/import.err"
# The same import with V8's old space capped at 12 MB: it completes at every size, so what the
# import keeps alive is flat; the peak above is the collector's slack, not the return held.
/usr/bin/time -f "import, old space capped at 12 MB: %e s, peak %M KB, exit %x" node --max-old-space-size=12 dist/cli.js import sen2 "$DIR/return.xml" --key-file "$DIR/key" > /dev/null 2> "$DIR/capped.err" || true
tail -1 "$DIR/capped.err"
/usr/bin/time -f "report: %e s, peak %M KB" node dist/cli.js report "$DIR/cases.ndjson" --from 2024-01-01 --to 2024-12-31 --as-of 2025-03-31 > "$DIR/report.json" 2> "$DIR/report.err" || true
tail -1 "$DIR/report.err"
rm -rf "$DIR"
