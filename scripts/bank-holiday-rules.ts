/**
 * The rules that generate the England and Wales bank-holiday table (`src/dates/bank-holidays.ts`).
 *
 * - Banking and Financial Dealings Act 1971, Sch 1 para 1: Easter Monday, the last Monday in
 *   May, the last Monday in August, 26 December (27 December when 25 or 26 December is a Sunday).
 * - Royal proclamations under s 1(3), made every year in the same pattern: 1 January (or the next
 *   Monday when it is a weekend), the first Monday in May, and the substitute weekdays when
 *   Christmas Day or Boxing Day falls on a Saturday.
 * - Common law holidays: Christmas Day and Good Friday.
 * - One-off proclamations under s 1(2) and (3): {@link ONE_OFF_CHANGES}.
 *
 * Only weekdays are listed: a holiday on a weekend is replaced by its substitute weekday.
 *
 * @module
 */
import { type DayNumber, dayFromFields, formatCivilDate, isoWeekday } from "../src/dates/civil-date";

/** One non-working day of the table. */
export interface BankHoliday {
  readonly date: string;
  readonly name: string;
}

/** A one-off royal proclamation that moves (`replaces`) or adds a holiday. */
export interface OneOffChange {
  readonly date: string;
  readonly name: string;
  /** The usual date it replaces, if any. */
  readonly replaces?: string;
  /** The power under the 1971 Act, and the occasion. */
  readonly source: string;
}

export const ONE_OFF_CHANGES: readonly OneOffChange[] = [
  {
    date: "2020-05-08",
    name: "Early May bank holiday (VE day)",
    replaces: "2020-05-04",
    source: "s 1(3); 75th anniversary of VE Day",
  },
  {
    date: "2022-06-02",
    name: "Spring bank holiday",
    replaces: "2022-05-30",
    source: "s 1(2); Platinum Jubilee",
  },
  {
    date: "2022-06-03",
    name: "Platinum Jubilee bank holiday",
    source: "s 1(3)",
  },
  {
    date: "2022-09-19",
    name: "Bank holiday for the State Funeral of Queen Elizabeth II",
    source: "s 1(3)",
  },
  {
    date: "2023-05-08",
    name: "Bank holiday for the coronation of King Charles III",
    source: "s 1(3)",
  },
];

const isWeekend = (day: DayNumber): boolean => isoWeekday(day) >= 6;

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus, Astronomical Algorithms, ch 8). */
export function easterSunday(year: number): DayNumber {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayFromFields(year, month, day);
}

/** The first Monday on or after `day`. */
const mondayOnOrAfter = (day: DayNumber): DayNumber => day + ((8 - isoWeekday(day)) % 7);

/** The last Monday of a month. */
const lastMonday = (year: number, month: number): DayNumber => mondayOnOrAfter(dayFromFields(year, month + 1, 1) - 7);

/** The holidays of one year by the usual rules, as day number → name (weekdays only). */
function usualHolidays(year: number): Map<DayNumber, string> {
  const holidays = new Map<DayNumber, string>();
  const easter = easterSunday(year);
  const fixed: [DayNumber, string][] = [
    [easter - 2, "Good Friday"],
    [easter + 1, "Easter Monday"],
    [mondayOnOrAfter(dayFromFields(year, 5, 1)), "Early May bank holiday"],
    [lastMonday(year, 5), "Spring bank holiday"],
    [lastMonday(year, 8), "Summer bank holiday"],
  ];
  for (const [day, name] of fixed) holidays.set(day, name);
  // 1 Jan, 25 and 26 Dec: a day on a weekend moves to the next weekday not already a holiday
  // (Christmas on Sunday: Boxing Day keeps Monday 26, Christmas moves to Tuesday 27).
  const movable: [DayNumber, string][] = [
    [dayFromFields(year, 1, 1), "New Year's Day"],
    [dayFromFields(year, 12, 25), "Christmas Day"],
    [dayFromFields(year, 12, 26), "Boxing Day"],
  ];
  for (const [day, name] of movable) if (!isWeekend(day)) holidays.set(day, name);
  for (const [day, name] of movable) {
    if (!isWeekend(day)) continue;
    let substitute = day + 1;
    while (isWeekend(substitute) || holidays.has(substitute)) substitute += 1;
    holidays.set(substitute, `${name} (substitute day)`);
  }
  return holidays;
}

/** England and Wales bank holidays (with Christmas Day and Good Friday) for a range of years, sorted. */
export function englandAndWalesBankHolidays(firstYear: number, lastYear: number): BankHoliday[] {
  const all = new Map<string, string>();
  for (let year = firstYear; year <= lastYear; year += 1) {
    for (const [day, name] of usualHolidays(year)) all.set(formatCivilDate(day), name);
  }
  for (const change of ONE_OFF_CHANGES) {
    const year = Number(change.date.slice(0, 4));
    if (year < firstYear || year > lastYear) continue;
    if (change.replaces !== undefined && !all.delete(change.replaces)) {
      throw new Error(`${change.date} replaces ${change.replaces}, which is not a usual holiday`);
    }
    all.set(change.date, change.name);
  }
  return [...all].map(([date, name]) => ({ date, name })).sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}
