#!/usr/bin/env node
// The CLI's cold start beside Node's own: N spawns of each command, taken in turn so that each
// meets the same moments of a shared machine, and the median wall time and CPU time of each, side
// by side. Wall time is what a user waits; on a busy machine the CPU time (user + system, the
// process's own at exit, bench/cpu-at-exit.cjs) moves less from one moment to the next.
// Usage: node bench/cold-start.mjs [runs] [--before <dir>] (after npm run build). `--before` adds
// the same commands run from another checkout's build (e.g. a git worktree of an older commit).
// The command line keeps V8's code for its chunks between runs (src/cli/compile-cache.ts), under a
// temporary directory of this benchmark's own, filled by one run of each command before the timed
// ones; two more rows time a JSON timeline with the cache turned off, and as the first run after
// an install (an empty cache, written at exit).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { URL, fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const beforeAt = args.indexOf("--before");
const before = beforeAt === -1 ? undefined : resolve(args[beforeAt + 1] ?? ".");
const runs = Number(args.find((arg, i) => /^\d+$/.test(arg) && i !== beforeAt + 1) ?? 21);
const CASE = "examples/cases/assessment-on-time.json";
const CPU = fileURLToPath(new URL("cpu-at-exit.cjs", import.meta.url));

const cache = mkdtempSync(join(tmpdir(), "ehc-timeline-cold-start-"));
/** A directory for one run's cache: empty, for a first run. */
const emptyCache = () => mkdtempSync(join(cache, "first-"));
const timelineArgs = (cli) => [cli, "timeline", CASE, "--as-of", "2025-01-10"];
const commandsOf = (label, cli) => [
  { name: `${label}--version`, args: [cli, "--version"] },
  { name: `${label}timeline (json)`, args: timelineArgs(cli) },
  { name: `${label}timeline --format text`, args: [...timelineArgs(cli), "--format", "text"] },
  { name: `${label}timeline --format ics`, args: [...timelineArgs(cli), "--format", "ics"] },
  { name: `${label}json, cache off`, args: timelineArgs(cli), env: () => ({ NODE_DISABLE_COMPILE_CACHE: "1" }) },
  { name: `${label}json, first run`, args: timelineArgs(cli), env: () => ({ TMPDIR: emptyCache() }) },
];
/** The executable of a build: CommonJS now, an ES module in builds before it. */
const cliOf = (dir) => [join(dir, "dist/cli.cjs"), join(dir, "dist/cli.js")].find((file) => existsSync(file)) ?? join(dir, "dist/cli.cjs");
const COMMANDS = [
  { name: "node -e 0", args: ["-e", "0"] },
  ...(before === undefined ? [] : commandsOf("before: ", cliOf(before))),
  ...commandsOf(before === undefined ? "ehc-timeline " : "now: ", cliOf(".")),
];
const envOf = (command) => ({ ...process.env, TMPDIR: cache, ...command.env?.() });
for (const command of COMMANDS) spawnSync(process.execPath, command.args, { stdio: "ignore", env: envOf(command) });

const times = COMMANDS.map(() => []);
const cpu = COMMANDS.map(() => []);
for (let round = 0; round < runs; round += 1) {
  COMMANDS.forEach((command, i) => {
    const { args: commandArgs } = command;
    const env = envOf(command);
    const start = performance.now();
    const run = spawnSync(process.execPath, ["-r", CPU, ...commandArgs], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", env });
    times[i].push(performance.now() - start);
    if (run.status !== 0 && run.status !== 1) throw new Error(`${commandArgs.join(" ")} exited ${run.status}: ${run.stderr}`);
    const used = /cpu-at-exit (\d+)/.exec(run.stderr ?? "");
    if (used === null) throw new Error(`${commandArgs.join(" ")}: no CPU time reported`);
    cpu[i].push(Number(used[1]) / 1000);
  });
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const base = median(times[0]);
const cpuBase = median(cpu[0]);
process.stdout.write(`cold start, median of ${runs} spawns each (Node ${process.version})\n`);
process.stdout.write(`${"".padEnd(40)} ${"wall".padStart(10)}  ratio  ${"cpu".padStart(9)}  ratio\n`);
COMMANDS.forEach(({ name }, i) => {
  const ms = median(times[i]);
  const cpuMs = median(cpu[i]);
  process.stdout.write(
    `${name.padEnd(40)} ${ms.toFixed(1).padStart(7)} ms  ${(ms / base).toFixed(2)}x  ${cpuMs.toFixed(1).padStart(6)} ms  ${(cpuMs / cpuBase).toFixed(2)}x\n`,
  );
});
rmSync(cache, { recursive: true, force: true });
