/**
 * The cost of one event as a single case grows: `timeline()` (with explanations, as the command
 * line and the HTTP handler run it, then without) on one case of each shape of
 * `bench/long-cases.ts` at each size, the sizes interleaved round by round, and the cost of an
 * event at the largest size over its cost at 100 events. A linear engine keeps that ratio near 1.
 */
import { parseCaseFile, timeline } from "../src/index";
import type { CaseFile } from "../src/schema/case-file";
import { type Shape, SHAPES, longCase } from "./long-cases";

/**
 * Events timed per size in a round: small cases run many times, large ones a few. A case of
 * 10,000 events allocates about twice what the young generation holds, so a round runs it ten
 * times: with fewer, where the collections fall decides a round's figure.
 */
const EVENTS_A_ROUND = 100_000;

/** The middle value (the upper of the two middle ones for an even count). */
export const median = (values: readonly number[]): number => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? Number.NaN;

function parsed(shape: Shape, events: number): { readonly file: CaseFile; readonly asOf: string } {
  const { file, asOf } = longCase(shape, events);
  const result = parseCaseFile(file);
  if (!result.success) throw new Error(`the ${shape} case of ${events} events did not parse`);
  return { file: result.data, asOf };
}

/** Microseconds an event for one shape at each size (median over rounds), printed as a row. */
export function measureCaseSizes(sizes: readonly number[], rounds: number, explain: boolean): Map<Shape, number[]> {
  console.log(`Cost of an event by the size of one case: timeline() ${explain ? "with" : "without"} explanations, median of ${rounds} rounds`);
  console.log(
    `${"shape".padEnd(10)}${sizes.map((n) => `${n.toLocaleString("en-GB")} events`.padStart(16)).join("")}   ${`${sizes.at(-1)?.toLocaleString("en-GB")} / 100`.padStart(14)}`,
  );
  const all = new Map<Shape, number[]>();
  let sink = 0;
  for (const shape of SHAPES) {
    const cases = sizes.map((n) => parsed(shape, n));
    const timings: number[][] = sizes.map(() => []);
    const runOnce = (i: number): number => {
      const one = cases[i];
      const events = sizes[i] ?? 1;
      if (one === undefined) return Number.NaN;
      const repeats = Math.max(1, Math.round(EVENTS_A_ROUND / events));
      const start = performance.now();
      for (let r = 0; r < repeats; r += 1) sink += timeline(one.file, { asOf: one.asOf, explain }).deadlines.length;
      return ((performance.now() - start) * 1000) / (repeats * events);
    };
    sizes.forEach((_, i) => runOnce(i)); // warm up on the same work
    for (let round = 0; round < rounds; round += 1) sizes.forEach((_, i) => timings[i]?.push(runOnce(i)));
    const perEvent = timings.map(median);
    all.set(shape, perEvent);
    const at100 = perEvent[sizes.indexOf(100)] ?? Number.NaN;
    const ratio = (perEvent.at(-1) ?? Number.NaN) / at100;
    console.log(`${shape.padEnd(10)}${perEvent.map((us) => `${us.toFixed(2)} µs`.padStart(16)).join("")}   ${`${ratio.toFixed(2)}x`.padStart(14)}`);
  }
  if (sink === 42) console.log("");
  return all;
}
