/**
 * The SEN2 part of `ehc-timeline report`: lines written by `import sen2` carry an `x-sen2` key
 * (an extension the engine leaves alone); for those, the report adds the figures as the DfE publishes them,
 * and `--format cases` lists each case's part in them with the working (docs/sen2.md).
 *
 * @module
 */
import type { Sen2CaseFacts } from "../import/sen2/map";
import { type Sen2CaseListing, type Sen2Figures, Sen2Tally } from "../import/sen2/report";
import type { TimelinessReport } from "../report/index";
import { NOT_UTF8, type NdjsonLine } from "../timeline/ndjson-line";
import type { Timeline } from "../timeline/types";

function sen2Facts(text: NdjsonLine): Sen2CaseFacts | null {
  // Only imported lines carry the key: other lines are not parsed a second time.
  if (text === NOT_UTF8 || !text.includes('"x-sen2"')) return null;
  try {
    const value = JSON.parse(text.replace(/^\uFEFF/, "")) as { "x-sen2"?: unknown };
    const facts = value["x-sen2"] as Partial<Sen2CaseFacts> | undefined;
    return facts !== undefined && Array.isArray(facts.chains) && Array.isArray(facts.problems) ? (facts as Sen2CaseFacts) : null;
  } catch {
    return null;
  }
}

/** The imported cases of a report's input, counted as they pass. */
export class ImportedCases {
  private readonly tally: Sen2Tally;
  private last: Sen2CaseFacts | null = null;
  private seen = false;

  constructor(period: { readonly from: string; readonly to: string }) {
    this.tally = new Sen2Tally(period);
  }

  /** Every input line, as read (the next case given to {@link add} is this line's). */
  read(text: NdjsonLine): void {
    this.last = sen2Facts(text);
  }

  /** A case of the line last read, with its timeline: its listing, or `null` (not imported, or nothing in the period). */
  add(caseId: string, result: Timeline): Sen2CaseListing | null {
    const facts = this.last;
    this.last = null;
    if (facts === null) return null;
    this.seen = true;
    return this.tally.add(caseId, facts, result);
  }

  /** The report with a `sen2` section when imported cases were read; unchanged otherwise. */
  withFigures(report: TimelinessReport): TimelinessReport | (TimelinessReport & { sen2: Sen2Figures }) {
    return this.seen ? { ...report, sen2: this.tally.figures() } : report;
  }

  /** The SEN2 figures as CSV rows (`sen2-…` measures), after the report's own; nothing when no case was imported. */
  csvRows(): string {
    if (!this.seen) return "";
    const f = this.tally.figures();
    const value = (name: string, v: number): string => `sen2-${name},${v},,,\n`;
    const share = (name: string, r: { numerator: number; denominator: number; percent: number | null }): string =>
      `sen2-${name},,${r.numerator},${r.denominator},${r.percent ?? ""}\n`;
    return (
      value("cases", f.cases) +
      value("new-plans", f.newPlans) +
      value("disputed-plans", f.disputedPlans) +
      value("plans-without-request-date", f.plansWithoutRequestDate) +
      value("week20-exception-plans", f.week20ExceptionPlans) +
      share("within-20-weeks-including-exceptions", f.within20WeeksIncludingExceptions) +
      share("within-20-weeks-excluding-exceptions", f.within20WeeksExcludingExceptions) +
      share("annual-reviews-on-time", f.annualReviewsOnTime) +
      value("annual-reviews-overdue", f.annualReviewsOverdue) +
      share("phase-transfers-by-due-date", f.phaseTransfersByDueDate)
    );
  }
}
