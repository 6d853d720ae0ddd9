/**
 * Hostile case files for the fuzz suite: every event type and every field of its schema
 * (walked from the zod schemas that docs/events.md is rendered from, so a new field is covered
 * the day it is added), dates from year 0000 to 9999 with the 1970/2099 edges of the date
 * tables, timestamps with offsets, canary strings in every string field, x- and unknown keys, and
 * `__proto__` keys. Most values are valid, so that most cases get through parsing and drive
 * the state machine; a few in each case are not.
 */
import fc from "fast-check";
import * as z from "zod";
import { calendarSchema, optionsSchema } from "../../src/schema/case-file";
import { EVENT_TYPES, eventSchemas } from "../../src/schema/events";
import { civilDateField, dateOfBirthField, identifierField } from "../../src/schema/fields";

/** Strings no message may repeat: names, free text, markup, format strings, non-Latin text. */
export const CANARIES = [
  "Zoe Canary-Smith",
  "canary-7f3a",
  "Żółć Kanarek",
  "名前カナリア",
  "<b>canary</b>",
  "%s%n canary",
  "${canary}",
  "canary\u0000nul",
  'Canary O\'Brien "quoted"',
  "\u202Ecanary-rtl",
] as const;

/** Identifiers shared between events, so that requests and replies meet (adviceId, setting…). */
const SHARED_IDS = ["canary-adv-1", "canary-adv-2", "canary-school-A"] as const;

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/** A year: mostly the years the law's processes run in, some at the edges of every table. */
const year = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 2014, max: 2030 }) },
  { weight: 1, arbitrary: fc.constantFrom(1969, 1970, 1971, 1999, 2000, 2098, 2099, 2100) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 9999 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 9999) },
);

/** A day that exists (the 29th to 31st come from the edges below and from {@link anyDay}). */
const plainDate = fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);

/** Any day of a month's numbering, some of which do not exist (31 April). */
const anyDay = fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 29, max: 31 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);

const OFFSETS = ["Z", "+00:00", "+01:00", "-01:00", "+05:30", "-05:00", "+14:00", "-12:00", "+23:59", "-23:59"] as const;

const timestamp = fc
  .tuple(plainDate, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom(...OFFSETS), fc.boolean())
  .map(([date, h, m, s, offset, millis]) => `${date}T${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}${millis ? ".999" : ""}${offset}`);

/** The timestamps that once became days outside the engine's range in England, and their neighbours. */
const EDGE_DATES = [
  "0000-01-01T00:00:00Z",
  "0000-01-01T00:01:14Z",
  "0000-01-01T00:01:15Z",
  "0000-01-01",
  "9999-12-31",
  "9999-12-31T23:59:59Z",
  "9999-12-31T23:00:00-05:00",
  "9999-12-31T12:00:00-12:00",
  "1969-12-31T23:59:59-01:00",
  "1970-01-01T00:00:00+14:00",
  "2099-12-31T23:30:00-01:00",
  "2100-01-01T00:00:00+01:00",
  "2024-02-29",
  "2025-02-29",
  "2025-13-01",
  "2025-03-30T01:30:00+00:00",
  "2025-10-26T01:30:00+01:00",
] as const;

/** A date field's value in a case meant to parse: plain dates and timestamps with offsets inside years 0001 to 9998, and now and then an edge. */
const validDate = fc.oneof(
  { weight: 12, arbitrary: plainDate },
  { weight: 3, arbitrary: timestamp.filter((t) => t >= "0001" && t < "9999") },
  { weight: 1, arbitrary: fc.constantFrom(...EDGE_DATES) },
);

/** A date field's value in a hostile case: the edges, days that do not exist, and now and then no date. */
const hostileDate = fc.oneof(
  { weight: 8, arbitrary: validDate },
  { weight: 3, arbitrary: timestamp },
  { weight: 3, arbitrary: fc.constantFrom(...EDGE_DATES) },
  { weight: 1, arbitrary: anyDay },
  { weight: 1, arbitrary: fc.constantFrom(...CANARIES) },
);

const canary = fc.constantFrom(...CANARIES);

/** Any string a valid case may hold: a canary, a shared identifier, or random text (unicode included). */
const validString = fc.oneof(
  { weight: 4, arbitrary: canary },
  { weight: 3, arbitrary: fc.constantFrom(...SHARED_IDS) },
  { weight: 1, arbitrary: fc.string({ minLength: 4, maxLength: 12, unit: "grapheme" }) },
);

/** Strings of a hostile case: those, and some too long for any field. */
const hostileString = fc.oneof({ weight: 6, arbitrary: validString }, { weight: 1, arbitrary: fc.string({ minLength: 201, maxLength: 260 }) });

/** Now and then a value of the wrong kind, whatever the field. */
const wrongValue = fc.oneof(fc.constantFrom(null, 0, -1, 1e308, true, [], {}), canary);

type Arbitrary = fc.Arbitrary<unknown>;

/** How a case is drawn: `valid` cases are meant to parse (and mostly do); `hostile` ones mostly do not. */
type Mode = "valid" | "hostile";

/** Values for one schema: in a hostile case, then and again wrong. */
function valueFor(schema: z.ZodType, mode: Mode): Arbitrary {
  return mode === "valid" ? validFor(schema, mode) : fc.oneof({ weight: 12, arbitrary: validFor(schema, mode) }, { weight: 1, arbitrary: wrongValue });
}

function validFor(schema: z.ZodType, mode: Mode): Arbitrary {
  const def = schema._zod.def;
  const dateValue = mode === "valid" ? validDate : hostileDate;
  const stringValue = mode === "valid" ? validString : hostileString;
  if (def === civilDateField._zod.def) return dateValue;
  if (def === identifierField._zod.def) return stringValue;
  if (def === dateOfBirthField._zod.def)
    return mode === "valid"
      ? fc.oneof(
          plainDate,
          plainDate.map((d) => d.slice(0, 7)),
        )
      : fc.oneof(plainDate, anyDay, canary);
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) return valueFor(schema.unwrap() as z.ZodType, mode);
  if (schema instanceof z.ZodPipe) return dateValue;
  if (schema instanceof z.ZodLiteral) return fc.constantFrom(...(schema.values as Set<unknown>));
  const options = schema instanceof z.ZodEnum ? fc.constantFrom(...(schema.options as unknown[])) : null;
  if (options !== null) return mode === "valid" ? options : fc.oneof({ weight: 9, arbitrary: options }, { weight: 1, arbitrary: canary });
  if (schema instanceof z.ZodBoolean) return fc.boolean();
  if (schema instanceof z.ZodNumber) {
    const min = schema.minValue ?? -5;
    const max = schema.maxValue ?? 60;
    const inRange = fc.integer({ min: Math.max(min, -1000), max: Math.min(max, 1000) });
    return mode === "valid" ? inRange : fc.oneof({ weight: 9, arbitrary: inRange }, { weight: 1, arbitrary: fc.constantFrom(min - 1, max + 1, 0.5) });
  }
  if (schema instanceof z.ZodString) return stringValue;
  if (schema instanceof z.ZodArray) return fc.array(valueFor(schema.element as z.ZodType, mode), { maxLength: 3 });
  if (schema instanceof z.ZodUnion) return fc.oneof(...(schema.options as z.ZodType[]).map((option) => validFor(option, mode)));
  if (schema instanceof z.ZodObject) return objectFor(schema.shape, mode);
  return fc.anything();
}

/** An object of a shape: each optional field there or not, required ones now and then left out, and an extra key at times (an x- key when valid, any key when hostile). */
function objectFor(shape: Readonly<Record<string, z.ZodType>>, mode: Mode): fc.Arbitrary<Record<string, unknown>> {
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, field] of Object.entries(shape)) fields[name] = valueFor(field, mode);
  const required = Object.keys(shape).filter((name) => !(shape[name] instanceof z.ZodOptional) && !(shape[name] instanceof z.ZodDefault));
  return fc
    .tuple(
      fc.record(fields, { requiredKeys: required }),
      required.length === 0 || mode === "valid" ? fc.constant(null) : fc.option(fc.constantFrom(...required), { freq: 20 }),
      fc.option(fc.tuple(canary, validString), { freq: 15 }),
    )
    .map(([value, dropped, extra]) => {
      const copy: Record<string, unknown> = {};
      for (const [name, field] of Object.entries(value)) if (name !== dropped) copy[name] = field;
      if (extra !== null) copy[mode === "valid" ? `x-${extra[0]}` : extra[0]] = extra[1];
      return copy;
    });
}

/** One event of a known type: every field of its schema drawn; an id now and then. */
const knownEvent = (mode: Mode): fc.Arbitrary<unknown> =>
  fc.constantFrom(...EVENT_TYPES).chain((type) =>
    fc.tuple(objectFor(eventSchemas[type].shape as Record<string, z.ZodType>, mode), fc.option(canary, { freq: 3 })).map(([event, id]) => ({
      ...event,
      type,
      ...(id === null ? {} : { id: `${id}-${type}` }),
    })),
  );

/** An event of the caller's own type (x-…), or, hostile, a type the engine does not know. */
const foreignEvent = fc.record({ type: canary.map((name) => `x-${name}`), date: validDate, id: canary });
const unknownEvent = fc.record({ type: fc.oneof(canary, fc.constantFrom("toString", "__proto__", "constructor", "hasOwnProperty")), date: validDate, id: canary });

const eventOf = (mode: Mode): fc.Arbitrary<unknown> =>
  mode === "valid"
    ? fc.oneof({ weight: 40, arbitrary: knownEvent(mode) }, { weight: 1, arbitrary: foreignEvent })
    : fc.oneof({ weight: 20, arbitrary: knownEvent(mode) }, { weight: 1, arbitrary: unknownEvent }, { weight: 1, arbitrary: wrongValue });

/** The as-of date: mostly one a case would have, and the edges of the engine's years. */
export const asOfValue = fc.oneof(
  { weight: 10, arbitrary: plainDate.filter((d) => d >= "2014-01-01" && d <= "2035-12-31") },
  { weight: 1, arbitrary: fc.constantFrom("0000-01-01", "1970-01-01", "2099-12-31", "9999-12-31", "2100-01-01") },
);

/**
 * A closure's days in order (by the day written, which is the day in England but for offsets
 * near midnight): drawn apart, half of them ended before they began and kept whole cases from
 * the engine.
 */
function withClosuresInOrder(file: Record<string, unknown>): Record<string, unknown> {
  const calendar = file["calendar"] as { closures?: unknown } | undefined;
  if (!Array.isArray(calendar?.closures)) return file;
  for (const closure of calendar.closures as Record<string, unknown>[]) {
    const { from, to } = closure;
    if (typeof from === "string" && typeof to === "string" && to.slice(0, 10) < from.slice(0, 10)) Object.assign(closure, { from: to, to: from });
  }
  return file;
}

const caseFileOf = (mode: Mode): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .record(
      {
        caseId: mode === "valid" ? canary : fc.oneof({ weight: 9, arbitrary: canary }, { weight: 1, arbitrary: wrongValue }),
        child: fc.record({ dateOfBirth: validFor(dateOfBirthField, mode) }, { requiredKeys: [] }),
        calendar: objectFor(calendarSchema.shape as Record<string, z.ZodType>, mode),
        options: objectFor(optionsSchema.shape as Record<string, z.ZodType>, mode),
        events: fc.array(eventOf(mode), { maxLength: 14 }),
      },
      { requiredKeys: ["caseId", "events"] },
    )
    .map((file) => (mode === "valid" ? withClosuresInOrder(file) : file));

/** Four cases in five meant to parse, the fifth hostile throughout. */
const caseFileValue = fc.oneof({ weight: 4, arbitrary: caseFileOf("valid") }, { weight: 1, arbitrary: caseFileOf("hostile") });

/** Input as a caller's JSON would give it: a case file, now and then with a `__proto__` key of its own (only JSON.parse makes one). */
export const hostileInput: fc.Arbitrary<unknown> = fc.tuple(caseFileValue, fc.integer({ min: 0, max: 19 })).map(([value, dice]) => {
  if (dice !== 0) return value;
  const text = JSON.stringify(value).replace('{"', '{"__proto__":{"polluted":"canary-proto"},"constructor":{"prototype":{"polluted":"canary-ctor"}},"');
  // Only before a key of the first event: an empty event `{}` would leave a trailing comma.
  return JSON.parse(text.replace(/"events":\[\{(?=")/, '"events":[{"__proto__":{"polluted":"canary-proto-event"},')) as unknown;
});

/** Every event type and the path of every field of its schema (`phaseTransfer.transferDate`), for the coverage check. */
export function schemaFieldPaths(): Map<string, Set<string>> {
  const paths = new Map<string, Set<string>>();
  const walk = (shape: Readonly<Record<string, z.ZodType>>, prefix: string, into: Set<string>): void => {
    for (const [name, field] of Object.entries(shape)) {
      into.add(prefix + name);
      let inner: z.ZodType = field;
      while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
      if (inner instanceof z.ZodObject) walk(inner.shape, `${prefix}${name}.`, into);
    }
  };
  for (const type of EVENT_TYPES) {
    const into = new Set<string>();
    walk(eventSchemas[type].shape, "", into);
    paths.set(type, into);
  }
  return paths;
}

/** The paths of the fields an event gives (nested objects walked), for the coverage check. */
export function givenFieldPaths(value: Readonly<Record<string, unknown>>, prefix = "", into = new Set<string>()): Set<string> {
  for (const [name, field] of Object.entries(value)) {
    into.add(prefix + name);
    if (typeof field === "object" && field !== null && !Array.isArray(field)) givenFieldPaths(field as Record<string, unknown>, `${prefix}${name}.`, into);
  }
  return into;
}

/** Every string in a value, keys included. */
export function stringsIn(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === "string") into.add(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, into);
  else if (typeof value === "object" && value !== null) {
    for (const key of Object.keys(value)) {
      into.add(key);
      stringsIn((value as Record<string, unknown>)[key], into);
    }
  }
  return into;
}
