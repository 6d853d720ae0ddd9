/**
 * The counting forms: the only place where a period becomes a date (counting.md). Rules name a
 * form; they never do arithmetic themselves.
 *
 * @module
 */
import { type DayNumber, addMonthsClamped, dayFromFields, daysInMonth, fieldsFromDay, monthName } from "./civil-date";
import type { DayRange } from "./closures";
import { nextTermBreak, schoolDayOnOrBefore } from "./term-breaks";
import { type WorkingDayCalendar, addWorkingDays, subtractWorkingDays, workingDayOnOrAfter } from "./working-days";

/** A length of time before an event, for `at-least-before`. */
export type Period =
  | { readonly unit: "days"; readonly count: number }
  | { readonly unit: "weeks"; readonly count: number }
  | { readonly unit: "months"; readonly count: number }
  | { readonly unit: "working-days"; readonly count: number };

/** How a period in the law becomes the last day on which the act is in time. */
export type CountingForm =
  | { readonly kind: "weeks-after"; readonly weeks: number }
  | { readonly kind: "days-after"; readonly days: number }
  | { readonly kind: "days-beginning-with"; readonly days: number }
  | { readonly kind: "months-after"; readonly months: number }
  | { readonly kind: "months-beginning-with"; readonly months: number }
  | { readonly kind: "working-days-after"; readonly days: number }
  | { readonly kind: "working-days-beginning-with"; readonly days: number }
  | { readonly kind: "before"; readonly day: number; readonly month: number }
  | { readonly kind: "at-least-before"; readonly period: Period }
  | { readonly kind: "as-soon-as-practicable" }
  /** The anchor is itself the last day (a review date agreed in a plan). */
  | { readonly kind: "on-date" }
  /**
   * The last day before the next term break after the anchor: a closure which, with the
   * weekends, bank holidays and closures that adjoin it, lasts at least `minimumDays` days, and
   * which starts more than `minimumWeeks` weeks (when given) after the anchor.
   */
  | { readonly kind: "before-next-closure"; readonly minimumDays: number; readonly minimumWeeks?: number }
  /** The last day of `form`, or the last school day before it when that day is a weekend, a bank holiday or a closure. */
  | { readonly kind: "school-day-by"; readonly form: CountingForm };

/** The readings of counting.md that change how a form is counted. */
export interface CountingReadings {
  /** `statutory`: the anchor day is not counted; `day-one-inclusive`: it is day 1. */
  readonly dayCounting: "statutory" | "day-one-inclusive";
  /** `strict`: "12 months starting with X" ends the day before X's date; `anniversary`: on it. */
  readonly reviewPeriod: "strict" | "anniversary";
  /** `before`: "before 15 February" ends 14 February; `on`: it ends 15 February. */
  readonly phaseTransferDeadline: "before" | "on";
}

/** The readings the law's text supports best (counting.md § Readings). */
export const STATUTORY_COUNTING: CountingReadings = {
  dayCounting: "statutory",
  reviewPeriod: "strict",
  phaseTransferDeadline: "before",
};

/** What counting needs besides the form and the anchor. */
export interface CountingContext {
  readonly calendar: WorkingDayCalendar;
  readonly readings: CountingReadings;
  /** Closures of the setting concerned, for `before-next-closure`. */
  readonly closures?: readonly DayRange[];
}

/**
 * The form as the rule catalogue and the output write it: `weeks-after(20)`,
 * `before(15 February)`, `at-least-before(14 days)`.
 */
export function formatCountingForm(form: CountingForm): string {
  switch (form.kind) {
    case "weeks-after":
      return `weeks-after(${form.weeks})`;
    case "days-after":
      return `days-after(${form.days})`;
    case "days-beginning-with":
      return `days-beginning-with(${form.days})`;
    case "months-after":
      return `months-after(${form.months})`;
    case "months-beginning-with":
      return `months-beginning-with(${form.months})`;
    case "working-days-after":
      return `working-days-after(${form.days})`;
    case "working-days-beginning-with":
      return `working-days-beginning-with(${form.days})`;
    case "before":
      return `before(${form.day} ${monthName(form.month)})`;
    case "at-least-before":
      return `at-least-before(${formatPeriod(form.period)})`;
    case "as-soon-as-practicable":
      return "as-soon-as-practicable";
    case "on-date":
      return "on-date";
    case "before-next-closure":
      return form.minimumWeeks === undefined
        ? `before-next-closure(${form.minimumDays} days)`
        : `before-next-closure(${form.minimumDays} days, after ${form.minimumWeeks} weeks)`;
    case "school-day-by":
      return `school-day-by(${formatCountingForm(form.form)})`;
    default:
      return form satisfies never;
  }
}

/** "14 days", "5 working days", "1 month". */
export function formatPeriod(period: Period): string {
  const unit = period.unit === "working-days" ? "working day" : period.unit.slice(0, -1);
  return `${period.count} ${unit}${period.count === 1 ? "" : "s"}`;
}

/**
 * The last day of "n months beginning with X": the day before X's day-number n months later;
 * where that month is too short, the period ends on its last day (counting.md).
 */
function endOfMonthsBeginningWith(anchor: DayNumber, months: number): DayNumber {
  const { year, month, day } = fieldsFromDay(anchor);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  const length = daysInMonth(targetYear, targetMonth);
  return day > length ? dayFromFields(targetYear, targetMonth, length) : dayFromFields(targetYear, targetMonth, day) - 1;
}

/** The "beginning with" form that `day-one-inclusive` reads an "after" form as. */
function dayOneInclusive(form: CountingForm): CountingForm {
  switch (form.kind) {
    case "weeks-after":
      return { kind: "days-beginning-with", days: form.weeks * 7 };
    case "days-after":
      return { kind: "days-beginning-with", days: form.days };
    case "months-after":
      return { kind: "months-beginning-with", months: form.months };
    case "working-days-after":
      return { kind: "working-days-beginning-with", days: form.days };
    default:
      return form;
  }
}

/**
 * The form actually counted once the readings are applied: under `day-one-inclusive` every
 * "after" form is read as its "beginning with" counterpart (the anchor is day 1).
 */
export function effectiveForm(form: CountingForm, readings: CountingReadings): CountingForm {
  return readings.dayCounting === "day-one-inclusive" ? dayOneInclusive(form) : form;
}

/**
 * The last day on which an act is in time, or `null` for `as-soon-as-practicable`.
 *
 * The anchor is the event the period runs from; for `before` and `at-least-before` it is the
 * event the act must precede (the transfer, the meeting).
 *
 * @example
 * // Request received Wednesday 4 September 2024; 20 weeks, the day of receipt not counted.
 * countFrom({ kind: "weeks-after", weeks: 20 }, civilDate("2024-09-04"), context); // 2025-01-22
 */
export function countFrom(form: CountingForm, anchor: DayNumber, context: CountingContext): DayNumber | null {
  const { calendar, readings } = context;
  const counted = effectiveForm(form, readings);
  // A switch, not ts-pattern: the hot path of every deadline (docs/performance.md: no closure a call).
  switch (counted.kind) {
    case "weeks-after":
      return anchor + 7 * counted.weeks;
    case "days-after":
      return anchor + counted.days;
    case "days-beginning-with":
      return anchor + counted.days - 1;
    case "months-after":
      return addMonthsClamped(anchor, counted.months);
    case "months-beginning-with":
      // The reviewPeriod reading is for the law's own "n months starting with" (CFA s.44), not
      // for a "months after" form read as day-one-inclusive (the anchor must stay day 1 there).
      return readings.reviewPeriod === "anniversary" && form.kind === "months-beginning-with"
        ? addMonthsClamped(anchor, counted.months)
        : endOfMonthsBeginningWith(anchor, counted.months);
    case "working-days-after":
      return addWorkingDays(anchor, counted.days, calendar);
    case "working-days-beginning-with":
      return addWorkingDays(workingDayOnOrAfter(anchor, calendar), counted.days - 1, calendar);
    case "before": {
      const named = dayFromFields(fieldsFromDay(anchor).year, counted.month, counted.day);
      return readings.phaseTransferDeadline === "on" ? named : named - 1;
    }
    case "at-least-before":
      return subtractPeriod(anchor, counted.period, calendar);
    case "as-soon-as-practicable":
      return null;
    case "on-date":
      return anchor;
    case "before-next-closure": {
      const start = nextTermBreak(anchor, counted.minimumDays, counted.minimumWeeks ?? 0, calendar, context.closures ?? []);
      return start === null ? null : start - 1;
    }
    case "school-day-by": {
      const last = countFrom(counted.form, anchor, context);
      return last === null ? null : schoolDayOnOrBefore(last, calendar, context.closures ?? []);
    }
    default:
      return counted satisfies never;
  }
}

/** The day a period before `day`: a meeting on 22 May with 14 days' notice → 8 May. */
export function subtractPeriod(day: DayNumber, period: Period, calendar: WorkingDayCalendar): DayNumber {
  // A switch, not ts-pattern: this runs for every notice period of every review meeting.
  switch (period.unit) {
    case "days":
      return day - period.count;
    case "weeks":
      return day - 7 * period.count;
    case "months":
      return addMonthsClamped(day, -period.count);
    case "working-days":
      return subtractWorkingDays(day, period.count, calendar);
    default:
      return period satisfies never;
  }
}
