/**
 * When a request counts as received and a document as served, under the optional readings
 * of counting.md (`receipt`, `service`).
 *
 * @module
 */
import type { DayNumber } from "./civil-date";
import { type WorkingDayCalendar, addWorkingDays, isWorkingDay, workingDayOnOrAfter } from "./working-days";

/** 5pm, in seconds after midnight: a request at 17:00:00 is not "after 5pm". */
const CLOSE_OF_BUSINESS = 17 * 3600;

/**
 * Reading `after-5pm-next-working-day` (a charity convention, not law): a request received on
 * a non-working day, or after 5pm, counts from the next working day.
 */
export function receivedDay(day: DayNumber, secondOfDay: number | undefined, calendar: WorkingDayCalendar): DayNumber {
  if (!isWorkingDay(day, calendar)) return workingDayOnOrAfter(day, calendar);
  if (secondOfDay !== undefined && secondOfDay > CLOSE_OF_BUSINESS) return workingDayOnOrAfter(day + 1, calendar);
  return day;
}

/**
 * Reading `first-class-post`: a document posted first class is served on the second working
 * day after posting (Interpretation Act 1978 s.7; Practice Direction [1985] 1 WLR 489).
 */
export function servedByFirstClassPost(postedDay: DayNumber, calendar: WorkingDayCalendar): DayNumber {
  return addWorkingDays(postedDay, 2, calendar);
}
