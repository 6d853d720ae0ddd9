/**
 * The dispute region of a case's state, and the helpers its transitions share (rules.md §§ 6–7).
 *
 * @module
 */
import { type Effect, problemEffect } from "./effects";
import type { Step } from "./step";
import { type CaseEventOf, anchorOf } from "./events";

/** The shared helpers, under the names the dispute transitions use. */
export { anchorOf, problemEffect as problemOf };
import { evolve, type Anchor, type CaseState } from "./states";

/** What an appealable decision is about (CFA s.51(2)(a)–(f)). */
export type DecisionKind = "assessment" | "plan" | "contents" | "amendment" | "reassessment" | "no-amendment" | "cease";

/** The parent's windows for one appealable decision. */
export interface AppealWindow {
  readonly decision: Anchor;
  readonly about: DecisionKind;
  /** The qualifier of the pair now open: the decision's id, or the id of the notice that moved it. */
  readonly qualifier: string;
  readonly contacted: Anchor | null;
  readonly certificate: Anchor | null;
  readonly lodged: boolean;
}

/** A mediation (or a choice not to mediate) after contact with the mediation adviser. */
export interface Mediation {
  /** The decision it is about (its event id), when one is known. */
  readonly decisionId: string | null;
  readonly wanted: boolean;
  readonly held: boolean;
  readonly certified: boolean;
  /** The LA told the adviser it cannot arrange the mediation within 30 days (Regs 39(3)). */
  readonly notArranged: boolean;
}

/** The dispute region of a case. */
export interface DisputeState {
  readonly open: "mediation" | "appeal" | "order" | null;
  readonly windows: readonly AppealWindow[];
  readonly mediation: Mediation | null;
  /** The decision (event id) an appeal is pending against; `""` when none is known. `null`: no appeal pending. */
  readonly appealAgainst: string | null;
  /** Order and unopposed-appeal limits not yet done, by rule id. */
  readonly pending: readonly string[];
}

export type { Step } from "./step";

/** The events of disagreement resolution. */
export type DisputeEvent = CaseEventOf<
  | "decision-notice-sent"
  | "mediation-adviser-contacted"
  | "mediation-held"
  | "mediation-certificate-issued"
  | "mediation-not-arranged"
  | "mediation-date-notified"
  | "mediation-agreement"
  | "mediation-agreement-carried-out"
  | "appeal-lodged"
  | "appeal-withdrawn"
  | "tribunal-order"
  | "appeal-unopposed"
  | "tribunal-recommendation"
  | "recommendation-responded"
>;

/** No dispute yet. */
export const EMPTY: DisputeState = { open: null, windows: [], mediation: null, appealAgainst: null, pending: [] };


function openOf(d: Omit<DisputeState, "open">): DisputeState["open"] {
  if (d.pending.length > 0) return "order";
  if (d.appealAgainst !== null) return "appeal";
  return d.mediation !== null && d.mediation.wanted && !d.mediation.certified ? "mediation" : null;
}

/** The state with its dispute region replaced, and which dispute is open. */
export const withDispute = (state: CaseState, d: Omit<DisputeState, "open">, effects: Effect[]): Step => ({
  // Written out, not spread: every dispute region has one shape (see bench/).
  state: evolve(state, { dispute: { open: openOf(d), windows: d.windows, mediation: d.mediation, appealAgainst: d.appealAgainst, pending: d.pending } }),
  effects,
});

export const replaceWindow = (d: DisputeState, next: AppealWindow): readonly AppealWindow[] =>
  d.windows.map((w) => (w.decision.eventId === next.decision.eventId ? next : w));
