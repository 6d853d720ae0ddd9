/**
 * `timeline()` over 4,000 synthetic cases (seed 42, no explanations): five warm-up passes, then
 * the number of passes given. Run by bench/instructions.sh, which counts its instructions.
 *
 * Usage: node <bundled loop.js> <passes>
 */
import { timeline } from "../src/index";
import { parsedSyntheticCases, syntheticCases } from "./synthetic";

const WARM_UP = 5;
const passes = Number(process.argv[2] ?? "0");
const cases = parsedSyntheticCases(syntheticCases(4000, 42));
let sink = 0;
for (let pass = 0; pass < WARM_UP + passes; pass += 1) {
  for (const one of cases) sink += timeline(one, { asOf: "2025-06-01", explain: false }).deadlines.length;
}
console.log(sink);
