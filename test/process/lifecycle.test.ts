// The wiring table (src/process/lifecycle.ts) declares what opens, meets and ends every rule.
// Here every effect the machine makes over generated histories of every event type is checked
// against it: a handler that opens, meets or ends a rule on an act the table does not declare
// fails, so the table cannot drift from the handlers.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCivilDate } from "../../src/dates/civil-date";
import { ENGLAND_AND_WALES } from "../../src/dates/working-days";
import { RULES, publicIdOf } from "../../src/law/catalogue";
import { DEFAULT_READINGS, type Readings } from "../../src/law/readings";
import { resolveSupportPolicy } from "../../src/law/support-policies";
import type { MachineContext } from "../../src/process/context";
import type { Effect } from "../../src/process/effects";
import { EVENT_TABLE, NATURAL_ORDER_OF_TYPES } from "../../src/process/event-table";
import { type CaseEvent, eventRank } from "../../src/process/events";
import { type Act, LIFECYCLES, type Occasion, isAct, lifecycleOf, pendingProgress, rulesOpenedBy } from "../../src/process/lifecycle";
import { sortByRank } from "../../src/internal/speed";
import { type CaseState, INITIAL_STATE } from "../../src/process/states";
import { transition } from "../../src/process/transition";
import { ORDERED_PLAN_RULES, PLAN_HELD_RULES, REFERRED_BACK_RULES } from "../../src/report/case-facts";
import { parseCaseFile } from "../../src/schema/parse";
import { EVENT_TYPES } from "../../src/schema/events";
import { history } from "./histories";

/** The occasions an event can be (lifecycle.ts `Occasion`). */
const OCCASIONS_OF: Readonly<Record<string, readonly Occasion[]>> = {
  "plan-ceased": ["plan-ceased"],
  "final-plan-issued": ["reassessment-finished"],
  "amended-plan-issued": ["reassessment-finished"],
  "plan-transferred-in": ["first-assessment-ended-by-transfer"],
};

const rulesOfGroup = (publicId: string) => RULES.filter((rule) => publicIdOf(rule) === publicId);
const declares = (acts: readonly Act[] | readonly { on: string }[], event: CaseEvent): boolean =>
  acts.some((act) => (act.on === event.type ? isAct(act as Act, event) || (act as Act).by === "pending" : (OCCASIONS_OF[event.type] ?? []).includes(act.on as Occasion)));

/** What in an effect is not declared by the table, or `null`. */
function undeclared(effect: Effect, event: CaseEvent): string | null {
  switch (effect.type) {
    case "open":
      return declares(lifecycleOf(effect.rule).opens, event) ? null : `${event.type} opens ${effect.rule.id}`;
    case "satisfy":
      return rulesOfGroup(effect.ruleId).some((rule) => declares(lifecycleOf(rule).meets, event)) ? null : `${event.type} meets ${effect.ruleId}`;
    case "not-applicable":
      return rulesOfGroup(effect.ruleId).some((rule) => declares(lifecycleOf(rule).ends, event)) ? null : `${event.type} ends ${effect.ruleId}`;
    default:
      return null;
  }
}

function contextFor(readings: Readings, dateOfBirth: number | null, events: readonly CaseEvent[]): MachineContext {
  return {
    lastRequestDay: events.filter((e) => e.type === "assessment-requested").at(-1)?.day ?? null,
    readings,
    closures: [],
    hasClosures: false,
    dateOfBirth,
    supportPolicy: resolveSupportPolicy(undefined),
    asOf: parseCivilDate("2027-12-31") ?? 0,
    calendar: ENGLAND_AND_WALES,
    reviewCounting: { calendar: ENGLAND_AND_WALES, readings },
  };
}

describe("the wiring table", () => {
  it("has a row for every rule of the catalogue, and none for a rule it does not hold", () => {
    expect(Object.keys(LIFECYCLES).sort()).toEqual(RULES.map((r) => r.id).sort());
    for (const rule of RULES) expect(lifecycleOf(rule).opens.length, rule.id).toBeGreaterThan(0);
  });

  it("names only event types the case file knows, and fields with values their schema allows", () => {
    for (const [id, lifecycle] of Object.entries(LIFECYCLES)) {
      for (const act of [...lifecycle.opens, ...lifecycle.meets, ...lifecycle.ends, ...(lifecycle.notes ?? [])]) {
        const known = (EVENT_TYPES as readonly string[]).includes(act.on) || ["plan-ceased", "reassessment-finished", "first-assessment-ended-by-transfer"].includes(act.on);
        expect(known, `${id}: ${act.on}`).toBe(true);
      }
    }
  });

  it("gives each order the limits of Regs 44(2) and each unopposed appeal those of Regs 45", () => {
    expect(rulesOpenedBy("tribunal-order", "order", "assess").map((r) => r.id)).toEqual(["order-assess-notice", "order-assess-no-plan", "order-assess-final-plan"]);
    expect(rulesOpenedBy("tribunal-order", "order", "make-plan").map((r) => r.id)).toEqual(["order-draft-plan", "order-final-plan"]);
    expect(rulesOpenedBy("tribunal-order", "order", "continue")).toEqual([]);
    expect(rulesOpenedBy("appeal-unopposed", "appealAbout", "content-and-placement").map((r) => r.id)).toEqual(["unopposed-amend-placement"]);
    expect(rulesOpenedBy("appeal-unopposed", "appealAbout", "refusal-to-issue").map((r) => r.id)).toEqual(["unopposed-draft-plan", "unopposed-final-plan"]);
  });

  it("gives the timeliness report its sets of limits (ordered plans, referred back, plan held)", () => {
    expect([...ORDERED_PLAN_RULES].sort()).toEqual(["order-assess-final-plan", "order-final-plan", "unopposed-assess-final-plan", "unopposed-final-plan"]);
    expect([...REFERRED_BACK_RULES]).toEqual(["order-reconsider"]);
    expect([...PLAN_HELD_RULES].sort()).toEqual(["reassessment-decision", "reassessment-final-plan", "transfer-notice", "transfer-review"]);
  });

  it("says what a plan decision does to the limits of an order referring a refusal back (Regs 44(2))", () => {
    const decision = (outcome: string) =>
      ({ type: "plan-decision", eventId: "d", day: 0, position: 1, secondOfDay: undefined, recorded: { type: "plan-decision", date: "2025-01-01", outcome } }) as CaseEvent;
    expect(pendingProgress("order-reconsider", decision("not-issue"))).toEqual({ kind: "done" });
    expect(pendingProgress("order-reconsider", decision("issue"))?.kind).toBe("noted");
    expect(pendingProgress("order-assess-no-plan", decision("issue"))).toEqual({ kind: "moot", reason: "the LA decided to make a plan (event d)" });
    expect(pendingProgress("order-assess-final-plan", decision("not-issue"))).toEqual({ kind: "moot", reason: "the LA decided not to make a plan (event d)" });
    expect(pendingProgress("order-draft-plan", decision("issue"))).toBeNull();
  });

  it("declares every move between stages, and every open, meet and end the machine makes, over generated histories (fast-check)", () => {
    const seen = new Set<string>();
    const readingsOf = fc.constantFrom<Readings>(
      DEFAULT_READINGS,
      { ...DEFAULT_READINGS, lastReviewed: "meeting" },
      { ...DEFAULT_READINGS, lastReviewed: "final-plan", orderClock: "sent" },
    );
    fc.assert(
      fc.property(history, readingsOf, fc.boolean(), (raw, readings, young) => {
        const parsed = parseCaseFile({ caseId: "L", events: raw });
        if (!parsed.success) throw new Error("a generated case does not parse");
        const events = parsed.data.events.map(
          (e, i) => ({ type: e.type, eventId: `e${i + 1}`, day: parseCivilDate(e.date ?? "") ?? 0, position: i + 1, secondOfDay: undefined, recorded: e }) as CaseEvent,
        );
        sortByRank(
          events,
          events.map((e) => eventRank(e.day, NATURAL_ORDER_OF_TYPES.indexOf(e.type))),
        );
        const context = contextFor(readings, young ? (parseCivilDate("2022-03-01") ?? null) : null, events);
        let state: CaseState = INITIAL_STATE;
        for (const event of events) {
          const step = transition(state, event, context);
          if (step.state.stage !== state.stage) {
            const from = EVENT_TABLE[event.type].moves?.[step.state.stage] ?? [];
            if (from !== "any") expect(from, `${event.type} moves ${state.stage} to ${step.state.stage}`).toContain(state.stage);
            seen.add(`move ${event.type}`);
          }
          for (const effect of step.effects) {
            if (effect.type === "open" || effect.type === "satisfy" || effect.type === "not-applicable") seen.add(`${effect.type} ${event.type}`);
            expect(undeclared(effect, event)).toBeNull();
          }
          state = step.state;
        }
      }),
      { numRuns: 1500, seed: 13 },
    );
    // The histories reach most kinds of act, so the check is not vacuous.
    expect(seen.size).toBeGreaterThan(50);
  });
});
