/**
 * SEN support reviews across many pupils, for school information systems: which plans fall due
 * for review in a date range.
 *
 * @module
 */
import { ArgumentError } from "../vocabulary/argument-error";
import { parseCivilDate } from "../dates/civil-date";
import { supportReview } from "../law/support";
import type { CaseFile } from "../schema/case-file";
import { timeline } from "../timeline/compute";
import type { DeadlineStatus } from "../timeline/types";

/** Options of {@link supportReviewsDue}: the range (both ends included) and "today". */
export interface SupportScheduleOptions {
  /** First day of the range, `YYYY-MM-DD`. */
  readonly from: string;
  /** Last day of the range, `YYYY-MM-DD`. */
  readonly to: string;
  /** The as-of date for statuses (default `from`). The engine never reads the clock. */
  readonly asOf?: string;
}

/** One SEN support review falling due in the range, or overdue from before it. */
export interface SupportReviewDue {
  readonly caseId: string;
  /** The deadline's key in the pupil's timeline (`support-review:2`, the second cycle). */
  readonly key: string;
  readonly due: string;
  readonly status: DeadlineStatus;
  readonly doneOn: string | null;
}

function dayOrThrow(text: string, name: string): number {
  const day = parseCivilDate(text);
  if (day === null) throw new ArgumentError(`options.${name}`, "invalid-date", "expected a calendar date YYYY-MM-DD");
  return day;
}

/**
 * The SEN support reviews due from `from` to `to` across the case files (already parsed), and
 * those due before `from` still not held at `asOf` (status `overdue`): a review missed last
 * term is still to be held. In date order, then by case id and key. Each pupil's dates are
 * those of {@link timeline} at `asOf`: events dated after it are not used.
 *
 * @example
 * supportReviewsDue([pupilA, pupilB], { from: "2025-01-06", to: "2025-04-04", asOf: "2025-01-06" });
 * // [{ caseId: "P-17", key: "support-review:2", due: "2025-01-24", status: "pending", doneOn: null }, …]
 */
export function supportReviewsDue(caseFiles: Iterable<CaseFile>, options: SupportScheduleOptions): SupportReviewDue[] {
  const { from, to } = options;
  if (dayOrThrow(from, "from") > dayOrThrow(to, "to")) throw new ArgumentError("options.to", "invalid-value", "must not be before from");
  const asOf = options.asOf ?? from;
  dayOrThrow(asOf, "asOf");
  const due: SupportReviewDue[] = [];
  for (const caseFile of caseFiles) {
    for (const deadline of timeline(caseFile, { asOf, explain: false }).deadlines) {
      if (deadline.rule !== supportReview.id || deadline.due === null || deadline.due > to) continue;
      if (deadline.due < from && deadline.status !== "overdue") continue;
      due.push({ caseId: caseFile.caseId, key: deadline.key, due: deadline.due, status: deadline.status, doneOn: deadline.doneOn });
    }
  }
  return due.sort((a, b) => compare(a.due, b.due) || compare(a.caseId, b.caseId) || compare(a.key, b.key));
}

/** Plain code-unit order: the same in every locale. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
