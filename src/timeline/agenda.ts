/**
 * The agenda: the duties due and overdue across many timelines, for a worklist.
 *
 * @module
 */
import { ArgumentError } from "../vocabulary/argument-error";
import type { Owner, Strength } from "../law/types";
import type { Deadline, Timeline } from "./types";

/** Options of {@link agenda}. */
export interface AgendaOptions {
  /** First day of the window, `YYYY-MM-DD`: a pending duty due before it is listed as overdue. */
  readonly from: string;
  /** Last day of the window, `YYYY-MM-DD`, included: duties due after it are left out. */
  readonly to: string;
  /** Only the duties of these owners; all owners when left out. */
  readonly owners?: readonly Owner[];
}

/** One duty on the agenda. */
export interface AgendaItem {
  readonly caseId: string;
  /** The deadline's key, unique within its case. */
  readonly key: string;
  readonly rule: string;
  readonly title: string;
  /** The last day on which the act is in time. */
  readonly due: string;
  /**
   * `overdue`: the timeline says so, or the duty is still pending and its due date is before
   * `from`. `due`: pending, with its due date from `from` to `to`.
   */
  readonly state: "overdue" | "due";
  readonly owner: Owner;
  readonly strength: Strength;
  readonly citation: string;
}

const CIVIL_DATE = /^\d{4}-\d{2}-\d{2}$/;

function itemOf(caseId: string, deadline: Deadline, from: string, to: string): AgendaItem | null {
  const due = deadline.due;
  if (due === null) return null;
  let state: AgendaItem["state"];
  if (deadline.status === "overdue") state = "overdue";
  else if (deadline.status !== "pending") return null;
  else if (due < from) state = "overdue";
  else if (due <= to) state = "due";
  else return null;
  return {
    caseId,
    key: deadline.key,
    rule: deadline.rule,
    title: deadline.title,
    due,
    state,
    owner: deadline.owner,
    strength: deadline.strength,
    citation: deadline.citation,
  };
}

/** Earliest due date first; then by case id and deadline key, so the order never depends on the input's. */
export function compareAgendaItems(a: AgendaItem, b: AgendaItem): number {
  if (a.due !== b.due) return a.due < b.due ? -1 : 1;
  if (a.caseId !== b.caseId) return a.caseId < b.caseId ? -1 : 1;
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return 0;
}

/**
 * The duties due and overdue across timelines: every limit still owed (status `pending` or
 * `overdue`) that is overdue or due by `to`, earliest first. Windows, earliest dates and acts
 * already done are left out: they are not duties still to do.
 *
 * @example
 * const items = agenda([timeline(parsed, { asOf: "2024-12-01" })], { from: "2024-12-01", to: "2025-01-31" });
 * items.map((i) => `${i.due} ${i.state} ${i.rule}`); // ["2025-01-22 due final-plan", …]
 */
export function agenda(timelines: Iterable<Timeline>, options: AgendaOptions): AgendaItem[] {
  const { from, to } = options;
  if (!CIVIL_DATE.test(from)) throw new ArgumentError("options.from", "invalid-date", "expected a date written YYYY-MM-DD");
  if (!CIVIL_DATE.test(to)) throw new ArgumentError("options.to", "invalid-date", "expected a date written YYYY-MM-DD");
  if (from > to) throw new ArgumentError("options.to", "invalid-value", "must not be before from");
  const owners = options.owners === undefined ? null : new Set<Owner>(options.owners);
  const items: AgendaItem[] = [];
  for (const t of timelines) {
    for (const deadline of t.deadlines) {
      if (owners !== null && !owners.has(deadline.owner)) continue;
      const item = itemOf(t.caseId, deadline, from, to);
      if (item !== null) items.push(item);
    }
  }
  return items.sort(compareAgendaItems);
}
