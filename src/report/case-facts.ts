/**
 * What one case contributes to the timeliness report (rules.md § 10): dated acts and whether
 * each was in time. Facts hold no identifiers, so a report built from them names no one.
 *
 * @module
 */
import { civilDate } from "../dates/civil-date";
import { RULES, publicIdOf } from "../law/catalogue";
import { type Lifecycle, lifecycleOf } from "../process/lifecycle";
import type { Deadline, Timeline } from "../timeline/types";

/** An act done, and whether it was done within the statutory limit. */
export interface TimedAct {
  readonly doneOn: string;
  readonly inTime: boolean;
}

/**
 * A first EHC plan issued after a request for assessment: under the `final-plan` limit, or
 * after a Tribunal order, an unopposed appeal or a mediation agreement that followed a refusal
 * (to make the plan, or to reconsider making one), measured from the request (docs/reports.md).
 */
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

/** The public ids of the rules whose lifecycle (the wiring table) answers `test`. */
const publicIdsWhere = (test: (lifecycle: Lifecycle) => boolean): ReadonlySet<string> => new Set(RULES.filter((rule) => test(lifecycleOf(rule))).map(publicIdOf));
const metWhilePendingBy = (lifecycle: Lifecycle, type: string): boolean => lifecycle.meets.some((act) => act.on === type && act.by === "pending");

/**
 * Limits met by sending a plan the Tribunal (or the LA's concession, or a mediation agreement)
 * required: the order limits a final plan meets while they are pending.
 */
export const ORDERED_PLAN_RULES = publicIdsWhere((lifecycle) => metWhilePendingBy(lifecycle, "final-plan-issued"));
/**
 * Limits opened by an order (or agreement) that sends a refusal to make a plan back to the LA
 * to reconsider (`refer-back`): met by a draft or by a notice that no plan will be made, so no
 * limit of the order is met by the plan that may follow.
 */
export const REFERRED_BACK_RULES = publicIdsWhere((lifecycle) => metWhilePendingBy(lifecycle, "draft-plan-issued") && metWhilePendingBy(lifecycle, "plan-decision"));
/**
 * Limits that show a plan already maintained: opened only by a reassessment or a transfer in
 * (Regs 24-27, Regs 15), so a plan after them is not a new one.
 */
export const PLAN_HELD_RULES = publicIdsWhere((lifecycle) =>
  lifecycle.opens.every((act) => act.on === "reassessment-requested" || act.on === "reassessment-decision" || act.on === "plan-transferred-in"),
);

/** A request the engine accepted, with the `final-plan` limit it opened (every request opens one). */
interface Request {
  readonly eventId: string;
  readonly day: number;
  readonly finalPlan: Deadline;
}

/** A final plan made after an order (or a concession, or an agreement), with the day of that order. */
interface OrderedPlan {
  readonly orderDay: number;
  readonly eventId: string;
  readonly doneOn: string;
}

/**
 * The final plans made after an order that gave the LA a limit for the plan (met by it), or
 * sent the case back to the LA (`order-reconsider`: the first `final-plan-issued` on or after
 * the order, as the deadlines it anchors show; a first plan always opens its review period).
 */
function plansAfterOrders(deadlines: readonly Deadline[]): OrderedPlan[] {
  const plans: OrderedPlan[] = [];
  const finalPlans = new Map<string, string>();
  for (const d of deadlines) if (d.anchor.event === "final-plan-issued") finalPlans.set(d.anchor.eventId, d.anchor.date);
  for (const d of deadlines) {
    if (ORDERED_PLAN_RULES.has(d.rule) && isDone(d) && d.doneBy !== null) {
      plans.push({ orderDay: civilDate(d.anchor.date), eventId: d.doneBy, doneOn: d.doneOn });
    } else if (REFERRED_BACK_RULES.has(d.rule)) {
      let first: { eventId: string; doneOn: string } | undefined;
      for (const [eventId, doneOn] of finalPlans) {
        if (doneOn >= d.anchor.date && (first === undefined || doneOn < first.doneOn)) first = { eventId, doneOn };
      }
      if (first !== undefined) plans.push({ orderDay: civilDate(d.anchor.date), ...first });
    }
  }
  return plans.sort((a, b) => (a.doneOn < b.doneOn ? -1 : a.doneOn > b.doneOn ? 1 : 0));
}

/**
 * First plans made after a Tribunal order, an unopposed appeal or a mediation agreement that
 * overturned a refusal to assess or to make a plan, or sent a refusal to make one back to the
 * LA. SEN2 counts them as new plans and measures them from the original request, as the
 * `final-plan` limit does (that limit is `not-applicable` in such a case but keeps its due
 * date). A plan counts against the latest request before the order, once per request, and not
 * when a later request came before the plan (the plan is that request's), when the plan was
 * already counted, or when a reassessment or a transfer in came between the request and the
 * plan (the plan then replaced one already maintained).
 */
function orderedFirstPlans(deadlines: readonly Deadline[], requests: readonly Request[], planned: Set<string>, counted: Set<string>): PlanFact[] {
  const planHeld = deadlines.filter((d) => PLAN_HELD_RULES.has(d.rule)).map((d) => civilDate(d.anchor.date));
  const plans: PlanFact[] = [];
  for (const made of plansAfterOrders(deadlines)) {
    if (counted.has(made.eventId)) continue;
    const doneDay = civilDate(made.doneOn);
    let request: Request | undefined;
    for (const r of requests) if (r.day <= made.orderDay && (request === undefined || r.day >= request.day)) request = r;
    if (request === undefined || planned.has(request.eventId)) continue;
    const from = request.day;
    if (requests.some((r) => r.day > made.orderDay && r.day <= doneDay)) continue;
    if (planHeld.some((day) => day >= from && day <= doneDay)) continue;
    planned.add(request.eventId);
    counted.add(made.eventId);
    plans.push({
      ...timedAct({ ...request.finalPlan, doneOn: made.doneOn }),
      daysToIssue: doneDay - from,
      exceptionCase: isExceptionCase(request.finalPlan),
    });
  }
  return plans;
}

/**
 * The facts of one case for the timeliness report. Only first plans count, as SEN2 counts new
 * EHC plans: the `final-plan` limit's, and a plan sent after a Tribunal order, an unopposed
 * appeal or a mediation agreement that overturned a refusal to assess or to make a plan, or
 * referred a refusal to make one back to the LA (measured from the original request).
 * Deadlines that are `not-applicable` never count.
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
  const requested: Request[] = [];
  const planned = new Set<string>();
  const counted = new Set<string>();
  // The final-plan limit of each request, also when it is not-applicable (a plan after an order is measured by it).
  const finalPlans = new Map<string, Deadline>();
  for (const d of result.deadlines) if (d.rule === "final-plan") finalPlans.set(d.anchor.eventId, d);
  for (const d of result.deadlines) {
    if (d.status === "not-applicable") continue;
    switch (d.rule) {
      case "assessment-decision": {
        // Every request the engine accepted opens exactly one decision limit, and a final-plan limit with it.
        requests.push(d.anchor.date);
        const finalPlan = finalPlans.get(d.anchor.eventId);
        if (finalPlan !== undefined) requested.push({ eventId: d.anchor.eventId, day: civilDate(d.anchor.date), finalPlan });
        if (isDone(d)) assessmentDecisions.push(timedAct(d));
        break;
      }
      case "final-plan":
        if (isDone(d)) {
          planned.add(d.anchor.eventId);
          if (d.doneBy !== null) counted.add(d.doneBy);
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
      default:
        // The SEN2 measures read these four limits only.
        break;
    }
  }
  plans.push(...orderedFirstPlans(result.deadlines, requested, planned, counted));
  const hasErrors = result.problems.some((p) => p.severity === "error");
  return { requests, assessmentDecisions, plans, reviewDecisions, phaseTransferReviews, hasErrors };
}
