// Properties of SEN support over random histories: a review is never due before its plan, and
// cycles never overlap (each starts on or after the review of the one before).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SUPPORT_POLICIES } from "../../src/index";
import { type Ev, addDays, run } from "./helpers";

const TYPES = ["support-started", "support-plan-agreed", "support-reviewed"] as const;
const OUTCOMES = ["continue", "revise", "exit", "request-assessment"] as const;
const POLICIES = Object.keys(SUPPORT_POLICIES);
/** The problems that mean an event was not used (the others are warnings about an event that was). */
const REJECTED = new Set(["support-already-started", "support-plan-not-reviewed", "support-review-without-plan", "duplicate-event", "event-after-as-of"]);
const CLOSURES = [
  { from: "2024-12-21", to: "2025-01-05" },
  { from: "2025-04-05", to: "2025-04-21" },
  { from: "2025-07-23", to: "2025-09-02" },
];

/** A random history: support events a few days to a few months apart, some with agreed dates (even before the plan). */
const history = fc
  .array(
    fc.record({
      gap: fc.integer({ min: 0, max: 120 }),
      type: fc.constantFrom(...TYPES),
      outcome: fc.constantFrom(...OUTCOMES),
      reviewIn: fc.option(fc.integer({ min: -30, max: 300 }), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 14 },
  )
  .map((steps) => {
    let date = "2024-09-02";
    return steps.map((step, index): Ev => {
      date = addDays(date, step.gap);
      const id = `e${index + 1}`;
      if (step.type === "support-reviewed") return { id, type: step.type, date, outcome: step.outcome };
      if (step.type === "support-plan-agreed" && step.reviewIn !== undefined) return { id, type: step.type, date, reviewBy: addDays(date, step.reviewIn) };
      return { id, type: step.type, date };
    });
  });

const settings = fc.record({ policy: fc.constantFrom(...POLICIES), withCalendar: fc.boolean() });

describe("SEN support properties", () => {
  it("a review is never due before its plan, and every plan's review has a date", () => {
    fc.assert(
      fc.property(history, settings, (events, { policy, withCalendar }) => {
        const result = run(events, "2027-01-01", { supportPolicy: policy, ...(withCalendar ? { closures: CLOSURES } : {}) });
        for (const cycle of result.support?.cycles ?? []) {
          if (cycle.planAgreedOn === null) continue;
          expect(cycle.reviewBy).not.toBeNull();
          expect(cycle.reviewBy! >= cycle.planAgreedOn).toBe(true);
          const review = result.deadlines.find((d) => d.key === cycle.deadlineKey);
          expect(review?.due).toBe(cycle.reviewBy);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("cycles never overlap, are numbered 1, 2, 3…, and every support event is used or named in a problem", () => {
    fc.assert(
      fc.property(history, settings, (events, { policy, withCalendar }) => {
        const result = run(events, "2027-01-01", { supportPolicy: policy, ...(withCalendar ? { closures: CLOSURES } : {}) });
        const cycles = result.support?.cycles ?? [];
        cycles.forEach((cycle, index) => {
          expect(cycle.number).toBe(index + 1);
          if (cycle.planAgreedOn !== null) expect(cycle.planAgreedOn >= cycle.startedOn).toBe(true);
          if (cycle.reviewedOn !== null) expect(cycle.reviewedOn >= (cycle.planAgreedOn ?? "")).toBe(true);
          const before = cycles[index - 1];
          if (before === undefined) return;
          // The cycle before is closed, and this one starts on or after its review.
          expect(before.reviewedOn).not.toBeNull();
          expect(cycle.startedOn >= before.reviewedOn!).toBe(true);
        });
        // Every event is used (one of a cycle's events) or named in a problem.
        const accounted = new Set<string | null>([...cycles.flatMap((c) => [c.events.started, c.events.plan, c.events.review]), ...result.problems.map((p) => p.eventId)]);
        for (const event of events) expect(accounted.has(event.id ?? null)).toBe(true);
        // And a plan or review named only by a problem that rejects it was not used.
        const rejected = new Set(result.problems.filter((p) => REJECTED.has(p.code)).map((p) => p.eventId));
        const kept = events.filter((e) => e.type !== "support-started" && !rejected.has(e.id ?? ""));
        expect(cycles.flatMap((c) => [c.planAgreedOn, c.reviewedOn]).filter((d) => d !== null)).toHaveLength(kept.length);
      }),
      { numRuns: 300 },
    );
  });
});
