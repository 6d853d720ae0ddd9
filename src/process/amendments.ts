/**
 * Transitions of an amendment of the plan (rules.md § 2, Regs 22): the notice with its
 * 15-day window, and the amended plan.
 *
 * @module
 */
import { civilDate } from "../dates/civil-date";
import * as reviews from "../law/reviews";
import type { MachineContext } from "./context";
import { type Effect, problemEffect } from "./effects";
import { type CaseEventOf, anchorOf } from "./events";
import type { Anchor } from "./states";
import { type PlanState, type PlanHeld, completeReview, formatMeeting, next, restingStage, withoutField } from "./plan-state";
import { type Step, refuse } from "./step";
import { ordersAmendment } from "./lifecycle";
import { finishReassessment } from "./reassessment";

export function onAmendmentNotice(state: PlanHeld, event: CaseEventOf<"amendment-notice-sent">, context: MachineContext): Step {
  const current = state.plan;
  const notice = anchorOf(event);
  const effects: Effect[] = [];
  let plan = current;
  if (plan.amendDecision !== undefined && context.readings.lastReviewed === "decision") {
    const done = completeReview(plan, notice, context);
    plan = done.plan;
    effects.push(...done.effects);
  }
  if (plan.amendDecision !== undefined) {
    // The notice completes the review decision; sent after the decision it breaches Devon.
    effects.push({ type: "satisfy", ruleId: reviews.reviewDecision.id, by: notice });
    if (notice.day > plan.amendDecision.day) effects.push(problemEffect("amendment-notice-after-decision", event, undefined, plan.amendDecision));
  }
  const served: Anchor = event.recorded.servedOn === undefined ? notice : { ...notice, day: civilDate(event.recorded.servedOn) };
  effects.push(
    {
      type: "open",
      rule: reviews.amendmentRepresentations,
      qualifier: formatMeeting(notice.day),
      anchor: served,
      anchorLabel: event.recorded.servedOn === undefined ? "Amendment notice sent" : "Amendment notice served",
      ...(event.recorded.servedOn === undefined ? { adjust: "service" as const } : {}),
    },
    { type: "open", rule: reviews.amendedPlan, qualifier: formatMeeting(notice.day), anchor: notice, anchorLabel: "Amendment notice sent" },
  );
  // The review this notice carries out, if any: a decision to amend waiting for it.
  const review = plan.amendDecision ?? plan.amendmentReview;
  const rest = withoutField(withoutField(plan, "amendDecision"), "amendmentReview");
  const updated: PlanState = { ...rest, amendmentNotice: notice, ...(review === undefined ? {} : { amendmentReview: review }) };
  return next(state, state.stage === "reassessing" ? "reassessing" : "amending", updated, effects);
}

export function onAmendedPlan(state: PlanHeld, event: CaseEventOf<"amended-plan-issued">, context: MachineContext): Step {
  const { plan } = state;
  const issued = anchorOf(event);
  if (state.stage === "reassessing") return finishReassessment(state, event, context);
  const effects: Effect[] = [
    { type: "satisfy", ruleId: reviews.amendedPlan.id, by: issued },
    { type: "satisfy", ruleId: reviews.PHASE_TRANSFER_REVIEW, by: issued },
  ];
  // An amendment the Tribunal ordered, or the LA conceded, follows the order's own short limits
  // (Regs 44(2), 45), not the Regs 22 notice and window.
  const ordered = state.dispute?.pending.some(ordersAmendment) ?? false;
  if (plan.amendmentNotice !== undefined && !ordered) {
    effects.push({ type: "after-window", windowRuleId: reviews.amendmentRepresentations.id, act: issued, problem: "amended-before-window-closed" });
  } else if (!ordered) {
    effects.push(problemEffect("no-amendment-notice", event));
  }
  // Only an amendment that follows a review's decision to amend completes that review.
  const review = plan.amendmentReview ?? plan.amendDecision;
  let updated = withoutField(withoutField(withoutField(plan, "amendmentNotice"), "amendmentReview"), "amendDecision");
  if (context.readings.lastReviewed === "final-plan" && review !== undefined) {
    const done = completeReview(updated, issued, context);
    updated = done.plan;
    effects.push(...done.effects);
  }
  return next(state, restingStage(updated), updated, effects);
}

/**
 * A decision, after proposing amendments, not to amend the plan (Regs 22(4)): it meets its own
 * 8-week limit from the notice, and the amended plan of that notice is no longer due. Without a
 * proposal awaiting a decision (or within a reassessment, which ends with a plan decision) it is
 * refused.
 */
export function onAmendmentNotMade(state: PlanHeld, event: CaseEventOf<"amendment-not-made">, context: MachineContext): Step {
  const { plan } = state;
  const notice = plan.amendmentNotice;
  if (notice === undefined || state.stage === "reassessing") return refuse(state, event, "no-amendment-proposed");
  const decided = anchorOf(event);
  const qualifier = formatMeeting(notice.day);
  const effects: Effect[] = [
    { type: "open", rule: reviews.decisionNotToAmend, qualifier, anchor: notice, anchorLabel: "Amendment notice sent" },
    { type: "satisfy", ruleId: reviews.decisionNotToAmend.id, qualifier, by: decided },
    { type: "not-applicable", ruleId: reviews.amendedPlan.id, qualifier, reason: "the LA decided not to amend the plan (Regs 22(4))", by: decided },
  ];
  // Under lastReviewed: final-plan, the review the proposal came from completes with this decision, as with an amended plan.
  const review = plan.amendmentReview ?? plan.amendDecision;
  let updated = withoutField(withoutField(withoutField(plan, "amendmentNotice"), "amendmentReview"), "amendDecision");
  if (context.readings.lastReviewed === "final-plan" && review !== undefined) {
    const done = completeReview(updated, decided, context);
    updated = done.plan;
    effects.push(...done.effects);
  }
  return next(state, restingStage(updated), updated, effects);
}
