// Properties of the review cycle over random histories (CFA s.44(1); CoP 9.178). The oracle below
// is written from counting.md's definitions with plain calendar arithmetic, independent of src/.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Deadline } from "../../src/index";
import { type Ev, addDays, assessmentEndingOn, ofRule, outstanding, run } from "./helpers";

// ---- Oracle: counting.md, written out independently ------------------------------------------
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthLength = (y: number, m: number): number => (m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);
const parts = (iso: string): [number, number, number] => iso.split("-").map(Number) as [number, number, number];
const iso = (y: number, m: number, d: number): string => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** The same day-number n months later, or that month's last day when it is too short (months-after). */
function plusMonths(date: string, n: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + n;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  return iso(ty, tm, Math.min(d, monthLength(ty, tm)));
}

/** The last day of "12 months starting with X": strict → the day before X's date a year on (or Feb's last day). */
function twelveMonthsStartingWith(date: string, reading: "strict" | "anniversary"): string {
  const [y, m, d] = parts(date);
  if (reading === "anniversary") return plusMonths(date, 12);
  return d > monthLength(y + 1, m) ? iso(y + 1, m, monthLength(y + 1, m)) : addDays(iso(y + 1, m, d), -1);
}

// ---- Random histories --------------------------------------------------------------------------
interface ReviewSpec {
  readonly gap: number; // days from the previous act to the meeting
  readonly decisionLag: number; // days from the meeting to the decision
  readonly amend: boolean;
  readonly amendLag: number; // days from the decision (and its notice) to the amended plan, ≥ 15
}

const reviewSpec: fc.Arbitrary<ReviewSpec> = fc.record({
  gap: fc.integer({ min: 20, max: 520 }),
  decisionLag: fc.integer({ min: 0, max: 40 }),
  amend: fc.boolean(),
  amendLag: fc.integer({ min: 15, max: 70 }),
});

type LastReviewed = "decision" | "meeting" | "final-plan";

interface History {
  readonly events: Ev[];
  readonly plan: string;
  /** The date each review counts as "last reviewed" under the reading, in order. */
  readonly reviewedOn: string[];
  readonly asOf: string;
}

function buildHistory(planDate: string, specs: readonly ReviewSpec[], lastReviewed: LastReviewed): History {
  const events: Ev[] = [...assessmentEndingOn(planDate)];
  const reviewedOn: string[] = [];
  let cursor = planDate;
  specs.forEach((spec, i) => {
    const meeting = addDays(cursor, spec.gap);
    const decision = addDays(meeting, spec.decisionLag);
    events.push(
      { id: `r${i}-meeting`, type: "review-meeting-held", date: meeting },
      { id: `r${i}-decision`, type: "review-decision", date: decision, outcome: spec.amend ? "amend" : "maintain" },
    );
    cursor = decision;
    let amended: string | null = null;
    if (spec.amend) {
      amended = addDays(decision, spec.amendLag);
      events.push({ id: `r${i}-notice`, type: "amendment-notice-sent", date: decision }, { id: `r${i}-amended`, type: "amended-plan-issued", date: amended });
      cursor = amended;
    }
    reviewedOn.push(lastReviewed === "meeting" ? meeting : lastReviewed === "final-plan" && amended !== null ? amended : decision);
  });
  return { events, plan: planDate, reviewedOn, asOf: addDays(cursor, 1) };
}

const historyArb = fc.record({
  planOffset: fc.integer({ min: 0, max: 2500 }),
  specs: fc.array(reviewSpec, { minLength: 1, maxLength: 6 }),
  lastReviewed: fc.constantFrom<LastReviewed>("decision", "meeting", "final-plan"),
  reviewPeriod: fc.constantFrom<"strict" | "anniversary">("strict", "anniversary"),
});

const byAnchor = (ds: readonly Deadline[]): Deadline[] => [...ds].sort((a, b) => (a.anchor.date < b.anchor.date ? -1 : a.anchor.date > b.anchor.date ? 1 : 0));

describe("annual reviews over random histories", () => {
  it("the next annual review is due no more than 12 months after the date the plan was last reviewed", () => {
    fc.assert(
      fc.property(historyArb, ({ planOffset, specs, lastReviewed, reviewPeriod }) => {
        const h = buildHistory(addDays("2015-01-05", planOffset), specs, lastReviewed);
        // Born 2010: never under 5 nor 25 in these years.
        const t = run(h.events, h.asOf, { dateOfBirth: "2010-01-01", options: { lastReviewed, reviewPeriod } });
        const last = h.reviewedOn[h.reviewedOn.length - 1] ?? h.plan;
        const next = outstanding(t, "annual-review");
        expect(next).toHaveLength(1);
        const due = next[0]?.due ?? "";
        expect(next[0]?.anchor.date).toBe(last);
        // CFA s.44(1): within the 12 months starting with the date last reviewed — never beyond X + 12 months.
        expect(due <= plusMonths(last, 12)).toBe(true);
        expect(due).toBe(twelveMonthsStartingWith(last, reviewPeriod));
        expect(t.problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("reviews never go backwards: one period per review, each satisfied by the next review, due dates non-decreasing", () => {
    fc.assert(
      fc.property(historyArb, ({ planOffset, specs, lastReviewed, reviewPeriod }) => {
        const h = buildHistory(addDays("2015-01-05", planOffset), specs, lastReviewed);
        const t = run(h.events, h.asOf, { dateOfBirth: "2010-01-01", options: { lastReviewed, reviewPeriod } });
        const periods = byAnchor(ofRule(t, "annual-review"));
        const starts = [h.plan, ...h.reviewedOn];
        // One keyed deadline per period: the plan's and one after each review, with unique keys.
        expect(periods.map((d) => d.anchor.date)).toEqual(starts);
        expect(new Set(periods.map((d) => d.key)).size).toBe(periods.length);
        for (let i = 0; i < periods.length; i += 1) {
          const period = periods[i]!;
          expect(period.due).toBe(twelveMonthsStartingWith(starts[i]!, reviewPeriod));
          // Each period is closed by the next review, on its date (met or late, never left open).
          if (i < periods.length - 1) {
            expect(period.doneOn).toBe(starts[i + 1]);
            expect(period.status).toBe(period.due! >= starts[i + 1]! ? "met" : "late");
          }
          if (i > 0) expect(period.due! >= periods[i - 1]!.due!).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("early-years reviews over random histories (CoP 9.178)", () => {
  it("one every N months from the plan or last review while the child is under 5, none due on or after the 5th birthday", () => {
    fc.assert(
      fc.property(
        fc.record({
          birth: fc.record({ year: fc.integer({ min: 2019, max: 2022 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) }),
          planAfterBirth: fc.integer({ min: 30, max: 1700 }),
          specs: fc.array(
            reviewSpec.map((s) => ({ ...s, gap: Math.min(s.gap, 250), amend: false })),
            { minLength: 0, maxLength: 8 },
          ),
          months: fc.integer({ min: 3, max: 6 }),
        }),
        ({ birth, planAfterBirth, specs, months }) => {
          const dob = iso(birth.year, birth.month, birth.day);
          const fifth = iso(birth.year + 5, birth.month, birth.day);
          const h = buildHistory(addDays(dob, planAfterBirth), specs, "decision");
          const t = run(h.events, h.asOf, { dateOfBirth: dob, options: { earlyYearsReviewMonths: months } });
          const reviews = byAnchor(ofRule(t, "early-years-review"));
          // Expected: from the plan and each review, X + N months when that day is before the 5th birthday.
          const expected = [h.plan, ...h.reviewedOn].map((from) => ({ from, due: plusMonths(from, months) })).filter((x) => x.due < fifth);
          expect(reviews.map((d) => [d.anchor.date, d.due])).toEqual(expected.map((x) => [x.from, x.due]));
          for (const d of reviews) expect(d.due! < fifth).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
