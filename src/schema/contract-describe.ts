/**
 * The contract's zod schemas read as plain data (contract-shapes.ts): what
 * `scripts/generate-contract-tables.ts` writes into contract-tables.ts, and what
 * test/schema/contract-tables.test.ts holds that file to, so the tables cannot drift from the
 * schemas. Nothing at run time imports this module: it is how the tables are made.
 *
 * @module
 */
import * as z from "zod";
import { caseFileEnvelopeSchema } from "./case-file";
import type { CheckShape, ChoiceValue, FieldShape, KeyShape } from "./contract-shapes";
import { type EventType, eventSchemas } from "./events";
import { type FastCheck, compileCheck } from "./fast-path";
import { civilDateField, dateOfBirthField, identifierField } from "./fields";
import { type KeyCheck, compileKeyCheck } from "./unknown-keys";

/** The fast path's description of a schema, or `null` when the schema is of a kind it leaves to zod. */
export function describeCheck(schema: z.ZodType): CheckShape | null {
  const def = schema._zod.def;
  // The shared field schemas carry checks or transforms, recognised by their definition
  // (`.meta()` copies keep it).
  if (def === civilDateField._zod.def) return { kind: "civil-date" };
  if (def === identifierField._zod.def) return { kind: "identifier" };
  if (def === dateOfBirthField._zod.def) return { kind: "date-of-birth" };
  if (def.checks !== undefined && def.checks.length > 0) return null;
  if (schema instanceof z.ZodEnum) return { kind: "one-of", values: schema.options };
  if (schema instanceof z.ZodLiteral) return { kind: "one-of", values: [...schema.values] as ChoiceValue[] };
  if (schema instanceof z.ZodBoolean) return schema._zod.def.coerce ? null : { kind: "boolean" };
  if (schema instanceof z.ZodArray) {
    const element = describeCheck(schema.element as z.ZodType);
    return element === null ? null : { kind: "array", element };
  }
  if (schema instanceof z.ZodObject) return describeObject(schema);
  return null;
}

function describeObject(schema: z.ZodObject): CheckShape | null {
  if (schema._zod.def.catchall !== undefined) return null;
  const fields: FieldShape[] = [];
  for (const [key, field] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    // An optional default (`optin: "defaulted"`) fills in a value when absent: left to zod.
    const optional = field instanceof z.ZodOptional && field._zod.optin === "optional";
    const check = describeCheck(optional ? (field.unwrap() as z.ZodType) : field);
    if (check === null && !optional) return null;
    fields.push({ key, optional, check });
  }
  return { kind: "object", fields };
}

/** Where a schema holds objects and the keys each defines, or `null` when it holds none. */
export function describeKeys(schema: z.ZodType): KeyShape | null {
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    const fields = Object.entries(shape).flatMap(([key, field]) => {
      const inner = describeKeys(field);
      return inner === null ? [] : [[key, inner] as const];
    });
    return { kind: "object", known: Object.keys(shape), fields };
  }
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) return describeKeys(schema.def.innerType as z.ZodType);
  if (schema instanceof z.ZodPipe) return describeKeys(schema.def.in as z.ZodType);
  if (schema instanceof z.ZodArray) {
    const element = describeKeys(schema.element as z.ZodType);
    return element === null ? null : { kind: "array", element };
  }
  if (schema instanceof z.ZodDiscriminatedUnion) return describeTagged(schema);
  if (schema instanceof z.ZodUnion) {
    // A date or an object, a preset name or a policy: the one object branch's keys.
    const objects = (schema.options as z.ZodType[]).filter((option) => option instanceof z.ZodObject);
    const only = objects.length === 1 ? objects[0] : undefined;
    return only === undefined ? null : describeKeys(only);
  }
  return null;
}

function describeTagged(schema: z.ZodDiscriminatedUnion): KeyShape {
  const tag = schema.def.discriminator;
  const branches: (readonly [ChoiceValue, KeyShape])[] = [];
  for (const option of schema.options as z.ZodObject[]) {
    const keys = describeKeys(option);
    const literal = option.shape[tag] as z.ZodType | undefined;
    if (keys !== null && literal instanceof z.ZodLiteral) for (const value of literal.values) branches.push([value as ChoiceValue, keys]);
  }
  return { kind: "tagged", tag, branches };
}

/** The fast path's checker of a zod schema, made as the tables make it; `null` where zod decides. */
export function fastCheck(schema: z.ZodType): FastCheck | null {
  const shape = describeCheck(schema);
  return shape === null ? null : compileCheck(shape);
}

/** The unknown-key checker of a zod schema, made as the tables make it; `null` when it holds no object. */
export function keyCheck(schema: z.ZodType, extraKeys: readonly string[] = []): KeyCheck | null {
  const shape = describeKeys(schema);
  return shape === null ? null : compileKeyCheck(shape, extraKeys);
}

const fieldsOf = (type: EventType): [string, z.ZodType][] => Object.entries(eventSchemas[type].shape as Record<string, z.ZodType>);
const unwrapOptional = (schema: z.ZodType): z.ZodType => (schema instanceof z.ZodOptional ? unwrapOptional(schema.unwrap() as z.ZodType) : schema);

/** An event type's required fields with a fixed set of values (`outcome`, `by`, `wantsMediation`…). */
function requiredChoices(type: EventType): (readonly [string, readonly ChoiceValue[]])[] {
  return fieldsOf(type).flatMap(([field, schema]) => {
    if (field === "type") return [];
    if (schema instanceof z.ZodEnum) return [[field, schema.options] as const];
    if (schema instanceof z.ZodBoolean) return [[field, [true, false] as ChoiceValue[]] as const];
    return [];
  });
}

/** An event type's list fields (`appliesTo`). */
const listFields = (type: EventType): string[] => fieldsOf(type).flatMap(([field, schema]) => (unwrapOptional(schema) instanceof z.ZodArray ? [field] : []));

/** The paths of an event type's date fields besides its own `date` (`phaseTransfer.transferDate`): those whose schema turns text into a date (a pipe). */
function otherDateFields(type: EventType): string[] {
  const found: string[] = [];
  const walk = (shape: Readonly<Record<string, z.ZodType>>, prefix: string): void => {
    for (const [name, field] of Object.entries(shape)) {
      const inner = unwrapOptional(field);
      if (inner instanceof z.ZodPipe) found.push(prefix + name);
      else if (inner instanceof z.ZodObject) walk(inner.shape, `${prefix}${name}.`);
    }
  };
  walk(eventSchemas[type].shape, "");
  return found.filter((path) => path !== "date");
}

// The schemas' own keys, not EVENT_TYPES: the names in the tables are read from the schemas too.
const SCHEMA_TYPES = Object.keys(eventSchemas) as EventType[];
const byType = <T>(of: (type: EventType) => T): Record<EventType, T> => Object.fromEntries(SCHEMA_TYPES.map((type) => [type, of(type)])) as Record<EventType, T>;

/** Every table of contract-tables.ts, read from the schemas. */
export function contractTables() {
  return {
    EVENT_TYPES: SCHEMA_TYPES,
    ENVELOPE_CHECK: describeCheck(caseFileEnvelopeSchema),
    EVENT_CHECKS: byType((type) => describeCheck(eventSchemas[type])),
    ENVELOPE_KEYS: describeKeys(caseFileEnvelopeSchema),
    EVENT_KEYS: byType((type) => describeKeys(eventSchemas[type])),
    REQUIRED_CHOICES: byType(requiredChoices),
    LIST_FIELDS: byType(listFields),
    OTHER_DATE_FIELDS: byType(otherDateFields),
  };
}
