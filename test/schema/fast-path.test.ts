// The shortcut past zod (fast-path.ts) accepts nothing zod rejects and returns exactly zod's
// data; and parseCaseFile, shortcut and all, answers as the plain zod parse does.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { caseFileEnvelopeSchema, eventEnvelopeSchema, type CaseFile, type ForeignEvent } from "../../src/schema/case-file";
import { type CaseFileEvent, EVENT_TYPES, eventSchemas, isEventType } from "../../src/schema/events";
import { fastCheck, keyCheck } from "../../src/schema/contract-describe";
import { UNSURE } from "../../src/schema/fast-path";
import { readCivilDate } from "../../src/schema/fields";
import { type InputIssue, type ParseResult, parseCaseFile, toInputIssues, unknownEventTypeIssue } from "../../src/schema/parse";
import { isExtension } from "../../src/schema/unknown-keys";

// ---- the plain zod parse, as a reference ----------------------------------------------------

const PARSE_OPTIONS = { reportInput: true } as const;
const plainEnvelope = caseFileEnvelopeSchema.extend({ events: z.array(z.unknown()) });

/** parseCaseFile with zod alone (and the unknown keys): the whole envelope, then each event's envelope and schema. */
function referenceParse(input: unknown): ParseResult<CaseFile> {
  const envelope = plainEnvelope.safeParse(input, PARSE_OPTIONS);
  const issues: InputIssue[] = envelope.success ? [] : toInputIssues(envelope.error);
  keyCheck(plainEnvelope)?.(input, [], issues);
  const events: (CaseFileEvent | ForeignEvent)[] = [];
  const rawEvents: unknown = typeof input === "object" && input !== null ? (input as { events?: unknown }).events : undefined;
  if (Array.isArray(rawEvents)) {
    rawEvents.forEach((value, index) => {
      const typed = eventEnvelopeSchema.safeParse(value, PARSE_OPTIONS);
      if (!typed.success) return void issues.push(...toInputIssues(typed.error, ["events", index]));
      const raw = typed.data;
      if (!isEventType(raw.type)) {
        if (!isExtension(raw.type)) return void issues.push(unknownEventTypeIssue(raw.type, index));
        const date = typeof raw["date"] === "string" ? readCivilDate(raw["date"])?.date : undefined;
        return void events.push({ type: raw.type, ...(date === undefined ? {} : { date }), ...(typeof raw["id"] === "string" ? { id: raw["id"] } : {}) });
      }
      keyCheck(eventSchemas[raw.type])?.(value, ["events", index], issues);
      const parsed = eventSchemas[raw.type].safeParse(raw, PARSE_OPTIONS);
      if (!parsed.success) return void issues.push(...toInputIssues(parsed.error, ["events", index]));
      const secondOfDay = typeof raw["date"] === "string" ? readCivilDate(raw["date"])?.secondOfDay : undefined;
      events.push(secondOfDay === undefined ? parsed.data : { ...(parsed.data as CaseFileEvent), secondOfDay });
    });
  }
  if (!envelope.success || issues.length > 0) return { success: false, issues };
  const { caseId, child, calendar, options } = envelope.data;
  return {
    success: true,
    data: {
      caseId,
      events,
      ...(child === undefined ? {} : { child: child.dateOfBirth === undefined ? {} : { dateOfBirth: child.dateOfBirth } }),
      ...(calendar === undefined ? {} : { calendar }),
      ...(options === undefined ? {} : { options }),
    },
  };
}

/** Every key, in order, at every depth: equal values with keys in another order differ here. */
function keysInOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(keysInOrder);
  if (typeof value !== "object" || value === null) return value;
  return Object.entries(value).map(([key, item]) => [key, keysInOrder(item)]);
}

function expectSame(actual: unknown, expected: unknown): void {
  expect(actual).toStrictEqual(expected);
  expect(keysInOrder(actual)).toStrictEqual(keysInOrder(expected));
}

// ---- inputs near the contract -----------------------------------------------------------------

/** Every enum and literal value in the schemas, so generated events are often valid. */
function schemaValues(schema: z.ZodType, found: Set<unknown>): void {
  if (schema instanceof z.ZodOptional) schemaValues(schema.unwrap() as z.ZodType, found);
  else if (schema instanceof z.ZodArray) schemaValues(schema.element as z.ZodType, found);
  else {
    if (schema instanceof z.ZodObject) for (const field of Object.values(schema.shape)) schemaValues(field as z.ZodType, found);
    for (const value of schema._zod.values ?? []) found.add(value);
  }
}
const enumValues = new Set<unknown>();
for (const schema of Object.values(eventSchemas)) schemaValues(schema, enumValues);
schemaValues(caseFileEnvelopeSchema, enumValues);

const fieldNames = [...new Set([...Object.values(eventSchemas).flatMap((s) => Object.keys(s.shape)), "transferDate", "kind", "note", "__proto__"])];

const scalar = fc.oneof(
  fc.constantFrom(...enumValues),
  fc.constantFrom("2024-09-04", "2024-02-29", "2025-02-29", "2025-13-01", "2024-9-04", "04/09/2024", "2025-06-30T23:30:00Z", "2024-10-10T09:00:00+01:00", "2024-10-10Tx"),
  fc.constantFrom("", "S1", "x".repeat(200), "x".repeat(201), "😀".repeat(100), "😀".repeat(101), "2021-03", "2021-13"),
  fc.constantFrom(true, false, 0, 7, null, undefined),
  fc.string({ maxLength: 12 }),
);
const leaf = fc.oneof({ weight: 6, arbitrary: scalar }, { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }) });
const nested = fc.dictionary(fc.constantFrom("transferDate", "kind", "dateOfBirth", "extra"), leaf, { maxKeys: 3 });
const fieldValue = fc.oneof({ weight: 8, arbitrary: leaf }, { weight: 1, arbitrary: nested });

/** An event: often a known type with fields of the right names, sometimes anything. */
const event = fc.oneof(
  {
    weight: 10,
    arbitrary: fc
      .tuple(fc.constantFrom(...EVENT_TYPES, "assessment-postponed"), fc.dictionary(fc.constantFrom(...fieldNames), fieldValue, { maxKeys: 6 }))
      .map(([type, fields]) => ({ ...fields, type })),
  },
  { weight: 1, arbitrary: fc.anything() },
);

/** A value the field schema accepts, mostly, for events of each type that are often valid. */
function validFor(schema: z.ZodType): fc.Arbitrary<unknown> {
  if (schema instanceof z.ZodOptional) return fc.option(validFor(schema.unwrap() as z.ZodType), { nil: undefined });
  if (schema._zod.values !== undefined) return fc.constantFrom(...schema._zod.values);
  if (schema instanceof z.ZodBoolean) return fc.boolean();
  if (schema instanceof z.ZodArray) return fc.array(validFor(schema.element as z.ZodType), { maxLength: 2 });
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    return fc.record(Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, validFor(field)])), { requiredKeys: [] });
  }
  if (schema instanceof z.ZodPipe) return fc.constantFrom("2024-09-04", "2024-02-29", "2025-06-30T23:30:00Z");
  return fc.constantFrom("S1", "EP", "x".repeat(200));
}
const validEvents = fc.constantFrom(...EVENT_TYPES).chain((type) => validFor(eventSchemas[type]).map((fields) => ({ ...(fields as object), type })));

const options = fc.oneof(
  fc.constant(undefined),
  fc.dictionary(fc.constantFrom("dayCounting", "receipt", "draftPlanTargetWeeks", "supportPolicy", "exceptions"), fc.oneof(scalar, fc.integer({ min: 0, max: 30 })), {
    maxKeys: 3,
  }),
);
const caseFile = fc.record(
  {
    caseId: fc.oneof(fc.constant("C-1"), scalar),
    child: fc.oneof(fc.constant(undefined), fc.constant({}), fc.dictionary(fc.constantFrom("dateOfBirth", "name"), scalar, { maxKeys: 2 })),
    calendar: fc.oneof(
      fc.constant(undefined),
      fc.constant({ holidays: ["2024-12-27"] }),
      fc.constant({ closures: [{ setting: "S1", from: "2025-07-23", to: "2025-07-01" }] }),
    ),
    options,
    events: fc.oneof({ weight: 8, arbitrary: fc.array(fc.oneof(event, validEvents), { maxLength: 6 }) }, { weight: 1, arbitrary: fc.anything() }),
  },
  { requiredKeys: [] },
);

// ---- properties -------------------------------------------------------------------------------

describe("the shortcut accepts nothing zod rejects, and returns zod's data", () => {
  it("for each event type", () => {
    let sure = 0;
    fc.assert(
      fc.property(fc.oneof(event, validEvents), (value) => {
        const type = typeof value === "object" && value !== null ? (value as { type?: unknown }).type : undefined;
        if (typeof type !== "string" || !isEventType(type)) return;
        const check = fastCheck(eventSchemas[type]);
        const fast = check === null ? UNSURE : check(value);
        if (fast === UNSURE) return;
        sure += 1;
        const parsed = eventSchemas[type].safeParse(value);
        expect(parsed.success).toBe(true);
        expectSame(fast, parsed.data);
      }),
      { numRuns: 3000 },
    );
    expect(sure).toBeGreaterThan(100); // the property was not vacuous
  });

  it("for the case file's envelope", () => {
    const check = fastCheck(caseFileEnvelopeSchema);
    expect(check).not.toBeNull();
    fc.assert(
      fc.property(caseFile, (value) => {
        const fast = check?.(value) ?? UNSURE;
        if (fast === UNSURE) return;
        const parsed = caseFileEnvelopeSchema.safeParse(value);
        expect(parsed.success).toBe(true);
        expectSame(fast, parsed.data);
      }),
      { numRuns: 2000 },
    );
  });

  it("every event type but the refined mediation agreement has a shortcut", () => {
    expect(EVENT_TYPES.filter((type) => fastCheck(eventSchemas[type]) === null)).toEqual(["mediation-agreement"]);
  });
});

describe("parseCaseFile answers as the plain zod parse: data, or issues in the same order", () => {
  it("on generated case files", () => {
    let accepted = 0;
    fc.assert(
      fc.property(caseFile, (value) => {
        const result = parseCaseFile(value);
        if (result.success) accepted += 1;
        expectSame(result, referenceParse(value));
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(100); // valid files were among them
  });

  it("on objects zod reads by other means: inherited, non-enumerable and undefined fields", () => {
    const inherited = Object.create({ by: "parent" }) as Record<string, unknown>;
    Object.assign(inherited, { type: "assessment-requested", date: "2024-09-04" });
    const hidden = { type: "assessment-requested", date: "2024-09-04" };
    Object.defineProperty(hidden, "by", { value: "parent", enumerable: false });
    const cases = [
      { caseId: "C-1", events: [inherited, hidden] },
      { caseId: "C-1", events: [{ type: "assessment-requested", date: "2024-09-04", by: "parent", id: undefined }] },
      { caseId: "C-1", child: undefined, options: { dayCounting: undefined }, events: [] },
      Object.assign(Object.create({ caseId: "C-1" }) as object, { events: [] }),
      Object.assign([], { events: [{ type: 7 }] }),
      { caseId: "C-1", events: [JSON.parse('{"type": "appeal-lodged", "date": "2024-09-04", "__proto__": {"id": "x"}}')] },
    ];
    for (const value of cases) expectSame(parseCaseFile(value), referenceParse(value));
  });
});
