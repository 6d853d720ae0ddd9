// An independent oracle for the date tests: luxon in UTC (never the machine's zone) and the
// bundled holiday list as plain `YYYY-MM-DD` strings (itself cross-checked against the
// date-holidays package in bank-holidays.test.ts). Nothing here uses src/dates arithmetic.
import { DateTime } from "luxon";
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from "../../src/dates/bank-holidays";

export const MS_PER_DAY = 86_400_000;

/** The luxon date (UTC midnight) of a day number. */
export function luxonOf(day: number): DateTime {
  return DateTime.fromMillis(day * MS_PER_DAY, { zone: "utc" });
}

/** The day number of a luxon UTC date (ordinal days since 1970-01-01). */
export function dayOfLuxon(dt: DateTime): number {
  const days = dt.toMillis() / MS_PER_DAY;
  if (!Number.isInteger(days)) throw new Error(`not a whole day: ${dt.toISO() ?? "invalid"}`);
  return days;
}

/** The day number of a `YYYY-MM-DD` date, worked out by luxon. */
export function luxonDay(iso: string): number {
  const dt = DateTime.fromISO(iso, { zone: "utc" });
  if (!dt.isValid) throw new Error(`invalid test date ${iso}`);
  return dayOfLuxon(dt);
}

/** `YYYY-MM-DD` of a day number, written by luxon. */
export function luxonIso(day: number): string {
  const iso = luxonOf(day).toISODate();
  if (iso === null) throw new Error(`invalid day ${day}`);
  return iso;
}

const HOLIDAY_DATES: ReadonlySet<string> = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS.map((holiday) => holiday.date));

/**
 * Working day by the definition (not a Saturday, Sunday or listed holiday), with optional
 * extra holidays and removed ones, all as ISO strings.
 */
export function oracleIsWorkingDay(day: number, changes: { readonly add?: readonly string[]; readonly remove?: readonly string[] } = {}): boolean {
  const dt = luxonOf(day);
  if (dt.weekday >= 6) return false;
  const iso = luxonIso(day);
  if (changes.add?.includes(iso)) return false;
  if (changes.remove?.includes(iso)) return true;
  return !HOLIDAY_DATES.has(iso);
}

/** How many working days lie from `first` to `last`, both included (oracle). */
export function oracleWorkingDaysIn(first: number, last: number): number {
  let total = 0;
  for (let day = first; day <= last; day += 1) if (oracleIsWorkingDay(day)) total += 1;
  return total;
}
