// The guards of the speed tricks in docs/performance.md § Ledger: each fails if the trick's
// behaviour breaks (a shared empty changed, a shared readings object changed or not shared, a
// status line carried from one case into another), whatever the timing.
import { describe, expect, it } from "vitest";
import { asOnePiece, NONE } from "../../src/internal/speed";
import { parseCaseFileOrThrow, timeline } from "../../src/index";
import { NO_JUDGEMENT } from "../../src/timeline/exception-judgement";
import { DEFAULT_READINGS_JSON } from "../../src/timeline/readings-used";
import { statusLine } from "../../src/timeline/status";
import { syntheticCases } from "../../bench/synthetic";
import { civilDate } from "../../src/dates/civil-date";

const cases = syntheticCases(300, 11).map((raw) => parseCaseFileOrThrow(raw));

describe("frozen empties", () => {
  it("the shared empty list is frozen: a push throws instead of reaching every other user", () => {
    expect(Object.isFrozen(NONE)).toBe(true);
    expect(() => (NONE as unknown as unknown[]).push(1)).toThrow(TypeError);
    expect(NONE).toHaveLength(0);
  });

  it("a limit no exception touches shares one frozen judgement, whose lists are the shared empty", () => {
    expect(Object.isFrozen(NO_JUDGEMENT)).toBe(true);
    for (const list of Object.values(NO_JUDGEMENT)) expect(list).toBe(NONE);
  });

  it("a timeline without working shares the empty list for every deadline, and it stays empty", () => {
    let deadlines = 0;
    for (const caseFile of cases) {
      for (const deadline of timeline(caseFile, { asOf: "2025-06-01", explain: false }).deadlines) {
        expect(deadline.explanation).toBe(NONE);
        deadlines += 1;
      }
    }
    expect(deadlines).toBeGreaterThan(1000);
    expect(NONE).toHaveLength(0);
  });
});

describe("shared readings objects", () => {
  it("cases with the default readings share frozen readings objects, each with its JSON text", () => {
    const first = timeline(cases[0] as (typeof cases)[number], { asOf: "2025-06-01" });
    const seen = new Set<object>();
    for (const caseFile of cases) {
      for (const deadline of timeline(caseFile, { asOf: "2025-06-01", explain: false }).deadlines) {
        expect(Object.isFrozen(deadline.reading)).toBe(true);
        expect(DEFAULT_READINGS_JSON.get(deadline.reading)).toBe(JSON.stringify(deadline.reading));
        seen.add(deadline.reading);
      }
    }
    // A handful of masks for thousands of deadlines, the first case's among them.
    expect(seen.size).toBeLessThan(10);
    for (const deadline of first.deadlines) expect(seen.has(deadline.reading)).toBe(true);
  });

  it("a case with options gets its own objects, with its own values", () => {
    const withOptions = parseCaseFileOrThrow({ ...syntheticCases(1, 3)[0], options: { dayCounting: "day-one-inclusive" } });
    const readings = timeline(withOptions, { asOf: "2025-06-01" }).deadlines.map((d) => d.reading);
    expect(readings.some((r) => r["dayCounting"] === "day-one-inclusive")).toBe(true);
    for (const reading of readings) expect(DEFAULT_READINGS_JSON.has(reading)).toBe(false);
  });
});

describe("status lines, kept per case", () => {
  it("are written into the case's own table and taken from it after", () => {
    const written = {};
    const line = statusLine(civilDate("2025-06-01"), "met", written);
    expect(line).toBe("Status at 2025-06-01: met: done on or before the last day.");
    expect(written).toEqual({ met: line });
    expect(statusLine(civilDate("2026-01-01"), "met", written)).toBe(line);
    expect(statusLine(civilDate("2026-01-01"), "met", {})).toBe("Status at 2026-01-01: met: done on or before the last day.");
  });

  it("name each case's own as-of date, however cases of two dates alternate", () => {
    for (const caseFile of cases.slice(0, 40)) {
      for (const asOf of ["2025-06-01", "2024-02-29"]) {
        for (const deadline of timeline(caseFile, { asOf }).deadlines) expect(deadline.explanation.at(-1)).toMatch(new RegExp(`^Status at ${asOf}: `));
      }
    }
  });
});

describe("string flattening", () => {
  it("gives its text back unchanged", () => {
    const joined = ["Monday", " ", "2 June 2025"].join("");
    expect(asOnePiece(joined)).toBe("Monday 2 June 2025");
  });
});
