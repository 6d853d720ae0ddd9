/**
 * Which fields of an event hold dates: those whose schema turns text into a civil date (a
 * pipe), found once from the event schemas, so the list cannot drift from the contract.
 *
 * @module
 */
import * as z from "zod";
import { type EventType, eventSchemas } from "./events";

function dateFields(shape: Readonly<Record<string, z.ZodType>>, prefix: string, found: Set<string>): void {
  for (const [name, field] of Object.entries(shape)) {
    let inner: z.ZodType = field;
    while (inner instanceof z.ZodOptional) inner = inner.unwrap() as z.ZodType;
    if (inner instanceof z.ZodPipe) found.add(prefix + name);
    else if (inner instanceof z.ZodObject) dateFields(inner.shape, `${prefix}${name}.`, found);
  }
}

/** A date field inside an event: its path (`phaseTransfer.transferDate`) and the names along it. */
export interface DateFieldPath {
  readonly path: string;
  readonly names: readonly string[];
}

/** The date fields of each event type besides its own `date`. */
export const OTHER_DATE_FIELDS: Readonly<Record<EventType, readonly DateFieldPath[]>> = (() => {
  const byType: Record<string, readonly DateFieldPath[]> = {};
  for (const [type, schema] of Object.entries(eventSchemas)) {
    const found = new Set<string>();
    dateFields(schema.shape, "", found);
    found.delete("date");
    byType[type] = [...found].map((path) => ({ path, names: path.split(".") }));
  }
  return byType as Readonly<Record<EventType, readonly DateFieldPath[]>>;
})();
