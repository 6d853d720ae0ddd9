/**
 * Two builds of the engine side by side, as the ledger of docs/performance.md measures a trick:
 * the source tree with it and a tree without it, each bundled apart, loaded in one process and
 * run in turn, round by round, on single long cases (bench/long-cases.ts). Prints, for each shape
 * and size, the cost of an event in each build (the median over the rounds) and the median over
 * the rounds of the time of the second over the time of the first, within a round.
 *
 * Usage: npx tsx bench/variants.ts <tree without> <tree with> [--sizes 100,10000] [--rounds 11] [--no-explain]
 *
 * A tree is a directory holding `src/` (a `git worktree` of the commit before a change, say).
 */
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { median } from "./case-size";
import { type Shape, SHAPES, longCase } from "./long-cases";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    sizes: { type: "string", default: "100,10000" },
    rounds: { type: "string", default: "11" },
    "no-explain": { type: "boolean", default: false },
    shapes: { type: "string", default: SHAPES.join(",") },
  },
});
const [without, withTrick] = positionals;
if (without === undefined || withTrick === undefined) throw new Error("usage: bench/variants.ts <tree without> <tree with>");
const SIZES = values.sizes.split(",").map(Number);
const ROUNDS = Number(values.rounds);
const EXPLAIN = !values["no-explain"];
const SHAPES_RUN = values.shapes.split(",") as Shape[];
/** Events a build runs in one turn: a large case is run a few times, a small one many. */
const EVENTS_A_TURN = 200_000;

type Engine = typeof import("../src/index");

async function bundled(tree: string, name: string): Promise<Engine> {
  const dir = resolve("node_modules/.cache/ehc-timeline-variants");
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `${name}.mjs`);
  await build({ entryPoints: [join(resolve(tree), "src/index.ts")], bundle: true, format: "esm", platform: "node", outfile, logLevel: "error" });
  return (await import(`${pathToFileURL(outfile).href}?${Date.now()}`)) as Engine;
}

const engines = [await bundled(without, "without"), await bundled(withTrick, "with")] as const;
let sink = 0;

console.log(`${EXPLAIN ? "timeline() with explanations" : "timeline() without explanations"}, median of ${ROUNDS} rounds; µs an event`);
console.log(`${"shape".padEnd(9)}${"events".padStart(8)}${"without".padStart(10)}${"with".padStart(10)}${"without / with".padStart(16)}`);
for (const shape of SHAPES_RUN) {
  for (const events of SIZES) {
    const { file, asOf } = longCase(shape, events);
    const cases = engines.map((engine) => {
      const parsed = engine.parseCaseFile(file);
      if (!parsed.success) throw new Error(`the ${shape} case of ${events} events did not parse`);
      return parsed.data;
    });
    const repeats = Math.max(1, Math.round(EVENTS_A_TURN / events));
    const turn = (i: 0 | 1): number => {
      const engine = engines[i];
      const one = cases[i];
      if (one === undefined) return Number.NaN;
      const start = performance.now();
      for (let r = 0; r < repeats; r += 1) sink += engine.timeline(one, { asOf, explain: EXPLAIN }).deadlines.length;
      return ((performance.now() - start) * 1000) / (repeats * events);
    };
    turn(0);
    turn(1);
    const times: [number[], number[]] = [[], []];
    const ratios: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      // Each round swaps which build goes first, so neither always follows the other's garbage.
      const order = round % 2 === 0 ? ([0, 1] as const) : ([1, 0] as const);
      const t: [number, number] = [0, 0];
      for (const i of order) t[i] = turn(i);
      times[0].push(t[0]);
      times[1].push(t[1]);
      ratios.push(t[0] / t[1]);
    }
    console.log(
      `${shape.padEnd(9)}${events.toLocaleString("en-GB").padStart(8)}${median(times[0]).toFixed(2).padStart(10)}${median(times[1]).toFixed(2).padStart(10)}${`${median(ratios).toFixed(2)}x`.padStart(16)}`,
    );
  }
}
if (sink === 42) console.log("");
