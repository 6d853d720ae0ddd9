// The case state is a discriminated union on `stage` (src/process/states.ts): a round while an
// assessment runs, a plan once one is made, neither before a process starts. The types say so;
// this property checks that every transition keeps it so at run time, over generated histories
// of every event type.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCivilDate } from "../../src/dates/civil-date";
import { DEFAULT_READINGS } from "../../src/law/readings";
import { resolveSupportPolicy } from "../../src/law/support-policies";
import type { MachineContext } from "../../src/process/context";
import { type CaseEvent, eventRank } from "../../src/process/events";
import { NATURAL_ORDER_OF_TYPES } from "../../src/process/event-table";
import { sortByRank } from "../../src/internal/speed";
import { ENGLAND_AND_WALES } from "../../src/dates/working-days";
import { type CaseState, INITIAL_STATE } from "../../src/process/states";
import { transition } from "../../src/process/transition";
import { timeline } from "../../src/index";
import { parseCaseFile, parseCaseFileOrThrow } from "../../src/schema/parse";
import { history } from "./histories";

/** What each stage's member of the union promises. */
/* eslint-disable @typescript-eslint/no-unnecessary-condition -- it checks at run time what the types already claim */
function invariantBroken(state: CaseState): string | null {
  switch (state.stage) {
    case "not-started":
    case "sen-support":
      return state.round === undefined && state.plan === undefined ? null : "an idle stage holds a round or a plan";
    case "awaiting-assessment-decision":
    case "not-assessing":
    case "assessing":
    case "not-issuing":
    case "draft-issued":
      return state.round !== undefined && state.plan === undefined ? null : "an assessment stage lacks its round or holds a plan";
    case "reassessing":
      return state.round !== undefined && state.plan !== undefined ? null : "a reassessment lacks its round or its plan";
    case "plan-maintained":
    case "under-review":
    case "amending":
    case "ceasing":
    case "ceased":
      return state.plan !== undefined ? null : "a plan stage has no plan";
    default:
      return state satisfies never;
  }
}
/* eslint-enable @typescript-eslint/no-unnecessary-condition */

describe("the case state (fast-check)", () => {
  it("after every event of any history, each stage holds exactly what its member of the union says", () => {
    fc.assert(
      fc.property(history, (raw) => {
        const parsed = parseCaseFile({ caseId: "I", events: raw });
        if (!parsed.success) throw new Error(`generated case does not parse: ${JSON.stringify(parsed.issues)}`);
        const events = parsed.data.events.map(
          (e, i) => ({ type: e.type, eventId: `e${i + 1}`, day: parseCivilDate(e.date ?? "") ?? 0, position: i + 1, secondOfDay: undefined, recorded: e }) as CaseEvent,
        );
        // In the engine's order (compute.ts): by rank, stably.
        sortByRank(
          events,
          events.map((e) => eventRank(e.day, NATURAL_ORDER_OF_TYPES.indexOf(e.type))),
        );
        const asOf = parseCivilDate("2027-12-31") ?? 0;
        const context: MachineContext = {
          lastRequestDay: events.filter((e) => e.type === "assessment-requested").at(-1)?.day ?? null,
          readings: DEFAULT_READINGS,
          closures: [],
          hasClosures: false,
          dateOfBirth: null,
          supportPolicy: resolveSupportPolicy(undefined),
          asOf,
          calendar: ENGLAND_AND_WALES,
          reviewCounting: { calendar: ENGLAND_AND_WALES, readings: DEFAULT_READINGS },
        };
        let state: CaseState = INITIAL_STATE;
        for (const event of events) {
          state = transition(state, event, context).state;
          expect(invariantBroken(state), `${event.type} → ${state.stage}`).toBeNull();
        }
      }),
      { numRuns: 400 },
    );
  });

  it("a decision on a request whose round a transfer in ended, after that plan ceased, is refused: the case stays ceased (Regs 15(3))", () => {
    // Found by the property above: the decision moved a ceased case back to `assessing` with its plan still held.
    const result = timeline(
      parseCaseFileOrThrow({
        caseId: "R",
        events: [
          { type: "plan-transferred-in", date: "2025-01-06" },
          { type: "assessment-requested", date: "2025-01-06", by: "parent" },
          { type: "plan-ceased", date: "2025-01-06" },
          { type: "assessment-decision", date: "2025-01-07", outcome: "assess" },
        ],
      }),
      { asOf: "2025-02-01" },
    );
    expect(result.stage).toBe("ceased");
    expect(result.problems.map((p) => p.code)).toContain("no-request");
  });
});
