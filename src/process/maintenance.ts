/**
 * Transitions of a maintained plan (rules.md §§ 2–5): one dispatcher over the files that hold
 * them — reviews, amendments, phase transfers, reassessment, transfers between authorities,
 * ceasing — with the plan's state and review periods in plan-state.ts.
 *
 * @module
 */
import { match } from "ts-pattern";
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

/** The events of a maintained plan. */
export function onMaintenanceEvent(state: CaseState, event: MaintenanceEvent, context: MachineContext): Step {
  return match(event)
    .with({ type: "review-meeting-scheduled" }, (e) => onMeetingScheduled(state, e))
    .with({ type: "review-invitations-sent" }, { type: "review-advice-circulated" }, (e) => onBeforeMeeting(state, e))
    .with({ type: "review-meeting-held" }, (e) => onMeetingHeld(state, e, context))
    .with({ type: "review-report-sent" }, (e) => onReportSent(state, e))
    .with({ type: "review-decision" }, (e) => onReviewDecision(state, e, context))
    .with({ type: "amendment-notice-sent" }, (e) => onAmendmentNotice(state, e, context))
    .with({ type: "amended-plan-issued" }, (e) => onAmendedPlan(state, e, context))
    .with({ type: "phase-transfer-expected" }, (e) => onPhaseTransferExpected(state, e))
    .with({ type: "reassessment-requested" }, (e) => onReassessmentRequested(state, e))
    .with({ type: "reassessment-decision" }, (e) => onReassessmentDecision(state, e))
    .with({ type: "plan-transferred-in" }, (e) => onTransferredIn(state, e, context))
    .with({ type: "transfer-notice-sent" }, (e) => onTransferNotice(state, e))
    .with({ type: "cease-decision" }, (e) => onCeaseDecision(state, e))
    .with({ type: "plan-ceased" }, (e) => onPlanCeased(state, e))
    .exhaustive();
}
