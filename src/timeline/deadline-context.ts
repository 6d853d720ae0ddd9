/**
 * What every deadline of a case is computed with, made once a case.
 *
 * @module
 */
import type { DayNumber } from "../dates/civil-date";
import type { CountingContext } from "../dates/counting";
import type { Readings } from "../law/readings";
import type { ExceptionClaim, ExceptionFacts } from "./exceptions";
import type { SharedLines } from "./shared-lines";

/** A deadline's `reading` field. */
export type UsedReadings = Readonly<Record<string, string | number>>;

/** Frozen readings objects by mask (the bits of readings-used.ts). */
export type ReadingsTable = (UsedReadings | undefined)[];

/** Everything a deadline is computed with. */
export interface DeadlineContext {
  readonly asOf: DayNumber;
  readonly readings: Readings;
  /** The readings objects of the case's deadlines, by mask (see `readingsTableOf`). */
  readonly readingsTable: ReadingsTable;
  readonly counting: CountingContext;
  readonly claims: readonly ExceptionClaim[];
  readonly facts: ExceptionFacts;
  /** Whether to write each deadline's working. */
  readonly explain: boolean;
  /** The lines of working the case's deadlines share. */
  readonly shared: SharedLines;
}
