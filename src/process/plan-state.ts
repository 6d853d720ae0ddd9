/**
 * The maintained plan (rules.md §§ 2–5): its state, the review periods that run from its date
 * or its last review (CFA s.44, CoP 9.178), and the helpers the plan's transitions share.
 *
 * @module
 */
import { type DayNumber, addMonthsClamped, fieldsFromDay, formatCivilDate } from "../dates/civil-date";
import { type CountingContext, countFrom } from "../dates/counting";
import * as reviews from "../law/reviews";
import { transferReview } from "../law/transfers";
import type { Rule } from "../law/types";
import type { MachineContext } from "./context";
import type { Effect } from "./effects";
import { type Step, refuse } from "./step";
import type { CaseEvent } from "./events";
import type { PlanState } from "./region-states";
import { evolve, type Anchor, type CaseState, type Stage } from "./states";

export type { PlanState } from "./region-states";

/** A case with a plan in force, not ceased: what the events of a maintained plan need (the event table checks it). */
export type PlanHeld = CaseState & { readonly plan: PlanState };

/** The counting context of review periods (made once a case: {@link MachineContext.reviewCounting}). */
export const COUNTING = (context: MachineContext): CountingContext => context.reviewCounting;

/** The year a period ends in, to name its instance (`annual-review:2026`). */
function dueYear(rule: Rule, anchor: DayNumber, context: MachineContext): string {
  const due = countFrom(rule.counting, anchor, COUNTING(context));
  return String(fieldsFromDay(due ?? anchor).year);
}

/** The day a child turns 5. */
const fifthBirthday = (dateOfBirth: DayNumber): DayNumber => addMonthsClamped(dateOfBirth, 60);

/**
 * After a transfer in, the first early-years period runs at least this long from the transfer:
 * the shortest interval CoP 9.178 sets ("at least every three to six months"), as Regs 15(5)
 * gives the new LA at least 3 months for its first review.
 */
const EARLY_YEARS_AFTER_TRANSFER = { kind: "months-after", months: 3 } as const;

/**
 * The next early-years review running from `from` (CoP 9.178), when the child is under 5 on its
 * due date. After a transfer in (`transfer`), it falls due on the later of that period and 3
 * months from the transfer (Regs 15(5) by analogy): the new LA is never held to a date before
 * it held the plan.
 */
export function openEarlyYearsPeriod(from: Anchor, label: string, context: MachineContext, transfer?: Anchor): Effect[] {
  if (context.dateOfBirth === null) return [];
  const months = context.readings.earlyYearsReviewMonths;
  const form = { kind: "months-after", months } as const;
  let due = countFrom(form, from.day, COUNTING(context));
  const fromTransfer = transfer === undefined ? null : countFrom(EARLY_YEARS_AFTER_TRANSFER, transfer.day, COUNTING(context));
  if (fromTransfer !== null && (due === null || fromTransfer > due)) due = fromTransfer;
  if (due === null || due >= fifthBirthday(context.dateOfBirth)) return [];
  const { year, month } = fieldsFromDay(due);
  return [
    {
      type: "open",
      rule: reviews.earlyYearsReview,
      qualifier: `${year}-${String(month).padStart(2, "0")}`,
      anchor: from,
      anchorLabel: `${label}; the child is under 5 on the due date (policy value earlyYearsReviewMonths = ${months})`,
      form,
      ...(transfer === undefined
        ? {}
        : {
            laterOf: [
              {
                anchor: transfer,
                anchorLabel: "Plan transferred in from another LA (CoP 9.178: at least 3 months from the transfer, as Regs 15(5) gives for the first review)",
                form: EARLY_YEARS_AFTER_TRANSFER,
              },
            ],
          }),
    },
  ];
}

/**
 * Opens the next review periods running from `from`: annual (CFA s.44, or `review`: the first
 * review of a plan finalised after a reassessment, Regs 27(4)(a)) and, under 5, early-years (CoP 9.178).
 */
function openReviewPeriods(from: Anchor, label: string, context: MachineContext, review: Rule = reviews.annualReview): Effect[] {
  return [{ type: "open", rule: review, qualifier: dueYear(review, from.day, context), anchor: from, anchorLabel: label }, ...openEarlyYearsPeriod(from, label, context)];
}

/**
 * A plan has been made (a final plan, a plan after reassessment, or one transferred in): the
 * review periods start from its date; `firstReview` is the rule of its first review.
 */
export function startPlan(made: Anchor, label: string, context: MachineContext, firstReview?: Rule): { plan: PlanState; effects: Effect[] } {
  const effects = openReviewPeriods(made, label, context, firstReview);
  if (context.dateOfBirth === null) effects.push({ type: "problem", code: "no-date-of-birth", eventId: made.eventId });
  return { plan: { madeOn: made, reviewedFrom: made, phaseTransfers: [], transferReviewDue: false, assessedOn: made }, effects };
}

/** A review is complete on `by`'s date: the current periods are satisfied and the next ones start. */
export function completeReview(plan: PlanState, by: Anchor, context: MachineContext): { plan: PlanState; effects: Effect[] } {
  const effects: Effect[] = [
    { type: "satisfy", ruleId: plan.transferReviewDue ? transferReview.id : reviews.annualReview.id, by },
    { type: "satisfy", ruleId: reviews.earlyYearsReview.id, by },
  ];
  // After a transfer in, the first review is the Regs 15(5) one; the annual periods run from it.
  effects.push(...openReviewPeriods(by, `Plan last reviewed (reading lastReviewed: ${context.readings.lastReviewed})`, context));
  return { plan: { ...plan, reviewedFrom: by, transferReviewDue: false }, effects };
}

/** A copy of the plan without one optional field (exactOptionalPropertyTypes forbids `undefined`). */
export function withoutField(
  plan: PlanState,
  field: "meeting" | "amendDecision" | "amendmentNotice" | "amendmentReview" | "reassessmentRequest" | "scheduledMeeting",
): PlanState {
  const { [field]: _dropped, ...rest } = plan;
  return rest;
}

/** Whether a plan event can be used: a plan in force and not ceased; otherwise the step that refuses it. */
export function planHeld(state: CaseState, event: CaseEvent): Step | null {
  if (state.plan === undefined) return refuse(state, event, "no-plan");
  if (state.stage === "ceased") return refuse(state, event, "plan-already-ceased");
  return null;
}

export const next = (state: CaseState, stage: Stage, plan: PlanState, effects: Effect[]): Step => ({
  state: evolve(state, { stage, plan }),
  effects,
});

/** The stage a plan returns to once a review or an amendment is finished. */
export const restingStage = (plan: PlanState): Stage => (plan.ceaseDecision !== undefined ? "ceasing" : "plan-maintained");

/** Instances tied to a meeting or a notice are named by its date (`review-decision:2024-11-06`). */
export const formatMeeting = formatCivilDate;
