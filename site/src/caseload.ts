/**
 * The caseload: many case files (NDJSON), their timelines at one date, the worklist (the
 * library's agenda) and the timeliness report. Runs in a web worker; where the page cannot
 * start one (opened as a file), on the page itself in slices that let it breathe.
 */
import { type AgendaItem, type CaseFile, type Timeline, TimelinessTally, agenda, caseTimelinessFacts, parseNdjsonLine, timeline as computeTimeline } from "../../src/index";
import { type TimelinessRow, timelinessRows } from "../../src/report/timeliness";
import { addDays } from "./words";

/** What the page asks for. */
export interface CaseloadQuery {
  readonly asOf: string;
  /** The worklist runs from the as-of date for this many weeks. */
  readonly weeks: number;
  /** The period of the timeliness report; `to` must be before `asOf`. */
  readonly period: { readonly from: string; readonly to: string };
}

/** What the page shows. */
export interface CaseloadResult {
  readonly cases: number;
  readonly invalid: number;
  /** The first lines that were not case files, with why. */
  readonly invalidLines: readonly { readonly line: number; readonly message: string }[];
  readonly items: readonly AgendaItem[];
  readonly report: readonly TimelinessRow[] | null;
  readonly reportError: string | null;
  readonly ms: number;
}

const SLICE = 500;
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export class Caseload {
  private caseFiles: CaseFile[] = [];
  private invalidLines: { line: number; message: string }[] = [];
  private invalid = 0;
  private timelinesAsOf: string | null = null;
  private timelines: Timeline[] = [];

  /** Reads NDJSON text; `progress` is told every slice. */
  async load(text: string, progress: (done: number, total: number) => void): Promise<void> {
    const lines = text.split("\n");
    this.caseFiles = [];
    this.invalidLines = [];
    this.invalid = 0;
    this.timelinesAsOf = null;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] ?? "";
      if (line.trim() !== "") {
        const read = parseNdjsonLine(line, i + 1);
        if (read.kind === "case") this.caseFiles.push(read.caseFile);
        else {
          this.invalid += 1;
          if (this.invalidLines.length < 20)
            this.invalidLines.push({ line: read.line, message: read.issues.map((issue) => `${issue.path} ${issue.message}`.trim()).join("; ") });
        }
      }
      if (i % SLICE === SLICE - 1) {
        progress(i + 1, lines.length);
        await pause();
      }
    }
  }

  /** The worklist and the report for a query. */
  async compute(query: CaseloadQuery, progress: (done: number, total: number) => void): Promise<CaseloadResult> {
    const started = performance.now();
    if (this.timelinesAsOf !== query.asOf) {
      this.timelines = [];
      for (let i = 0; i < this.caseFiles.length; i++) {
        const caseFile = this.caseFiles[i];
        if (caseFile !== undefined) this.timelines.push(timeline(caseFile, query.asOf));
        if (i % SLICE === SLICE - 1) {
          progress(i + 1, this.caseFiles.length);
          await pause();
        }
      }
      this.timelinesAsOf = query.asOf;
    }
    const items = agenda(this.timelines, { from: query.asOf, to: addDays(query.asOf, query.weeks * 7) });
    let report: TimelinessRow[] | null = null;
    let reportError: string | null = null;
    if (query.period.from > query.period.to) reportError = "The report period ends before it starts.";
    else if (query.period.to >= query.asOf) reportError = "The report period must end before the as-of date, so that every limit due in it can be judged.";
    else {
      const tally = new TimelinessTally({ ...query.period, asOf: query.asOf });
      for (const t of this.timelines) tally.add(caseTimelinessFacts(t));
      for (let i = 0; i < this.invalid; i++) tally.addInvalid();
      report = timelinessRows(tally.report());
    }
    return { cases: this.caseFiles.length, invalid: this.invalid, invalidLines: this.invalidLines, items, report, reportError, ms: performance.now() - started };
  }
}

function timeline(caseFile: CaseFile, asOf: string): Timeline {
  return computeTimeline(caseFile, { asOf, explain: false });
}
