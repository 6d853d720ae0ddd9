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
  for (const issue of issues) text += `${source}: ${issue.path || "(root)"}: ${issue.message} [${issue.code}]\n`;
  return text;
}
