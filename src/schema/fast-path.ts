/**
 * A shortcut past zod for input that is certainly valid. Each checker is made from a schema's
 * description in contract-tables.ts, which is written from the zod schema (contract-describe.ts),
 * so it cannot drift from the contract; it understands only a few simple kinds of schema and,
 * for anything else, or any doubt about a value, answers "not sure" so that zod decides (and
 * reports the issues). When it does accept a value, it returns exactly what zod would: the same
 * fields, values and key order. It needs no zod, so a valid case file never loads it.
 *
 * @module
 */
import { parseCivilDate } from "../dates/civil-date";
import type { CheckShape, FieldShape } from "./contract-shapes";
import { IDENTIFIER_MAX_LENGTH, isDateOfBirth } from "./field-values";

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
const boolean: FastCheck = (value) => (typeof value === "boolean" ? value : UNSURE);

/** The checker of a schema's description. */
export function compileCheck(shape: CheckShape): FastCheck {
  switch (shape.kind) {
    case "civil-date":
      return plainCivilDate;
    case "identifier":
      return identifier;
    case "date-of-birth":
      return dateOfBirth;
    case "boolean":
      return boolean;
    case "one-of": {
      const values: ReadonlySet<unknown> = new Set(shape.values);
      return (value) => (values.has(value) ? value : UNSURE);
    }
    case "array":
      return arrayCheck(compileCheck(shape.element));
    case "object":
      return objectCheck(shape.fields);
  }
}

function arrayCheck(element: FastCheck): FastCheck {
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

function objectCheck(shapes: readonly FieldShape[]): FastCheck {
  const fields = shapes.map(({ key, optional, check }) => ({ key, optional, check: check === null ? null : compileCheck(check) }));
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
