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
import type { AppealWindow, AppealWindows, DisputeState } from "./region-states";
import { evolve, type CaseState } from "./states";

export type { AppealWindow, AppealWindows, DecisionKind, DisputeState, Mediation } from "./region-states";

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
export const EMPTY: DisputeState = { open: null, windows: null, mediation: null, appealAgainst: null, pending: [] };

function openOf(d: Omit<DisputeState, "open">): DisputeState["open"] {
  if (d.pending.length > 0) return "order";
  if (d.appealAgainst !== null) return "appeal";
  return d.mediation !== null && d.mediation.wanted && !d.mediation.certified ? "mediation" : null;
}

/** The state with its dispute region replaced, and which dispute is open. */
export const withDispute = (state: CaseState, d: Omit<DisputeState, "open">, effects: Effect[]): Step => ({
  // Written out, not spread: every dispute region has one shape (docs/performance.md: one shape).
  state: evolve(state, { dispute: { open: openOf(d), windows: d.windows, mediation: d.mediation, appealAgainst: d.appealAgainst, pending: d.pending } }),
  effects,
});

/** The newest window that passes `test`. */
export function findWindow(d: DisputeState, test: (w: AppealWindow) => boolean): AppealWindow | undefined {
  for (let at = d.windows; at !== null; at = at.older) if (test(at.window)) return at.window;
  return undefined;
}

/** The windows with `next` added as the newest. */
export const withWindow = (d: DisputeState, next: AppealWindow): AppealWindows => ({ window: next, older: d.windows });

/** The windows with the one of `next`'s decision replaced by it: only the windows newer than it are made again. */
export function replaceWindow(d: DisputeState, next: AppealWindow): AppealWindows | null {
  const newer: AppealWindow[] = [];
  let at = d.windows;
  for (; at !== null && at.window.decision.eventId !== next.decision.eventId; at = at.older) newer.push(at.window);
  if (at === null) return d.windows;
  let rebuilt: AppealWindows = { window: next, older: at.older };
  for (let i = newer.length - 1; i >= 0; i -= 1) rebuilt = { window: newer[i] as AppealWindow, older: rebuilt };
  return rebuilt;
}
