/**
 * The state machine: `transition(state, event)` returns the next state and what the event
 * opens, satisfies or closes, as data. Every event type has a branch (`.exhaustive()`), so a
 * new type does not compile until it is handled.
 *
 * @module
 */
import { match } from "ts-pattern";
import {
  onAdviceReceived,
  onAdviceRequested,
  onAssessmentDecision,
  onAssessmentRequested,
  onDraftPlanIssued,
  onExceptionRecorded,
  onFinalPlanIssued,
  onInstitutionConsulted,
  onInstitutionResponded,
  onPlanDecision,
  onRepresentationsReceived,
} from "./assessment";
import type { MachineContext } from "./context";
import { onDisputeEvent, withAppealWindows } from "./disputes";
import type { Transition } from "./effects";
import type { CaseEvent } from "./events";
import { onMaintenanceEvent } from "./maintenance";
import type { CaseState } from "./states";
import { onSupportEvent } from "./support";

/** The next state of a case after one event, and the effects of the event. */
export function transition(state: CaseState, event: CaseEvent, context: MachineContext): Transition<CaseState> {
  const step = match(event)
    .with({ type: "support-started" }, { type: "support-plan-agreed" }, { type: "support-reviewed" }, (e) =>
      onSupportEvent(state, e, context),
    )
    .with({ type: "assessment-requested" }, (e) => onAssessmentRequested(state, e, context))
    .with({ type: "assessment-decision" }, (e) => onAssessmentDecision(state, e, context))
    .with({ type: "advice-requested" }, (e) => onAdviceRequested(state, e, context))
    .with({ type: "advice-received" }, (e) => onAdviceReceived(state, e, context))
    .with({ type: "plan-decision" }, (e) => onPlanDecision(state, e, context))
    .with({ type: "draft-plan-issued" }, (e) => onDraftPlanIssued(state, e, context))
    .with({ type: "representations-received" }, (e) => onRepresentationsReceived(state, e, context))
    .with({ type: "institution-consulted" }, (e) => onInstitutionConsulted(state, e, context))
    .with({ type: "institution-responded" }, (e) => onInstitutionResponded(state, e, context))
    .with({ type: "final-plan-issued" }, (e) => onFinalPlanIssued(state, e, context))
    .with({ type: "exception-recorded" }, (e) => onExceptionRecorded(state, e))
    .with(
      { type: "review-meeting-scheduled" },
      { type: "review-invitations-sent" },
      { type: "review-advice-circulated" },
      { type: "review-meeting-held" },
      { type: "review-report-sent" },
      { type: "review-decision" },
      { type: "amendment-notice-sent" },
      { type: "amended-plan-issued" },
      { type: "phase-transfer-expected" },
      { type: "reassessment-requested" },
      { type: "reassessment-decision" },
      { type: "plan-transferred-in" },
      { type: "transfer-notice-sent" },
      { type: "cease-decision" },
      { type: "plan-ceased" },
      (e) => onMaintenanceEvent(state, e, context),
    )
    .with(
      { type: "decision-notice-sent" },
      { type: "mediation-adviser-contacted" },
      { type: "mediation-held" },
      { type: "mediation-certificate-issued" },
      { type: "appeal-lodged" },
      { type: "tribunal-order" },
      { type: "appeal-unopposed" },
      { type: "tribunal-recommendation" },
      (e) => onDisputeEvent(state, e, context),
    )
    .exhaustive();
  return withAppealWindows(state, step, event, context);
}
