/**
 * How a recorded exception meets a limit (counting.md § "How an exception meets a limit"): it
 * applies only where its ground can apply to that limit, its dates fit what the ground
 * requires, and at least one of its days falls inside the limit's period.
 *
 * @module
 */
import { type DayNumber, civilDate } from "../dates/civil-date";
import { type Closure, type DayRange, closureAdviceWindow, intersectRanges, isLongClosure, rangeLength } from "../dates/closures";
import { publicIdOf } from "../law/catalogue";
import { CORONAVIRUS_PERIOD, GROUNDS } from "../law/exception-grounds";
import type { Readings } from "../law/readings";
import type { ExceptionProvision, Rule } from "../law/types";
import type { CaseEventOf } from "../process/events";
import type { ProblemCode } from "./problems";

/** An `exception-recorded` event, with its days resolved. */
export interface ExceptionClaim {
  readonly event: CaseEventOf<"exception-recorded">;
  /**
   * The days claimed: an open-ended claim runs to the as-of date, but no claim runs outside the
   * days its ground existed (a `coronavirus` claim that reaches into 1 May–25 Sep 2020 keeps
   * only its days in that period, SI 2020/471).
   */
  readonly days: DayRange;
  /** Whether no end was recorded and the claim runs to the as-of date. */
  readonly openEnded: boolean;
  /**
   * Whether recorded days were left out because they fall outside the ground's period: a start
   * before its first day, or a recorded `to` after its last (a warning). An open end that
   * stops on the last day is not counted here: nothing recorded was left out.
   */
  readonly cutShort: boolean;
}

/** A request for advice, for checking closure claims. */
export interface AdviceRequestFact {
  readonly adviceId: string;
  /** Who was asked (`education` for a school's or setting's head). */
  readonly from: string;
  readonly setting?: string;
  readonly day: DayNumber;
}

/** What a claim is checked against besides the limit. */
export interface ExceptionFacts {
  readonly closures: readonly Closure[];
  readonly adviceRequests: readonly AdviceRequestFact[];
}

/** The limit a claim is checked against. */
export interface LimitPeriod {
  readonly rule: Rule;
  readonly adviceId?: string;
  /** The period: after the anchor, up to and including the due date. */
  readonly period: DayRange;
  readonly barredBecause?: string;
}

/** The outcome of checking one claim against one limit. */
export type ClaimOutcome =
  | { readonly kind: "irrelevant" }
  | { readonly kind: "rejected"; readonly code: ProblemCode; readonly detail?: string }
  | { readonly kind: "applies"; readonly provision: ExceptionProvision; readonly covered: DayRange };

const CORONAVIRUS_FIRST_DAY = civilDate(CORONAVIRUS_PERIOD.from);
const CORONAVIRUS_LAST_DAY = civilDate(CORONAVIRUS_PERIOD.to);

/**
 * The resolved days of a claim, or `null` when it ends before it starts. A `coronavirus` claim
 * with days both inside and outside 1 May–25 Sep 2020 keeps only its days inside (SI 2020/471;
 * rules.md § 8): one starting before 1 May 2020 starts on 1 May, one that runs to the as-of date
 * or to a recorded day after 25 Sep 2020 stops on 25 Sep, so its answer does not change once
 * the as-of date passes 25 Sep 2020. A claim with no day in the period is left as recorded, to
 * be rejected.
 */
export function claimDays(event: CaseEventOf<"exception-recorded">, asOf: DayNumber): ExceptionClaim | null {
  const recordedFirst = civilDate(event.recorded.from);
  const recordedLast = event.recorded.to === undefined ? Math.max(asOf, recordedFirst) : civilDate(event.recorded.to);
  if (recordedLast < recordedFirst) return null;
  const trims = GROUNDS[event.recorded.ground].check === "coronavirus-window" && recordedFirst <= CORONAVIRUS_LAST_DAY && recordedLast >= CORONAVIRUS_FIRST_DAY;
  const first = trims ? Math.max(recordedFirst, CORONAVIRUS_FIRST_DAY) : recordedFirst;
  const last = trims ? Math.min(recordedLast, CORONAVIRUS_LAST_DAY) : recordedLast;
  return {
    event,
    days: { first, last },
    openEnded: event.recorded.to === undefined && last === recordedLast,
    cutShort: first !== recordedFirst || (event.recorded.to !== undefined && last !== recordedLast),
  };
}

/**
 * What a claim cut short was recorded as, for its `exception-coronavirus-cut-short` warning:
 * `recorded from 2020-04-20 to 2020-10-31`, or `recorded from 2020-04-20` with no end.
 */
export function cutShortDetail(claim: ExceptionClaim): string {
  const { from, to } = claim.event.recorded;
  return to === undefined ? `recorded from ${from}` : `recorded from ${from} to ${to}`;
}

/** Whether the claim names this limit, or leaves it to the ground's default. */
function targets(claim: ExceptionClaim, limit: LimitPeriod): "named" | "default" | false {
  const appliesTo = claim.event.recorded.appliesTo;
  if (claim.event.recorded.adviceId !== undefined && limit.adviceId !== undefined && claim.event.recorded.adviceId !== limit.adviceId) return false;
  if (appliesTo === undefined) return "default";
  return appliesTo.includes(publicIdOf(limit.rule)) ? "named" : false;
}

function closureFits(claim: ExceptionClaim, facts: ExceptionFacts): boolean {
  const requests = facts.adviceRequests.filter((r) => claim.event.recorded.adviceId === undefined || r.adviceId === claim.event.recorded.adviceId);
  return facts.closures.some(
    (closure) =>
      isLongClosure(closure) &&
      requests.some((request) => {
        // Regs 5(4)(a)–(b): the advice asked of that school's head or that provider, so a request
        // naming its setting, or one to education with no setting named.
        if (request.setting === undefined ? request.from !== "education" : request.setting !== closure.setting) return false;
        const window = closureAdviceWindow(closure);
        return request.day >= window.first && request.day <= window.last;
      }),
  );
}

/**
 * What is wrong with a claim under its ground's own test, or `null`. A switch, exhaustive by
 * the test: it runs for every claim against every limit (docs/performance.md: no closure a call).
 */
function groundProblem(
  claim: ExceptionClaim,
  provision: ExceptionProvision,
  covered: DayRange,
  facts: ExceptionFacts,
  absenceWithin: Readings["absenceWithin"],
): { readonly code: ProblemCode; readonly detail?: string } | null {
  const check = GROUNDS[claim.event.recorded.ground].check;
  switch (check) {
    case "absence": {
      // Reading absenceWithin: `inside` counts only the days within the period; `overlap`, the whole absence.
      const needed = provision.minimumDays ?? 0;
      const counted = absenceWithin === "inside" ? rangeLength(covered) : rangeLength(claim.days);
      return counted >= needed ? null : { code: "exception-absence-too-short", detail: `${counted} of the ${needed} days needed` };
    }
    case "closure":
      return closureFits(claim, facts) ? null : { code: "exception-closure-not-found" };
    case "coronavirus-window":
      return claim.days.first >= CORONAVIRUS_FIRST_DAY && claim.days.last <= CORONAVIRUS_LAST_DAY ? null : { code: "exception-coronavirus-outside-period" };
    case "none":
    case "not-checkable":
      return null;
    default:
      return check satisfies never;
  }
}

/** The rule's provision for a ground, if it has one: a loop, as it runs for every claim against every limit. */
function provisionFor(rule: Rule, ground: string): ExceptionProvision | undefined {
  for (const provision of rule.exceptions) if (provision.ground === ground) return provision;
  return undefined;
}

/** Checks one claim against one limit. */
export function checkClaim(claim: ExceptionClaim, limit: LimitPeriod, facts: ExceptionFacts, absenceWithin: Readings["absenceWithin"]): ClaimOutcome {
  const target = targets(claim, limit);
  if (target === false) return { kind: "irrelevant" };
  const provision = provisionFor(limit.rule, claim.event.recorded.ground);
  if (provision === undefined) {
    return target === "named"
      ? // The detail names the provision that sets the limit, which gives no such ground (a coronavirus claim: SI 2020/471 did not relax it).
        { kind: "rejected", code: "exception-ground-not-applicable", detail: `${claim.event.recorded.ground} for ${publicIdOf(limit.rule)} (${limit.rule.citation})` }
      : { kind: "irrelevant" };
  }
  const covered = intersectRanges(claim.days, limit.period);
  if (covered === null) return { kind: "irrelevant" };
  // Regs 4(1) has no ordinary exceptions; only the temporary coronavirus one (reg 4(3), SI 2020/471).
  if (limit.barredBecause !== undefined && claim.event.recorded.ground !== "coronavirus") {
    return { kind: "rejected", code: "exception-not-available", detail: limit.barredBecause };
  }
  const problem = groundProblem(claim, provision, covered, facts, absenceWithin);
  if (problem !== null) return { kind: "rejected", ...problem };
  return { kind: "applies", provision, covered };
}
