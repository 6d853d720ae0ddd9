/**
 * Where a deadline stands at the as-of date (case-file.md § Timeline), and the last line of its
 * working that says so.
 *
 * @module
 */
import { type DayNumber, formatCivilDate } from "../dates/civil-date";
import type { Instance } from "./registry";
import type { DeadlineStatus } from "./types";

/**
 * The status of a deadline due on `due` (after a `pause` exception, the moved day). `disapplied`:
 * an exception turned the limit off; `notApplicable`: why the duty no longer applies, if it does not.
 */
export function statusOf(
  instance: Instance,
  notApplicable: string | undefined,
  due: DayNumber | null,
  disapplied: boolean,
  asOf: DayNumber,
): DeadlineStatus {
  if (notApplicable !== undefined && instance.rule.kind !== "limit") return "not-applicable";
  if (instance.rule.kind === "window") return due !== null && asOf > due ? "closed" : "open";
  // An earliest day protects the family until it arrives: open before it, closed from it.
  if (instance.rule.kind === "earliest") return due === null || asOf < due ? "open" : "closed";
  if (notApplicable !== undefined) return "not-applicable";
  const done = instance.done?.day;
  if (done !== undefined && (due === null || done <= due)) return "met";
  if (disapplied) return "disapplied";
  if (done !== undefined) return "late";
  // The parent's own time limits (to appeal, to contact a mediation adviser) are rights, not
  // duties: one not used has not been breached, its window has simply closed.
  if (instance.rule.owner === "parent-or-young-person") return due !== null && asOf > due ? "closed" : "open";
  return due !== null && asOf > due ? "overdue" : "pending";
}

const STATUS_WORDS: Record<DeadlineStatus, string> = {
  pending: "pending: not done, and the last day has not passed",
  overdue: "overdue: not done, and the last day has passed",
  met: "met: done on or before the last day",
  late: "late: done after the last day",
  disapplied: "disapplied: a recorded exception turned the time limit off; the duty is to act as soon as practicable",
  "not-applicable": "not applicable",
  open: "open: the time has not yet run out",
  closed: "closed: the time has run out",
};

/** The last line of the working. */
export function statusLine(asOf: DayNumber, status: DeadlineStatus): string {
  return `Status at ${formatCivilDate(asOf)}: ${STATUS_WORDS[status]}.`;
}
