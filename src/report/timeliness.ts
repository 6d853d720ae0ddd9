/**
 * The timeliness report: SEN2-style measures over a batch of cases for a period (rules.md
 * § 10). Only counts: no case id, date of birth or event reaches the report.
 *
 * @module
 */
import { ArgumentError } from "../vocabulary/argument-error";
import { parseCivilDate } from "../dates/civil-date";
import type { CaseFile } from "../schema/case-file";
import { timeline } from "../timeline/compute";
import { type CaseTimelinessFacts, caseTimelinessFacts } from "./case-facts";

/** The period reported on, both days included (`YYYY-MM-DD`). */
export interface ReportPeriod {
  readonly from: string;
  readonly to: string;
}

/** Options of {@link timelinessReport}. */
export interface TimelinessOptions extends ReportPeriod {
  /** The as-of date of the timelines; after `to`, so that every limit due in the period is judged. */
  readonly asOf: string;
}

/** A proportion; `percent` to one decimal, `null` when the denominator is 0. */
export interface Ratio {
  readonly numerator: number;
  readonly denominator: number;
  readonly percent: number | null;
}

/** The measures (docs/reports.md defines each). */
export interface TimelinessMeasures {
  /** Requests for an EHC needs assessment received in the period. */
  readonly requestsReceived: number;
  /** Decisions whether to assess made in the period, within 6 weeks of the request. */
  readonly assessmentDecisionsWithin6Weeks: Ratio;
  /** First EHC plans issued in the period. */
  readonly plansIssued: number;
  /** Of those, plans to which a 20-week exception applies. */
  readonly planExceptionCases: number;
  readonly plansWithin20WeeksIncludingExceptions: Ratio;
  /** Exception cases dropped from both numerator and denominator. */
  readonly plansWithin20WeeksExcludingExceptions: Ratio;
  /** Issued after the 20-week limit, at most 52 weeks after the request (all plans). */
  readonly plansAfter20WeeksWithin52: Ratio;
  /** Issued more than 52 weeks after the request (all plans). */
  readonly plansAfter52Weeks: Ratio;
  /** Mean weeks from request to final plan, one decimal; `null` when no plan was issued. */
  readonly meanWeeksToIssue: number | null;
  /** Decisions after a review meeting made in the period, within 4 weeks of the meeting. */
  readonly reviewDecisionsWithin4Weeks: Ratio;
  /** Phase-transfer reviews due in the period, done by their deadline. */
  readonly phaseTransferReviewsByDeadline: Ratio;
}

/** The timeliness report of a batch for a period. */
export interface TimelinessReport {
  readonly period: ReportPeriod;
  readonly asOf: string;
  /** Case files counted. */
  readonly cases: number;
  /** Of those, cases whose timeline has a problem of severity `error` (still counted). */
  readonly casesWithErrors: number;
  /** Inputs that were not valid case files, so not counted (NDJSON lines, for example). */
  readonly invalidInputs: number;
  readonly measures: TimelinessMeasures;
}

const WEEK = 7;
const YEAR_OF_WEEKS = 52 * WEEK;

function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, percent: denominator === 0 ? null : Math.round((numerator * 1000) / denominator) / 10 };
}

/** Counters over case facts: constant memory whatever the number of cases. */
export class TimelinessTally {
  private readonly n = {
    cases: 0,
    casesWithErrors: 0,
    invalidInputs: 0,
    requests: 0,
    decisions: 0,
    decisionsInTime: 0,
    plans: 0,
    plansInTime: 0,
    exceptionCases: 0,
    exceptionCasesInTime: 0,
    after20Within52: 0,
    after52: 0,
    daysToIssue: 0,
    reviewDecisions: 0,
    reviewDecisionsInTime: 0,
    phaseTransfers: 0,
    phaseTransfersMet: 0,
  };

  /** Throws an `ArgumentError` (a `RangeError`) naming the option when a date is not `YYYY-MM-DD` or `from` is after `to`. */
  constructor(private readonly options: TimelinessOptions) {
    const from = parseCivilDate(options.from);
    const to = parseCivilDate(options.to);
    for (const name of ["from", "to", "asOf"] as const) {
      if (parseCivilDate(options[name]) === null) throw new ArgumentError(`options.${name}`, "invalid-date", "expected a calendar date YYYY-MM-DD");
    }
    if (from === null || to === null || from > to) throw new ArgumentError("options.to", "invalid-value", "the period must not end before it starts");
  }

  private inPeriod(date: string): boolean {
    return date >= this.options.from && date <= this.options.to;
  }

  /** Counts one case. */
  add(facts: CaseTimelinessFacts): void {
    const n = this.n;
    n.cases += 1;
    if (facts.hasErrors) n.casesWithErrors += 1;
    for (const day of facts.requests) if (this.inPeriod(day)) n.requests += 1;
    for (const d of facts.assessmentDecisions) {
      if (!this.inPeriod(d.doneOn)) continue;
      n.decisions += 1;
      if (d.inTime) n.decisionsInTime += 1;
    }
    for (const p of facts.plans) {
      if (!this.inPeriod(p.doneOn)) continue;
      n.plans += 1;
      n.daysToIssue += p.daysToIssue;
      if (p.inTime) n.plansInTime += 1;
      else if (p.daysToIssue <= YEAR_OF_WEEKS) n.after20Within52 += 1;
      else n.after52 += 1;
      if (p.exceptionCase) {
        n.exceptionCases += 1;
        if (p.inTime) n.exceptionCasesInTime += 1;
      }
    }
    for (const d of facts.reviewDecisions) {
      if (!this.inPeriod(d.doneOn)) continue;
      n.reviewDecisions += 1;
      if (d.inTime) n.reviewDecisionsInTime += 1;
    }
    for (const d of facts.phaseTransferReviews) {
      if (!this.inPeriod(d.due)) continue;
      n.phaseTransfers += 1;
      if (d.met) n.phaseTransfersMet += 1;
    }
  }

  /** Counts an input that was not a valid case file. */
  addInvalid(): void {
    this.n.invalidInputs += 1;
  }

  /** The report so far. */
  report(): TimelinessReport {
    const n = this.n;
    return {
      period: { from: this.options.from, to: this.options.to },
      asOf: this.options.asOf,
      cases: n.cases,
      casesWithErrors: n.casesWithErrors,
      invalidInputs: n.invalidInputs,
      measures: {
        requestsReceived: n.requests,
        assessmentDecisionsWithin6Weeks: ratio(n.decisionsInTime, n.decisions),
        plansIssued: n.plans,
        planExceptionCases: n.exceptionCases,
        plansWithin20WeeksIncludingExceptions: ratio(n.plansInTime, n.plans),
        plansWithin20WeeksExcludingExceptions: ratio(n.plansInTime - n.exceptionCasesInTime, n.plans - n.exceptionCases),
        plansAfter20WeeksWithin52: ratio(n.after20Within52, n.plans),
        plansAfter52Weeks: ratio(n.after52, n.plans),
        meanWeeksToIssue: n.plans === 0 ? null : Math.round((n.daysToIssue * 10) / (n.plans * WEEK)) / 10,
        reviewDecisionsWithin4Weeks: ratio(n.reviewDecisionsInTime, n.reviewDecisions),
        phaseTransferReviewsByDeadline: ratio(n.phaseTransfersMet, n.phaseTransfers),
      },
    };
  }
}

/**
 * The report from case facts already gathered (see {@link caseTimelinessFacts}).
 *
 * @example
 * aggregateTimeliness(facts, { from: "2019-01-01", to: "2019-12-31", asOf: "2020-06-01" }).measures.plansIssued;
 */
export function aggregateTimeliness(facts: Iterable<CaseTimelinessFacts>, options: TimelinessOptions): TimelinessReport {
  const tally = new TimelinessTally(options);
  for (const f of facts) tally.add(f);
  return tally.report();
}

/**
 * The timeliness report of a batch of case files for a period: each case's timeline at
 * `asOf`, then the SEN2-style measures over the acts that fall in the period.
 *
 * @example
 * const report = timelinessReport(caseFiles, { from: "2024-01-01", to: "2024-12-31", asOf: "2025-03-31" });
 * report.measures.plansWithin20WeeksExcludingExceptions.percent; // 60.4
 */
export function timelinessReport(caseFiles: Iterable<CaseFile>, options: TimelinessOptions): TimelinessReport {
  const tally = new TimelinessTally(options);
  for (const caseFile of caseFiles) tally.add(caseTimelinessFacts(timeline(caseFile, { asOf: options.asOf, explain: false })));
  return tally.report();
}

/**
 * One row of the report as a table. A date, count or mean is in `value`, with the other
 * cells `null`; a proportion is in `numerator`, `denominator` and `percent`, with `value` `null`.
 */
export interface TimelinessRow {
  readonly measure: string;
  readonly value: string | number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly percent: number | null;
}

/**
 * The report as rows (the CSV's rows), in a fixed order: first what the report covers (the
 * period, the as-of date, the cases counted, those with errors, the inputs left out), then one
 * row per measure.
 */
export function timelinessRows(report: TimelinessReport): TimelinessRow[] {
  const m = report.measures;
  const value = (measure: string, v: string | number | null): TimelinessRow => ({ measure, value: v, numerator: null, denominator: null, percent: null });
  const share = (measure: string, r: Ratio): TimelinessRow => ({ measure, value: null, ...r });
  return [
    value("period-from", report.period.from),
    value("period-to", report.period.to),
    value("as-of", report.asOf),
    value("cases", report.cases),
    value("cases-with-errors", report.casesWithErrors),
    value("invalid-inputs", report.invalidInputs),
    value("requests-received", m.requestsReceived),
    share("assessment-decisions-within-6-weeks", m.assessmentDecisionsWithin6Weeks),
    value("plans-issued", m.plansIssued),
    value("plan-exception-cases", m.planExceptionCases),
    share("plans-within-20-weeks-including-exceptions", m.plansWithin20WeeksIncludingExceptions),
    share("plans-within-20-weeks-excluding-exceptions", m.plansWithin20WeeksExcludingExceptions),
    share("plans-after-20-weeks-within-52", m.plansAfter20WeeksWithin52),
    share("plans-after-52-weeks", m.plansAfter52Weeks),
    value("mean-weeks-to-issue", m.meanWeeksToIssue),
    share("review-decisions-within-4-weeks", m.reviewDecisionsWithin4Weeks),
    share("phase-transfer-reviews-by-deadline", m.phaseTransferReviewsByDeadline),
  ];
}
