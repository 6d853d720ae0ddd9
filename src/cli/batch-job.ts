/**
 * One batch of `ehc-timeline batch`: a run of input lines as bytes in, their answers as UTF-8
 * bytes out. The same code runs in a worker thread and in the main thread (`--jobs 1`), so both
 * give the same bytes.
 *
 * @module
 */
import { deadlineCsvRows } from "../adapters/csv";
import { type NdjsonLine, blankLineAnswer, isBlankLine, parseNdjsonLine, splitLines, unreadableLineAnswer } from "../timeline/batch";
import { MAX_EVENTS_PER_CASE } from "../timeline/event-limits";
import { timeline } from "../timeline/compute";
import { compactTimelineJson, givesPlainStrings, timelineJson } from "../timeline/timeline-json";
import { ByteOutput } from "./byte-output";
import { issueText } from "./issue-text";
import { linesOfBytes, strictUtf8 } from "./utf8-input";

/** What every batch of one run shares. */
export interface BatchSettings {
  readonly asOf: string;
  readonly csv: boolean;
  /** Whether each deadline's `explanation` is written (`--explain`); otherwise it is empty. */
  readonly explain: boolean;
  /** Whether deadlines name their rule's facts by id instead of carrying them (`--compact`). */
  readonly compact: boolean;
}

/** A run of whole input lines, the first numbered `firstLine` (from 1). */
export interface BatchInput {
  readonly firstLine: number;
  readonly bytes: Uint8Array<ArrayBuffer>;
}

/** The answers to a batch's lines, in order. */
export interface BatchOutput {
  /** What goes to standard output, UTF-8. */
  readonly bytes: Uint8Array<ArrayBuffer>;
  /** Lines that are not blank (cases and unreadable lines), as progress counts them. */
  readonly cases: number;
  /** Issue messages for stderr, in order … */
  readonly notes: readonly string[];
  /** … each after this many of the batch's cases, so that progress lines fall between them as they would line by line. */
  readonly notesAt: readonly number[];
  /** Whether a line could not be read as a case file. */
  readonly invalid: boolean;
  /** Whether a case has problems of severity `error`. */
  readonly errors: boolean;
}

const NEWLINE = 0x0a;

/**
 * The batch's lines by the rule for text input (utf8-input.ts): the whole batch decoded at once,
 * and only when some bytes are not UTF-8, line by line, so that just those lines are refused.
 */
function linesOfBatch(bytes: Uint8Array): readonly NdjsonLine[] {
  let text: string;
  try {
    text = strictUtf8(bytes);
  } catch {
    return linesOfBytes(bytes);
  }
  return splitLines(text);
}

/** Answers a batch; `output` is reused between batches and handed over empty. */
export function runBatch(input: BatchInput, settings: BatchSettings, output: ByteOutput): BatchOutput {
  const { asOf, csv, explain, compact } = settings;
  const write = compact ? compactTimelineJson : timelineJson;
  const notes: string[] = [];
  const notesAt: number[] = [];
  let cases = 0;
  let invalid = false;
  let errors = false;
  const lines = linesOfBatch(input.bytes);
  for (let i = 0; i < lines.length; i += 1) {
    const text: NdjsonLine = lines[i] ?? "";
    const line = input.firstLine + i;
    if (isBlankLine(text)) {
      // In CSV a blank line gives no row; in NDJSON every line is answered in place.
      if (!csv) output.text(blankLineAnswer(line));
      continue;
    }
    const item = parseNdjsonLine(text, line, MAX_EVENTS_PER_CASE);
    if (item.kind === "invalid") {
      invalid = true;
      notes.push(issueText(`line ${line}`, item.issues));
      notesAt.push(cases);
      if (!csv) output.text(unreadableLineAnswer(line, item.issues));
    } else {
      const result = timeline(item.caseFile, { asOf, explain: explain && !csv });
      if (result.problems.some((p) => p.severity === "error")) errors = true;
      if (csv) output.text(deadlineCsvRows(result));
      else {
        // The newline as a byte: appending it to the JSON would copy the whole text once more.
        output.text(write(result, typeof text === "string" && givesPlainStrings(text)));
        output.byte(NEWLINE);
      }
    }
    cases += 1;
  }
  return { bytes: output.take(), cases, notes, notesAt, invalid, errors };
}
