/**
 * The guard on a case file `timeline()` is given. A parsed case file always has valid dates
 * and choices; one built by hand and never parsed may not, and then gets a `CaseFileError`
 * naming the field rather than an error from deep inside the date arithmetic or a guess.
 *
 * @module
 */
import { type DayNumber, parseCivilDate } from "../dates/civil-date";
import { CaseFileError } from "../schema/case-file-error";
import { LIST_FIELDS, REQUIRED_CHOICES } from "../schema/contract-tables";

/** The day of a date field of the case file, or a `CaseFileError` naming it when it is no `YYYY-MM-DD` date. */
export function caseFileDay(value: unknown, path: string): DayNumber {
  const day = typeof value === "string" ? parseCivilDate(value) : null;
  if (day === null) throw notADate(path);
  return day;
}

/** The error for a date field that is no `YYYY-MM-DD` date: a case file built by hand, not parsed. */
export function notADate(path: string): CaseFileError {
  return new CaseFileError([{ code: "invalid-date", path, message: "not a calendar date YYYY-MM-DD (check the case file with parseCaseFile first)" }]);
}

/** Each event type's required fields with a fixed set of values (`outcome`, `by`, `wantsMediation`…), from its schema. */
const REQUIRED: ReadonlyMap<string, readonly (readonly [string, ReadonlySet<unknown>])[]> = new Map(
  Object.entries(REQUIRED_CHOICES).map(([type, fields]) => [type, fields.map(([field, values]) => [field, new Set<unknown>(values)] as const)]),
);

/** Each event type's list fields (`appliesTo`), which must be lists when given. */
const LISTS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(LIST_FIELDS));

/** A `CaseFileError` when the events are not a list: a case file built by hand, never parsed. */
export function checkEventList(events: unknown): void {
  if (!Array.isArray(events))
    throw new CaseFileError([{ code: "invalid-type", path: "events", message: "expected a list of events (check the case file with parseCaseFile first)" }]);
}

/**
 * A `CaseFileError` naming the first required choice of an event (`events[3].outcome`) that is
 * missing or not one of its values: only a case file built by hand, never parsed, has one, and
 * an absent `outcome` must not be read as the other branch.
 */
export function checkRequiredChoices(event: Readonly<Record<string, unknown>> & { readonly type: string }, index: number): void {
  for (const field of LISTS.get(event.type) ?? []) {
    const value = event[field];
    if (value !== undefined && !Array.isArray(value)) {
      throw new CaseFileError([{ code: "invalid-type", path: `events[${index}].${field}`, message: "expected a list (check the case file with parseCaseFile first)" }]);
    }
  }
  for (const [field, values] of REQUIRED.get(event.type) ?? []) {
    const value = event[field];
    if (values.has(value)) continue;
    const path = `events[${index}].${field}`;
    throw new CaseFileError([
      value === undefined
        ? { code: "missing", path, message: "is required (check the case file with parseCaseFile first)" }
        : { code: "invalid-value", path, message: "not one of the field's values (check the case file with parseCaseFile first)" },
    ]);
  }
}
