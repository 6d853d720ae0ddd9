/**
 * `ehc-timeline batch` and `ehc-timeline report`: NDJSON case files in, one line at a time, so
 * memory stays constant whatever the input size.
 *
 * @module
 */
import { deadlineCsvHeader, deadlineCsvRows, timelinessReportToCsv } from "../adapters/csv";
import { caseTimelinessFacts } from "../report/case-facts";
import { TimelinessTally } from "../report/timeliness";
import { type NdjsonCase, type NdjsonLine, readNdjsonCases } from "../timeline/batch";
import { MAX_EVENTS_PER_CASE } from "../timeline/event-limits";
import { timeline } from "../timeline/compute";
import { compactTimeline } from "../timeline/rule-facts";
import type { Timeline } from "../timeline/types";
import { blankLineAnswer, unreadableLineAnswer } from "../timeline/batch";
import { batchOnBytes, canRunOnBytes } from "./chunked-batch";
import { EXIT, UsageError, asOfOption, dateOption, jobsOption, readWholeText, reportIssues, sourceName } from "./common";
import type { CliIo } from "./io";
import { ImportedCases } from "./report-sen2";

const PROGRESS_EVERY = 1000;

async function openInputLines(io: CliIo, path: string): Promise<AsyncIterable<NdjsonLine> | Iterable<NdjsonLine>> {
  if (io.openLines === undefined) {
    // As a line reader would: the end of the text after its last newline is no line.
    const lines = (await readWholeText(io, path)).split("\n");
    if (lines[lines.length - 1] === "") lines.pop();
    return lines;
  }
  try {
    return await io.openLines(path);
  } catch {
    throw new UsageError(`cannot read ${sourceName(path)}`);
  }
}

/** Read errors in the middle of the input are usage errors too (exit 2, no stack trace). */
async function* guarded(lines: AsyncIterable<NdjsonLine> | Iterable<NdjsonLine>, path: string): AsyncGenerator<NdjsonLine> {
  try {
    for await (const line of lines) yield line;
  } catch {
    throw new UsageError(`cannot read ${sourceName(path)}`);
  }
}

/** A blank line of the input (nothing but white space): answered, but neither a case nor an error. */
interface BlankLine {
  readonly kind: "blank";
  readonly line: number;
}

/** A line of the input: a case with its timeline, the issues that made it unusable, or blank. */
type LineOutcome = BlankLine | Extract<NdjsonCase, { kind: "invalid" }> | (Extract<NdjsonCase, { kind: "case" }> & { readonly timeline: Timeline });

/**
 * Every line of the input, numbered from 1, blank lines included: one answer per line. The
 * cases and unreadable lines are {@link readNdjsonCases}'s; the blank lines it passes over are
 * the gaps in its numbering, answered in place once the line after them (or the end) is read.
 */
async function* numberedLines(lines: AsyncIterable<NdjsonLine>): AsyncGenerator<BlankLine | NdjsonCase> {
  let read = 0;
  let answered = 0;
  const counted = (async function* () {
    for await (const text of lines) {
      read += 1;
      yield text;
    }
  })();
  function* blanksUpTo(line: number): Generator<BlankLine> {
    while (answered < line) {
      answered += 1;
      yield { kind: "blank", line: answered };
    }
  }
  try {
    for await (const item of readNdjsonCases(counted, MAX_EVENTS_PER_CASE)) {
      yield* blanksUpTo(item.line - 1);
      answered = item.line;
      yield item;
    }
  } catch (error) {
    // A read error after blank lines: they are answered before it, as they were read.
    yield* blanksUpTo(read);
    throw error;
  }
  yield* blanksUpTo(read);
}

/**
 * Runs every line of an NDJSON input through `onLine`, with progress on a terminal and
 * back-pressure on stdout. Resolves to the exit code: 2 if a line was invalid, else 1 if a
 * case has problems of severity `error`, else 0 (a blank line changes nothing).
 */
async function eachLine(io: CliIo, path: string, asOf: string, explain: boolean, onLine: (outcome: LineOutcome) => void, tap?: (text: NdjsonLine) => void): Promise<number> {
  const read = guarded(await openInputLines(io, path), path);
  // `tap` sees each line as read: the line of the outcome `onLine` gets next (lines are parsed one at a time).
  const lines =
    tap === undefined
      ? read
      : (async function* () {
          for await (const text of read) {
            tap(text);
            yield text;
          }
        })();
  let invalid = false;
  let errors = false;
  let count = 0;
  for await (const item of numberedLines(lines)) {
    if (item.kind === "blank") {
      onLine(item);
    } else {
      if (item.kind === "invalid") {
        invalid = true;
        reportIssues(io, `line ${item.line}`, item.issues);
        onLine(item);
      } else {
        const result = timeline(item.caseFile, { asOf, explain });
        if (result.problems.some((p) => p.severity === "error")) errors = true;
        onLine({ ...item, timeline: result });
      }
      count += 1;
      if (io.stderrIsTTY === true && count % PROGRESS_EVERY === 0) io.stderr(`\rehc-timeline: ${count} cases`);
    }
    // Nobody reads the output any more (`| head`): stop reading the input.
    if ((await io.drain?.()) === false) break;
  }
  if (io.stderrIsTTY === true) io.stderr(`\rehc-timeline: ${count} cases\n`);
  return invalid ? EXIT.invalid : errors ? EXIT.problems : EXIT.ok;
}

/**
 * `batch`: one output line per input line (NDJSON): the timeline, `{ line, issues }` for a line
 * that could not be read, `{ line, skipped: "blank line" }` for a blank one. Or, in CSV, one
 * row per deadline. Where the input can be read as bytes, batches of lines are answered on
 * `--jobs` threads (chunked-batch.ts); otherwise line by line here, with the same output.
 */
export async function batchCommand(io: CliIo, path: string, options: { asOf?: string; format: string; jobs?: string; explain?: boolean; compact?: boolean }): Promise<number> {
  const asOf = asOfOption(options.asOf, io);
  const jobs = jobsOption(options.jobs, io.threads?.cores ?? 1);
  const csv = options.format === "csv";
  const explain = options.explain === true;
  const compact = options.compact === true;
  if (csv && compact) throw new UsageError("--compact is for NDJSON output, not CSV");
  if (csv) io.stdout(deadlineCsvHeader());
  if (canRunOnBytes(io)) return batchOnBytes(io, path, { asOf, csv, explain, compact }, jobs);
  return eachLine(io, path, asOf, explain && !csv, (outcome) => {
    if (outcome.kind === "case") io.stdout(csv ? deadlineCsvRows(outcome.timeline) : `${JSON.stringify(compact ? compactTimeline(outcome.timeline) : outcome.timeline)}\n`);
    // In CSV a blank or unreadable line gives no row (the issues go to stderr); in NDJSON every line is answered in place.
    else if (csv) return;
    else if (outcome.kind === "blank") io.stdout(blankLineAnswer(outcome.line));
    else io.stdout(unreadableLineAnswer(outcome.line, outcome.issues));
  });
}

/** `report`: the timeliness report of the cases for a period, as JSON or CSV. */
export async function reportCommand(io: CliIo, path: string, options: { asOf?: string; from: string; to: string; format: string }): Promise<number> {
  const from = dateOption("--from", options.from);
  const to = dateOption("--to", options.to);
  if (from > to) throw new UsageError("--from must not be after --to");
  const asOf = asOfOption(options.asOf, io);
  const tally = new TimelinessTally({ from, to, asOf });
  const imported = new ImportedCases({ from, to });
  const listing = options.format === "cases";
  const code = await eachLine(
    io,
    path,
    asOf,
    listing,
    (outcome) => {
      if (outcome.kind === "case") {
        tally.add(caseTimelinessFacts(outcome.timeline));
        const line = imported.add(outcome.caseFile.caseId, outcome.timeline);
        if (listing && line !== null) io.stdout(`${JSON.stringify(line)}\n`);
      } else if (outcome.kind === "invalid") tally.addInvalid();
    },
    (text) => imported.read(text),
  );
  if (listing) return code;
  const report = imported.withFigures(tally.report());
  io.stdout(options.format === "csv" ? timelinessReportToCsv(report) + imported.csvRows() : `${JSON.stringify(report, null, 2)}\n`);
  return code;
}
