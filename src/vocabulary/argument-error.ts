/**
 * The error a public function throws for an argument it cannot use: the argument's name (a
 * path such as `form.weeks`), a stable code and a fixed reason, never the value received.
 *
 * @module
 */

/** What is wrong with the argument. */
export type ArgumentErrorCode = "invalid-type" | "invalid-value" | "invalid-date" | "outside-holiday-table";

/** Thrown by `countDeadline`, `isWorkingDayIn`, `timeline`, `agenda`, `supportReviewsDue` and `timelinessReport` for an argument they cannot use. */
export class ArgumentError extends RangeError {
  override readonly name = "ArgumentError";
  constructor(
    /** The argument, as a path: `anchor`, `form.weeks`, `options.addHolidays[0]`, `asOf`. */
    readonly argument: string,
    readonly code: ArgumentErrorCode,
    reason: string,
  ) {
    super(`${argument}: ${reason}`);
  }
}
