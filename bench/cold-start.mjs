#!/usr/bin/env node
// The CLI's cold start beside Node's own: N spawns of each command, taken in turn so that each
// meets the same moments of a shared machine, and the median wall time of each, side by side.
// Wall time is what a user waits; on a busy machine the CPU time (user + system, read by
// /usr/bin/time where it is installed) moves less from one moment to the next.
// Usage: node bench/cold-start.mjs [runs] (after npm run build).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { performance } from "node:perf_hooks";

const runs = Number(process.argv[2] ?? 21);
const CASE = "examples/cases/assessment-on-time.json";
const COMMANDS = [
  { name: "node -e 0", args: ["-e", "0"] },
  { name: "ehc-timeline --version", args: ["dist/cli.js", "--version"] },
  { name: "ehc-timeline timeline (json)", args: ["dist/cli.js", "timeline", CASE, "--as-of", "2025-01-10"] },
  { name: "ehc-timeline timeline --format text", args: ["dist/cli.js", "timeline", CASE, "--as-of", "2025-01-10", "--format", "text"] },
  { name: "ehc-timeline timeline --format ics", args: ["dist/cli.js", "timeline", CASE, "--as-of", "2025-01-10", "--format", "ics"] },
];

const TIME = "/usr/bin/time";
const withCpu = existsSync(TIME);
const times = COMMANDS.map(() => []);
const cpu = COMMANDS.map(() => []);
for (let round = 0; round < runs; round += 1) {
  COMMANDS.forEach(({ args }, i) => {
    const start = performance.now();
    const run = withCpu
      ? spawnSync(TIME, ["-f", "cpu %U %S", process.execPath, ...args], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" })
      : spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
    times[i].push(performance.now() - start);
    if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(" ")} exited ${run.status}: ${run.stderr}`);
    const used = /cpu ([\d.]+) ([\d.]+)/.exec(run.stderr ?? "");
    if (used !== null) cpu[i].push((Number(used[1]) + Number(used[2])) * 1000);
  });
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const base = median(times[0]);
const cpuBase = withCpu ? median(cpu[0]) : 0;
process.stdout.write(`cold start, median of ${runs} spawns each (Node ${process.version})\n`);
process.stdout.write(`${"".padEnd(40)} ${"wall".padStart(10)}  ratio${withCpu ? `  ${"cpu".padStart(9)}  ratio` : ""}\n`);
COMMANDS.forEach(({ name }, i) => {
  const ms = median(times[i]);
  const cpuMs = withCpu ? median(cpu[i]) : 0;
  const cpuText = withCpu ? `  ${cpuMs.toFixed(0).padStart(6)} ms  ${(cpuMs / cpuBase).toFixed(2)}x` : "";
  process.stdout.write(`${name.padEnd(40)} ${ms.toFixed(1).padStart(7)} ms  ${(ms / base).toFixed(2)}x${cpuText}\n`);
});
