/**
 * JSON Schema (draft 2020-12) of the case file and of the timeline, generated from the zod
 * schemas with zod's own generator, for case systems written in other languages; and the zod
 * schemas themselves, with the exception grounds' definitions, for callers that build on them.
 *
 * @module ehc-timeline/schema
 */
import * as z from "zod";
import { caseFileSchema } from "../schema/case-file";
import { civilDateField, dateOfBirthField } from "../schema/fields";
import { compactTimelineSchema, rulesSchema, timelineSchema } from "../schema/timeline";
import { EXTENSION_PREFIX } from "../schema/unknown-keys";

export { caseFileSchema, optionsSchema, calendarSchema } from "../schema/case-file";
export { eventSchema, eventSchemas } from "../schema/events";
export { timelineSchema, deadlineSchema, problemSchema, compactTimelineSchema, compactDeadlineSchema, rulesSchema, ruleFactsSchema } from "../schema/timeline";
export { customSupportPolicySchema, supportPolicyOptionSchema } from "../schema/support-policy";
export { formatPath } from "../schema/parse";
export { GROUNDS, type GroundDefinition, type GroundCheck } from "../law/exception-grounds";

/** A JSON Schema document, as plain JSON. */
export type JsonSchema = Record<string, unknown>;

// Date fields are checked by code (a transform or a refinement), which JSON Schema cannot
// carry; a pattern gives other languages the shape at least. `.meta()` clones keep the def.
const DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}(T.+)?$";
const DATE_OF_BIRTH_PATTERN = "^\\d{4}-(0[1-9]|1[0-2])(-\\d{2})?$";

/**
 * The case file is generated in its input form: what a caller sends (dates as strings before
 * they are normalised, defaulted fields optional), with every object closed as the parser
 * closes it: no key it does not define, but any key starting with `x-` (unknown-keys.ts). The
 * timeline is generated in its output form: what the engine returns, every field it always
 * writes required, its objects left open so fields added later do not break a caller's
 * validation.
 */
function generate(schema: z.ZodType, id: string, io: "input" | "output"): JsonSchema {
  const json = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    override: ({ zodSchema, jsonSchema }) => {
      const def = zodSchema._zod.def;
      if (def === civilDateField._zod.def) jsonSchema.pattern = DATE_PATTERN;
      else if (def === dateOfBirthField._zod.def) jsonSchema.pattern = DATE_OF_BIRTH_PATTERN;
      else if (def.type === "object" && def.catchall === undefined) closeOrOpen(jsonSchema, io);
    },
  }) as JsonSchema;
  return { $schema: json["$schema"], $id: `urn:ehc-timeline:schema:${id}`, ...json };
}

/** The case file's objects closed but for `x-` keys; the timeline's open (zod's output form closes them). */
function closeOrOpen(jsonSchema: JsonSchema, io: "input" | "output"): void {
  if (io === "output") {
    if (jsonSchema["additionalProperties"] === false) delete jsonSchema["additionalProperties"];
    return;
  }
  jsonSchema["patternProperties"] = { [`^${EXTENSION_PREFIX}`]: {} };
  jsonSchema["additionalProperties"] = false;
}

let caseFileCache: JsonSchema | undefined;
let timelineCache: JsonSchema | undefined;

/**
 * The JSON Schema of a case file (case-file.md § Case file). Every event must be of a known
 * type here; the parser itself is more forgiving (an unknown type becomes a problem).
 *
 * @example
 * const schema = caseFileJsonSchema();
 * schema["$schema"]; // "https://json-schema.org/draft/2020-12/schema"
 */
export function caseFileJsonSchema(): JsonSchema {
  caseFileCache ??= generate(caseFileSchema, "case-file", "input");
  return structuredClone(caseFileCache);
}

/**
 * The JSON Schema of a timeline, the engine's output (case-file.md § Timeline).
 *
 * @example
 * timelineJsonSchema().title; // "ehc-timeline timeline"
 */
export function timelineJsonSchema(): JsonSchema {
  timelineCache ??= generate(timelineSchema, "timeline", "output");
  return structuredClone(timelineCache);
}

/** A schema generated once, on first use, and handed out as a copy each time. */
function generatedOnce(make: () => JsonSchema): () => JsonSchema {
  let cache: JsonSchema | undefined;
  return () => structuredClone((cache ??= make()));
}

/** The JSON Schema of a compact timeline (`batch --compact`, `/timelines?compact=true`): deadlines name their rule's facts by id. */
export const compactTimelineJsonSchema = generatedOnce(() => generate(compactTimelineSchema, "timeline-compact", "output"));

/** The JSON Schema of the rules' facts (`ehc-timeline rules`, `GET /rules`). */
export const rulesJsonSchema = generatedOnce(() => generate(rulesSchema, "rules", "output"));

/** The published schemas by name, as the CLI and HTTP handler serve them. */
export const JSON_SCHEMAS = {
  "case-file": caseFileJsonSchema,
  timeline: timelineJsonSchema,
  "timeline-compact": compactTimelineJsonSchema,
  rules: rulesJsonSchema,
} as const satisfies Record<string, () => JsonSchema>;

/** The name of a published schema. */
export type JsonSchemaName = keyof typeof JSON_SCHEMAS;
