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
  /** Another event the problem refers to (the decision, the request that started the process), by id. */
  readonly relatedEventId?: string;
  /** The deadline it concerns, by key, when there is one. */
  readonly key?: string;
  /** Its code's fixed wording: never anything the caller wrote (ids and keys are in the fields above). */
  readonly message: string;
  /** A fact in the engine's own words and numbers (a rule id, a date, a count), when there is one: never the caller's text. */
  readonly detail?: string;
}

/**
 * Builds a problem with its severity and its code's fixed message. `detail` adds a fact in the
 * engine's own words (a rule id, a date); `relatedEventId` names another event by id.
 */
export function problem(code: ProblemCode, eventId: string | null, detail?: string, key?: string, relatedEventId?: string): Problem {
  const [severity, message] = PROBLEMS[code];
  // Written out, not spread: problems are made on the hot path; keys in the documented order.
  if (relatedEventId !== undefined) {
    return { code, severity, eventId, relatedEventId, ...(key === undefined ? {} : { key }), message, ...(detail === undefined ? {} : { detail }) };
  }
  if (detail === undefined) return key === undefined ? { code, severity, eventId, message } : { code, severity, eventId, key, message };
  return key === undefined ? { code, severity, eventId, message, detail } : { code, severity, eventId, key, message, detail };
}

/** The severity of a problem code. */
export function severityOf(code: ProblemCode): Severity {
  return PROBLEMS[code][0];
}
