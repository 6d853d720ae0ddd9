// The benchmark's baselines are fair only if they compute what the engine does: for synthetic
// cases, the same deadlines (by rule) with the same due dates, in luxon and in date-fns.
import { describe, expect, it } from "vitest";
import { type RawCase, dateFnsBaseline, luxonBaseline } from "../../bench/baselines";
import { parsedSyntheticCases, syntheticCases } from "../../bench/synthetic";
import { timeline } from "../../src/index";

const AS_OF = "2025-06-01";
const raw = syntheticCases(300, 7);
const parsed = parsedSyntheticCases(raw);

/** Rule and due date of each deadline, sorted: the keys of the windows name their decision's event, which a baseline does not. */
const dues = (list: readonly { readonly key: string; readonly due: string | null }[]) => list.map((d) => `${d.key.split(":")[0] ?? ""} ${d.due ?? ""}`).sort();

describe("the baselines compute the engine's deadlines for the synthetic cases", () => {
  for (const [name, baseline] of [
    ["luxon", luxonBaseline(AS_OF)],
    ["date-fns", dateFnsBaseline(AS_OF)],
  ] as const) {
    it(`${name}: the same rules and due dates in each of 300 cases`, () => {
      parsed.forEach((caseFile, i) => {
        expect(dues(baseline(raw[i] as unknown as RawCase))).toEqual(dues(timeline(caseFile, { asOf: AS_OF, explain: false }).deadlines));
      });
    });
  }
});
