/**
 * Problems found in a case's history, each built from its code's entry in the catalogue
 * (`vocabulary/problems.ts`), which is re-exported here for the timeline's modules.
 *
 * @module
 */
import { PROBLEMS, type ProblemCode, type Severity } from "../vocabulary/problems";

export { PROBLEMS, type ProblemCode, type Severity };

/** One problem found in a case's history (case-file.md § Timeline). */
export interface Problem {
  readonly code: ProblemCode;
  readonly severity: Severity;
  /** The event it concerns, by id (the caller's, or `e<n>`). */
  readonly eventId: string | null;
  /** The deadline it concerns, by key, when there is one. */
  readonly key?: string;
  readonly message: string;
  /** The fact the message adds to its code's wording (a rule id, a date, the limits concerned), when there is one. */
  readonly detail?: string;
}

/** Builds a problem with its severity and message. `detail` adds a fact (a rule id, a date). */
export function problem(code: ProblemCode, eventId: string | null, detail?: string, key?: string): Problem {
  const [severity, message] = PROBLEMS[code];
  // Written out, not spread: problems are made on the hot path; keys in the documented order.
  if (detail === undefined) return key === undefined ? { code, severity, eventId, message } : { code, severity, eventId, key, message };
  const full = `${message} (${detail})`;
  return key === undefined ? { code, severity, eventId, message: full, detail } : { code, severity, eventId, key, message: full, detail };
}

/** The severity of a problem code. */
export function severityOf(code: ProblemCode): Severity {
  return PROBLEMS[code][0];
}
