/**
 * The error for a case file that cannot be used, with its input issues: thrown by
 * `parseCaseFileOrThrow`, and by `timeline()` for a case file built by hand, never parsed, whose
 * dates are not dates (a parsed case file never has one).
 *
 * @module
 */

/** One thing wrong with the input, at a JSON path such as `events[1].date`. */
export interface InputIssue {
  /** A stable code: `invalid-json`, `invalid-encoding`, `invalid-type`, `invalid-value`, `missing`, `invalid-date`, `out-of-range`, `unknown-key`, … */
  readonly code: string;
  /** Where in the input, as a JavaScript-style path (`events[1].date`); empty for the whole input. */
  readonly path: string;
  /** The schema's own words for what is wrong: never the value received. */
  readonly message: string;
  /** For `unknown-key`: the key not defined there (the caller's text, never in `message`). */
  readonly key?: string;
  /** For `unknown-key` and `unknown-event-type`: the defined name closest to the one given. */
  readonly suggestion?: string;
}

/** Thrown by `parseCaseFileOrThrow` and by `timeline()` on a case file that was never parsed; carries the issues. */
export class CaseFileError extends Error {
  override readonly name = "CaseFileError";
  constructor(readonly issues: readonly InputIssue[]) {
    super(issues.map((issue) => `${issue.path || "(root)"}: ${issue.message}`).join("\n"));
  }
}
