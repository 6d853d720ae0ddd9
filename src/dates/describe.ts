/**
 * Plain-English working for a counted date, so a reviewer can check it by hand.
 *
 * @module
 */
import { type DayNumber, daysInMonth, describeDate, fieldsFromDay, monthName } from "./civil-date";
import { type CountingContext, type CountingForm, countFrom, effectiveForm, formatPeriod } from "./counting";
import { type SkippedDay, nonWorkingDaysBetween } from "./working-days";

const plural = (count: number, unit: string): string => `${count} ${unit}${count === 1 ? "" : "s"}`;

function listSkipped(skipped: readonly SkippedDay[]): string {
  return skipped.map((s) => `${describeDate(s.day)} ${s.reason === "Saturday" || s.reason === "Sunday" ? "weekend" : s.reason}`).join("; ");
}

/** The non-working days from `first` to `last` (both counted), as a sentence; empty when none. */
export function skippedNote(first: DayNumber, last: DayNumber, context: CountingContext): string {
  const skipped = nonWorkingDaysBetween(first, last, context.calendar);
  return skipped.length === 0 ? "" : ` Not counted as working days: ${listSkipped(skipped)}.`;
}

function clampNote(anchor: DayNumber, due: DayNumber | null): string {
  if (due === null) return "";
  const anchorDay = fieldsFromDay(anchor).day;
  // No month is shorter than 28 days: an anchor up to the 28th is never clamped.
  if (anchorDay <= 28) return "";
  const dueFields = fieldsFromDay(due);
  // Clamped only when the due date is its month's last day: a strict "starting with" period of
  // a 31st ends on the 30th of a 31-day month without any clamping.
  return anchorDay > dueFields.day && anchorDay > 28 && dueFields.day === daysInMonth(dueFields.year, dueFields.month)
    ? ` ${monthName(dueFields.month)} ${dueFields.year} has no day ${anchorDay}, so the period ends on its last day.`
    : "";
}

/**
 * One sentence saying how `due` follows from `anchor` under `form`, naming the reading used
 * and any non-working days skipped.
 *
 * @example
 * describeCounting({ kind: "weeks-after", weeks: 20 }, civilDate("2024-09-04"), civilDate("2025-01-22"), context);
 * // "20 weeks (140 days) after Wednesday 4 September 2024 (2024-09-04), that day not counted: Wednesday 22 January 2025 (2025-01-22)."
 */
export function describeCounting(form: CountingForm, anchor: DayNumber, due: DayNumber | null, context: CountingContext): string {
  const from = describeDate(anchor);
  const to = due === null ? "no fixed date" : describeDate(due);
  const inclusive =
    context.readings.dayCounting === "day-one-inclusive" && effectiveForm(form, context.readings) !== form
      ? " (reading dayCounting: day-one-inclusive, the anchor counted as day 1)"
      : "";
  const counted = effectiveForm(form, context.readings);
  // A switch, not ts-pattern: this runs for every deadline of every case when explaining.
  switch (counted.kind) {
    case "weeks-after":
      return `${plural(counted.weeks, "week")} (${counted.weeks * 7} days) after ${from}, that day not counted: ${to}.`;
    case "days-after":
      return `${plural(counted.days, "day")} after ${from}, that day not counted: ${to}.`;
    case "days-beginning-with":
      return `${plural(counted.days, "day")} beginning with ${from}, which is day 1${inclusive}: the last day is ${to}.`;
    case "months-after":
      return `${plural(counted.months, "calendar month")} after ${from}: ${to}.${clampNote(anchor, due)}`;
    case "months-beginning-with": {
      const clamp = clampNote(anchor, due);
      return context.readings.reviewPeriod === "anniversary" && form.kind === "months-beginning-with"
        ? `${plural(counted.months, "month")} starting with ${from}${inclusive}, ending on the same date (reading reviewPeriod: anniversary): ${to}.${clamp}`
        : `The period of ${plural(counted.months, "month")} starting with ${from}${inclusive} ends the day before the same date ${plural(counted.months, "month")} later: ${to}.${clamp}`;
    }
    case "working-days-after":
      return `${plural(counted.days, "working day")} after ${from}, that day not counted: ${to}.${due === null ? "" : skippedNote(anchor + 1, due, context)}`;
    case "working-days-beginning-with":
      return `${plural(counted.days, "working day")} beginning with ${from} (day 1 if it is a working day)${inclusive}: ${to}.${due === null ? "" : skippedNote(anchor, due, context)}`;
    case "before": {
      const year = fieldsFromDay(anchor).year;
      return context.readings.phaseTransferDeadline === "on"
        ? `On or before ${counted.day} ${monthName(counted.month)} ${year}, the calendar year of ${from} (reading phaseTransferDeadline: on): ${to}.`
        : `Before ${counted.day} ${monthName(counted.month)} ${year}, the calendar year of ${from}: the last day is ${to}.`;
    }
    case "at-least-before":
      return `At least ${formatPeriod(counted.period)} before ${from}: on or before ${to}.`;
    case "as-soon-as-practicable":
      return `As soon as practicable after ${from}: the law sets no date.`;
    case "on-date":
      return `Due on that day itself: ${to}.`;
    case "before-next-closure": {
      const after = counted.minimumWeeks === undefined ? `after ${from}` : `starting more than ${plural(counted.minimumWeeks, "week")} after ${from}`;
      const what = `break of ${plural(counted.minimumDays, "day")} or more (a closure with the weekends, bank holidays and closures next to it)`;
      return due === null ? `No ${what} ${after} is in the calendar.` : `The last day before the setting's next ${what} ${after}: ${to}.`;
    }
    case "school-day-by": {
      const last = countFrom(counted.form, anchor, context);
      const base = describeCounting(counted.form, anchor, last, context);
      return last === null || last === due ? base : `${base} That is not a school day, so the last school day before it: ${to}.`;
    }
    default:
      return counted satisfies never;
  }
}

/**
 * A note for a duty whose last day is not a working day: duties under the Regulations do not
 * move (counting.md); only the Tribunal's own limits do.
 */
export function nonWorkingLastDayNote(due: DayNumber, context: CountingContext): string | null {
  const [skipped] = nonWorkingDaysBetween(due, due, context.calendar);
  if (!skipped) return null;
  const what = skipped.reason === "Saturday" || skipped.reason === "Sunday" ? `a ${skipped.reason}` : skipped.reason;
  return `${describeDate(due)} is ${what}; the time limit does not move to the next working day.`;
}
