// Builders for the disagreement-resolution tests (rules.md §§ 6–7). Inputs only: every expected
// date is worked out by hand in the test that uses it.
import { expect } from "vitest";
import type { Deadline, Timeline } from "../../src/index";
import { compute } from "../timeline/support";

/** An event as a caller writes it in a case file. */
export interface Ev {
  readonly type: string;
  readonly date: string;
  readonly id?: string;
  readonly [field: string]: unknown;
}

/** Computes a case (parsed under the public schema, and checked by `everyEventAccountedFor`). */
export function run(events: readonly Ev[], asOf: string, options?: Record<string, unknown>): Timeline {
  return compute({ caseId: "T-DISPUTE", child: { dateOfBirth: "2012-06-15" }, events, ...(options === undefined ? {} : { options }) }, asOf);
}

/** A request on `request` and a decision not to assess on `decision` (appealable: CFA s.51(2)(a)). */
export const refusedAssessment = (request: string, decision: string): Ev[] => [
  { id: "req", type: "assessment-requested", date: request, by: "parent" },
  { id: "no", type: "assessment-decision", date: decision, outcome: "not-assess" },
];

/** A request, a decision to assess, and a decision after assessing not to make a plan (CFA s.51(2)(b)). */
export const refusedPlan = (request: string, decision: string, refusal: string): Ev[] => [
  { id: "req", type: "assessment-requested", date: request, by: "parent" },
  { id: "yes", type: "assessment-decision", date: decision, outcome: "assess" },
  { id: "np", type: "plan-decision", date: refusal, outcome: "not-issue" },
];

/** The deadline with this key; fails with the keys present when there is none. */
export function deadline(t: Timeline, key: string): Deadline {
  const found = t.deadlines.find((d) => d.key === key);
  if (found === undefined) expect.fail(`no deadline ${key}; the timeline has: ${t.deadlines.map((d) => d.key).join(", ")}`);
  return found;
}

/** The keys of a rule's deadlines. */
export const keysOf = (t: Timeline, rule: string): string[] => t.deadlines.filter((d) => d.rule === rule).map((d) => d.key);

/** The problem codes of a timeline. */
export const codes = (t: Timeline): string[] => t.problems.map((p) => p.code);
