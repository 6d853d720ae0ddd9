#!/usr/bin/env node
// Runs the whole test suite once in each of several machine time zones: the engine's results
// must not depend on the zone it runs in. Prints one plain "N passed, N failed" line at the end.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const zones = (process.env.EHC_TEST_ZONES ?? "UTC,Europe/London,Pacific/Kiritimati,America/Los_Angeles").split(",");
const extraArgs = process.argv.slice(2);
const outDir = join("node_modules", ".cache", "ehc-timeline-tests");
mkdirSync(outDir, { recursive: true });

let passed = 0;
let failed = 0;
for (const zone of zones) {
  const report = join(outDir, `${zone.replaceAll("/", "_")}.json`);
  process.stdout.write(`\n== TZ=${zone}\n`);
  const run = spawnSync(process.execPath, ["node_modules/vitest/vitest.mjs", "run", "--reporter=dot", "--reporter=json", `--outputFile.json=${report}`, ...extraArgs], {
    stdio: "inherit",
    env: { ...process.env, TZ: zone },
  });
  let counts;
  try {
    counts = JSON.parse(readFileSync(report, "utf8"));
  } catch {
    counts = null;
  }
  if (counts === null) {
    // The runner did not get as far as a report: count the zone as one failure.
    failed += 1;
    process.stdout.write(`TZ=${zone}: no test report (exit ${run.status})\n`);
    continue;
  }
  passed += counts.numPassedTests;
  failed += counts.numFailedTests + (run.status === 0 || counts.numFailedTests > 0 ? 0 : 1);
  process.stdout.write(`TZ=${zone}: ${counts.numPassedTests} passed, ${counts.numFailedTests} failed\n`);
}
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
