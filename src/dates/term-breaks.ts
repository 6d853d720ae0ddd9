/**
 * School days and term breaks, for SEN support reviews: a review is held on a school day, and a
 * termly review falls before the holiday that ends a term, not before a half-term.
 *
 * @module
 */
import type { DayNumber } from "./civil-date";
import type { DayRange } from "./closures";
import { type WorkingDayCalendar, isWorkingDay } from "./working-days";

/** The closure a day falls in, if any: the walks below jump over a whole closure at once, so a closure of any length costs one step. */
function closureHolding(day: DayNumber, closures: readonly DayRange[]): DayRange | undefined {
  for (const closure of closures) if (closure.first <= day && day <= closure.last) return closure;
  return undefined;
}

/** Whether the school is open: a working day (not a weekend or a bank holiday) in none of the closures. */
export function isSchoolDay(day: DayNumber, calendar: WorkingDayCalendar, closures: readonly DayRange[]): boolean {
  return isWorkingDay(day, calendar) && closureHolding(day, closures) === undefined;
}

/** The day itself when the school is open on it, else the last school day before it. */
export function schoolDayOnOrBefore(day: DayNumber, calendar: WorkingDayCalendar, closures: readonly DayRange[]): DayNumber {
  let current = day;
  for (;;) {
    const closure = closureHolding(current, closures);
    if (closure !== undefined) current = closure.first - 1;
    else if (!isWorkingDay(current, calendar)) current -= 1;
    else return current;
  }
}

/**
 * The whole break a closure belongs to: the closure with the weekends, bank holidays and other
 * closures next to it. A half-term is 9 days however it is listed (Monday–Friday, or Saturday to
 * Sunday), a two-week holiday 16.
 */
export function wholeBreak(closure: DayRange, calendar: WorkingDayCalendar, closures: readonly DayRange[]): DayRange {
  let { first, last } = closure;
  for (;;) {
    const before = closureHolding(first - 1, closures);
    if (before !== undefined) first = before.first;
    else if (!isWorkingDay(first - 1, calendar)) first -= 1;
    else break;
  }
  for (;;) {
    const after = closureHolding(last + 1, closures);
    if (after !== undefined) last = after.last;
    else if (!isWorkingDay(last + 1, calendar)) last += 1;
    else break;
  }
  return { first, last };
}

/**
 * The first day of the next term break after `anchor`: the earliest whole break of at least
 * `minimumDays` days that starts more than `minimumWeeks` weeks after it; `null` when the
 * closures hold none.
 */
export function nextTermBreak(anchor: DayNumber, minimumDays: number, minimumWeeks: number, calendar: WorkingDayCalendar, closures: readonly DayRange[]): DayNumber | null {
  const earliest = anchor + 7 * minimumWeeks;
  let next: DayNumber | null = null;
  for (const closure of closures) {
    const whole = wholeBreak(closure, calendar, closures);
    if (whole.first > earliest && whole.last - whole.first + 1 >= minimumDays && (next === null || whole.first < next)) next = whole.first;
  }
  return next;
}
