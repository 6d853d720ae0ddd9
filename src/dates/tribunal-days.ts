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
import { type DayNumber, civilDate, describeDate, fieldsFromDay, dayFromFields } from "./civil-date";
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
  const { month, day: date } = fieldsFromDay(day);
  return month === 8 || (month === 12 && date >= 25) || (month === 1 && date === 1);
}

/**
 * How many days from `first` to `last` (both counted) fall from 25 December to 1 January or in
 * August: each year's two holiday periods met, not each day tested (every appeal window before
 * July 2020 asks; docs/performance.md: Tribunal holidays by period).
 */
export function tribunalHolidaysWithin(first: DayNumber, last: DayNumber): number {
  let count = 0;
  const lastYear = fieldsFromDay(last).year;
  // From the year before: its 25 December to 1 January period ends in `first`'s year.
  for (let year = fieldsFromDay(first).year - 1; year <= lastYear; year += 1) {
    count += overlap(first, last, dayFromFields(year, 8, 1), dayFromFields(year, 8, 31));
    count += overlap(first, last, dayFromFields(year, 12, 25), dayFromFields(year + 1, 1, 1));
  }
  return count;
}

/** The days two ranges share. */
const overlap = (first: DayNumber, last: DayNumber, from: DayNumber, to: DayNumber): number => Math.max(0, Math.min(last, to) - Math.max(first, from) + 1);

/** For a day in a holiday period, the period's last day (1 January or 31 August). */
function holidayPeriodLastDay(day: DayNumber): DayNumber {
  const { year, month } = fieldsFromDay(day);
  if (month === 8) return dayFromFields(year, 8, 31);
  return month === 12 ? dayFromFields(year + 1, 1, 1) : dayFromFields(year, 1, 1);
}

/**
 * What r.12 did to one period's last day, as data: {@link tribunalNotes} writes it out. One
 * shape whichever version applied.
 */
export interface TribunalMoves {
  /** The period's last day as counted. */
  readonly end: DayNumber;
  /** Whether the amended r.12(3)(a) applied (a period ending from 21 July 2020), or r.12(3) as made. */
  readonly amended: boolean;
  /** Amended: the last day (1 January or 31 August) of the holiday period `end` falls in; `null` outside one. */
  readonly holidayLast: DayNumber | null;
  /** As made: the holiday days within the period, not counted. */
  readonly skipped: number;
  /** The day r.12(3) gives, before r.12(2). */
  readonly beforeRollOff: DayNumber;
  /** The last day: after r.12(2). */
  readonly day: DayNumber;
}

/** r.12(3) from 21 July 2020, then r.12(2) (the first working day after the holiday period already is one). */
function amended(end: DayNumber, calendar: WorkingDayCalendar): TribunalMoves {
  if (isTribunalHoliday(end)) {
    const last = holidayPeriodLastDay(end);
    const day = workingDayOnOrAfter(last + 1, calendar);
    return { end, amended: true, holidayLast: last, skipped: 0, beforeRollOff: day, day };
  }
  return { end, amended: true, holidayLast: null, skipped: 0, beforeRollOff: end, day: rollOff(end, calendar) };
}

/** r.12(3) as made: the holiday days within the period are not counted, so it runs on past them; then r.12(2). */
function asMade(anchor: DayNumber, end: DayNumber, calendar: WorkingDayCalendar): TribunalMoves {
  const skipped = tribunalHolidaysWithin(anchor + 1, end);
  let day = end;
  for (let left = skipped; left > 0; ) {
    day += 1;
    if (!isTribunalHoliday(day)) left -= 1;
  }
  return { end, amended: false, holidayLast: null, skipped, beforeRollOff: day, day: rollOff(day, calendar) };
}

/** r.12(2): the next working day when the last day is not one. */
function rollOff(day: DayNumber, calendar: WorkingDayCalendar): DayNumber {
  return isWorkingDay(day, calendar) ? day : workingDayOnOrAfter(day, calendar);
}

/**
 * The last day of a Tribunal limit running from `anchor` whose period ends on `end`.
 *
 * @example
 * // Notice sent Mon 30 Jun 2025: 2 months end Sat 30 Aug 2025, in August → Mon 1 Sep 2025.
 * tribunalLastDay(civilDate("2025-06-30"), civilDate("2025-08-30"), ENGLAND_AND_WALES).day; // 2025-09-01
 */
export function tribunalLastDay(anchor: DayNumber, end: DayNumber, calendar: WorkingDayCalendar): TribunalLastDay {
  const moves = tribunalMoves(anchor, end, calendar);
  return { day: moves.day, notes: tribunalNotes(moves) };
}

/** {@link tribunalLastDay}'s moves, without the sentences (a timeline without working writes none). */
export function tribunalMoves(anchor: DayNumber, end: DayNumber, calendar: WorkingDayCalendar): TribunalMoves {
  return end >= R12_AMENDED_FROM ? amended(end, calendar) : asMade(anchor, end, calendar);
}

/** A sentence for each rule that {@link tribunalMoves} applied. */
export function tribunalNotes(moves: TribunalMoves): string[] {
  const { end, holidayLast, skipped, beforeRollOff, day } = moves;
  if (moves.amended) {
    if (holidayLast !== null) {
      const span = fieldsFromDay(end).month === 8 ? "in August" : "between 25 December and 1 January";
      return [
        `HESC Rules r.12(3)(a) (from 21 July 2020): the period ends on ${describeDate(end)}, ${span}, so the appeal is in time ` +
          `on the first working day after ${describeDate(holidayLast)}: ${describeDate(day)}.`,
      ];
    }
    return [day === end ? `HESC Rules r.12(2)-(3): ${describeDate(end)} is a working day outside 25 December to 1 January and August, so it stands.` : rollOffNote(end, day)];
  }
  const notes = [
    skipped > 0
      ? `HESC Rules r.12(3) as in force before 21 July 2020: the days from 25 December to 1 January and in August are not counted; ` +
        `${skipped === 1 ? "1 such day falls" : `${skipped} such days fall`} within the period, so it runs on by ` +
        `${skipped === 1 ? "1 counted day" : `${skipped} counted days`}: ${describeDate(beforeRollOff)}.`
      : `HESC Rules r.12(3) as in force before 21 July 2020: no day from 25 December to 1 January or in August falls within the period.`,
  ];
  if (day !== beforeRollOff) notes.push(rollOffNote(beforeRollOff, day));
  return notes;
}

function rollOffNote(from: DayNumber, to: DayNumber): string {
  return `HESC Rules r.12(2): ${describeDate(from)} is not a working day, so the act is in time on the next working day, ${describeDate(to)}.`;
}
