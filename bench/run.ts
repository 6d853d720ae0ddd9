/**
 * `npm run bench`: cases per second for the engine against two references measured in the
 * same run, on synthetic EHC needs-assessment cases from a seed.
 *
 *   (a) timeline() on parsed cases, without explanations
 *   (b) parseCaseFile() + timeline() with explanations (what the CLI does)
 *   (c) a straightforward luxon implementation of the deadlines the engine computes for these
 *       cases, in Europe/London (the baseline a user would write; bench/baselines.ts)
 *   (c2) the same in date-fns
 *   (d) the bare integer arithmetic of the § 1 deadlines (the floor)
 *
 * Then the cost of an event as one case grows (bench/case-size.ts): single cases of 10 to 10,000
 * events of four shapes, and each shape's cost of an event at 10,000 over its cost at 100, with
 * explanations and without.
 *
 * Usage: npm run bench -- [--cases 50000] [--seed 42] [--rounds 5] [--each-round] [--only cases|sizes]
 *
 * `--each-round` also prints every round's rate of each variant: the machine's speed can drift
 * within a run, and the rounds show when.
 */
import { cpus } from "node:os";
import { parseArgs } from "node:util";
import { parseCivilDate } from "../src/dates/civil-date";
import { parseCaseFile, timeline } from "../src/index";
import type { CaseFile } from "../src/schema/case-file";
import { type RawCase, type RawEvent, dateFnsBaseline, luxonBaseline } from "./baselines";
import { measureCaseSizes } from "./case-size";
import { parsedSyntheticCases, syntheticCases } from "./synthetic";

const { values } = parseArgs({
  options: {
    cases: { type: "string", default: "50000" },
    seed: { type: "string", default: "42" },
    rounds: { type: "string", default: "5" },
    "each-round": { type: "boolean", default: false },
    only: { type: "string" },
  },
});
const ONLY = values.only;
if (ONLY !== undefined && ONLY !== "cases" && ONLY !== "sizes") throw new Error("--only takes cases or sizes");
const CASES = Number(values.cases);
const SEED = Number(values.seed);
const ROUNDS = Number(values.rounds);
const AS_OF = "2025-06-01";

/** (d) The same deadlines as bare integer day arithmetic: the floor. */
function integerFloor(c: RawCase): number {
  const asOf = parseCivilDate(AS_OF) ?? 0;
  let checksum = 0;
  const day = (e: RawEvent | undefined) => (e === undefined ? -1 : (parseCivilDate(e.date) ?? 0));
  let request = -1;
  for (const e of c.events) if (e.type === "assessment-requested") request = day(e);
  if (request < 0) return 0;
  for (const weeks of [6, 14, 16, 20]) checksum += request + 7 * weeks > asOf ? 1 : 0;
  for (const e of c.events) if (e.type === "advice-requested" || e.type === "draft-plan-issued") checksum += day(e) + 42;
  return checksum;
}

/** A variant's cases per second in one round. */
function rate(run: () => void): number {
  const start = performance.now();
  run();
  return CASES / ((performance.now() - start) / 1000);
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/**
 * Runs the variants round by round, each once a round, after one warm-up round: the machine's
 * speed drifts over a run, and interleaving puts every variant through the same moments, so the
 * ratios are read per round (their median), not from medians taken at different times.
 */
function measureAll(variants: readonly (readonly [string, () => void])[]): number[][] {
  for (const [, run] of variants) run(); // warm up the JIT on the same work
  const rates: number[][] = variants.map(() => []);
  for (let round = 0; round < ROUNDS; round += 1) variants.forEach(([, run], i) => rates[i]?.push(rate(run)));
  variants.forEach(([label], i) => {
    const perSecond = Math.round(median(rates[i] ?? [])).toLocaleString("en-GB");
    console.log(`${label.padEnd(58)} ${perSecond.padStart(12)} cases/s`);
    if (values["each-round"]) console.log(`    rounds: ${(rates[i] ?? []).map((r) => Math.round(r).toLocaleString("en-GB")).join(", ")}`);
  });
  return rates;
}

/** The median over rounds of one variant's rate divided by another's in the same round. */
const ratio = (top: readonly number[], bottom: readonly number[]): number => median(top.map((value, i) => value / (bottom[i] ?? Number.NaN)));

/** The synthetic cases: (a)-(d) side by side. */
function measureCases(): void {
  const generated = syntheticCases(CASES, SEED);
  const raw = generated as unknown as RawCase[];
  const parsed: CaseFile[] = parsedSyntheticCases(generated);

  console.log(`ehc-timeline benchmark: ${CASES.toLocaleString("en-GB")} synthetic cases (seed ${SEED}), median of ${ROUNDS} rounds`);
  console.log(`node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"}, one core (single thread)\n`);

  let sink = 0;
  const luxon = luxonBaseline(AS_OF);
  const dateFns = dateFnsBaseline(AS_OF);
  const [a = [], b = [], c = [], c2 = [], d = []] = measureAll([
    [
      "(a) timeline() on parsed cases",
      () => {
        for (const one of parsed) sink += timeline(one, { asOf: AS_OF, explain: false }).deadlines.length;
      },
    ],
    [
      "(b) parseCaseFile() + timeline() with explanations",
      () => {
        for (const one of raw) {
          const result = parseCaseFile(one);
          if (result.success) sink += timeline(result.data, { asOf: AS_OF }).deadlines.length;
        }
      },
    ],
    [
      "(c) baseline: straightforward luxon in Europe/London",
      () => {
        for (const one of raw) sink += luxon(one).length;
      },
    ],
    [
      "(c2) baseline: straightforward date-fns",
      () => {
        for (const one of raw) sink += dateFns(one).length;
      },
    ],
    [
      "(d) floor: bare integer arithmetic",
      () => {
        for (const one of raw) sink += integerFloor(one);
      },
    ],
  ]);

  console.log(
    `\na/c = ${ratio(a, c).toFixed(1)}x the luxon baseline; a/c2 = ${ratio(a, c2).toFixed(1)}x the date-fns baseline; a/d = ${ratio(a, d).toFixed(3)} of the floor; b/a = ${ratio(b, a).toFixed(2)} (medians of the ratios within each round)`,
  );
  if (sink === 42) console.log(""); // keeps the work observable
}

if (ONLY !== "sizes") measureCases();
if (ONLY === undefined) console.log("");
if (ONLY !== "cases") {
  measureCaseSizes([10, 100, 1_000, 10_000], ROUNDS, true);
  console.log("");
  measureCaseSizes([10, 100, 1_000, 10_000], ROUNDS, false);
}
