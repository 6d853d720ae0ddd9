// The published conformance vectors, run against this engine. Each vector's expected dates were
// worked out by hand from the provision it cites (see its `description` and `citation`).
import { describe, expect, it } from "vitest";
import { parseCaseFileOrThrow, timeline } from "../../src/index";
import { type Vector, checkVector } from "../../src/vectors/check";
import vectors from "./vectors.json";

/** Vectors this engine is known not to meet yet, with the reason (none today). */
const EXPECTED_FAILURES: Readonly<Record<string, string>> = {};

describe("conformance vectors", () => {
  const all = vectors as unknown as Vector[];

  it("have unique ids, a citation and at least one expectation each", () => {
    expect(new Set(all.map((v) => v.id)).size).toBe(all.length);
    for (const v of all) {
      expect(v.citation.length).toBeGreaterThan(0);
      expect(v.expect.deadlines.length).toBeGreaterThan(0);
    }
  });

  for (const vector of all) {
    it(`${vector.id}: ${vector.description}`, () => {
      const failures = checkVector(vector, timeline(parseCaseFileOrThrow(vector.caseFile), { asOf: vector.asOf }));
      if (vector.id in EXPECTED_FAILURES) expect(failures).not.toEqual([]);
      else expect(failures).toEqual([]);
    });
  }

  it("the checker reports a wrong date, a missing deadline and unexpected problems", () => {
    const vector = all[0] as Vector;
    const wrong = { stage: "assessing", deadlines: [{ rule: "final-plan", due: "2025-01-21", status: "pending" }], problems: [{ code: "x" }] };
    const failures = checkVector(vector, wrong);
    expect(failures.some((f) => f.startsWith("stage"))).toBe(true);
    expect(failures.some((f) => f.includes("final-plan: due"))).toBe(true);
    expect(failures.some((f) => f.includes("assessment-decision: no such deadline"))).toBe(true);
    expect(failures.some((f) => f.includes("problems not expected: x"))).toBe(true);
    expect(checkVector(vector, "not an object")).toEqual(["the output is not a JSON object"]);
  });
});
