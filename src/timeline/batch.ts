/**
 * Many cases at once (case-file.md § Batch and reports): an array of case files, or NDJSON
 * lines read one at a time, with the same output per case as {@link timeline}.
 *
 * @module
 */
import { type InputIssue, parseCaseFile, parseCaseFileJson } from "../schema/parse";
import type { CaseFile } from "../schema/case-file";
import { type TimelineOptions, timeline } from "./compute";
import type { Timeline } from "./types";
import { eventCount, tooManyEvents } from "./event-limits";
import { NOT_UTF8, type NdjsonLine } from "./ndjson-line";

export { NOT_UTF8, type NdjsonLine } from "./ndjson-line";

/**
 * The timelines of many cases, in input order, each as {@link timeline} gives it.
 *
 * @example
 * timelines([first, second], { asOf: "2025-01-10" }).map((t) => t.stage); // ["assessing", "plan-maintained"]
 */
export function timelines(caseFiles: Iterable<CaseFile>, options: TimelineOptions): Timeline[] {
  const results: Timeline[] = [];
  for (const caseFile of caseFiles) results.push(timeline(caseFile, options));
  return results;
}

/** What one NDJSON line gave: a case file, or the issues that made it unusable. */
export type NdjsonCase =
  { readonly kind: "case"; readonly line: number; readonly caseFile: CaseFile } | { readonly kind: "invalid"; readonly line: number; readonly issues: readonly InputIssue[] };

const NOT_UTF8_ISSUES: readonly InputIssue[] = [{ code: "invalid-encoding", path: "", message: "the line is not UTF-8 text" }];

/** Whether a line holds nothing but white space (blank lines are skipped). */
export function isBlankLine(text: NdjsonLine): boolean {
  return text !== NOT_UTF8 && text.trim() === "";
}

/**
 * Reads one NDJSON line (1-based `line`); a byte-order mark or a trailing CR is ignored. A case
 * of more than `maxEvents` events is unreadable (`too-many-events`), found before it is validated.
 */
export function parseNdjsonLine(text: NdjsonLine, line: number, maxEvents = Number.POSITIVE_INFINITY): NdjsonCase {
  if (text === NOT_UTF8) return { kind: "invalid", line, issues: NOT_UTF8_ISSUES };
  const clean = text.replace(/^\uFEFF/, "").replace(/\r$/, "");
  let value: unknown;
  try {
    value = JSON.parse(clean);
  } catch {
    // parseCaseFileJson's own answer to text that is not JSON.
    value = undefined;
  }
  if (value !== undefined && eventCount(value) > maxEvents) return { kind: "invalid", line, issues: [tooManyEvents("", maxEvents)] };
  const parsed = value === undefined ? parseCaseFileJson(clean) : parseCaseFile(value);
  return parsed.success ? { kind: "case", line, caseFile: parsed.data } : { kind: "invalid", line, issues: parsed.issues };
}

/**
 * The case files of NDJSON lines, one at a time, numbered from 1 as in the input; blank lines
 * are skipped. Nothing is kept between lines, so memory stays constant whatever the input size.
 *
 * @example
 * for await (const item of readNdjsonCases(lines)) {
 *   if (item.kind === "case") write(JSON.stringify(timeline(item.caseFile, { asOf })));
 *   else write(JSON.stringify({ line: item.line, issues: item.issues }));
 * }
 */
export async function* readNdjsonCases(lines: AsyncIterable<NdjsonLine> | Iterable<NdjsonLine>, maxEvents = Number.POSITIVE_INFINITY): AsyncGenerator<NdjsonCase> {
  let line = 0;
  for await (const text of lines) {
    line += 1;
    if (!isBlankLine(text)) yield parseNdjsonLine(text, line, maxEvents);
  }
}

/** The NDJSON answer to a blank input line, in its place (`ehc-timeline batch`, HTTP `/timelines`). */
export const blankLineAnswer = (line: number): string => `${JSON.stringify({ line, skipped: "blank line" })}\n`;

/** The NDJSON answer to a line that is not a usable case file, in its place. */
export const unreadableLineAnswer = (line: number, issues: readonly InputIssue[]): string => `${JSON.stringify({ line, issues })}\n`;

/**
 * The lines of a batch's text, split as Node's line reader splits them (CR LF, LF, or a CR
 * alone); the end of the text after its last line ending is a line only if it is not empty.
 */
export function splitLines(text: string): string[] {
  const lines = text.includes("\r") ? text.split(/\r\n|\n|\r/) : text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
