/**
 * The values the shared field schemas accept (fields.ts), without zod: dates, timestamps read in
 * England, dates of birth, identifiers' length. The fast path past zod reads them too.
 *
 * @module
 */
import { parseCivilDate } from "../dates/civil-date";
import { englandTimestampInstant, readEnglandTimestamp } from "../dates/england-clock";

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T/;

// A plain date is exactly 10 characters, a timestamp more: most inputs skip the pattern.
const isTimestamp = (text: string): boolean => text.length > 10 && TIMESTAMP.test(text);

/** A civil date with, when the input was a timestamp, the time of day in England. */
export interface CivilDateReading {
  readonly date: string;
  /** Seconds after midnight in England, when a timestamp was given. */
  readonly secondOfDay?: number;
}

/**
 * Reads `YYYY-MM-DD`, or an ISO timestamp converted to its date in England
 * (`2025-06-30T23:30:00Z` is 1 July 2025, British Summer Time). `null` when neither, and
 * when the timestamp's day in England falls outside the years 0000 to 9999 (see
 * {@link timestampOutsideDays}).
 */
export function readCivilDate(text: string): CivilDateReading | null {
  if (!isTimestamp(text)) return parseCivilDate(text) === null ? null : { date: text };
  const clock = readEnglandTimestamp(text);
  // `0000-01-01T00:00:00Z` is 31 December of year -1 in England (its zone then ran 75 seconds
  // behind UTC), `9999-12-31T23:00:00-05:00` is in year 10000: days the engine has no text for.
  return clock === null || parseCivilDate(clock.date) === null ? null : clock;
}

/**
 * Whether text is a valid timestamp whose day in England falls outside the engine's days,
 * 0000-01-01 to 9999-12-31 (every day with a 4-digit year): told apart from text that is no
 * date, so the input issue can say which.
 */
export function timestampOutsideDays(text: string): boolean {
  if (!isTimestamp(text)) return false;
  if (englandTimestampInstant(text) === null) return false;
  const clock = readEnglandTimestamp(text);
  return clock === null || parseCivilDate(clock.date) === null;
}

/** The code of the input issue for a date outside the engine's days (parse.ts reads it). */
export const DATE_OUTSIDE_DAYS = "date-outside-days";

/** Whether text is a date of birth: a valid `YYYY-MM-DD`, or a month `YYYY-MM`. */
export function isDateOfBirth(text: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(text) || parseCivilDate(text) !== null;
}

/** The longest identifier accepted. */
export const IDENTIFIER_MAX_LENGTH = 200;
