#!/usr/bin/env node
// Mutation testing with Stryker in incremental mode (docs/quality.md). The incremental report,
// every mutant's last result, is kept in the repository gzipped (reports/stryker-incremental.json.gz,
// about a tenth of its size), so a fresh clone re-runs only the mutants whose code or tests
// changed since. This unpacks it, runs Stryker with any arguments given, packs the updated report
// back, and checks each part's floor (scripts/mutation-scores.mjs).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";

const REPORT = "reports/stryker-incremental.json";
const PACKED = `${REPORT}.gz`;

const run = (command, args) => spawnSync(command, args, { stdio: "inherit", shell: process.platform === "win32" }).status ?? 1;

if (existsSync(PACKED)) writeFileSync(REPORT, gunzipSync(readFileSync(PACKED)));
const stryker = run("npx", ["--no-install", "stryker", "run", ...process.argv.slice(2)]);
if (existsSync(REPORT)) writeFileSync(PACKED, gzipSync(readFileSync(REPORT), { level: 9 }));
if (stryker !== 0) process.exit(stryker);
process.exit(run(process.execPath, ["scripts/mutation-scores.mjs"]));
