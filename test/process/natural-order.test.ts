// The process's natural order for events on the same day (src/process/event-table.ts): every event
// type placed exactly once, and the outcome of a disagreement before the acts it enables.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { type CaseEvent, eventRank } from "../../src/process/events";
import { NATURAL_ORDER_OF_TYPES } from "../../src/process/event-table";
import { sortByRank } from "../../src/internal/speed";
import { EVENT_TYPES } from "../../src/schema/events";

const place = (type: string): number => (NATURAL_ORDER_OF_TYPES as readonly string[]).indexOf(type);

describe("the natural order of event types (case-file.md: events on the same day)", () => {
  it("places every event type of the contract exactly once", () => {
    expect([...NATURAL_ORDER_OF_TYPES].sort()).toEqual([...EVENT_TYPES].sort());
    expect(new Set(NATURAL_ORDER_OF_TYPES).size).toBe(NATURAL_ORDER_OF_TYPES.length);
  });

  it("an outcome comes before every act it enables (Regs 42(2), 44, 45; CFA s.45(4))", () => {
    const outcomes = ["mediation-agreement", "appeal-withdrawn", "tribunal-order", "appeal-unopposed"];
    const enabled = [
      "assessment-decision",
      "reassessment-decision",
      "plan-decision",
      "draft-plan-issued",
      "final-plan-issued",
      "amendment-notice-sent",
      "amended-plan-issued",
      "plan-ceased",
    ];
    for (const outcome of outcomes) for (const act of enabled) expect(place(outcome), `${outcome} before ${act}`).toBeLessThan(place(act));
  });

  it("a step about a decision comes after every appealable decision (CFA s.51(2)); a mediation before its agreement", () => {
    const decisions = ["assessment-decision", "plan-decision", "final-plan-issued", "amended-plan-issued", "reassessment-decision", "review-decision", "cease-decision"];
    const steps = ["decision-notice-sent", "mediation-adviser-contacted", "mediation-certificate-issued", "appeal-lodged"];
    for (const decision of decisions) for (const step of steps) expect(place(decision), `${decision} before ${step}`).toBeLessThan(place(step));
    expect(place("mediation-held")).toBeLessThan(place("mediation-agreement"));
    expect(place("mediation-held")).toBeLessThan(place("mediation-certificate-issued"));
    expect(place("mediation-adviser-contacted")).toBeLessThan(place("mediation-certificate-issued"));
    expect(place("mediation-certificate-issued")).toBeLessThan(place("appeal-lodged"));
    // The contract's own order within the process: a request before its decision, a draft before its final plan.
    expect(place("assessment-requested")).toBeLessThan(place("assessment-decision"));
    expect(place("draft-plan-issued")).toBeLessThan(place("final-plan-issued"));
    expect(place("support-reviewed")).toBeLessThan(place("support-plan-agreed"));
  });
});

/** The order the contract states (case-file.md): date, then the process's natural order, then input position. */
function compareEvents(a: CaseEvent, b: CaseEvent): number {
  return a.day - b.day || place(a.type) - place(b.type) || a.position - b.position;
}

/** The engine's sort of a case's history (compute.ts, prepareEvents): a stable sort by rank. */
function sortEvents(events: CaseEvent[]): void {
  sortByRank(
    events,
    events.map((e) => eventRank(e.day, NATURAL_ORDER_OF_TYPES.indexOf(e.type as (typeof NATURAL_ORDER_OF_TYPES)[number]))),
  );
}

describe("sorting a case's history by rank (the engine's sort)", () => {
  const anEvent = fc.record({ type: fc.constantFrom(...NATURAL_ORDER_OF_TYPES), day: fc.integer({ min: 10_957, max: 11_050 }) });
  const asEvents = (drawn: readonly { type: string; day: number }[]): CaseEvent[] =>
    drawn.map((e, i) => ({ ...e, eventId: `e${i + 1}`, position: i + 1 }) as unknown as CaseEvent);

  it("orders as compareEvents does: day, natural order, input position; short and long histories", () => {
    // Up to 80 events: both the insertion sort and the built-in sort for longer histories.
    fc.assert(
      fc.property(fc.array(anEvent, { maxLength: 80 }), (drawn) => {
        const events = asEvents(drawn);
        const expected = [...events].sort(compareEvents).map((e) => e.eventId);
        sortEvents(events);
        expect(events.map((e) => e.eventId)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("a request and its decision on the same day, given decision first, come request first", () => {
    const events = asEvents([
      { type: "assessment-decision", day: 11_000 },
      { type: "assessment-requested", day: 11_000 },
      { type: "assessment-requested", day: 10_990 },
    ]);
    sortEvents(events);
    expect(events.map((e) => e.eventId)).toEqual(["e3", "e2", "e1"]);
  });
});
