/**
 * When an SEN support plan falls due for review: the date agreed in the plan, else the
 * policy's interval (graduated-approach.md § Timescales).
 *
 * @module
 */
import { type DayNumber, addMonthsClamped, formatCivilDate } from "../dates/civil-date";
import { type CountingContext, type CountingForm, countFrom } from "../dates/counting";
import { DEFAULT_MINIMUM_RUN_WEEKS, DEFAULT_TERM_BREAK_DAYS, type SupportPolicy } from "../law/support-policies";
import type { MachineContext } from "./context";
import type { ProblemCode } from "../vocabulary/problems";

/** A problem found while working out a review date. */
export interface ReviewDateProblem {
  readonly code: ProblemCode;
  readonly detail: string;
}

/** How a plan's review deadline is counted, and the date it gives. */
export interface ReviewDate {
  readonly form: CountingForm;
  /** The day counted from: the agreed date (form `school-day-by(on-date)`) or the plan's date. */
  readonly anchorDay: DayNumber;
  readonly anchorLabel: string;
  /** Whether the date was agreed in the plan. */
  readonly agreed: boolean;
  readonly due: DayNumber | null;
  readonly problems: readonly ReviewDateProblem[];
}

/** The counting context of SEN support: the case's calendar and closures, which say when the school is open. */
export function supportCounting(context: MachineContext): CountingContext {
  return { calendar: context.calendar, readings: context.readings, closures: context.closures };
}

/**
 * The policy's own interval from the plan date, held on a school day: a review is a meeting at
 * school (CoP 6.65), so a date on a weekend, a bank holiday or a closure moves back to the last
 * school day before it. A termly policy needs a term break after the plan's minimum run.
 */
function policyForm(planDay: DayNumber, policy: SupportPolicy, context: MachineContext): { form: CountingForm; problem?: ReviewDateProblem } {
  const interval = policy.reviewInterval;
  if (interval.kind === "weeks") return { form: { kind: "school-day-by", form: { kind: "weeks-after", weeks: interval.weeks } } };
  if (interval.kind === "months") return { form: { kind: "school-day-by", form: { kind: "months-after", months: interval.months } } };
  const minimumDays = interval.minimumClosureDays ?? DEFAULT_TERM_BREAK_DAYS;
  const minimumWeeks = interval.minimumRunWeeks ?? DEFAULT_MINIMUM_RUN_WEEKS;
  // Closures are not told apart by setting: a case file is one pupil's, so they are its school's.
  const termly: CountingForm = { kind: "school-day-by", form: { kind: "before-next-closure", minimumDays, minimumWeeks } };
  if (countFrom(termly, planDay, supportCounting(context)) !== null) return { form: termly };
  const why = context.hasClosures ? `no term break of ${minimumDays} days or more after ${minimumWeeks} weeks in calendar.closures` : "no calendar.closures given";
  return {
    form: { kind: "school-day-by", form: { kind: "weeks-after", weeks: interval.fallbackWeeks } },
    problem: { code: "support-termly-fallback", detail: `${why}; ${interval.fallbackWeeks} weeks used` },
  };
}

/**
 * The review deadline of a plan agreed on `planDay`, with `reviewBy` when the plan agreed one.
 * Never before the plan: an agreed date before it is reported and the policy used instead.
 *
 * @example
 * // code-of-practice (12 weeks), plan Mon 2 Sep 2024, no date agreed: due Mon 25 Nov 2024.
 * reviewDate(civilDate("2024-09-02"), undefined, CODE_OF_PRACTICE_POLICY, context).due;
 */
export function reviewDate(planDay: DayNumber, reviewBy: DayNumber | undefined, policy: SupportPolicy, context: MachineContext): ReviewDate {
  const problems: ReviewDateProblem[] = [];
  const counting = supportCounting(context);
  let result: Omit<ReviewDate, "due" | "problems">;
  if (reviewBy !== undefined && reviewBy >= planDay) {
    // Held by the agreed date, so on the last school day on or before it when the school is shut that day.
    result = { form: { kind: "school-day-by", form: { kind: "on-date" } }, anchorDay: reviewBy, anchorLabel: "review date agreed in the SEN support plan", agreed: true };
  } else {
    if (reviewBy !== undefined) problems.push({ code: "support-review-date-before-plan", detail: `reviewBy ${formatCivilDate(reviewBy)}` });
    const chosen = policyForm(planDay, policy, context);
    if (chosen.problem !== undefined) problems.push(chosen.problem);
    result = { form: chosen.form, anchorDay: planDay, anchorLabel: `SEN support plan agreed with no review date (policy ${policy.name})`, agreed: false };
  }
  let due = countFrom(result.form, result.anchorDay, counting);
  if (due !== null && due < planDay && result.form.kind === "school-day-by") {
    // No school day between the plan and the date counted: the date itself stands, never before the plan.
    result = { ...result, form: result.form.form };
    due = countFrom(result.form, result.anchorDay, counting);
  }
  const latest = addMonthsClamped(planDay, policy.maximumIntervalMonths);
  if (due !== null && due > latest) {
    problems.push({
      code: "support-review-beyond-maximum",
      detail: `review due ${formatCivilDate(due)}; the policy allows ${policy.maximumIntervalMonths} months, to ${formatCivilDate(latest)}`,
    });
  }
  return { ...result, due, problems };
}

/**
 * Whether a review that judged the plan not to work (`revise`, `request-assessment`) came
 * before the policy's minimum run of an intervention (Bristol: "at least 3 months").
 */
export function judgedTooEarly(planDay: DayNumber, reviewDay: DayNumber, policy: SupportPolicy): DayNumber | null {
  if (policy.minimumRunMonths === undefined) return null;
  const earliest = addMonthsClamped(planDay, policy.minimumRunMonths);
  return reviewDay < earliest ? earliest : null;
}
