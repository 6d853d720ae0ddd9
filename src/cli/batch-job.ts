/**
 * One batch of `ehc-timeline batch`: a run of input lines as bytes in, their answers as UTF-8
 * bytes out. The same code runs in a worker thread and in the main thread (`--jobs 1`), so both
 * give the same bytes.
 *
 * @module
 */
import { deadlineCsvRows } from "../adapters/csv";
import type { InputIssue } from "../schema/parse";
import { isBlankLine, parseNdjsonLine } from "../timeline/batch";
import { timeline } from "../timeline/compute";
import { givesPlainStrings, timelineJson } from "../timeline/timeline-json";
import { ByteOutput } from "./byte-output";
import { issueText } from "./issue-text";

/** What every batch of one run shares. */
export interface BatchSettings {
  readonly asOf: string;
  readonly csv: boolean;
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

/** The NDJSON answer to a blank input line, in its place. */
export const blankLineAnswer = (line: number): string => `${JSON.stringify({ line, skipped: "blank line" })}\n`;

/** The NDJSON answer to a line that is not a usable case file, in its place. */
export const unreadableLineAnswer = (line: number, issues: readonly InputIssue[]): string => `${JSON.stringify({ line, issues })}\n`;

/** Decodes as the line reader's decoder does: a byte-order mark kept, bad bytes replaced alike. */
function decodeUtf8(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
}

/**
 * The lines of a batch's text, split as Node's line reader splits them (CR LF, LF, or a CR
 * alone); the end of the text after its last line ending is a line only if it is not empty.
 */
export function splitLines(text: string): string[] {
  const lines = text.includes("\r") ? text.split(/\r\n|\n|\r/) : text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** Answers a batch; `output` is reused between batches and handed over empty. */
export function runBatch(input: BatchInput, settings: BatchSettings, output: ByteOutput): BatchOutput {
  const { asOf, csv } = settings;
  const notes: string[] = [];
  const notesAt: number[] = [];
  let cases = 0;
  let invalid = false;
  let errors = false;
  const lines = splitLines(decodeUtf8(input.bytes));
  for (let i = 0; i < lines.length; i += 1) {
    const text = lines[i] ?? "";
    const line = input.firstLine + i;
    if (isBlankLine(text)) {
      // In CSV a blank line gives no row; in NDJSON every line is answered in place.
      if (!csv) output.text(blankLineAnswer(line));
      continue;
    }
    const item = parseNdjsonLine(text, line);
    if (item.kind === "invalid") {
      invalid = true;
      notes.push(issueText(`line ${line}`, item.issues));
      notesAt.push(cases);
      if (!csv) output.text(unreadableLineAnswer(line, item.issues));
    } else {
      const result = timeline(item.caseFile, { asOf, explain: !csv });
      if (result.problems.some((p) => p.severity === "error")) errors = true;
      if (csv) output.text(deadlineCsvRows(result));
      else {
        // The newline as a byte: appending it to the JSON would copy the whole text once more.
        output.text(timelineJson(result, givesPlainStrings(text)));
        output.byte(NEWLINE);
      }
    }
    cases += 1;
  }
  return { bytes: output.take(), cases, notes, notesAt, invalid, errors };
}
