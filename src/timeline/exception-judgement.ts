/**
 * What the recorded exceptions do to one limit (counting.md § "How an exception meets a limit"),
 * as data: the days they cover, the claims used, and the problems found. The working's lines
 * are written from it by `explanation.ts`.
 *
 * @module
 */
import type { DayRange } from "../dates/closures";
import { NONE } from "../internal/speed";
import { GROUNDS } from "../law/exception-grounds";
import type { Readings } from "../law/readings";
import { type ClaimOutcome, type ExceptionClaim, type ExceptionFacts, checkClaim } from "./exceptions";
import { type Problem, problem } from "./problems";
import type { Instance } from "./registry";

/** A claim the working names: one that fits the limit, or one that does not fit a limit met anyway. */
export interface NotedClaim {
  readonly claim: ExceptionClaim;
  readonly outcome: Exclude<ClaimOutcome, { readonly kind: "irrelevant" }>;
}

/** What the recorded exceptions did to one limit. */
export interface ExceptionJudgement {
  readonly usedClaims: readonly string[];
  readonly covered: readonly DayRange[];
  /** The claims the working names, in the order they were recorded. */
  readonly noted: readonly NotedClaim[];
  /** Each once, in the order first met (a list: a limit meets one claim or two). */
  readonly grounds: readonly string[];
  readonly citations: readonly string[];
  readonly problems: readonly Problem[];
}

/** The judgement of every limit no claim was checked against (most of them), shared (docs/performance.md: frozen empties). */
export const NO_JUDGEMENT: ExceptionJudgement = Object.freeze({ usedClaims: NONE, covered: NONE, noted: NONE, grounds: NONE, citations: NONE, problems: NONE });

/**
 * Checks every exception claim against one limit (counting.md): only claims that fit apply. A
 * limit met on time is met whatever exceptions exist, so claims against it are noted, not judged.
 */
export function judgeClaims(
  instance: Instance,
  period: DayRange,
  metAnyway: boolean,
  claims: readonly ExceptionClaim[],
  facts: ExceptionFacts,
  absenceWithin: Readings["absenceWithin"],
): ExceptionJudgement {
  const judged = {
    usedClaims: [] as string[],
    covered: [] as DayRange[],
    noted: [] as NotedClaim[],
    grounds: [] as string[],
    citations: [] as string[],
    problems: [] as Problem[],
  };
  const limit = {
    rule: instance.rule,
    period,
    ...(instance.adviceId === undefined ? {} : { adviceId: instance.adviceId }),
    ...(instance.exceptionsBarredBecause === undefined ? {} : { barredBecause: instance.exceptionsBarredBecause }),
  };
  for (const claim of claims) {
    const outcome = checkClaim(claim, limit, facts, absenceWithin);
    const { eventId } = claim.event;
    if (outcome.kind === "irrelevant") continue;
    if (outcome.kind === "rejected") {
      // A claim that could never apply is wrong whatever happened; one whose dates do not
      // fit matters only to a limit that was missed.
      if (!metAnyway || outcome.code === "exception-ground-not-applicable" || outcome.code === "exception-not-available") {
        judged.problems.push(problem(outcome.code, eventId, outcome.detail, instance.key));
      } else {
        judged.usedClaims.push(eventId);
        judged.noted.push({ claim, outcome });
      }
    } else {
      judged.usedClaims.push(eventId);
      judged.covered.push(outcome.covered);
      addOnce(judged.grounds, claim.event.recorded.ground);
      addOnce(judged.citations, outcome.provision.citation);
      judged.noted.push({ claim, outcome });
      // A claim whose ground was not recorded is applied as the record says, and flagged: nothing about it could be checked.
      if (GROUNDS[claim.event.recorded.ground].check === "not-checkable") judged.problems.push(problem("exception-ground-not-recorded", eventId, undefined, instance.key));
    }
  }
  return judged;
}

/** Adds a value to a short list unless it is there already. */
function addOnce(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

/** Whether an absence claim was judged against the limit, applied or not: its answer then depends on reading absenceWithin. */
export function judgedAnAbsence(judgement: ExceptionJudgement): boolean {
  if (judgement.noted.length === 0 && judgement.problems.length === 0) return false;
  for (const { claim } of judgement.noted) if (GROUNDS[claim.event.recorded.ground].check === "absence") return true;
  for (const p of judgement.problems) if (p.code === "exception-absence-too-short") return true;
  return false;
}
