/**
 * Many cases at once (case-file.md § Batch and reports): an array of case files, or NDJSON
 * lines read one at a time, with the same output per case as {@link timeline}.
 *
 * @module
 */
import { type InputIssue, parseCaseFileJson } from "../schema/parse";
import type { CaseFile } from "../schema/case-file";
import { type TimelineOptions, timeline } from "./compute";
import type { Timeline } from "./types";

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

/** Whether a line holds nothing but white space (blank lines are skipped). */
export function isBlankLine(text: string): boolean {
  return text.trim() === "";
}

/** Reads one NDJSON line (1-based `line`); a byte-order mark or a trailing CR is ignored. */
export function parseNdjsonLine(text: string, line: number): NdjsonCase {
  const clean = text.replace(/^\uFEFF/, "").replace(/\r$/, "");
  const parsed = parseCaseFileJson(clean);
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
export async function* readNdjsonCases(lines: AsyncIterable<string> | Iterable<string>): AsyncGenerator<NdjsonCase> {
  let line = 0;
  for await (const text of lines) {
    line += 1;
    if (!isBlankLine(text)) yield parseNdjsonLine(text, line);
  }
}
