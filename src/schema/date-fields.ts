/**
 * Which fields of an event hold dates: those whose schema turns text into a civil date (a
 * pipe), read from the event schemas into contract-tables.ts, so the list cannot drift from the
 * contract.
 *
 * @module
 */
import { OTHER_DATE_FIELDS as PATHS } from "./contract-tables";
import type { EventType } from "./event-types";

/** A date field inside an event: its path (`phaseTransfer.transferDate`) and the names along it. */
export interface DateFieldPath {
  readonly path: string;
  readonly names: readonly string[];
}

/** The date fields of each event type besides its own `date`. */
export const OTHER_DATE_FIELDS: Readonly<Record<EventType, readonly DateFieldPath[]>> = Object.fromEntries(
  Object.entries(PATHS).map(([type, paths]) => [type, paths.map((path) => ({ path, names: path.split(".") }))]),
) as Readonly<Record<string, readonly DateFieldPath[]>>;
