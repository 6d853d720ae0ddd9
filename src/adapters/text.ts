/**
 * A timeline as plain text for a terminal or an email: one block per deadline with its working.
 *
 * @module
 */
import type { Timeline } from "../timeline/types";

const STATUS_MARK: Record<string, string> = {
  met: "met",
  late: "LATE",
  overdue: "OVERDUE",
  pending: "pending",
  disapplied: "disapplied",
  "not-applicable": "n/a",
  open: "open",
  closed: "closed",
};

/**
 * Renders a timeline as text.
 *
 * @example
 * console.log(formatTimelineText(timeline(parsed, { asOf: "2025-01-10" })));
 */
export function formatTimelineText(result: Timeline): string {
  const lines = [`Case ${result.caseId}: stage ${result.stage}${result.dispute === null ? "" : `, dispute: ${result.dispute}`} (as of ${result.asOf})`, ""];
  for (const d of result.deadlines) {
    const done = d.doneOn === null ? "" : `, done ${d.doneOn}`;
    const indicative = d.indicativeDue === null ? "" : `, indicative ${d.indicativeDue}`;
    lines.push(`${d.due ?? "no date  "}  ${(STATUS_MARK[d.status] ?? d.status).padEnd(10)} ${d.key}: ${d.title} [${d.strength}]${done}${indicative}`);
    lines.push(`            ${d.citation}`);
    for (const step of d.explanation) lines.push(`            - ${step}`);
  }
  if (result.problems.length > 0) {
    lines.push("", "Problems:");
    for (const p of result.problems)
      lines.push(`  ${p.severity} ${p.code}${p.eventId === null ? "" : ` (event ${p.eventId})`}: ${p.message}${p.detail === undefined ? "" : ` (${p.detail})`}`);
  }
  return `${lines.join("\n")}\n`;
}
