/**
 * The Tribunal's own day rules (HESC Rules r.12), for the Tribunal's limits only: never for LA
 * duties, nor for the Regs 33 limit on contacting the mediation adviser.
 *
 * - r.12(2): a period ending on a day that is not a working day ends on the next working day.
 * - r.12(3)(a), from 21 July 2020 (Tribunal Procedure (Amendment) Rules 2020): in a special
 *   educational needs case, time for the application notice (r.20) that ends from 25 December to
 *   1 January, or on any day in August, ends on the first working day after 1 January or 31 August.
 * - r.12(3) as made (before 21 July 2020): the days from 25 December to 1 January and every day in
 *   August are not counted at all.
 *
 * Which version applies is read from the day the period would end (rules.md § 6, § 8). Each test is
 * made on the period's own last day: r.12(2) and r.12(3)(a) are each a day on which the act is in
 * time, so a period ending on Saturday 24 December runs to the next working day, not into January.
 *
 * @module
 */
import { type DayNumber, TABLE_DAYS, civilDate, describeDate, fieldsFromDay, dayFromFields } from "./civil-date";
import { type WorkingDayCalendar, isWorkingDay, workingDayOnOrAfter } from "./working-days";

/** A Tribunal limit's last day after r.12, with a sentence for each rule applied. */
export interface TribunalLastDay {
  readonly day: DayNumber;
  readonly notes: readonly string[];
}

/** The first day the amended r.12(3) applies to. */
export const R12_AMENDED_FROM: DayNumber = civilDate("2020-07-21");

/** 25 December to 1 January, or August: the days r.12(3) treats specially. */
export function isTribunalHoliday(day: DayNumber): boolean {
  // Periods before July 2020 test every day they span: a table of the days, built on first use.
  if (day >= 0 && day < TABLE_DAYS) return (holidayTable ??= tribunalHolidayTable())[day] === 1;
  return isTribunalHolidayByDate(day);
}

function isTribunalHolidayByDate(day: DayNumber): boolean {
  const { month, day: date } = fieldsFromDay(day);
  return month === 8 || (month === 12 && date >= 25) || (month === 1 && date === 1);
}

/** 1970–2099, as the civil-date tables. */
let holidayTable: Uint8Array | undefined;

function tribunalHolidayTable(): Uint8Array {
  const table = new Uint8Array(TABLE_DAYS);
  for (let day = 0; day < TABLE_DAYS; day += 1) table[day] = isTribunalHolidayByDate(day) ? 1 : 0;
  return table;
}

/** For a day in a holiday period, the period's last day (1 January or 31 August). */
function holidayPeriodLastDay(day: DayNumber): DayNumber {
  const { year, month } = fieldsFromDay(day);
  if (month === 8) return dayFromFields(year, 8, 31);
  return month === 12 ? dayFromFields(year + 1, 1, 1) : dayFromFields(year, 1, 1);
}

/** r.12(2): the next working day when the last day is not one. */
function rollOff(day: DayNumber, calendar: WorkingDayCalendar, notes: string[] | null): DayNumber {
  if (isWorkingDay(day, calendar)) return day;
  const next = workingDayOnOrAfter(day, calendar);
  notes?.push(`HESC Rules r.12(2): ${describeDate(day)} is not a working day, so the act is in time on the next working day, ${describeDate(next)}.`);
  return next;
}

/** r.12(3) from 21 July 2020, then r.12(2). */
function amended(end: DayNumber, calendar: WorkingDayCalendar, notes: string[] | null): DayNumber {
  if (isTribunalHoliday(end)) {
    const last = holidayPeriodLastDay(end);
    const day = workingDayOnOrAfter(last + 1, calendar);
    if (notes !== null) {
      const span = fieldsFromDay(end).month === 8 ? "in August" : "between 25 December and 1 January";
      notes.push(
        `HESC Rules r.12(3)(a) (from 21 July 2020): the period ends on ${describeDate(end)}, ${span}, so the appeal is in time ` +
          `on the first working day after ${describeDate(last)}: ${describeDate(day)}.`,
      );
    }
    return day;
  }
  const day = rollOff(end, calendar, notes);
  if (day === end) notes?.push(`HESC Rules r.12(2)-(3): ${describeDate(end)} is a working day outside 25 December to 1 January and August, so it stands.`);
  return day;
}

/** r.12(3) as made: the holiday days within the period are not counted, so it runs on past them; then r.12(2). */
function asMade(anchor: DayNumber, end: DayNumber, calendar: WorkingDayCalendar, notes: string[] | null): DayNumber {
  let skipped = 0;
  for (let day = anchor + 1; day <= end; day += 1) if (isTribunalHoliday(day)) skipped += 1;
  let day = end;
  if (skipped > 0) {
    for (let left = skipped; left > 0;) {
      day += 1;
      if (!isTribunalHoliday(day)) left -= 1;
    }
    notes?.push(
      `HESC Rules r.12(3) as in force before 21 July 2020: the days from 25 December to 1 January and in August are not counted; ` +
        `${skipped === 1 ? "1 such day falls" : `${skipped} such days fall`} within the period, so it runs on by ` +
        `${skipped === 1 ? "1 counted day" : `${skipped} counted days`}: ${describeDate(day)}.`,
    );
  } else {
    notes?.push(`HESC Rules r.12(3) as in force before 21 July 2020: no day from 25 December to 1 January or in August falls within the period.`);
  }
  return rollOff(day, calendar, notes);
}

/**
 * The last day of a Tribunal limit running from `anchor` whose period ends on `end`.
 *
 * @example
 * // Notice sent Mon 30 Jun 2025: 2 months end Sat 30 Aug 2025, in August → Mon 1 Sep 2025.
 * tribunalLastDay(civilDate("2025-06-30"), civilDate("2025-08-30"), ENGLAND_AND_WALES).day; // 2025-09-01
 */
export function tribunalLastDay(anchor: DayNumber, end: DayNumber, calendar: WorkingDayCalendar): TribunalLastDay {
  const notes: string[] = [];
  return { day: tribunalLastDayWith(anchor, end, calendar, notes), notes };
}

/**
 * {@link tribunalLastDay}'s day, its notes pushed onto `notes`; with `null`, no sentence is
 * written (a timeline without working: see bench/).
 */
export function tribunalLastDayWith(anchor: DayNumber, end: DayNumber, calendar: WorkingDayCalendar, notes: string[] | null): DayNumber {
  return end >= R12_AMENDED_FROM ? amended(end, calendar, notes) : asMade(anchor, end, calendar, notes);
}
