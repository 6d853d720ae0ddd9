/**
 * Civil dates (a day in England, no time of day) as integer day numbers.
 *
 * Inside the engine a date is the number of days since 1970-01-01, so adding a day is `+ 1`
 * and comparing two dates is `<`. At the public API dates are `YYYY-MM-DD` strings. The
 * conversions use the proleptic Gregorian calendar (H. Hinnant's `days_from_civil`), with no
 * time zone and no `Date` object, so nothing here depends on the machine's clock or zone.
 *
 * @module
 */
import { asOnePiece } from "../internal/speed";

/** Days since 1970-01-01 (day 0 is Thursday 1 January 1970). */
export type DayNumber = number;

/** A calendar date split into its fields; `month` is 1–12. */
export interface CivilFields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Whether `year` is a leap year in the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of days in a month.
 *
 * @example
 * daysInMonth(2024, 2); // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return MONTH_LENGTHS[month - 1] ?? Number.NaN;
}

/**
 * The day number of a calendar date. The fields are not checked: use {@link parseCivilDate}
 * for input.
 *
 * @example
 * dayFromFields(2024, 9, 4); // 19970
 */
export function dayFromFields(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The calendar fields of a day number. */
export function fieldsFromDay(dayNumber: DayNumber): CivilFields {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Reads a `YYYY-MM-DD` date, or returns `null` when the text is not one or names a day that
 * does not exist (`2025-02-30`).
 *
 * @example
 * parseCivilDate("2024-02-29"); // 19782
 * parseCivilDate("2025-02-29"); // null
 */
export function parseCivilDate(text: string): DayNumber | null {
  // Read digit by digit: no regular expression and no cache on this hot path (docs/performance.md:
  // dates read without a loop).
  if (text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return null;
  // Eight digits read one by one, no loop: every event's date passes here.
  const y0 = digitAt(text, 0);
  const y1 = digitAt(text, 1);
  const y2 = digitAt(text, 2);
  const y3 = digitAt(text, 3);
  const m0 = digitAt(text, 5);
  const m1 = digitAt(text, 6);
  const d0 = digitAt(text, 8);
  const d1 = digitAt(text, 9);
  // A character that is not a digit reads as a number outside 0-9; unsigned, any of them is above 9.
  // (The brackets, which the formatter would drop, show the unsigned reading comes first.)
  // prettier-ignore
  if ((y0 >>> 0) > 9 || (y1 >>> 0) > 9 || (y2 >>> 0) > 9 || (y3 >>> 0) > 9 || (m0 >>> 0) > 9 || (m1 >>> 0) > 9 || (d0 >>> 0) > 9 || (d1 >>> 0) > 9) {
    return null;
  }
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1) return null;
  // 1970–2099 from a table of the first day of each month; other years by arithmetic.
  const index = (year - MONTH_TABLE_FIRST_YEAR) * 12 + month - 1;
  if (index >= 0 && index < MONTH_TABLE_MONTHS) {
    const first = MONTH_STARTS[index] as number;
    return day > (MONTH_STARTS[index + 1] as number) - first ? null : first + day - 1;
  }
  if (day > daysInMonth(year, month)) return null;
  return dayFromFields(year, month, day);
}

const MONTH_TABLE_FIRST_YEAR = 1970;
const MONTH_TABLE_MONTHS = 130 * 12;
/**
 * The day number of the first of each month from January 1970, and one past December 2099.
 * Filled by a loop, which Node.js runs at load several times faster than `Int32Array.from`
 * with a function (docs/performance.md: cold start).
 */
const MONTH_STARTS = new Int32Array(MONTH_TABLE_MONTHS + 1);
for (let i = 0; i <= MONTH_TABLE_MONTHS; i += 1) MONTH_STARTS[i] = dayFromFields(MONTH_TABLE_FIRST_YEAR + Math.floor(i / 12), (i % 12) + 1, 1);

/**
 * The place in {@link MONTH_STARTS} of the month holding a day of 1970-2099: first guessed from
 * the mean length of a month, which is at most one month out, then moved to fit.
 */
function monthIndexOf(dayNumber: DayNumber): number {
  let index = Math.min(Math.floor(dayNumber / MEAN_MONTH_DAYS), MONTH_TABLE_MONTHS - 1);
  while ((MONTH_STARTS[index] as number) > dayNumber) index -= 1;
  while ((MONTH_STARTS[index + 1] as number) <= dayNumber) index += 1;
  return index;
}

/** 365.2425 / 12: the mean month of the Gregorian calendar. */
const MEAN_MONTH_DAYS = 30.436875;

const DASH = 45;
const ZERO = 48;

/** The digit at `index`, or a number outside 0-9 where the character is not one. */
const digitAt = (text: string, index: number): number => text.charCodeAt(index) - ZERO;

/**
 * Reads a `YYYY-MM-DD` date that is known to be valid (constants, validated input).
 *
 * @throws RangeError when the text is not a valid date: a programming error, not a user error.
 */
export function civilDate(text: string): DayNumber {
  const day = parseCivilDate(text);
  if (day === null) throw new RangeError("not a valid calendar date YYYY-MM-DD");
  return day;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * Writes a day number as `YYYY-MM-DD`.
 *
 * @example
 * formatCivilDate(19970); // "2024-09-04"
 */
export function formatCivilDate(dayNumber: DayNumber): string {
  return remembered(formattedDates, dayNumber, formatUncached);
}

/** Day numbers 0 to 47,481, 1 January 1970 to 31 December 2099: the days the date tables hold. */
export const TABLE_DAYS = 47_482;

// Dates 1970–2099 are written once each and remembered (the hot path writes several a deadline;
// docs/performance.md: date texts remembered), in pages of 1,024 days made on first use: the
// whole table at once would be 380 KB a table at every start, and a collection to make room for
// it (docs/performance.md: cold start).
const PAGE_BITS = 10;
const PAGE_DAYS = 1 << PAGE_BITS;
const PAGES = Math.ceil(TABLE_DAYS / PAGE_DAYS);
const formattedDates: ((string | undefined)[] | undefined)[] = new Array<(string | undefined)[] | undefined>(PAGES);
const describedDates: ((string | undefined)[] | undefined)[] = new Array<(string | undefined)[] | undefined>(PAGES);

/** A day's text from its cache (days 0 to 47,481: 1970–2099), written on first use. */
function remembered(cache: ((string | undefined)[] | undefined)[], dayNumber: DayNumber, write: (day: DayNumber) => string): string {
  if (dayNumber >= 0 && dayNumber < TABLE_DAYS) {
    const page = (cache[dayNumber >> PAGE_BITS] ??= new Array<string | undefined>(PAGE_DAYS));
    const slot = dayNumber & (PAGE_DAYS - 1);
    const cached = page[slot];
    if (cached !== undefined) return cached;
    return (page[slot] = asOnePiece(write(dayNumber)));
  }
  return write(dayNumber);
}

function formatUncached(dayNumber: DayNumber): string {
  const { year, month, day } = fieldsFromDay(dayNumber);
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(dayNumber: DayNumber): number {
  // Day 0 (1970-01-01) was a Thursday (4).
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

/** The English name of a weekday ("Wednesday"). */
export function weekdayName(dayNumber: DayNumber): string {
  return WEEKDAY_NAMES[isoWeekday(dayNumber) - 1] ?? "";
}

/** The English name of a month, 1–12 ("February"). */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? "";
}

/**
 * A date for people: "Wednesday 22 January 2025 (2025-01-22)", so a reviewer sees the weekday
 * and can still match the ISO date in the data.
 */
export function describeDate(dayNumber: DayNumber): string {
  // Every line of working names dates this way: remembered like the ISO text.
  return remembered(describedDates, dayNumber, describeUncached);
}

function describeUncached(dayNumber: DayNumber): string {
  const { year, month, day } = fieldsFromDay(dayNumber);
  return `${weekdayName(dayNumber)} ${day} ${monthName(month)} ${year} (${formatCivilDate(dayNumber)})`;
}

/**
 * The same day-of-month `months` calendar months later (or earlier, when negative); where that
 * month is too short, its last day (31 January + 1 month = 28 or 29 February).
 *
 * @example
 * addMonthsClamped(civilDate("2025-01-31"), 1); // 2025-02-28
 */
export function addMonthsClamped(dayNumber: DayNumber, months: number): DayNumber {
  // 1970-2099 from the table of month starts: no fields object per call (every annual review,
  // appeal window and early-years review counts months; docs/performance.md: months from a table).
  if (dayNumber >= 0 && dayNumber < TABLE_DAYS) {
    const from = monthIndexOf(dayNumber);
    const target = from + months;
    if (target >= 0 && target < MONTH_TABLE_MONTHS) {
      const first = MONTH_STARTS[target] as number;
      const length = (MONTH_STARTS[target + 1] as number) - first;
      return first + Math.min(dayNumber - (MONTH_STARTS[from] as number), length - 1);
    }
  }
  const { year, month, day } = fieldsFromDay(dayNumber);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return dayFromFields(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}
