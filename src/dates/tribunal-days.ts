/**
 * The Tribunal's own day rules (HESC Rules r.12), for the Tribunal's limits only.
 *
 * @module
 */
import type { DayNumber } from "./civil-date";
import type { WorkingDayCalendar } from "./working-days";

/** A Tribunal limit's last day after r.12, with a sentence for each rule applied. */
export interface TribunalLastDay {
  readonly day: DayNumber;
  readonly notes: readonly string[];
}

/** The last day of a Tribunal limit running from `anchor` whose period ends on `end`. */
export function tribunalLastDay(_anchor: DayNumber, end: DayNumber, _calendar: WorkingDayCalendar): TribunalLastDay {
  return { day: end, notes: [] };
}
