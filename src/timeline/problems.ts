/**
 * Problems found in a case's history: every code, its severity and its message, in one place.
 * Messages name events by id and rules by id, never anything personal.
 *
 * @module
 */

/** Whether the history is wrong (`error`) or only doubtful or incomplete (`warning`). */
export type Severity = "error" | "warning";

/** Every problem code with its severity and message. */
export const PROBLEMS = {
  "unknown-event-type": ["warning", "this event type is not known to the engine; the event was not used"],
  "invalid-event-date": ["error", "the event has no valid date; it was not used"],
  "duplicate-event": ["warning", "an identical event was recorded earlier; this one was not used again"],
  "event-after-as-of": ["warning", "the event is dated after the as-of date"],
  "event-before-request": ["error", "the event is dated before the request for assessment it belongs to; it was not used"],
  "no-request": ["error", "the event needs a request for an EHC needs assessment before it, and there is none; it was not used"],
  "request-during-process": ["warning", "a request was recorded while an assessment process was already under way; it was not treated as a new request"],
  "request-with-plan": ["warning", "a request for assessment was recorded while a plan is maintained; record a reassessment-requested event instead; it was not used"],
  "second-assessment-decision": ["error", "the LA's decision whether to assess was already recorded for this request; this one was not used"],
  "decision-not-recorded": ["warning", "no decision whether to assess was recorded before this event; the engine assumes the LA decided to assess"],
  "not-assessing": ["error", "the LA decided not to assess, so this event cannot follow in the same process; it was not used"],
  "second-plan-decision": ["error", "the decision whether to issue a plan was already recorded; this one was not used"],
  "not-issuing": ["error", "the LA decided not to issue a plan, so this event cannot follow in the same process; it was not used"],
  "final-before-draft": ["error", "a final plan was issued with no draft plan before it"],
  "draft-after-final": ["error", "the event belongs before the final plan but is dated after it; it was not used"],
  "final-before-window-closed": ["error", "the plan was finalised before the 15-day window for comments on the draft had closed (Regs 13(1)(a))"],
  "advice-already-requested": ["warning", "advice with this adviceId was already requested and is still awaited; this request was not used"],
  "advice-not-requested": ["error", "advice was recorded as received, but no request for advice with this adviceId is open; it was not used"],
  "institution-not-consulted": ["error", "a response was recorded from a school or college that was not consulted (no open consultation with this institutionId); it was not used"],
  "institution-already-consulted": ["warning", "this school or college was already consulted and has not replied; this consultation was not used"],
  "no-draft": ["error", "the event needs a draft plan before it, and there is none open; it was not used"],
  "exception-ground-not-applicable": ["error", "the exception's ground cannot apply to this limit; it was not applied"],
  "exception-not-available": ["error", "the law gives no exception for this limit here; it was not applied"],
  "exception-absence-too-short": ["error", "the absence recorded is shorter than the ground requires within the limit's period; it was not applied"],
  "exception-closure-not-found": ["error", "no closure of at least 4 continuous weeks in calendar.closures fits a request for advice from that setting; it was not applied"],
  "exception-coronavirus-outside-period": ["error", "a coronavirus exception may only cover days from 2020-05-01 to 2020-09-25; it was not applied"],
  "exception-dates-reversed": ["error", "the exception ends before it starts; it was not applied"],
  "exception-unknown-rule": ["error", "appliesTo names a rule id the engine does not know"],
  "exception-not-used": ["warning", "the exception did not fall within the period of any limit it can apply to; it changed nothing"],
  "rule-not-in-force": ["error", "the rule was not in force on the date its period would run from (the SEND Regulations 2014 apply from 2014-09-01)"],
  "outside-holiday-table": ["warning", "a working-day count reaches a year beyond the bundled bank-holiday table (2014–2035); add the holidays in calendar.holidays"],
  "event-not-modelled": ["warning", "the engine does not compute deadlines from this event type yet; it was kept but not used"],
} as const satisfies Record<string, readonly [Severity, string]>;

/** A stable problem code. */
export type ProblemCode = keyof typeof PROBLEMS;

/** One problem found in a case's history (case-file.md § Timeline). */
export interface Problem {
  readonly code: ProblemCode;
  readonly severity: Severity;
  /** The event it concerns, by id (the caller's, or `e<n>`). */
  readonly eventId: string | null;
  /** The deadline it concerns, by key, when there is one. */
  readonly key?: string;
  readonly message: string;
}

/** Builds a problem with its severity and message. `detail` adds a fact (a rule id, a date). */
export function problem(code: ProblemCode, eventId: string | null, detail?: string, key?: string): Problem {
  const [severity, message] = PROBLEMS[code];
  return {
    code,
    severity,
    eventId,
    ...(key === undefined ? {} : { key }),
    message: detail === undefined ? message : `${message} (${detail})`,
  };
}

/** The severity of a problem code. */
export function severityOf(code: ProblemCode): Severity {
  return PROBLEMS[code][0];
}
