/**
 * A shortcut past zod for input that is certainly valid. Each checker is derived from a zod
 * schema by reading its definition, so it cannot drift from the contract; it understands only
 * a few simple kinds of schema and, for anything else, or any doubt about a value, answers
 * "not sure" so that zod decides (and reports the issues). When it does accept a value, it
 * returns exactly what zod would: the same fields, values and key order.
 *
 * @module
 */
import * as z from "zod";
import { parseCivilDate } from "../dates/civil-date";
import { civilDateField, dateOfBirthField, IDENTIFIER_MAX_LENGTH, identifierField, isDateOfBirth } from "./fields";

/** "Not sure": let zod decide. */
export const UNSURE: unique symbol = Symbol("unsure");

/** A value's parsed form when it is certainly valid, else {@link UNSURE}. */
export type FastCheck = (value: unknown) => unknown;

/** What zod takes for an object. */
export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

// A date field accepts timestamps too, and turns them into dates: only the plain form is sure.
const plainCivilDate: FastCheck = (value) => (typeof value === "string" && value.length === 10 && parseCivilDate(value) !== null ? value : UNSURE);
// Counted in UTF-16 units, never fewer than zod's code points: within these bounds it is sure.
const identifier: FastCheck = (value) => (typeof value === "string" && value.length >= 1 && value.length <= IDENTIFIER_MAX_LENGTH ? value : UNSURE);
const dateOfBirth: FastCheck = (value) => (typeof value === "string" && isDateOfBirth(value) ? value : UNSURE);

/** The checker of a schema, or `null` when the schema is of a kind this module leaves to zod. */
export function fastCheck(schema: z.ZodType): FastCheck | null {
  const def = schema._zod.def;
  // The shared field schemas carry checks or transforms, recognised by their definition
  // (`.meta()` copies keep it).
  if (def === civilDateField._zod.def) return plainCivilDate;
  if (def === identifierField._zod.def) return identifier;
  if (def === dateOfBirthField._zod.def) return dateOfBirth;
  if (def.checks !== undefined && def.checks.length > 0) return null;
  if (schema instanceof z.ZodLiteral || schema instanceof z.ZodEnum) {
    const values: ReadonlySet<unknown> = schema instanceof z.ZodEnum ? new Set(schema.options) : schema.values;
    return (value) => (values.has(value) ? value : UNSURE);
  }
  if (schema instanceof z.ZodBoolean) return schema._zod.def.coerce ? null : (value) => (typeof value === "boolean" ? value : UNSURE);
  if (schema instanceof z.ZodArray) return arrayCheck(schema);
  if (schema instanceof z.ZodObject) return objectCheck(schema);
  return null;
}

function arrayCheck(schema: z.ZodArray): FastCheck | null {
  const element = fastCheck(schema.element as z.ZodType);
  if (element === null) return null;
  return (value) => {
    if (!Array.isArray(value)) return UNSURE;
    const out: unknown[] = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i += 1) {
      const item = element(value[i]);
      if (item === UNSURE) return UNSURE;
      out[i] = item;
    }
    return out;
  };
}

interface FieldCheck {
  readonly key: string;
  readonly optional: boolean;
  /** `null`: an optional field of a kind left to zod, sure only when absent. */
  readonly check: FastCheck | null;
}

function objectCheck(schema: z.ZodObject): FastCheck | null {
  if (schema._zod.def.catchall !== undefined) return null;
  const fields: FieldCheck[] = [];
  for (const [key, field] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    // An optional default (`optin: "defaulted"`) fills in a value when absent: left to zod.
    const optional = field instanceof z.ZodOptional && field._zod.optin === "optional";
    const check = fastCheck(optional ? (field.unwrap() as z.ZodType) : field);
    if (check === null && !optional) return null;
    fields.push({ key, optional, check });
  }
  return (value) => {
    if (!isObject(value)) return UNSURE;
    const out: Record<string, unknown> = {};
    for (const { key, optional, check } of fields) {
      const item = value[key];
      if (item === undefined) {
        // Absent is fine for an optional field; present but undefined zod keeps as a key.
        if (optional && !(key in value)) continue;
        return UNSURE;
      }
      if (check === null) return UNSURE;
      const parsed = check(item);
      if (parsed === UNSURE) return UNSURE;
      out[key] = parsed;
    }
    return out;
  };
}
