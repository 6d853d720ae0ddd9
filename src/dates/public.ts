/**
 * Date counting for callers: `YYYY-MM-DD` strings in and out, over the England and Wales
 * calendar with optional changes.
 *
 * @module
 */
import { formatCivilDate } from "./civil-date";
import { civilDateInEngland } from "./england-clock";
import { type CountingForm, type CountingReadings, STATUTORY_COUNTING, countFrom } from "./counting";
import { isWorkingDay, workingDayCalendar } from "./working-days";
import { countingFormArgument, dateArgument, usesWorkingDays, withinHolidayTable } from "./argument-guards";

/** The name of a counting form (`weeks-after`, `months-beginning-with`…). */
export type CountingFormName = CountingForm["kind"];

/** Changes to the bundled bank-holiday table, as `YYYY-MM-DD` dates. */
export interface CalendarChanges {
  readonly addHolidays?: readonly string[];
  readonly removeHolidays?: readonly string[];
}

function calendarOf(changes: CalendarChanges) {
  return workingDayCalendar({
    add: (changes.addHolidays ?? []).map((date, i) => ({ date: dateArgument(date, `options.addHolidays[${i}]`) })),
    remove: (changes.removeHolidays ?? []).map((date, i) => dateArgument(date, `options.removeHolidays[${i}]`)),
  });
}

/**
 * The last day on which an act is in time under a counting form (counting.md), or `null` for
 * `as-soon-as-practicable`.
 *
 * @throws ArgumentError (a `RangeError`) naming the argument: `form` not a counting form
 * (`form.weeks` not a whole number…), `anchor` or a holiday not a `YYYY-MM-DD` date, or a
 * count by working days reaching a year beyond the bank-holiday table (`outside-holiday-table`).
 * @example
 * countDeadline({ kind: "weeks-after", weeks: 20 }, "2024-09-04"); // "2025-01-22"
 * countDeadline({ kind: "working-days-after", days: 3 }, "2024-12-20"); // "2024-12-27"
 */
export function countDeadline(form: CountingForm, anchor: string, options: { readonly readings?: Partial<CountingReadings> } & CalendarChanges = {}): string | null {
  const checked = countingFormArgument(form);
  const from = dateArgument(anchor, "anchor");
  const due = countFrom(checked, from, {
    calendar: calendarOf(options),
    readings: { ...STATUTORY_COUNTING, ...options.readings },
  });
  if (due !== null && usesWorkingDays(checked)) withinHolidayTable(Math.min(from, due), Math.max(from, due), "anchor");
  return due === null ? null : formatCivilDate(due);
}

/**
 * Whether a date is a working day in England and Wales (not a weekend, Christmas Day, Good
 * Friday or bank holiday), with optional changes to the table.
 *
 * @throws ArgumentError (a `RangeError`) when `date` or a holiday is not a `YYYY-MM-DD` date,
 * or `date` is outside the bank-holiday table's years (`outside-holiday-table`): the engine
 * does not guess a year's bank holidays.
 * @example
 * isWorkingDayIn("2024-12-26"); // false (Boxing Day)
 */
export function isWorkingDayIn(date: string, changes: CalendarChanges = {}): boolean {
  const day = dateArgument(date, "date");
  withinHolidayTable(day, day, "date");
  return isWorkingDay(day, calendarOf(changes));
}

/**
 * Today's civil date in England (Europe/London), `YYYY-MM-DD`, by the clock `now` the caller reads (the core reads no clock):
 * the day the law counts in. A UTC date is the day before for the hour after
 * midnight in British Summer Time.
 *
 * @example
 * todayInEngland(new Date("2025-06-30T23:30:00Z")); // "2025-07-01" (00:30 BST)
 * // The caller reads the clock (a command line, a server) and passes the instant in.
 */
export function todayInEngland(now: Date): string {
  return civilDateInEngland(now);
}

export type { CountingForm, CountingReadings, Period } from "./counting";
