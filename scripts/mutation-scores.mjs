#!/usr/bin/env node
// The mutation score of each mutated part of src, from Stryker's JSON report
// (reports/mutation/mutation.json, written by `npm run mutation`), against its floor: src/dates
// at least 85%, every other part at least 75% (docs/quality.md). Stryker's own `break` threshold
// holds the whole; this holds each part, so a weak part cannot hide behind a strong one.
// Exits 1 when a part is under its floor or the report is missing.
import { readFileSync } from "node:fs";

const REPORT = "reports/mutation/mutation.json";
const FLOORS = { "src/dates": 85 };
const DEFAULT_FLOOR = 75;
const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);

let report;
try {
  report = JSON.parse(readFileSync(REPORT, "utf8"));
} catch {
  process.stderr.write(`mutation-scores: no readable ${REPORT}; run npm run mutation first\n`);
  process.exit(1);
}

const parts = new Map();
for (const [file, { mutants }] of Object.entries(report.files)) {
  const part = file.split("/").slice(0, 2).join("/");
  const tally = parts.get(part) ?? { detected: 0, survived: 0, noCoverage: 0, ignored: 0 };
  for (const { status } of mutants) {
    if (DETECTED.has(status)) tally.detected += 1;
    else if (status === "Survived") tally.survived += 1;
    else if (status === "NoCoverage") tally.noCoverage += 1;
    else if (!UNDETECTED.has(status)) tally.ignored += 1;
  }
  parts.set(part, tally);
}

let failed = false;
for (const [part, { detected, survived, noCoverage, ignored }] of [...parts].sort(([a], [b]) => a.localeCompare(b))) {
  const valid = detected + survived + noCoverage;
  const score = valid === 0 ? 100 : (100 * detected) / valid;
  const floor = FLOORS[part] ?? DEFAULT_FLOOR;
  const verdict = score >= floor ? "ok" : "UNDER THE FLOOR";
  if (score < floor) failed = true;
  process.stdout.write(
    `${part}: ${score.toFixed(2)}% of ${valid} mutants detected (${survived} survived, ${noCoverage} not covered, ${ignored} static or invalid); floor ${floor}%: ${verdict}\n`,
  );
}
process.exitCode = failed ? 1 : 0;
