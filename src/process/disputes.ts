/**
 * Transitions of disagreement resolution: mediation, appeals, Tribunal orders, unopposed
 * appeals and recommendations (rules.md §§ 6–7).
 *
 * @module
 */
import type { MachineContext } from "./context";
import type { Transition } from "./effects";
import type { CaseEvent, CaseEventOf } from "./events";
import type { CaseState } from "./states";

/** The dispute region of a case. */
export interface DisputeState {
  readonly open: "mediation" | "appeal" | "order" | null;
}

type Step = Transition<CaseState>;
type DisputeEvent = CaseEventOf<
  | "decision-notice-sent"
  | "mediation-adviser-contacted"
  | "mediation-held"
  | "mediation-certificate-issued"
  | "appeal-lodged"
  | "tribunal-order"
  | "appeal-unopposed"
  | "tribunal-recommendation"
>;

/** The events of disagreement resolution. */
export function onDisputeEvent(state: CaseState, event: DisputeEvent, _context: MachineContext): Step {
  return { state, effects: [{ type: "problem", code: "event-not-modelled", eventId: event.eventId, detail: event.type }] };
}

/**
 * After any event: an appealable decision opens the parent's windows (mediation contact and
 * appeal) on its own date when no separate notice is recorded.
 */
export function withAppealWindows(_before: CaseState, step: Step, _event: CaseEvent, _context: MachineContext): Step {
  return step;
}

/** The dispute open at the end of the events, for the timeline's `dispute`. */
export function openDispute(state: CaseState): DisputeState["open"] {
  return state.dispute?.open ?? null;
}
