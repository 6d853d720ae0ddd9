/**
 * The state machine: `transition(state, event)` returns the next state and what the event
 * opens, satisfies or closes, as data.
 *
 * Dispatch is a table with one handler for every event type: the mapped type makes it
 * exhaustive (a new event type does not compile until it has a handler), and a table lookup
 * keeps the per-event cost low on the hot path (see bench/). Handlers match on the state.
 *
 * @module
 */
import type { EventType } from "../schema/events";
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
import type { CaseEvent, CaseEventOf } from "./events";
import { onMaintenanceEvent } from "./maintenance";
import type { CaseState } from "./states";
import { onSupportEvent } from "./support";

type Handler<T extends EventType> = (state: CaseState, event: CaseEventOf<T>, context: MachineContext) => Transition<CaseState>;

/** One handler per event type. */
const HANDLERS: { readonly [T in EventType]: Handler<T> } = {
  "support-started": onSupportEvent,
  "support-plan-agreed": onSupportEvent,
  "support-reviewed": onSupportEvent,
  "assessment-requested": onAssessmentRequested,
  "assessment-decision": onAssessmentDecision,
  "advice-requested": onAdviceRequested,
  "advice-received": onAdviceReceived,
  "plan-decision": onPlanDecision,
  "draft-plan-issued": onDraftPlanIssued,
  "representations-received": onRepresentationsReceived,
  "institution-consulted": onInstitutionConsulted,
  "institution-responded": onInstitutionResponded,
  "final-plan-issued": onFinalPlanIssued,
  "exception-recorded": onExceptionRecorded,
  "review-meeting-scheduled": onMaintenanceEvent,
  "review-invitations-sent": onMaintenanceEvent,
  "review-advice-circulated": onMaintenanceEvent,
  "review-meeting-held": onMaintenanceEvent,
  "review-report-sent": onMaintenanceEvent,
  "review-decision": onMaintenanceEvent,
  "amendment-notice-sent": onMaintenanceEvent,
  "amended-plan-issued": onMaintenanceEvent,
  "phase-transfer-expected": onMaintenanceEvent,
  "reassessment-requested": onMaintenanceEvent,
  "reassessment-decision": onMaintenanceEvent,
  "plan-transferred-in": onMaintenanceEvent,
  "transfer-notice-sent": onMaintenanceEvent,
  "cease-decision": onMaintenanceEvent,
  "plan-ceased": onMaintenanceEvent,
  "decision-notice-sent": onDisputeEvent,
  "mediation-adviser-contacted": onDisputeEvent,
  "mediation-held": onDisputeEvent,
  "mediation-certificate-issued": onDisputeEvent,
  "mediation-not-arranged": onDisputeEvent,
  "mediation-date-notified": onDisputeEvent,
  "mediation-agreement": onDisputeEvent,
  "mediation-agreement-carried-out": onDisputeEvent,
  "appeal-lodged": onDisputeEvent,
  "appeal-withdrawn": onDisputeEvent,
  "tribunal-order": onDisputeEvent,
  "appeal-unopposed": onDisputeEvent,
  "tribunal-recommendation": onDisputeEvent,
  "recommendation-responded": onDisputeEvent,
};

/** The next state of a case after one event, and the effects of the event. */
export function transition(state: CaseState, event: CaseEvent, context: MachineContext): Transition<CaseState> {
  const handler = HANDLERS[event.type] as Handler<EventType>;
  const step = handler(state, event as CaseEventOf<EventType>, context);
  return withAppealWindows(state, step, event, context);
}
