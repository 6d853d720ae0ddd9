// The guards of the speed tricks in docs/performance.md § Ledger: each fails if a trick's
// behaviour breaks (a shared empty changed, a sort that is not the stable sort, a readings object changed or not shared,
// a remembered date text that differs from a fresh one), whatever the timing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NONE, asOnePiece, sortByRank } from "../../src/internal/speed";
import { NO_JUDGEMENT } from "../../src/timeline/exception-judgement";
import { parseCaseFileOrThrow, timeline } from "../../src/index";
import { DEFAULT_READINGS_JSON } from "../../src/timeline/readings-used";
import { describeDate, formatCivilDate } from "../../src/dates/civil-date";
import { syntheticCases } from "../../bench/synthetic";

const cases = syntheticCases(300, 11).map((raw) => parseCaseFileOrThrow(raw));

describe("frozen empties", () => {
  it("the shared empty list is frozen: a push throws instead of reaching every other user", () => {
    expect(Object.isFrozen(NONE)).toBe(true);
    expect(() => (NONE as unknown as unknown[]).push(1)).toThrow(TypeError);
  });

  it("a limit no claim was checked against shares one frozen judgement, whose lists are the shared empty", () => {
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

describe("sort by rank", () => {
  it("gives the built-in stable sort's order, for short lists and for long ones (fast-check)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 80 }), (ranks) => {
        const items = ranks.map((rank, index) => ({ rank, index }));
        const expected = [...items].sort((a, b) => a.rank - b.rank);
        const sortedRanks = [...ranks];
        sortByRank(items, sortedRanks);
        expect(items).toEqual(expected);
        expect(sortedRanks).toEqual(expected.map((item) => item.rank));
      }),
      { numRuns: 500 },
    );
  });
});

describe("shared readings objects", () => {
  it("cases with the default readings share frozen readings objects, each with its JSON text", () => {
    const seen = new Set<object>();
    let deadlines = 0;
    for (const caseFile of cases) {
      for (const deadline of timeline(caseFile, { asOf: "2025-06-01", explain: false }).deadlines) {
        expect(Object.isFrozen(deadline.reading)).toBe(true);
        expect(DEFAULT_READINGS_JSON.get(deadline.reading)).toBe(JSON.stringify(deadline.reading));
        seen.add(deadline.reading);
        deadlines += 1;
      }
    }
    // A handful of objects for thousands of deadlines.
    expect(deadlines).toBeGreaterThan(1000);
    expect(seen.size).toBeLessThan(10);
  });

  it("a case with options gets objects of its own, with its own values", () => {
    const withOptions = parseCaseFileOrThrow({ ...syntheticCases(1, 3)[0], options: { dayCounting: "day-one-inclusive" } });
    const readings = timeline(withOptions, { asOf: "2025-06-01" }).deadlines.map((d) => d.reading);
    expect(readings.some((r) => r["dayCounting"] === "day-one-inclusive")).toBe(true);
    for (const reading of readings) expect(DEFAULT_READINGS_JSON.has(reading)).toBe(false);
  });
});

describe("date texts remembered", () => {
  it("a day's text is the same asked first, asked again, and for days outside the table", () => {
    // 1969-12-31 and 2100-01-01 lie outside the remembered days; 2024-02-29 inside.
    for (const [day, iso, described] of [
      [-1, "1969-12-31", "Wednesday 31 December 1969 (1969-12-31)"],
      [19_782, "2024-02-29", "Thursday 29 February 2024 (2024-02-29)"],
      [47_482, "2100-01-01", "Friday 1 January 2100 (2100-01-01)"],
    ] as const) {
      expect([formatCivilDate(day), formatCivilDate(day)]).toEqual([iso, iso]);
      expect([describeDate(day), describeDate(day)]).toEqual([described, described]);
    }
  });
});

describe("default ids", () => {
  it("name an event without one e<position>, inside the table of ids and past it", () => {
    const events = Array.from({ length: 70 }, (_, i) =>
      i === 2 || i === 69 ? { type: "advice-received", date: "2025-01-06", adviceId: `none-${i}` } : { type: "assessment-requested", date: "2025-01-06", by: "parent" },
    );
    const unmatched = timeline(parseCaseFileOrThrow({ caseId: "ids", events }), { asOf: "2025-06-01" }).problems.filter((p) => p.code === "advice-not-requested");
    expect(unmatched.map((p) => p.eventId)).toEqual(["e3", "e70"]);
  });
});

describe("string flattening", () => {
  it("gives its text back unchanged", () => {
    const joined = ["Monday", " ", "2 June 2025"].join("");
    expect(asOnePiece(joined)).toBe("Monday 2 June 2025");
  });
});
