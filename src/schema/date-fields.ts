/**
 * Which fields of an event hold dates: those whose schema turns text into a civil date (a
 * pipe), found once from the event schemas, so the list cannot drift from the contract.
 *
 * @module
 */
import * as z from "zod";
import { eventSchemas } from "./events";

function dateFields(shape: Readonly<Record<string, z.ZodType>>, prefix: string, found: Set<string>): void {
  for (const [name, field] of Object.entries(shape)) {
    let inner: z.ZodType = field;
    while (inner instanceof z.ZodOptional) inner = inner.unwrap() as z.ZodType;
    if (inner instanceof z.ZodPipe) found.add(prefix + name);
    else if (inner instanceof z.ZodObject) dateFields(inner.shape as Record<string, z.ZodType>, `${prefix}${name}.`, found);
  }
}

/** Every date field of every event type, as a path (`date`, `phaseTransfer.transferDate`). */
export const EVENT_DATE_FIELDS: readonly string[] = (() => {
  const found = new Set<string>();
  for (const schema of Object.values(eventSchemas)) dateFields(schema.shape, "", found);
  return [...found];
})();
