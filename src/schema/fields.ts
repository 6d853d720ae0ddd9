/**
 * Field schemas shared by the case file: dates, timestamps, identifiers.
 *
 * @module
 */
import * as z from "zod";
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

const DATE_HELP = "a calendar date YYYY-MM-DD (or an ISO timestamp, read in Europe/London)";

/** A date field: a valid `YYYY-MM-DD` date or an ISO timestamp; parsed to `YYYY-MM-DD`. */
export const civilDateField = z
  .string({ error: `expected ${DATE_HELP}` })
  .transform((text, context) => {
    const reading = readCivilDate(text);
    if (reading === null) {
      // Only the schema's own words: the text received is never repeated.
      if (timestampOutsideDays(text)) {
        context.addIssue({ code: "custom", message: "a day outside the years 0000 to 9999 once read in Europe/London", params: { inputIssue: DATE_OUTSIDE_DAYS } });
      } else context.addIssue({ code: "custom", message: `not ${DATE_HELP}, or a day that does not exist` });
      return z.NEVER;
    }
    return reading.date;
  })
  .meta({ description: DATE_HELP, examples: ["2024-09-04"] });

/** A plain `YYYY-MM-DD` date with no timestamp allowed (options, query values). */
export const plainDateField = z
  .string({ error: "expected a calendar date YYYY-MM-DD" })
  .refine((text) => parseCivilDate(text) !== null, { error: "not a calendar date YYYY-MM-DD, or a day that does not exist" })
  .meta({ description: "a calendar date YYYY-MM-DD", examples: ["2025-01-10"] });

/** Whether text is a date of birth: a valid `YYYY-MM-DD`, or a month `YYYY-MM`. */
export function isDateOfBirth(text: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(text) || parseCivilDate(text) !== null;
}

/** A date of birth: a date, or only the year and month (`2021-03`). */
export const dateOfBirthField = z
  .string({ error: "expected a date YYYY-MM-DD or a month YYYY-MM" })
  .refine(isDateOfBirth, {
    error: "not a date YYYY-MM-DD or a month YYYY-MM",
  })
  .meta({ description: "date of birth as YYYY-MM-DD, or YYYY-MM when only the month is known" });

/** The longest identifier accepted. */
export const IDENTIFIER_MAX_LENGTH = 200;

/** An identifier chosen by the caller; opaque, never personal data. */
export const identifierField = z
  .string({ error: "expected a string identifier" })
  .min(1, { error: "must not be empty" })
  .max(IDENTIFIER_MAX_LENGTH, { error: `must be at most ${IDENTIFIER_MAX_LENGTH} characters` });
