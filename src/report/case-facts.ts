/**
 * What one case contributes to the timeliness report (rules.md § 10): dated acts and whether
 * each was in time. Facts hold no identifiers, so a report built from them names no one.
 *
 * @module
 */
import { civilDate } from "../dates/civil-date";
import type { Deadline, Timeline } from "../timeline/types";

/** An act done, and whether it was done within the statutory limit. */
export interface TimedAct {
  readonly doneOn: string;
  readonly inTime: boolean;
}

/** A final EHC plan issued after a request for assessment. */
export interface PlanFact extends TimedAct {
  /** Calendar days from the request (the final-plan limit's anchor) to the final plan. */
  readonly daysToIssue: number;
  /** Whether a 20-week exception applies to the plan (SEN2's flag; see {@link isExceptionCase}). */
  readonly exceptionCase: boolean;
}

/** A limit judged by its due date (phase transfers): done by it or not. */
export interface DueAct {
  readonly due: string;
  readonly met: boolean;
}

/** Everything one case contributes to the report, not yet filtered to a period. */
export interface CaseTimelinessFacts {
  /** Days requests for an EHC needs assessment were received. */
  readonly requests: readonly string[];
  readonly assessmentDecisions: readonly TimedAct[];
  readonly plans: readonly PlanFact[];
  readonly reviewDecisions: readonly TimedAct[];
  readonly phaseTransferReviews: readonly DueAct[];
  /** Whether the timeline has a problem of severity `error`. */
  readonly hasErrors: boolean;
}

/**
 * The last day of the statutory limit. Under the `pause` reading the engine moved `due` on by
 * the exception days; SEN2 measures against the statutory limit, so that move is undone.
 */
function statutoryDueDay(d: Deadline): number | null {
  if (d.due === null) return null;
  const moved = d.exception?.reading === "pause" ? d.exception.daysCovered : 0;
  return civilDate(d.due) - moved;
}

function timedAct(d: Deadline & { doneOn: string }): TimedAct {
  const due = statutoryDueDay(d);
  return { doneOn: d.doneOn, inTime: due === null || civilDate(d.doneOn) <= due };
}

const isDone = (d: Deadline): d is Deadline & { doneOn: string } => d.doneOn !== null && d.status !== "not-applicable";

/**
 * Whether a plan is an exception case for SEN2: a 20-week exception applies to it. The engine
 * shows every exception that fits a limit in `exception`, also on a limit met on time (where
 * it changes nothing else); claims it rejects (wrong ground, dates that do not fit) never do.
 */
export function isExceptionCase(finalPlan: Deadline): boolean {
  return finalPlan.exception !== null;
}

/**
 * The facts of one case for the timeliness report. Only first plans count (rule `final-plan`,
 * as SEN2 counts new EHC plans); deadlines that are `not-applicable` never count.
 *
 * @example
 * const result = timeline(caseFile, { asOf: "2025-04-01" });
 * caseTimelinessFacts(result).plans; // [{ doneOn: "2025-01-20", inTime: true, daysToIssue: 138, exceptionCase: false }]
 */
export function caseTimelinessFacts(result: Timeline): CaseTimelinessFacts {
  const requests: string[] = [];
  const assessmentDecisions: TimedAct[] = [];
  const plans: PlanFact[] = [];
  const reviewDecisions: TimedAct[] = [];
  const phaseTransferReviews: DueAct[] = [];
  for (const d of result.deadlines) {
    if (d.status === "not-applicable") continue;
    switch (d.rule) {
      case "assessment-decision":
        // Every request the engine accepted opens exactly one decision limit.
        requests.push(d.anchor.date);
        if (isDone(d)) assessmentDecisions.push(timedAct(d));
        break;
      case "final-plan":
        if (isDone(d)) {
          plans.push({
            ...timedAct(d),
            daysToIssue: civilDate(d.doneOn) - civilDate(d.anchor.date),
            exceptionCase: isExceptionCase(d),
          });
        }
        break;
      case "review-decision":
        if (isDone(d)) reviewDecisions.push(timedAct(d));
        break;
      case "phase-transfer-review":
        if (d.due !== null) phaseTransferReviews.push({ due: d.due, met: d.status === "met" });
        break;
    }
  }
  const hasErrors = result.problems.some((p) => p.severity === "error");
  return { requests, assessmentDecisions, plans, reviewDecisions, phaseTransferReviews, hasErrors };
}
