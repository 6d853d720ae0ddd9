/**
 * Transitions of a plan's review (rules.md § 2): a meeting arranged, invitations and advice
 * before it (Regs 20), the meeting, its report and the LA's decision (Regs 20(10); Devon 2022).
 *
 * @module
 */
import { type DayNumber, civilDate } from "../dates/civil-date";
import * as reviews from "../law/reviews";
import type { Rule } from "../law/types";
import type { MachineContext } from "./context";
import { type Effect, type OpenInstance, problemEffect } from "./effects";
import { type CaseEventOf, anchorOf } from "./events";
import type { Anchor } from "./states";
import { type PlanState, type PlanHeld, completeReview, formatMeeting, next, restingStage, withoutField } from "./plan-state";
import { type Step, stay } from "./step";
import { openCeasing } from "./ceasing";
import { trackPhaseTransfer } from "./phase-transfers";

/** A duty before a meeting, named by the meeting's date; opened once per meeting. */
const meetingInstance = (rule: Rule, meeting: DayNumber, anchor: Anchor): OpenInstance => ({
  type: "open",
  rule,
  qualifier: formatMeeting(meeting),
  anchor: { ...anchor, day: meeting },
  anchorLabel: `Review meeting (arranged by event ${anchor.eventId}) on`,
  ifAlreadyOpen: "ignore",
});

/** The two duties that precede a meeting (Regs 20(3)–(4)), opened once per meeting date. */
const arrangeMeeting = (meeting: DayNumber, by: Anchor): OpenInstance[] => [
  meetingInstance(reviews.reviewInvitations, meeting, by),
  meetingInstance(reviews.reviewAdviceCirculated, meeting, by),
];

/** A meeting arranged; one arranged for another date and not yet held no longer applies. */
export function onMeetingScheduled(state: PlanHeld, event: CaseEventOf<"review-meeting-scheduled">): Step {
  const { plan } = state;
  const meeting = civilDate(event.recorded.meetingDate);
  const effects: Effect[] = [];
  if (plan.scheduledMeeting !== undefined && plan.scheduledMeeting !== meeting) {
    for (const rule of [reviews.reviewInvitations, reviews.reviewAdviceCirculated]) {
      effects.push({
        type: "not-applicable",
        ruleId: rule.id,
        qualifier: formatMeeting(plan.scheduledMeeting),
        reason: "the meeting was rearranged",
        by: anchorOf(event),
      });
    }
  }
  effects.push(...arrangeMeeting(meeting, anchorOf(event)));
  return next(state, state.stage, { ...plan, scheduledMeeting: meeting }, effects);
}

/** Invitations or advice sent before a meeting: satisfies the duty for that meeting's date. */
export function onBeforeMeeting(state: PlanHeld, event: CaseEventOf<"review-invitations-sent" | "review-advice-circulated">): Step {
  const meeting = civilDate(event.recorded.meetingDate);
  const rule = event.type === "review-invitations-sent" ? reviews.reviewInvitations : reviews.reviewAdviceCirculated;
  return {
    state,
    effects: [
      // Opened here too, for a meeting not recorded as arranged.
      meetingInstance(rule, meeting, anchorOf(event)),
      { type: "satisfy", ruleId: rule.id, qualifier: formatMeeting(meeting), by: anchorOf(event) },
    ],
  };
}

export function onMeetingHeld(state: PlanHeld, event: CaseEventOf<"review-meeting-held">, context: MachineContext): Step {
  const { plan } = state;
  const meeting = anchorOf(event);
  const label = "Review meeting held";
  const effects: Effect[] = [
    ...arrangeMeeting(meeting.day, meeting),
    { type: "open", rule: reviews.reviewReport, qualifier: formatMeeting(meeting.day), anchor: meeting, anchorLabel: label },
    { type: "open", rule: reviews.reviewDecision, qualifier: formatMeeting(meeting.day), anchor: meeting, anchorLabel: label },
  ];
  let updated: PlanState = { ...withoutField(plan, "scheduledMeeting"), meeting };
  if (event.recorded.phaseTransfer !== undefined) {
    const tracked = trackPhaseTransfer(updated, civilDate(event.recorded.phaseTransfer.transferDate), event.recorded.phaseTransfer.kind, meeting);
    updated = tracked.plan;
    effects.push(...tracked.effects);
  }
  if (context.readings.lastReviewed === "meeting") {
    const done = completeReview(updated, meeting, context);
    updated = done.plan;
    effects.push(...done.effects);
  }
  return next(state, "under-review", updated, effects);
}

/** `review-report-sent`: it meets the report's limit (lifecycle.ts). */
export function onReportSent(state: PlanHeld): Step {
  return stay(state);
}

export function onReviewDecision(state: PlanHeld, event: CaseEventOf<"review-decision">, context: MachineContext): Step {
  const { plan } = state;
  const decision = anchorOf(event);
  const effects: Effect[] = plan.meeting === undefined ? [problemEffect("no-review-meeting", event)] : [];
  let updated = withoutField(plan, "meeting");
  // Devon (2022): the proposed amendments go with the notice of a decision to amend. A notice
  // already sent for this review (on or after its meeting, and not yet tied to another review)
  // went with it, so the decision is complete now, on the later of the two dates.
  const noticeSent =
    event.recorded.outcome === "amend" &&
    plan.meeting !== undefined &&
    plan.amendmentNotice !== undefined &&
    plan.amendmentReview === undefined &&
    plan.amendmentNotice.day >= plan.meeting.day
      ? plan.amendmentNotice
      : undefined;
  if (event.recorded.outcome !== "amend" || noticeSent !== undefined) effects.push({ type: "satisfy", ruleId: reviews.reviewDecision.id, by: decision });
  if (noticeSent !== undefined) {
    effects.push({ type: "note", ruleId: reviews.reviewDecision.id, label: "Decision to amend; its amendment notice was already sent", by: noticeSent });
  } else if (event.recorded.outcome === "amend") {
    effects.push({ type: "note", ruleId: reviews.reviewDecision.id, label: "Decision to amend recorded, complete when its amendments are sent", by: decision });
  }
  if (event.recorded.outcome === "maintain") effects.push({ type: "satisfy", ruleId: reviews.PHASE_TRANSFER_REVIEW, by: decision });
  // Devon (2022): a decision to amend is complete only with its amendments, so that review
  // completes when the amendment notice is sent (onAmendmentNotice), or now if it already was.
  // Under lastReviewed: final-plan an amending review completes with its amended plan (onAmendedPlan).
  const reviewDone =
    context.readings.lastReviewed === "decision"
      ? event.recorded.outcome !== "amend" || noticeSent !== undefined
      : context.readings.lastReviewed === "final-plan" && event.recorded.outcome !== "amend";
  if (reviewDone) {
    const done = completeReview(updated, decision, context);
    updated = done.plan;
    effects.push(...done.effects);
  }
  const outcome = event.recorded.outcome;
  switch (outcome) {
    case "maintain":
      return next(state, restingStage(updated), updated, effects);
    case "amend":
      // With its notice already sent, the decision is not left pending: a later notice is another amendment.
      return next(state, "amending", noticeSent === undefined ? { ...updated, amendDecision: decision } : { ...updated, amendmentReview: decision }, effects);
    case "cease": {
      const ceasing = openCeasing(updated, decision);
      return next(state, "ceasing", ceasing.plan, [...effects, ...ceasing.effects]);
    }
    default:
      return outcome satisfies never;
  }
}
