/**
 * The caseload: many case files (NDJSON), their timelines at one date, the worklist (the
 * library's agenda) and the timeliness report. Runs in a web worker; where the page cannot
 * start one (opened as a file), on the page itself in slices that let it breathe.
 */
import { type Sen2CaseFacts, type Sen2Figures, type Sen2Source, SequencePseudonyms, Sen2Tally, importSen2 } from "../../src/import/sen2/index";
import { type AgendaItem, type CaseFile, type Timeline, agenda, parseCaseFile, parseNdjsonLine, timeline as computeTimeline } from "../../src/index";
import { TimelinessTally, caseTimelinessFacts } from "../../src/report/index";
import { type TimelinessRow, timelinessRows } from "../../src/report/timeliness";
import { addDays } from "./words";

/** What the page was given: a file of case files, or a SEN2 return (XML files, or the CSV files of a Blade export). */
export type CaseloadInput =
  { readonly kind: "ndjson"; readonly text: string } | { readonly kind: "sen2"; readonly files: readonly { readonly name: string; readonly text: string }[] };

/** What the import of a SEN2 return read, and the first of its issues (paths and codes: the importer never quotes a value). */
export interface ImportNote {
  readonly personsRead: number;
  readonly personsSkipped: number;
  readonly errors: number;
  readonly issues: readonly string[];
  /** The problems written on the imported cases, by message (each a fixed text), with how many times each was found. */
  readonly problems: readonly { readonly message: string; readonly times: number }[];
}

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
  /** The SEN2 figures as the DfE publishes them, for a caseload imported from a return. */
  readonly sen2: Sen2Figures | null;
  readonly imported: ImportNote | null;
  readonly ms: number;
}

const SLICE = 500;
const SHOWN_ISSUES = 20;
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export class Caseload {
  private caseFiles: CaseFile[] = [];
  private invalidLines: { line: number; message: string }[] = [];
  private invalid = 0;
  private timelinesAsOf: string | null = null;
  private timelines: Timeline[] = [];

  private sen2Facts: (Sen2CaseFacts | undefined)[] = [];
  private imported: ImportNote | null = null;

  /** Reads the caseload; `progress` is told every slice. */
  async load(input: CaseloadInput, progress: (done: number, total: number) => void): Promise<void> {
    this.caseFiles = [];
    this.sen2Facts = [];
    this.imported = null;
    this.invalidLines = [];
    this.invalid = 0;
    this.timelinesAsOf = null;
    if (input.kind === "sen2") await this.importReturn(input.files, progress);
    else await this.readLines(input.text, progress);
  }

  private async readLines(text: string, progress: (done: number, total: number) => void): Promise<void> {
    const lines = text.split("\n");
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

  /**
   * A SEN2 return through the library's importer, as `ehc-timeline import sen2` reads it. The
   * case ids are numbered in the order read (`sen2-s000001`, …): the page keeps no lookup, and no
   * UPN is shown. `progress` is told the persons read (the total is not known before the end).
   */
  private async importReturn(files: readonly { readonly name: string; readonly text: string }[], progress: (done: number, total: number) => void): Promise<void> {
    const csv = files.filter((f) => f.name.toLowerCase().endsWith(".csv"));
    const sources: Sen2Source[] = files.filter((f) => !csv.includes(f)).map((f) => ({ kind: "xml", name: f.name, chunks: [f.text] }));
    if (csv.length > 0) sources.push({ kind: "blade", name: csv.length === 1 ? (csv[0]?.name ?? "") : "Blade export", files: csv });
    const issues: string[] = [];
    const problems = new Map<string, number>();
    const ids = new SequencePseudonyms();
    for await (const item of importSen2(sources, { pseudonym: ids.pseudonym })) {
      if (item.kind === "issue") {
        if (issues.length < SHOWN_ISSUES) issues.push(`${item.issue.path}: ${item.issue.message}`);
      } else if (item.kind === "summary") {
        const s = item.summary;
        this.imported = {
          personsRead: s.personsRead,
          personsSkipped: s.personsSkipped,
          errors: s.errors,
          issues,
          problems: [...problems].map(([message, times]) => ({ message, times })),
        };
      } else {
        // The `x-sen2` key is the importer's, not the case file's: it is kept beside the case for the SEN2 figures.
        const { "x-sen2": sen2, ...caseFile } = item.case;
        for (const p of sen2.problems) problems.set(p.message, (problems.get(p.message) ?? 0) + 1);
        const read = parseCaseFile(caseFile);
        if (read.success) {
          this.caseFiles.push(read.data);
          this.sen2Facts.push(sen2);
        } else this.invalid += 1;
        if (this.caseFiles.length % SLICE === 0) {
          progress(this.caseFiles.length, 0);
          await pause();
        }
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
    return {
      cases: this.caseFiles.length,
      invalid: this.invalid,
      invalidLines: this.invalidLines,
      items,
      report,
      reportError,
      sen2: report === null ? null : this.sen2Figures(query.period),
      imported: this.imported,
      ms: performance.now() - started,
    };
  }

  /** The DfE figures of an imported caseload (docs/sen2.md § The report); `null` for case files. */
  private sen2Figures(period: CaseloadQuery["period"]): Sen2Figures | null {
    if (this.imported === null) return null;
    const tally = new Sen2Tally(period);
    this.timelines.forEach((t, i) => {
      const facts = this.sen2Facts[i];
      if (facts !== undefined) tally.add(t.caseId, facts, t);
    });
    return tally.figures();
  }
}

function timeline(caseFile: CaseFile, asOf: string): Timeline {
  return computeTimeline(caseFile, { asOf, explain: false });
}
