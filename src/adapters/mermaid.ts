/**
 * A timeline as a Mermaid gantt chart: one section per status, each deadline a bar from its
 * anchor to its due date (a milestone when the anchor is not before the due date).
 *
 * @module ehc-timeline/mermaid
 */
import type { Deadline, DeadlineStatus, Timeline } from "../timeline/types";
import { deadlineLabel } from "./label";

/** Sections in reading order: what needs action first. */
const SECTIONS: readonly { readonly status: DeadlineStatus; readonly name: string; readonly tags: string }[] = [
  { status: "overdue", name: "Overdue", tags: "crit, active" },
  { status: "pending", name: "Pending", tags: "active" },
  { status: "open", name: "Open windows", tags: "active" },
  { status: "late", name: "Late", tags: "crit, done" },
  { status: "met", name: "Met", tags: "done" },
  { status: "closed", name: "Closed windows", tags: "done" },
  { status: "disapplied", name: "Disapplied", tags: "" },
  { status: "not-applicable", name: "Not applicable", tags: "" },
];

/** Words the gantt lexer reads as statements when a line starts with them. */
const LEADING_KEYWORD =
  /^(?:(?:gantt|inclusiveenddates|topaxis)\b|(?:dateformat|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|title|accdescription|section|click|href|call)\s|acctitle\s*:|accdescr\s*[:{]|\d{4}-\d\d-\d\d\b|%)/i;

/**
 * Makes caller text safe on one gantt line: `:` ends a task's text (it becomes the look-alike
 * `∶`), `;` ends a statement and makes `#…;` an entity (it becomes `,`), `%%` opens a comment or
 * directive; line breaks become spaces, and a leading keyword gets a `›` before it.
 *
 * @example
 * mermaidText("advice:EP1; #2"); // "advice∶EP1, #2"
 */
export function mermaidText(text: string): string {
  const safe = text
    .replace(/[\r\n\t\u0000-\u001f\u007f\u2028\u2029]+/g, " ")
    .replaceAll(":", "\u2236")
    .replaceAll(";", ",")
    .replaceAll("%%", "% %")
    .replaceAll("<", "\u2039")
    .replaceAll(">", "\u203a")
    .replace(/\s+/g, " ")
    .trim();
  if (safe === "") return "(untitled)";
  return LEADING_KEYWORD.test(safe) ? `\u203a ${safe}` : safe;
}

function taskLine(deadline: Deadline & { readonly due: string }, tags: string): string {
  const prefix = tags === "" ? "" : `${tags}, `;
  const span = deadline.anchor.date < deadline.due ? `${prefix}${deadline.anchor.date}, ${deadline.due}` : `${prefix}milestone, ${deadline.due}, 0d`;
  return `    ${mermaidText(deadlineLabel(deadline))} :${span}`;
}

/**
 * Renders the dated deadlines of a timeline as Mermaid gantt text (deadlines with no date are
 * left out).
 *
 * @example
 * formatTimelineMermaid(timeline(parsed, { asOf: "2025-01-10" }));
 * // "gantt\n    title EHC deadlines EXAMPLE-001 (as of 2025-01-10)\n    dateFormat YYYY-MM-DD\n…"
 */
export function formatTimelineMermaid(timeline: Timeline): string {
  const title = mermaidText(`EHC deadlines ${timeline.caseId} (as of ${timeline.asOf})`);
  const lines = [
    "gantt",
    `    title ${title}`,
    `    accTitle: ${title}`,
    "    dateFormat YYYY-MM-DD",
    "    axisFormat %b %Y",
    "    tickInterval 1month",
    "    inclusiveEndDates",
    "    todayMarker off",
  ];
  const dated = timeline.deadlines.filter((d): d is Deadline & { readonly due: string } => d.due !== null);
  for (const section of SECTIONS) {
    const tasks = dated.filter((d) => d.status === section.status).sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
    if (tasks.length === 0) continue;
    lines.push(`    section ${section.name}`, ...tasks.map((d) => taskLine(d, section.tags)));
  }
  return `${lines.join("\n")}\n`;
}
