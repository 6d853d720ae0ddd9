/**
 * Transitions of a maintained plan (rules.md §§ 2–5): reviews, amendments, phase transfers,
 * reassessment, transfers between authorities, ceasing.
 *
 * @module
 */
import type { MachineContext } from "./context";
import type { Transition } from "./effects";
import type { CaseEventOf } from "./events";
import type { CaseState } from "./states";

/** The maintained plan. */
export interface PlanState {
  readonly madeOn: number;
}

type Step = Transition<CaseState>;
type MaintenanceEvent = CaseEventOf<
  | "review-meeting-scheduled"
  | "review-invitations-sent"
  | "review-advice-circulated"
  | "review-meeting-held"
  | "review-report-sent"
  | "review-decision"
  | "amendment-notice-sent"
  | "amended-plan-issued"
  | "phase-transfer-expected"
  | "reassessment-requested"
  | "reassessment-decision"
  | "plan-transferred-in"
  | "cease-decision"
  | "plan-ceased"
>;

/** The events of a maintained plan. */
export function onMaintenanceEvent(state: CaseState, event: MaintenanceEvent, _context: MachineContext): Step {
  return { state, effects: [{ type: "problem", code: "event-not-modelled", eventId: event.eventId, detail: event.type }] };
}
