/**
 * A plan transferred in from another LA (rules.md § 4, Regs 15): the new LA's notice and
 * review, early-years reviews after the move, and a first assessment here that the move ends.
 *
 * @module
 */
import { civilDate } from "../dates/civil-date";
import { countFrom } from "../dates/counting";
import * as reviews from "../law/reviews";
import type { Rule } from "../law/types";
import { commissioningBodyNotice, commissioningBodyNoticeOnMove, planTransfer, transferNotice, transferReview } from "../law/transfers";
import type { MachineContext } from "./context";
import { endsOn } from "./lifecycle";
import { type Effect, type OpenInstance, problemEffect } from "./effects";
import { type CaseEventOf, anchorOf } from "./events";
import { evolve, restart, type Anchor, type AssessmentRound, type CaseState, type Stage } from "./states";
import { type PlanState, type PlanHeld, COUNTING, openEarlyYearsPeriod } from "./plan-state";
import { type Step, stay } from "./step";

/** Whether two anchors are the same act (the same event on the same day). */
const sameAct = (a: Anchor, b: Anchor): boolean => a.day === b.day && a.eventId === b.eventId;

/**
 * The date the transferred plan was last reviewed (or made), with how it is known: recorded on
 * the transfer, or else the history of the plan already followed here; `null` when neither.
 */
function lastReviewOnTransfer(
  previous: PlanState | undefined,
  event: CaseEventOf<"plan-transferred-in">,
  transfer: Anchor,
  context: MachineContext,
): { anchor: Anchor; label: string } | null {
  const recorded = event.recorded.lastReviewedOn ?? event.recorded.planMadeOn;
  if (recorded !== undefined) {
    return {
      anchor: { ...transfer, day: civilDate(recorded) },
      label: event.recorded.lastReviewedOn === undefined ? "Plan made (as recorded on the transfer)" : "Plan last reviewed (as recorded on the transfer)",
    };
  }
  if (previous === undefined) return null;
  return {
    anchor: previous.reviewedFrom,
    label: sameAct(previous.reviewedFrom, previous.madeOn) ? "Plan made" : `Plan last reviewed (reading lastReviewed: ${context.readings.lastReviewed})`,
  };
}

export function onTransferredIn(state: CaseState, event: CaseEventOf<"plan-transferred-in">, context: MachineContext): Step {
  const transfer = anchorOf(event);
  const previous = state.plan;
  // Dates recorded on the transfer win; without them, the plan's own history here is used.
  const lastReview = lastReviewOnTransfer(previous, event, transfer, context);
  const effects: Effect[] = [{ type: "open", rule: transferNotice, anchor: transfer, anchorLabel: "Plan transferred in from another LA" }];
  // Regs 15(5): the later of 12 months from the plan or its last review, and 3 months from the transfer.
  const review: OpenInstance = {
    type: "open",
    rule: transferReview,
    anchor: transfer,
    anchorLabel: "Plan transferred in from another LA",
    ...(lastReview === null ? {} : { laterOf: [{ anchor: lastReview.anchor, anchorLabel: lastReview.label, form: reviews.annualReview.counting }] }),
  };
  effects.push(review);
  if (lastReview === null) effects.push(problemEffect("transfer-without-review-date", event));
  effects.push({
    type: "not-applicable",
    ruleId: reviews.annualReview.id,
    reason: "the plan moved to another LA; the new LA's review runs under Regs 15(5)",
    all: true,
    fromDay: transfer.day,
    by: transfer,
  });
  const reviewedFrom: Anchor = lastReview === null ? transfer : lastReview.anchor;
  // CoP 9.178: a child under 5 keeps early-years reviews after the move, from the same last review
  // as the Regs 15(5) period. One already running here from that date, and due on or after the
  // transfer, goes on; otherwise it restarts, and the new one falls due no earlier than 3 months
  // from the transfer (openEarlyYearsPeriod). One already due before the move keeps its status.
  const earlyYearsDue = countFrom({ kind: "months-after", months: context.readings.earlyYearsReviewMonths }, reviewedFrom.day, COUNTING(context));
  const running = previous?.reviewedFrom.day === reviewedFrom.day && earlyYearsDue !== null && earlyYearsDue >= transfer.day;
  if (!running) {
    effects.push({
      type: "not-applicable",
      ruleId: reviews.earlyYearsReview.id,
      reason: "the plan moved to another LA; early-years reviews run from the last review recorded on the transfer",
      all: true,
      fromDay: transfer.day,
      by: transfer,
    });
    effects.push(...openEarlyYearsPeriod(reviewedFrom, lastReview === null ? "Plan transferred in from another LA" : lastReview.label, context, transfer));
  }
  // Regs 15(3)(a): the plan is treated as made by the new LA on the day the old LA made it.
  const made: Anchor = event.recorded.planMadeOn === undefined ? (previous?.madeOn ?? reviewedFrom) : { ...transfer, day: civilDate(event.recorded.planMadeOn) };
  if (context.dateOfBirth === null) effects.push({ type: "problem", code: "no-date-of-birth", eventId: event.eventId });
  const plan: PlanState = {
    madeOn: made,
    reviewedFrom,
    phaseTransfers: previous?.phaseTransfers ?? [],
    transferReviewDue: true,
    assessedOn: event.recorded.planMadeOn === undefined ? (previous?.assessedOn ?? null) : made,
  };
  const round = state.round;
  if (round !== undefined && FIRST_ASSESSMENT_UNDER_WAY.has(state.stage)) {
    // A first EHC needs assessment here had not ended: the plan now in force ends it (Regs 15(3)).
    // Every limit of it still open closes; one already due before the move keeps its status.
    effects.push(problemEffect("transfer-during-assessment", event));
    endsOn("first-assessment-ended-by-transfer", transfer, effects);
    const ended: AssessmentRound = { ...round, ended: { why: "transfer", by: transfer } };
    return { state: restart(state, "plan-maintained", ended, plan), effects };
  }
  if (round === undefined || round.kind === "reassessment" || round.finalPlan !== undefined || round.ended !== undefined) {
    return { state: evolve(state, { stage: "plan-maintained", plan }), effects };
  }
  // An assessment that ended here without a plan (not to assess, not to issue) long before: nothing of it is open.
  return { state: restart(state, "plan-maintained", undefined, plan), effects };
}

/** The stages of a first EHC needs assessment under way: a transfer in ends it. */
const FIRST_ASSESSMENT_UNDER_WAY: ReadonlySet<Stage> = new Set<Stage>(["awaiting-assessment-decision", "assessing", "draft-issued"]);

/** `transfer-notice-sent`: it meets the notice's limit (lifecycle.ts). */
export function onTransferNotice(state: PlanHeld): Step {
  return stay(state);
}

/**
 * The LA maintaining the plan became aware of a move to another LA's area (Regs 15(2)): the plan
 * is due to be transferred on the later of the day of the move and the 15th working day beginning
 * with the day it became aware. The plan transferred in meets it.
 */
export function onMoveKnown(state: PlanHeld, event: CaseEventOf<"plan-move-known">): Step {
  return stay(state, byLaterOfMove(planTransfer, event, event.recorded.moveDate, "The LA maintaining the plan became aware of the move"));
}

/**
 * The old commissioning body learned that another will be responsible: on a move between LAs, its
 * notice to the new body follows the rule of the plan's transfer (Regs 15(7)); otherwise 15
 * working days from learning of the change (Regs 16(2)).
 */
export function onCommissioningChangeKnown(state: PlanHeld, event: CaseEventOf<"commissioning-change-known">): Step {
  const label = "The old commissioning body became aware of the change";
  const moveDate = event.recorded.moveDate;
  return stay(
    state,
    moveDate === undefined
      ? { type: "open", rule: commissioningBodyNotice, anchor: anchorOf(event), anchorLabel: label }
      : byLaterOfMove(commissioningBodyNoticeOnMove, event, moveDate, label),
  );
}

/** A duty due on the day of a move, or 15 working days from learning of it if later (Regs 15(2), 15(7)). */
function byLaterOfMove(rule: Rule, event: CaseEventOf<"plan-move-known" | "commissioning-change-known">, moveDate: string, label: string): OpenInstance {
  const aware = anchorOf(event);
  return {
    type: "open",
    rule,
    anchor: aware,
    anchorLabel: label,
    laterOf: [{ anchor: { ...aware, day: civilDate(moveDate) }, anchorLabel: "The day of the move", form: { kind: "on-date" } }],
  };
}
