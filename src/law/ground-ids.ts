/**
 * The ids of the exception grounds, apart from what they mean (`exception-grounds.ts`) so that
 * the shape of a rule and the case-file schema can name them without importing the law's tables.
 *
 * @module
 */

/**
 * The exception grounds an `exception-recorded` event may claim (rules.md § 1, § 7, § 8), and
 * `not-recorded`: a record (the SEN2 return's `Week20`) that an exception applied, without its ground.
 */
export const EXCEPTION_GROUNDS = [
  "school-closure",
  "early-years-closure",
  "personal-circumstances",
  "absence-from-area",
  "advice-exceptional-circumstances",
  "advice-absence",
  "missed-appointment",
  "coronavirus",
  "not-recorded",
] as const;

/** The id of an exception ground, as written in an `exception-recorded` event. */
export type ExceptionGround = (typeof EXCEPTION_GROUNDS)[number];
