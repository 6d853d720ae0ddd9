/**
 * Transitions of a maintained plan (rules.md §§ 2–5): one dispatcher over the files that hold
 * them — reviews, amendments, phase transfers, reassessment, transfers between authorities,
 * ceasing — with the plan's state and review periods in plan-state.ts.
 *
 * @module
 */
import type { MachineContext } from "./context";
import type { CaseEventOf } from "./events";
import type { CaseState } from "./states";
import { onAmendedPlan, onAmendmentNotice } from "./amendments";
import { onCeaseDecision, onPlanCeased } from "./ceasing";
import { onPhaseTransferExpected } from "./phase-transfers";
import type { Step } from "./plan-state";
import { onReassessmentDecision, onReassessmentRequested } from "./reassessment";
import { onBeforeMeeting, onMeetingHeld, onMeetingScheduled, onReportSent, onReviewDecision } from "./reviews";
import { onTransferNotice, onTransferredIn } from "./transfers";

export type { PlanState } from "./plan-state";
export { startPlan } from "./plan-state";
export { finishReassessment } from "./reassessment";
export { planEndProblems } from "./ceasing";

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
  | "transfer-notice-sent"
  | "cease-decision"
  | "plan-ceased"
>;

/**
 * The events of a maintained plan. A switch, exhaustive by type like the other dispatchers: a
 * match would make a closure for every arm on every event (see bench/).
 */
export function onMaintenanceEvent(state: CaseState, event: MaintenanceEvent, context: MachineContext): Step {
  switch (event.type) {
    case "review-meeting-scheduled":
      return onMeetingScheduled(state, event);
    case "review-invitations-sent":
    case "review-advice-circulated":
      return onBeforeMeeting(state, event);
    case "review-meeting-held":
      return onMeetingHeld(state, event, context);
    case "review-report-sent":
      return onReportSent(state, event);
    case "review-decision":
      return onReviewDecision(state, event, context);
    case "amendment-notice-sent":
      return onAmendmentNotice(state, event, context);
    case "amended-plan-issued":
      return onAmendedPlan(state, event, context);
    case "phase-transfer-expected":
      return onPhaseTransferExpected(state, event);
    case "reassessment-requested":
      return onReassessmentRequested(state, event);
    case "reassessment-decision":
      return onReassessmentDecision(state, event);
    case "plan-transferred-in":
      return onTransferredIn(state, event, context);
    case "transfer-notice-sent":
      return onTransferNotice(state, event);
    case "cease-decision":
      return onCeaseDecision(state, event);
    case "plan-ceased":
      return onPlanCeased(state, event);
    default:
      return event satisfies never;
  }
}
