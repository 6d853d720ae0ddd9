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
    else if (inner instanceof z.ZodObject) dateFields(inner.shape as Record<string, z.ZodType>, `${prefix}${name}.`, found);
  }
}

/** The date fields of each event type besides its own `date`, as paths (`phaseTransfer.transferDate`). */
export const OTHER_DATE_FIELDS: { readonly [T in EventType]: readonly string[] } = (() => {
  const byType: Record<string, readonly string[]> = {};
  for (const [type, schema] of Object.entries(eventSchemas)) {
    const found = new Set<string>();
    dateFields(schema.shape, "", found);
    found.delete("date");
    byType[type] = [...found];
  }
  return byType as { readonly [T in EventType]: readonly string[] };
})();
