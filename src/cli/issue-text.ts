/**
 * Input issues as stderr lines. Apart from the other shared pieces of the CLI (`common.ts`),
 * which know its I/O, so that a batch job, which runs in worker threads, needs none of it.
 *
 * @module
 */
import type { InputIssue } from "../schema/parse";

/** Input issues as stderr lines, one each, naming the JSON path. */
export function issueText(source: string, issues: readonly InputIssue[]): string {
  let text = "";
  for (const issue of issues) {
    // The suggestion is one of the engine's own names, never the caller's text.
    const hint = issue.suggestion === undefined ? "" : ` (did you mean ${issue.suggestion}?)`;
    text += `${source}: ${issue.path || "(root)"}: ${issue.message}${hint} [${issue.code}]\n`;
  }
  return text;
}
