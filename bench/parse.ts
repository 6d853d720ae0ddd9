/**
 * Parse-only benchmark: microseconds per synthetic case for parseCaseFile(), median of rounds.
 *
 * Usage: npx tsx bench/parse.ts [--cases 50000] [--seed 42] [--rounds 7]
 */
import { parseArgs } from "node:util";
import { parseCaseFile } from "../src/schema/parse";
import { syntheticCases } from "./synthetic";

const { values } = parseArgs({
  options: { cases: { type: "string", default: "50000" }, seed: { type: "string", default: "42" }, rounds: { type: "string", default: "7" } },
});
const CASES = Number(values.cases);
const ROUNDS = Number(values.rounds);
const raw = syntheticCases(CASES, Number(values.seed));

let accepted = 0;
const run = () => {
  for (const c of raw) if (parseCaseFile(c).success) accepted += 1;
};
run(); // warm up the JIT on the same work
const times: number[] = [];
for (let round = 0; round < ROUNDS; round += 1) {
  const start = performance.now();
  run();
  times.push(((performance.now() - start) * 1000) / CASES);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? 0;
const best = times[0] ?? 0;
console.log(`parseCaseFile: ${median.toFixed(2)} µs per case (best ${best.toFixed(2)}; median of ${ROUNDS}, ${CASES} cases; ${accepted / (ROUNDS + 1)} accepted)`);
