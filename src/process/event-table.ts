/**
 * One table for every event type: where it stands in the process's natural order, the handler
 * that moves the machine, whether it needs a plan in force, and what it decides that can be
 * appealed. The mapped type makes the table complete: a new event type does not compile until it
 * has a row. What each event opens, meets or ends is declared by rule, in lifecycle.ts.
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
import { onAmendedPlan, onAmendmentNotice, onAmendmentNotMade } from "./amendments";
import { onCeaseDecision, onPlanCeased } from "./ceasing";
import type { MachineContext } from "./context";
import type { DecisionKind } from "./dispute-state";
import { onAppealLodged, onCertificate, onContact, onDateNotified, onMediationHeld, onNotArranged, onNotice } from "./disputes";
import type { CaseEventOf } from "./events";
import { onPhaseTransferExpected } from "./phase-transfers";
import type { PlanHeld } from "./plan-state";
import { onReassessmentDecision, onReassessmentRequested } from "./reassessment";
import { onBeforeMeeting, onMeetingHeld, onMeetingScheduled, onReportSent, onReviewDecision } from "./reviews";
import type { CaseState, Stage } from "./states";
import type { Step } from "./step";
import { onPlanAgreed, onReviewed, onStarted } from "./support";
import { tableOnly } from "./table-only";
import { onCommissioningChangeKnown, onMoveKnown, onTransferNotice, onTransferredIn } from "./transfers";
import { onAgreement, onAgreementCarriedOut, onOrder, onRecommendation, onRecommendationResponded, onUnopposed, onWithdrawn } from "./tribunal-outcomes";

/** What an event of one type decides that can be appealed (CFA s.51(2)), given the state before it; `null` for nothing. */
type Appealable<T extends EventType> = (event: CaseEventOf<T>, before: CaseState) => DecisionKind | null;

/**
 * The stages an event of one type can move a case to, each with the stages it can move it from, or
 * `any` where the handler works the stage out from the round or plan it leaves
 * (test/process/lifecycle.test.ts checks every move the machine makes against them; docs/machine.md
 * draws them). A type with none never changes the stage.
 */
export type Moves = Readonly<Partial<Record<Stage, readonly Stage[] | "any">>>;

/** The stages of a plan in force, not ceased: where an event of a maintained plan can come. */
const PLAN_STAGES: readonly Stage[] = ["plan-maintained", "under-review", "amending", "reassessing", "ceasing"];

/** The row of one event type. */
export type EventRow<T extends EventType> = {
  readonly appealable?: Appealable<T>;
  readonly moves?: Moves;
} & (
  | { readonly handle: (state: CaseState, event: CaseEventOf<T>, context: MachineContext) => Step; readonly requires?: undefined }
  | {
      /** The event belongs to a maintained plan: without one in force it is refused (`no-plan`, `plan-already-ceased`). */
      readonly requires: "plan";
      readonly handle: (state: PlanHeld, event: CaseEventOf<T>, context: MachineContext) => Step;
    }
);

/**
 * Every event type, in the process's natural order for events on the same day (case-file.md:
 * "events on the same day keep the process's natural order"): a request comes before its
 * decision, a draft before its final plan, an SEN support review before the next plan.
 *
 * Disagreement resolution sits on both sides of the process's own acts, because its steps look
 * both ways:
 * - an outcome enables an act, so it comes first: a Tribunal order, an unopposed appeal or a
 *   mediation agreement before the assessment decision, plan, amendment or ceasing it calls for;
 *   a dismissed or withdrawn appeal before the plan ceased that day (CFA s.45(4)). A mediation
 *   is held before its agreement, so `mediation-held` leads the group;
 * - a step taken about a decision comes after it: its notice, contact with the mediation
 *   adviser, the certificate, the appeal.
 * An outcome and the appeal it ends are never on the same day (the Tribunal cannot decide an
 * appeal the day it reaches it), nor a mediation and the decision it is about.
 */
export const EVENT_TABLE: { readonly [T in EventType]: EventRow<T> } = {
  // Graduated approach (SEN support).
  "support-started": { moves: { "sen-support": ["not-started"] }, handle: onStarted },
  "support-reviewed": { handle: onReviewed },
  "support-plan-agreed": { moves: { "sen-support": ["not-started"] }, handle: onPlanAgreed },
  // Outcomes of disagreements, before the acts they enable.
  "mediation-held": { handle: onMediationHeld },
  "mediation-agreement": { moves: { "awaiting-assessment-decision": "any", assessing: "any", "plan-maintained": "any" }, handle: onAgreement },
  "mediation-agreement-carried-out": { handle: onAgreementCarriedOut },
  "mediation-agreement-notified": { handle: tableOnly },
  "appeal-withdrawn": { handle: onWithdrawn },
  "tribunal-order": { moves: { "awaiting-assessment-decision": "any", assessing: "any", "plan-maintained": "any" }, handle: onOrder },
  "appeal-unopposed": { moves: { "awaiting-assessment-decision": "any", assessing: "any", "plan-maintained": "any" }, handle: onUnopposed },
  "tribunal-recommendation": { handle: onRecommendation },
  "recommendation-responded": { handle: onRecommendationResponded },
  "recommendation-response-copied": { handle: tableOnly },
  // EHC needs assessment and plan.
  "assessment-requested": {
    moves: { "awaiting-assessment-decision": ["ceased", "not-assessing", "not-issuing", "not-started", "sen-support"] },
    handle: onAssessmentRequested,
  },
  "assessment-decision": {
    moves: { assessing: "any", "not-assessing": "any", "draft-issued": "any" },
    handle: onAssessmentDecision,
    appealable: (e) => (e.recorded.outcome === "not-assess" ? "assessment" : null),
  },
  "advice-requested": { moves: { reassessing: "any" }, handle: onAdviceRequested },
  "advice-received": { handle: onAdviceReceived },
  "plan-decision": {
    moves: { "plan-maintained": "any", reassessing: "any", "not-issuing": "any" },
    handle: onPlanDecision,
    // After a reassessment of a maintained plan, not to issue is not to amend it: s.51(2)(e), not (b).
    appealable: (e, before) => (e.recorded.outcome !== "not-issue" ? null : before.round?.kind === "reassessment" && before.plan !== undefined ? "no-amendment" : "plan"),
  },
  "draft-plan-issued": { moves: { reassessing: "any", "draft-issued": "any" }, handle: onDraftPlanIssued },
  "representations-received": { handle: onRepresentationsReceived },
  "institution-consulted": { moves: { "plan-maintained": "any", reassessing: "any" }, handle: onInstitutionConsulted },
  "institution-responded": { handle: onInstitutionResponded },
  "final-plan-issued": { moves: { "plan-maintained": "any" }, handle: onFinalPlanIssued, appealable: () => "contents" },
  "exception-recorded": { handle: onExceptionRecorded },
  // Maintaining the plan.
  "review-meeting-scheduled": { requires: "plan", handle: onMeetingScheduled },
  "review-invitations-sent": { requires: "plan", handle: onBeforeMeeting },
  "review-advice-circulated": { requires: "plan", handle: onBeforeMeeting },
  "review-meeting-held": { moves: { "under-review": PLAN_STAGES }, requires: "plan", handle: onMeetingHeld },
  "review-report-sent": { requires: "plan", handle: onReportSent },
  "review-decision": {
    moves: { ceasing: "any", "plan-maintained": "any", amending: "any" },
    requires: "plan",
    handle: onReviewDecision,
    appealable: (e) => (e.recorded.outcome === "maintain" ? "no-amendment" : e.recorded.outcome === "cease" ? "cease" : null),
  },
  "amendment-notice-sent": { moves: { amending: PLAN_STAGES }, requires: "plan", handle: onAmendmentNotice },
  "amended-plan-issued": { moves: { ceasing: "any", "plan-maintained": "any" }, requires: "plan", handle: onAmendedPlan, appealable: () => "amendment" },
  "amendment-not-made": { moves: { ceasing: "any", "plan-maintained": "any" }, requires: "plan", handle: onAmendmentNotMade, appealable: () => "no-amendment" },
  "direct-payments-started": { requires: "plan", handle: tableOnly },
  "direct-payments-reviewed": { requires: "plan", handle: tableOnly },
  "disclosure-requested": { requires: "plan", handle: tableOnly },
  "plan-disclosed": { requires: "plan", handle: tableOnly },
  "phase-transfer-expected": { requires: "plan", handle: onPhaseTransferExpected },
  "reassessment-requested": { requires: "plan", handle: onReassessmentRequested },
  "reassessment-decision": {
    moves: { reassessing: PLAN_STAGES },
    requires: "plan",
    handle: onReassessmentDecision,
    appealable: (e) => (e.recorded.outcome === "not-reassess" ? "reassessment" : null),
  },
  "plan-move-known": { requires: "plan", handle: onMoveKnown },
  "commissioning-change-known": { requires: "plan", handle: onCommissioningChangeKnown },
  "commissioning-body-notified": { requires: "plan", handle: tableOnly },
  "health-provision-impracticable": { requires: "plan", handle: tableOnly },
  "health-review-requested": { requires: "plan", handle: tableOnly },
  "plan-transferred-in": { moves: { "plan-maintained": "any" }, handle: onTransferredIn },
  "transfer-notice-sent": { requires: "plan", handle: onTransferNotice },
  "cease-decision": { moves: { ceasing: PLAN_STAGES }, requires: "plan", handle: onCeaseDecision, appealable: () => "cease" },
  "plan-ceased": { moves: { ceased: PLAN_STAGES }, requires: "plan", handle: onPlanCeased },
  // Steps taken about a decision, after it.
  "decision-notice-sent": { handle: onNotice },
  "mediation-adviser-contacted": { handle: onContact },
  "mediation-health-notified": { handle: tableOnly },
  "mediation-date-notified": { handle: onDateNotified },
  "mediation-not-arranged": { handle: onNotArranged },
  "mediation-certificate-issued": { handle: onCertificate },
  "appeal-lodged": { handle: onAppealLodged },
};

/** Every event type in the process's natural order: the table's own order. */
export const NATURAL_ORDER_OF_TYPES = Object.keys(EVENT_TABLE) as readonly EventType[];
