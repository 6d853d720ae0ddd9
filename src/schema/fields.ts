/**
 * Field schemas shared by the case file: dates, timestamps, identifiers.
 *
 * @module
 */
import * as z from "zod";
import { parseCivilDate } from "../dates/civil-date";
import { DATE_OUTSIDE_DAYS, IDENTIFIER_MAX_LENGTH, isDateOfBirth, readCivilDate, timestampOutsideDays } from "./field-values";

export { type CivilDateReading, DATE_OUTSIDE_DAYS, IDENTIFIER_MAX_LENGTH, isDateOfBirth, readCivilDate, timestampOutsideDays } from "./field-values";

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

/** A date of birth: a date, or only the year and month (`2021-03`). */
export const dateOfBirthField = z
  .string({ error: "expected a date YYYY-MM-DD or a month YYYY-MM" })
  .refine(isDateOfBirth, {
    error: "not a date YYYY-MM-DD or a month YYYY-MM",
  })
  .meta({ description: "date of birth as YYYY-MM-DD, or YYYY-MM when only the month is known" });

/** An identifier chosen by the caller; opaque, never personal data. */
export const identifierField = z
  .string({ error: "expected a string identifier" })
  .min(1, { error: "must not be empty" })
  .max(IDENTIFIER_MAX_LENGTH, { error: `must be at most ${IDENTIFIER_MAX_LENGTH} characters` });
