/**
 * Date counting for callers: `YYYY-MM-DD` strings in and out, over the England and Wales
 * calendar with optional changes.
 *
 * @module
 */
import { civilDate, formatCivilDate } from "./civil-date";
import { type CountingForm, type CountingReadings, STATUTORY_COUNTING, countFrom } from "./counting";
import { isWorkingDay, workingDayCalendar } from "./working-days";

/** The name of a counting form (`weeks-after`, `months-beginning-with`…). */
export type CountingFormName = CountingForm["kind"];

/** Changes to the bundled bank-holiday table, as `YYYY-MM-DD` dates. */
export interface CalendarChanges {
  readonly addHolidays?: readonly string[];
  readonly removeHolidays?: readonly string[];
}

function calendarOf(changes: CalendarChanges) {
  return workingDayCalendar({
    add: (changes.addHolidays ?? []).map((date) => ({ date: civilDate(date) })),
    remove: (changes.removeHolidays ?? []).map(civilDate),
  });
}

/**
 * The last day on which an act is in time under a counting form (counting.md), or `null` for
 * `as-soon-as-practicable`.
 *
 * @throws RangeError when `anchor` is not a valid `YYYY-MM-DD` date.
 * @example
 * countDeadline({ kind: "weeks-after", weeks: 20 }, "2024-09-04"); // "2025-01-22"
 * countDeadline({ kind: "working-days-after", days: 3 }, "2024-12-20"); // "2024-12-27"
 */
export function countDeadline(form: CountingForm, anchor: string, options: { readonly readings?: Partial<CountingReadings> } & CalendarChanges = {}): string | null {
  const due = countFrom(form, civilDate(anchor), {
    calendar: calendarOf(options),
    readings: { ...STATUTORY_COUNTING, ...options.readings },
  });
  return due === null ? null : formatCivilDate(due);
}

/**
 * Whether a date is a working day in England and Wales (not a weekend, Christmas Day, Good
 * Friday or bank holiday), with optional changes to the table.
 *
 * @example
 * isWorkingDayIn("2024-12-26"); // false (Boxing Day)
 */
export function isWorkingDayIn(date: string, changes: CalendarChanges = {}): boolean {
  return isWorkingDay(civilDate(date), calendarOf(changes));
}

export type { CountingForm, CountingReadings, Period } from "./counting";
