/**
 * Working days: every day except Saturdays, Sundays, Christmas Day, Good Friday and the bank
 * holidays of England and Wales (counting.md). The SEND Regulations 2014 do not define the term,
 * so this is its ordinary meaning. The bundled table can be extended or trimmed by the caller.
 *
 * @module
 */
import { BANK_HOLIDAY_TABLE_FIRST_YEAR, BANK_HOLIDAY_TABLE_LAST_YEAR, ENGLAND_AND_WALES_BANK_HOLIDAYS } from "./bank-holidays";
import { type DayNumber, civilDate, isoWeekday } from "./civil-date";

/** A set of non-working days on top of weekends, with the name of each. */
export interface WorkingDayCalendar {
  /** Holidays by day number, with their names (for explanations). */
  readonly holidays: ReadonlyMap<DayNumber, string>;
}

/** Changes a caller makes to the bundled table. */
export interface HolidayChanges {
  /** Days to add, with an optional name ("Scottish bank holiday"). */
  readonly add?: readonly { readonly date: DayNumber; readonly name?: string }[];
  /** Days to remove from the table. */
  readonly remove?: readonly DayNumber[];
}

const bundledHolidays: ReadonlyMap<DayNumber, string> = new Map(ENGLAND_AND_WALES_BANK_HOLIDAYS.map((holiday) => [civilDate(holiday.date), holiday.name]));

/** The calendar of England and Wales as bundled with the library. */
export const ENGLAND_AND_WALES: WorkingDayCalendar = { holidays: bundledHolidays };

const TABLE_FIRST_DAY = civilDate(`${BANK_HOLIDAY_TABLE_FIRST_YEAR}-01-01`);
const TABLE_LAST_DAY = civilDate(`${BANK_HOLIDAY_TABLE_LAST_YEAR}-12-31`);

/** Whether a count from `first` to `last` reaches a year the bundled bank-holiday table does not cover. */
export function outsideBankHolidayTable(first: DayNumber, last: DayNumber): boolean {
  return first < TABLE_FIRST_DAY || last > TABLE_LAST_DAY;
}

/** A calendar made from the bundled table and the caller's changes. */
export function workingDayCalendar(changes: HolidayChanges = {}): WorkingDayCalendar {
  if (!changes.add?.length && !changes.remove?.length) return ENGLAND_AND_WALES;
  const holidays = new Map(bundledHolidays);
  for (const day of changes.remove ?? []) holidays.delete(day);
  for (const { date, name } of changes.add ?? []) holidays.set(date, name ?? "holiday added by the caller");
  return { holidays };
}

/** Whether a day is a weekend day. */
export function isWeekend(day: DayNumber): boolean {
  return isoWeekday(day) >= 6;
}

/** Whether a day is a working day in the calendar. */
export function isWorkingDay(day: DayNumber, calendar: WorkingDayCalendar): boolean {
  return !isWeekend(day) && !calendar.holidays.has(day);
}

/** The day itself when it is a working day, otherwise the next working day. */
export function workingDayOnOrAfter(day: DayNumber, calendar: WorkingDayCalendar): DayNumber {
  let current = day;
  while (!isWorkingDay(current, calendar)) current += 1;
  return current;
}

/**
 * The n-th working day after a day (the day itself not counted).
 *
 * @example
 * // Friday 20 December 2024, 3 working days: 23, 24 and 27 December (25, 26 are holidays).
 * addWorkingDays(civilDate("2024-12-20"), 3, ENGLAND_AND_WALES); // 2024-12-27
 */
export function addWorkingDays(day: DayNumber, count: number, calendar: WorkingDayCalendar): DayNumber {
  let current = day;
  let remaining = count;
  while (remaining > 0) {
    current += 1;
    if (isWorkingDay(current, calendar)) remaining -= 1;
  }
  return current;
}

/** The n-th working day before a day (the day itself not counted). */
export function subtractWorkingDays(day: DayNumber, count: number, calendar: WorkingDayCalendar): DayNumber {
  let current = day;
  let remaining = count;
  while (remaining > 0) {
    current -= 1;
    if (isWorkingDay(current, calendar)) remaining -= 1;
  }
  return current;
}

/** A non-working day met while counting, for explanations. */
export interface SkippedDay {
  readonly day: DayNumber;
  /** "Saturday", "Sunday" or the holiday's name. */
  readonly reason: string;
}

/** The non-working days from `first` to `last`, both included. */
export function nonWorkingDaysBetween(first: DayNumber, last: DayNumber, calendar: WorkingDayCalendar): SkippedDay[] {
  const skipped: SkippedDay[] = [];
  for (let day = first; day <= last; day += 1) {
    const holiday = calendar.holidays.get(day);
    if (holiday !== undefined) skipped.push({ day, reason: holiday });
    else if (isWeekend(day)) skipped.push({ day, reason: isoWeekday(day) === 6 ? "Saturday" : "Sunday" });
  }
  return skipped;
}
