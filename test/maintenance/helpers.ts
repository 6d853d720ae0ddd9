// Shared builders for the maintained-plan tests. Input only: no expected value is computed here.
import { expect } from "vitest";
import { type Deadline, type Timeline, parseCaseFileOrThrow, timeline } from "../../src/index";

/** An event as a caller writes it in a case file. */
export interface Ev {
  readonly type: string;
  readonly date: string;
  readonly id?: string;
  readonly [field: string]: unknown;
}

export interface CaseOptions {
  /** `null` leaves the date of birth out; default 2012-06-15 (not under 5, not 25, in the years used). */
  readonly dateOfBirth?: string | null;
  readonly options?: Record<string, unknown>;
}

/** Parses a case file (so every test input is valid under the public schema) and computes its timeline. */
export function run(events: readonly Ev[], asOf: string, extra: CaseOptions = {}): Timeline {
  const dateOfBirth = extra.dateOfBirth === undefined ? "2012-06-15" : extra.dateOfBirth;
  const caseFile = parseCaseFileOrThrow({
    caseId: "T-MAINT",
    ...(dateOfBirth === null ? {} : { child: { dateOfBirth } }),
    events,
    ...(extra.options === undefined ? {} : { options: extra.options }),
  });
  return timeline(caseFile, { asOf });
}

/** Plain UTC arithmetic on `YYYY-MM-DD`, for building inputs only. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The events of a first EHC needs assessment that ends with a final plan on `final`: request 18
 * weeks before, decision 4 weeks after the request, draft 3 weeks before the final plan (so the
 * 15-day window has closed and the 20 weeks are met). Event ids are `a-request` … `final`.
 */
export function assessmentEndingOn(final: string): Ev[] {
  const request = addDays(final, -126);
  return [
    { id: "a-request", type: "assessment-requested", date: request, by: "parent" },
    { id: "a-decision", type: "assessment-decision", date: addDays(request, 28), outcome: "assess" },
    { id: "a-draft", type: "draft-plan-issued", date: addDays(final, -21) },
    { id: "final", type: "final-plan-issued", date: final },
  ];
}

/** A meeting held and the LA's decision after it. */
export function review(meeting: string, decision: string, outcome: "maintain" | "amend" | "cease", prefix: string): Ev[] {
  return [
    { id: `${prefix}-meeting`, type: "review-meeting-held", date: meeting },
    { id: `${prefix}-decision`, type: "review-decision", date: decision, outcome },
  ];
}

/** The deadline with this key; fails the test with the keys present when there is none. */
export function deadline(t: Timeline, key: string): Deadline {
  const found = t.deadlines.find((d) => d.key === key);
  if (found === undefined) {
    expect.fail(`no deadline ${key}; the timeline has: ${t.deadlines.map((d) => d.key).join(", ")}`);
  }
  return found;
}

/** Every deadline of a rule. */
export const ofRule = (t: Timeline, rule: string): Deadline[] => t.deadlines.filter((d) => d.rule === rule);

/** The problem codes of a timeline. */
export const problemCodes = (t: Timeline): string[] => t.problems.map((p) => p.code);

/** The deadlines of a rule that are still to be done (pending or overdue). */
export const outstanding = (t: Timeline, rule: string): Deadline[] => ofRule(t, rule).filter((d) => d.status === "pending" || d.status === "overdue");
