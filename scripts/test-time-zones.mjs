#!/usr/bin/env node
// Runs the whole test suite once in each of several machine time zones: the engine's results
// must not depend on the zone it runs in. Then runs the browser tests of the case explorer once
// (test/site, in Chromium). Prints one plain "N passed, N failed" line at the end, both counted.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const zones = (process.env.EHC_TEST_ZONES ?? "UTC,Europe/London,Pacific/Kiritimati,America/Los_Angeles").split(",");
const extraArgs = process.argv.slice(2);
const outDir = join("node_modules", ".cache", "ehc-timeline-tests");
mkdirSync(outDir, { recursive: true });

// A compact reporter (a dot a test) when the output is a log, not a terminal; vitest's own on a terminal.
const reporter = process.stdout.isTTY === true ? "default" : "dot";
let passed = 0;
let failed = 0;
// Each zone runs the whole suite; the browser suite (its own config) runs once, in England's zone.
const runs = [
  // The packed package's tests (test/package) run with the first zone only: packing is slow and zone-free.
  ...zones.map((zone, i) => ({ zone, name: `TZ=${zone}`, config: [], env: i === 0 ? { EHC_PACKAGE_TESTS: "1" } : {} })),
  { zone: "Europe/London", name: "browser (test/site, once)", config: ["--config", "test/site/vitest.config.ts", "--passWithNoTests"], env: {} },
];
for (const [index, { zone, name, config, env }] of runs.entries()) {
  const report = join(outDir, `${name.replace(/[^A-Za-z0-9]+/g, "_")}.json`);
  process.stdout.write(`\n== ${name}\n`);
  const run = spawnSync(
    process.execPath,
    ["node_modules/vitest/vitest.mjs", "run", ...config, `--reporter=${reporter}`, "--reporter=json", `--outputFile.json=${report}`, ...extraArgs],
    // The first zone alone runs the long fuzz suite (test/hostile/fuzz.test.ts: 20,000 case files, and the other zone's output compared).
    { stdio: "inherit", env: { ...process.env, ...env, TZ: zone, ...(index === 0 ? { EHC_FUZZ_FULL: "1" } : {}) } },
  );
  let counts;
  try {
    counts = JSON.parse(readFileSync(report, "utf8"));
  } catch {
    counts = null;
  }
  if (counts === null) {
    // The runner did not get as far as a report: count the zone as one failure.
    failed += 1;
    process.stdout.write(`${name}: no test report (exit ${run.status})\n`);
    continue;
  }
  passed += counts.numPassedTests;
  failed += counts.numFailedTests + (run.status === 0 || counts.numFailedTests > 0 ? 0 : 1);
  process.stdout.write(`${name}: ${counts.numPassedTests} passed, ${counts.numFailedTests} failed\n`);
}
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
