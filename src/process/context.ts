/**
 * What the state machine knows about a case as a whole, beyond the events so far.
 *
 * @module
 */
import type { DayNumber } from "../dates/civil-date";
import type { Closure } from "../dates/closures";
import type { CountingContext } from "../dates/counting";
import type { WorkingDayCalendar } from "../dates/working-days";
import type { Readings } from "../law/readings";
import type { SupportPolicy } from "../law/support-policies";

/** The case-wide facts and choices every transition may read. */
export interface MachineContext {
  /** The day of the case's last request for assessment, or `null` when it has none. */
  readonly lastRequestDay: DayNumber | null;
  /** The readings and policy values in force for the case. */
  readonly readings: Readings;
  /** Closures of schools and settings from `calendar.closures`. */
  readonly closures: readonly Closure[];
  /** The case's calendar: the bank holidays with the caller's changes (SEN support reviews fall on school days). */
  readonly calendar: WorkingDayCalendar;
  /** Whether the caller gave `calendar.closures` at all. */
  readonly hasClosures: boolean;
  /** The child's date of birth; when only the month is known, its last day (so age limits are not ended early). */
  readonly dateOfBirth: DayNumber | null;
  /** The SEN support policy (graduated-approach.md). */
  readonly supportPolicy: SupportPolicy;
  /** The as-of date. */
  readonly asOf: DayNumber;
  /** How review periods are counted: the England and Wales calendar, with the case's readings. */
  readonly reviewCounting: CountingContext;
}
