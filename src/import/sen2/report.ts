/**
 * The SEN2 section of the timeliness report, from imported cases (their `sen2` facts and
 * timelines): the 20-week figures as the DfE publishes them, and what no return measures
 * (annual reviews on time, phase-transfer reviews by their deadline). Plus, for each case, the
 * list of what it contributes and the working, so every figure can be traced to its cases.
 *
 * @module
 */
import type { Timeline } from "../../timeline/types";
import { civilDate } from "../../dates/civil-date";
import type { Sen2CaseFacts } from "./map";

/** 20 weeks in calendar days: DfE counts a plan issued at most 140 days after the request as in time. */
export const TWENTY_WEEKS_DAYS = 140;

/** A proportion, as in the main report. */
export interface Sen2Ratio {
  readonly numerator: number;
  readonly denominator: number;
  readonly percent: number | null;
}

/** The SEN2 figures for a period (docs/sen2.md § The report). */
export interface Sen2Figures {
  /** Imported cases read (lines with a `sen2` key). */
  readonly cases: number;
  /** New plans started in the period after an assessment (`AssessmentOutcome` Y), before the dispute filter. */
  readonly newPlans: number;
  /** Of those, left out because a mediation or tribunal flag is set (DfE: "where no mediation or tribunal has taken place"). */
  readonly disputedPlans: number;
  /** Of those, left out because the request date is not in the return. */
  readonly plansWithoutRequestDate: number;
  readonly within20WeeksIncludingExceptions: Sen2Ratio;
  /** Plans with `Week20` = 1 dropped from both numerator and denominator. */
  readonly within20WeeksExcludingExceptions: Sen2Ratio;
  readonly week20ExceptionPlans: number;
  /** Annual reviews (the timeline's `annual-review` limits) due in the period: done by the due date. */
  readonly annualReviewsOnTime: Sen2Ratio;
  /** Of those due in the period, not done at the as-of date. */
  readonly annualReviewsOverdue: number;
  /** Phase-transfer reviews (SEN2 2025+) due in the period: final plan by the due date. */
  readonly phaseTransfersByDueDate: Sen2Ratio;
}

/** What one plan contributes to the 20-week figures, and why. */
export interface Sen2PlanListing {
  readonly chain: string;
  readonly received: string | null;
  readonly issued: string;
  readonly days: number | null;
  readonly within20Weeks: boolean | null;
  readonly week20: boolean;
  /** `counted`, or why the plan is left out of DfE's figures. */
  readonly counted: "counted" | "disputed" | "no-request-date";
  readonly working: string;
}

/** What one case contributes to the SEN2 section for a period. */
export interface Sen2CaseListing {
  readonly caseId: string;
  readonly plans: readonly Sen2PlanListing[];
  readonly annualReviews: readonly {
    readonly key: string;
    readonly due: string;
    readonly status: string;
    readonly doneOn: string | null;
    readonly working: readonly string[];
  }[];
  readonly phaseTransfers: readonly { readonly chain: string; readonly due: string; readonly final: string | null; readonly met: boolean }[];
  /** The importer's problems on the case, by code. */
  readonly importProblems: Readonly<Record<string, number>>;
}

function ratio(numerator: number, denominator: number): Sen2Ratio {
  return { numerator, denominator, percent: denominator === 0 ? null : Math.round((numerator * 1000) / denominator) / 10 };
}

/**
 * The listing of one case for a period: its new plans, annual reviews and phase transfers in
 * the period, with the working. `null` when nothing of the case falls in the period.
 */
export function sen2CaseListing(caseId: string, facts: Sen2CaseFacts, result: Timeline, from: string, to: string): Sen2CaseListing | null {
  const inPeriod = (date: string): boolean => date >= from && date <= to;
  const plans: Sen2PlanListing[] = [];
  const phaseTransfers: Sen2CaseListing["phaseTransfers"][number][] = [];
  for (const c of facts.chains) {
    if (c.assessmentOutcome === "Y" && c.planStart !== undefined && inPeriod(c.planStart)) {
      const week20 = c.week20 === true;
      if (c.received === undefined) {
        plans.push({
          chain: c.chain,
          received: null,
          issued: c.planStart,
          days: null,
          within20Weeks: null,
          week20,
          counted: "no-request-date",
          working: `plan started ${c.planStart}; the request date is not in the return, so the plan cannot be measured`,
        });
      } else {
        const days = civilDate(c.planStart) - civilDate(c.received);
        const within = days <= TWENTY_WEEKS_DAYS;
        const counted = c.disputed ? "disputed" : "counted";
        const working =
          `request received ${c.received}, plan started ${c.planStart}: ${days} days, ${within ? "within" : "more than"} 20 weeks (${TWENTY_WEEKS_DAYS} days)` +
          (week20 ? "; Week20 = 1: left out of the figure excluding exceptions" : "") +
          (c.disputed ? "; a mediation or tribunal flag is set: left out of both figures" : "");
        plans.push({ chain: c.chain, received: c.received, issued: c.planStart, days, within20Weeks: within, week20, counted, working });
      }
    }
    for (const p of c.phaseTransfers) {
      if (inPeriod(p.due)) phaseTransfers.push({ chain: c.chain, due: p.due, final: p.final ?? null, met: p.final !== undefined && p.final <= p.due });
    }
  }
  const annualReviews = result.deadlines
    .filter((d) => d.rule === "annual-review" && d.due !== null && inPeriod(d.due))
    .map((d) => ({ key: d.key, due: d.due ?? "", status: d.status, doneOn: d.doneOn, working: d.explanation }));
  const importProblems: Record<string, number> = {};
  for (const p of facts.problems) importProblems[p.code] = (importProblems[p.code] ?? 0) + 1;
  if (plans.length === 0 && annualReviews.length === 0 && phaseTransfers.length === 0) return null;
  return { caseId, plans, annualReviews, phaseTransfers, importProblems };
}

/** Counters over imported cases for a period: constant memory. */
export class Sen2Tally {
  private readonly n = {
    cases: 0,
    newPlans: 0,
    disputed: 0,
    noRequestDate: 0,
    counted: 0,
    countedWithin: 0,
    week20: 0,
    week20Within: 0,
    reviews: 0,
    reviewsOnTime: 0,
    reviewsOverdue: 0,
    transfers: 0,
    transfersMet: 0,
  };

  constructor(private readonly period: { readonly from: string; readonly to: string }) {}

  /** Counts one imported case; returns its listing (or `null` when nothing falls in the period). */
  add(caseId: string, facts: Sen2CaseFacts, result: Timeline): Sen2CaseListing | null {
    const n = this.n;
    n.cases += 1;
    const listing = sen2CaseListing(caseId, facts, result, this.period.from, this.period.to);
    if (listing === null) return null;
    for (const plan of listing.plans) {
      n.newPlans += 1;
      if (plan.counted === "disputed") n.disputed += 1;
      else if (plan.counted === "no-request-date") n.noRequestDate += 1;
      else {
        n.counted += 1;
        if (plan.within20Weeks === true) n.countedWithin += 1;
        if (plan.week20) {
          n.week20 += 1;
          if (plan.within20Weeks === true) n.week20Within += 1;
        }
      }
    }
    for (const review of listing.annualReviews) {
      n.reviews += 1;
      if (review.status === "met") n.reviewsOnTime += 1;
      else if (review.status === "overdue") n.reviewsOverdue += 1;
    }
    for (const transfer of listing.phaseTransfers) {
      n.transfers += 1;
      if (transfer.met) n.transfersMet += 1;
    }
    return listing;
  }

  /** The figures so far. */
  figures(): Sen2Figures {
    const n = this.n;
    return {
      cases: n.cases,
      newPlans: n.newPlans,
      disputedPlans: n.disputed,
      plansWithoutRequestDate: n.noRequestDate,
      within20WeeksIncludingExceptions: ratio(n.countedWithin, n.counted),
      within20WeeksExcludingExceptions: ratio(n.countedWithin - n.week20Within, n.counted - n.week20),
      week20ExceptionPlans: n.week20,
      annualReviewsOnTime: ratio(n.reviewsOnTime, n.reviews),
      annualReviewsOverdue: n.reviewsOverdue,
      phaseTransfersByDueDate: ratio(n.transfersMet, n.transfers),
    };
  }
}
