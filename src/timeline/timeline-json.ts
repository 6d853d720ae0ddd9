/**
 * A timeline's JSON text, exactly as `JSON.stringify` writes it, joined from its parts when no
 * string in it needs escaping (docs/performance.md: JSON writer). The parts and their order come
 * from the timeline's schema (`schema/timeline.ts`), so a field added there is written here too.
 *
 * @module
 */
import type * as z from "zod";
import { compactTimelineSchema, timelineSchema } from "../schema/timeline";
import { DEFAULT_READINGS_JSON, type UsedReadings } from "./readings-used";
import { compactTimeline } from "./rule-facts";
import type { Timeline } from "./types";

/**
 * Whether a case file's JSON text can give only plain strings: JSON writes a quote, a backslash,
 * a control character or a lone surrogate inside a string only as an escape, which starts with a
 * backslash. The engine's own text is plain too (test/timeline/timeline-json.test.ts reads every
 * string of its source), so every string of such a case's timeline goes into JSON as it is.
 */
export function givesPlainStrings(caseFileJson: string): boolean {
  return !caseFileJson.includes("\\");
}

/** Writes one value whose strings are all plain. */
type Write = (value: unknown) => string;

const quoted: Write = (value) => `"${value as string}"`;
const literal: Write = (value) => `${value as boolean | number}`;
const stringified: Write = (value) => JSON.stringify(value);

/** A list of plain strings: joined, with no call a string. */
const strings: Write = (value) => {
  const list = value as readonly string[];
  if (list.length === 0) return "[]";
  let text = `["${list[0] as string}"`;
  for (let i = 1; i < list.length; i += 1) text += `,"${list[i] as string}"`;
  return `${text}]`;
};

/** The writer of a value of `schema`; JSON.stringify for any shape it does not join itself. */
export function jsonWriter(schema: z.core.$ZodType): Write {
  const def = schema._zod.def;
  switch (def.type) {
    case "string":
    case "enum":
      return quoted;
    case "boolean":
      return literal;
    case "nullable": {
      const inner = jsonWriter((def as z.core.$ZodNullableDef).innerType);
      return (value) => (value === null ? "null" : inner(value));
    }
    case "array": {
      const element = (def as z.core.$ZodArrayDef).element;
      if (element._zod.def.type === "string") return strings;
      const write = jsonWriter(element);
      return (value) => {
        const list = value as readonly unknown[];
        if (list.length === 0) return "[]";
        let text = `[${write(list[0])}`;
        for (let i = 1; i < list.length; i += 1) text += `,${write(list[i])}`;
        return `${text}]`;
      };
    }
    case "object":
      return objectWriter((def as z.core.$ZodObjectDef).shape);
    case "record":
      // The readings objects: the default readings' are shared, each with its text written once.
      return (value) => DEFAULT_READINGS_JSON.get(value as UsedReadings) ?? JSON.stringify(value);
    default:
      return stringified;
  }
}

const isText = (schema: z.core.$ZodType): boolean => schema._zod.def.type === "string" || schema._zod.def.type === "enum";

/**
 * An object's fields in the schema's order, which is the order the engine makes them in and
 * `JSON.stringify` follows. The writer is made once, as one expression joining fixed text and
 * each field's value, as a hand-written template would be: a loop over the fields read each by
 * a name held in a variable, which cost the batch about a sixth more (docs/performance.md: JSON
 * writer). Names go into it as JSON string literals, so any name is safe. An object with
 * optional fields (a problem) goes to `JSON.stringify`, which leaves out those that are undefined.
 */
function objectWriter(shape: z.core.$ZodShape): Write {
  const entries = Object.entries(shape);
  if (entries.some(([, schema]) => schema._zod.def.type === "optional")) return stringified;
  const nested: Write[] = [];
  const parts: string[] = [];
  let fixed = "{";
  for (const [index, [name, schema]] of entries.entries()) {
    fixed += `${index === 0 ? "" : ","}${JSON.stringify(name)}:`;
    const value = `v[${JSON.stringify(name)}]`;
    const def = schema._zod.def;
    if (isText(schema)) {
      parts.push(JSON.stringify(`${fixed}"`), value);
      fixed = '"';
    } else if (def.type === "nullable" && isText((def as z.core.$ZodNullableDef).innerType)) {
      parts.push(JSON.stringify(fixed), `(${value} === null ? "null" : '"' + ${value} + '"')`);
      fixed = "";
    } else if (def.type === "boolean") {
      parts.push(JSON.stringify(fixed), value);
      fixed = "";
    } else {
      nested.push(jsonWriter(schema));
      parts.push(JSON.stringify(fixed), `w[${nested.length - 1}](${value})`);
      fixed = "";
    }
  }
  parts.push(JSON.stringify(`${fixed}}`));
  // One joining expression compiled once from the schema: 1.2x on the batch path against a loop
  // over the fields (docs/performance.md); its only inputs are the schema's own field names.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call
  return new Function("w", `return (v) => ${parts.join(" + ")};`)(nested) as Write;
}

const writeTimeline = jsonWriter(timelineSchema);

/**
 * The JSON text of `timeline`, the same as `JSON.stringify(timeline)`. `plain` says that no
 * string in it needs escaping (see {@link givesPlainStrings}); otherwise `JSON.stringify` writes it.
 */
export function timelineJson(timeline: Timeline, plain: boolean): string {
  return plain ? writeTimeline(timeline) : JSON.stringify(timeline);
}

const writeCompact = jsonWriter(compactTimelineSchema);

/** The JSON text of `timeline` in the compact form (rule-facts.ts), as {@link timelineJson} writes the full one. */
export function compactTimelineJson(timeline: Timeline, plain: boolean): string {
  const compact = compactTimeline(timeline);
  return plain ? writeCompact(compact) : JSON.stringify(compact);
}
