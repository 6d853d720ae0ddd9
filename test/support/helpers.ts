// Shared builders for the SEN support tests. Input only: no expected value is computed here.
import { type Deadline, type Problem, type Timeline, parseCaseFileOrThrow, timeline } from "../../src/index";

/** An event as a caller writes it in a case file. */
export interface Ev {
  readonly type: string;
  readonly date: string;
  readonly id?: string;
  readonly [field: string]: unknown;
}

export interface SupportCase {
  readonly caseId?: string;
  readonly supportPolicy?: unknown;
  readonly closures?: readonly { readonly from: string; readonly to: string; readonly setting?: string }[];
  readonly options?: Record<string, unknown>;
}

/** A case file built from events, parsed with the public schema (so every input is valid). */
export function supportCase(events: readonly Ev[], extra: SupportCase = {}) {
  const options = { ...extra.options, ...(extra.supportPolicy === undefined ? {} : { supportPolicy: extra.supportPolicy }) };
  return parseCaseFileOrThrow({
    caseId: extra.caseId ?? "T-SUPPORT",
    events,
    ...(extra.closures === undefined ? {} : { calendar: { closures: extra.closures.map((c) => ({ setting: "SCH1", ...c })) } }),
    ...(Object.keys(options).length === 0 ? {} : { options }),
  });
}

/** The timeline of such a case. */
export function run(events: readonly Ev[], asOf: string, extra: SupportCase = {}): Timeline {
  return timeline(supportCase(events, extra), { asOf });
}

/** The deadline with this key; fails the test when there is none. */
export function deadline(result: Timeline, key: string): Deadline {
  const found = result.deadlines.find((d) => d.key === key);
  if (found === undefined) throw new Error(`no deadline ${key}; keys: ${result.deadlines.map((d) => d.key).join(", ")}`);
  return found;
}

/** The problem codes, with the event each names. */
export const codes = (result: Timeline): string[] => result.problems.map((p: Problem) => `${p.code}@${p.eventId ?? "-"}`);

/** Plain UTC arithmetic on `YYYY-MM-DD`, for building inputs only. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * A school's 2024-25 closures as many schools list them (weekdays only for half-terms, so a
 * half-term is 5 days and no term break under a 7-day minimum).
 */
export const CLOSURES_2024_25 = [
  { from: "2024-10-28", to: "2024-11-01" }, // autumn half-term, Mon–Fri: 5 days
  { from: "2024-12-21", to: "2025-01-05" }, // Christmas, Sat–Sun: 16 days
  { from: "2025-02-17", to: "2025-02-21" }, // spring half-term: 5 days
  { from: "2025-04-05", to: "2025-04-21" }, // Easter, Sat–Mon: 17 days
  { from: "2025-07-23", to: "2025-09-02" }, // summer
] as const;
