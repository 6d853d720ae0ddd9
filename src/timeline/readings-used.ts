/**
 * The readings that produced a deadline's date, for its `reading` field: chosen by a mask of
 * bits, one frozen object per readings and mask, shared by every deadline that used the same
 * ones (docs/performance.md: shared readings objects).
 *
 * @module
 */
import type { CountingForm } from "../dates/counting";
import { DEFAULT_READINGS, type Readings } from "../law/readings";
import type { Rule } from "../law/types";
import type { DeadlineContext, ReadingsTable, UsedReadings } from "./deadline-context";

export type { ReadingsTable, UsedReadings } from "./deadline-context";
import type { Instance } from "./registry";

/** The readings that produced the date, for the output: which ones, as bits of a mask. */
const USES = {
  dayCounting: 1,
  reviewPeriod: 2,
  phaseTransferDeadline: 4,
  receipt: 8,
  service: 16,
  draftPlanTargetWeeks: 32,
  orderClock: 64,
  exceptions: 128,
  exceptionTiming: 256,
  absenceWithin: 512,
} as const;

/** The readings named by a mask, in a fixed order. */
function chooseReadings(readings: Readings, mask: number): UsedReadings {
  const chosen: Record<string, string | number> = {};
  for (const [name, bit] of Object.entries(USES)) if ((mask & bit) !== 0) chosen[name] = readings[name as keyof typeof USES];
  return Object.freeze(chosen);
}

/**
 * The default readings' objects by mask (most cases give no options): the same objects for every
 * such case, and never changed. Each is made when a deadline first needs it, not all 1,024 at
 * load: that cost every start of the command line about 10 ms (docs/performance.md: cold start).
 */
const DEFAULT_TABLE: ReadingsTable = [];

/**
 * The default readings' objects made so far, each with its JSON text: the batch writer writes
 * each once (docs/performance.md: shared readings objects).
 */
export const DEFAULT_READINGS_JSON: ReadonlyMap<UsedReadings, string> = new Map();

/** The default readings' object for `mask`, made once. */
function defaultReadings(mask: number): UsedReadings {
  const used = chooseReadings(DEFAULT_READINGS, mask);
  (DEFAULT_READINGS_JSON as Map<UsedReadings, string>).set(used, JSON.stringify(used));
  return used;
}

/**
 * The table of used readings for a case: the shared one for the default readings, else a new
 * one, filled as the case's deadlines need it ({@link DeadlineContext.readingsTable}).
 */
export function readingsTableOf(readings: Readings): ReadingsTable {
  return readings === DEFAULT_READINGS ? DEFAULT_TABLE : [];
}

/** The readings the rule itself always uses (its local target, the order clock), as mask bits. */
export function ruleReadingsMask(rule: Rule): number {
  let mask = 0;
  for (const reading of rule.readings ?? []) mask |= USES[reading];
  return mask;
}

/** Forms whose count the dayCounting reading changes. A comparison, not a set: every deadline asks. */
const affectedByDayCounting = (kind: CountingForm["kind"]): boolean =>
  kind === "weeks-after" || kind === "days-after" || kind === "months-after" || kind === "working-days-after";

/**
 * The readings that produced an instance's date; `exception`: whether an exception changed the
 * limit; `absence`: whether an absence claim was judged against it (reading absenceWithin).
 */
export function readingsUsed(instance: Instance, ruleMask: number, form: CountingForm, context: DeadlineContext, exception: boolean, absence: boolean): UsedReadings {
  let mask = ruleMask;
  // A school-day date is counted by its inner form first (an SEN support review).
  const inner = form.kind === "school-day-by" ? form.form : form;
  if (affectedByDayCounting(inner.kind)) mask |= USES.dayCounting;
  if (form.kind === "months-beginning-with") mask |= USES.reviewPeriod;
  if (form.kind === "before") mask |= USES.phaseTransferDeadline;
  if (instance.adjust !== undefined) mask |= USES[instance.adjust];
  // Under `pause` the indicative date is the due date at once: exceptionTiming plays no part.
  if (exception) mask |= context.readings.exceptions === "disapply" ? USES.exceptions | USES.exceptionTiming : USES.exceptions;
  if (absence) mask |= USES.absenceWithin;
  const table = context.readingsTable;
  return (table[mask] ??= table === DEFAULT_TABLE ? defaultReadings(mask) : chooseReadings(context.readings, mask));
}
