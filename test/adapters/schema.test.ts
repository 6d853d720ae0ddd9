import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { caseFileJsonSchema, timelineJsonSchema } from "../../src/adapters/json-schema";
import { parseCaseFile, parseCaseFileOrThrow } from "../../src/schema/parse";
import { timeline } from "../../src/timeline/compute";
import type { Timeline } from "../../src/timeline/types";
import { exceptionClaim, planCase } from "./report-cases";

const EXAMPLES = join(import.meta.dirname, "../../examples/cases");
const examples = readdirSync(EXAMPLES)
  .filter((name) => name.endsWith(".json"))
  .map((name) => ({ name, value: JSON.parse(readFileSync(join(EXAMPLES, name), "utf8")) as unknown }));

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/** Every subschema of a JSON Schema, with its JSON Pointer. */
function* subschemas(node: unknown, pointer = ""): Generator<{ pointer: string; schema: Json }> {
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) yield* subschemas(item, `${pointer}/${index}`);
    return;
  }
  if (!isObject(node)) return;
  yield { pointer, schema: node };
  for (const [key, value] of Object.entries(node)) yield* subschemas(value, `${pointer}/${key}`);
}

/** The schema a `$ref` to `#/$defs/…` points at, or the schema itself. */
function resolve(root: Json, schema: Json): Json {
  const ref = schema["$ref"];
  if (typeof ref !== "string" || !ref.startsWith("#/$defs/")) return schema;
  const defs = root["$defs"];
  const target = isObject(defs) ? defs[ref.slice("#/$defs/".length)] : undefined;
  return isObject(target) ? target : schema;
}

/** The pointers of every object property (at any depth) that has no description of its own. */
function propertiesWithoutDescription(root: Json): { checked: number; missing: string[] } {
  const missing: string[] = [];
  let checked = 0;
  for (const { pointer, schema } of subschemas(root)) {
    const properties = schema["properties"];
    if (!isObject(properties) || schema["type"] !== "object") continue;
    for (const [name, property] of Object.entries(properties)) {
      checked += 1;
      const description = isObject(property) ? resolve(root, property)["description"] : undefined;
      if (typeof description !== "string" || description.trim() === "") missing.push(`${pointer}/properties/${name}`);
    }
  }
  return { checked, missing };
}

/** A copy of a schema with every object closed: a field the schema does not describe fails. */
function closed(root: Json): Json {
  const copy = structuredClone(root);
  copy["$id"] = `${String(root["$id"])}:closed`;
  for (const { schema } of subschemas(copy)) if (schema["type"] === "object" && isObject(schema["properties"])) schema["additionalProperties"] = false;
  return copy;
}

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
const validateCaseFile = ajv.compile(caseFileJsonSchema());
const validateTimeline = ajv.compile(timelineJsonSchema());

describe("case-file JSON Schema", () => {
  it("is draft 2020-12 with descriptions", () => {
    const schema = caseFileJsonSchema();
    expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema["description"]).toEqual(expect.any(String));
    expect(JSON.stringify(schema)).toContain("an opaque identifier chosen by the caller");
  });

  it.each(examples)("accepts the bundled example $name", ({ value }) => {
    expect(validateCaseFile(value), ajv.errorsText(validateCaseFile.errors)).toBe(true);
  });

  it("rejects broken case files", () => {
    const [first] = examples;
    const value = first?.value as { events: Record<string, unknown>[] };
    const broken = [
      { events: value.events },
      { ...value, events: [{ type: "assessment-requested", date: "2024-09-04" }] },
      { ...value, events: [{ type: "assessment-requested", date: "4 Sept 2024", by: "parent" }] },
      { ...value, events: [{ type: "no-such-event", date: "2024-09-04" }] },
      { ...value, child: { dateOfBirth: "2021-13" } },
      { ...value, child: { dob: "2021-03" } },
      { ...value, options: { dayCountng: "day-one-inclusive" } },
      { ...value, events: [{ ...value.events[0], served_on: "2024-09-05" }] },
    ];
    for (const value of broken) expect(validateCaseFile(value)).toBe(false);
  });

  it("closes every object as the parser does, but for keys starting with x-", () => {
    const [first] = examples;
    const value = first?.value as { events: Record<string, unknown>[] };
    const extended = { ...value, "x-source": "case-system", options: { "x-note": 1 }, events: value.events.map((e) => ({ ...e, "x-ref": 7 })) };
    expect(validateCaseFile(extended), ajv.errorsText(validateCaseFile.errors)).toBe(true);
    expect(parseCaseFile(extended).success).toBe(true);
  });

  it("describes every property of every object", () => {
    const { checked, missing } = propertiesWithoutDescription(caseFileJsonSchema());
    expect(checked).toBeGreaterThan(150);
    expect(missing).toEqual([]);
  });

  it("returns a fresh copy each time", () => {
    const schema = caseFileJsonSchema();
    schema["title"] = "changed";
    expect(caseFileJsonSchema()["title"]).toBe("ehc-timeline case file");
  });
});

describe("timeline JSON Schema", () => {
  it("describes every property of every object", () => {
    const { checked, missing } = propertiesWithoutDescription(timelineJsonSchema());
    expect(checked).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  it("is the output form, with its objects left open for fields added later", () => {
    const schema = timelineJsonSchema();
    const deadline = (schema["properties"] as Record<string, Json>)["deadlines"]?.["items"] as Json;
    // Every field the engine always writes is required, the optional problem key is not.
    expect([...(deadline["required"] as string[])].sort()).toEqual(Object.keys(deadline["properties"] as Json).sort());
    const problem = (schema["properties"] as Record<string, Json>)["problems"]?.["items"] as Json;
    expect(problem["required"]).not.toContain("key");
    for (const { pointer, schema: sub } of subschemas(schema)) expect(sub["additionalProperties"], pointer).not.toBe(false);
  });

  it("describes every field the engine writes (checked with every object closed)", () => {
    const validateClosed = ajv.compile(closed(timelineJsonSchema()));
    const supportCase = parseCaseFileOrThrow({
      caseId: "S",
      events: [
        { type: "support-started", date: "2024-09-02" },
        { type: "support-plan-agreed", date: "2024-09-16", reviewBy: "2024-12-09" },
        { type: "support-reviewed", date: "2024-12-02", outcome: "revise" },
        { type: "support-plan-agreed", date: "2024-12-09" },
      ],
    });
    const exceptionCase = planCase("X", "2024-01-08", "2024-07-01", { extra: [exceptionClaim("personal-circumstances", "2024-03-01", "2024-03-31")] });
    const problemCase = parseCaseFileOrThrow({
      caseId: "P",
      events: [
        { type: "final-plan-issued", date: "2024-01-01" },
        { type: "advice-received", date: "2024-01-02", adviceId: "A1" },
      ],
    });
    const cases = [...examples.map(({ value }) => parseCaseFileOrThrow(value)), supportCase, exceptionCase, problemCase];
    for (const caseFile of cases) {
      const result = JSON.parse(JSON.stringify(timeline(caseFile, { asOf: "2025-03-01" }))) as unknown;
      expect(validateClosed(result), `${caseFile.caseId}: ${ajv.errorsText(validateClosed.errors)}`).toBe(true);
    }
    // The closed schema does fail on a field it does not describe.
    const extra = JSON.parse(JSON.stringify(timeline(problemCase, { asOf: "2025-03-01" }))) as Json;
    expect(validateClosed({ ...extra, undocumented: 1 })).toBe(false);
  });

  it.each(examples)("accepts the timeline of $name", ({ value }) => {
    for (const asOf of ["2024-10-01", "2025-03-01", "2026-01-01"]) {
      const result = JSON.parse(JSON.stringify(timeline(parseCaseFileOrThrow(value), { asOf }))) as unknown;
      expect(validateTimeline(result), ajv.errorsText(validateTimeline.errors)).toBe(true);
    }
  });

  it("accepts timelines with exceptions, problems and SEN support", () => {
    const withException = planCase("X", "2024-01-08", "2024-07-01", { extra: [exceptionClaim("personal-circumstances", "2024-03-01", "2024-03-31")] });
    const withProblems = parseCaseFileOrThrow({
      caseId: "P",
      events: [
        { type: "final-plan-issued", date: "2024-01-01" },
        { type: "advice-received", date: "2024-01-02", adviceId: "A1" },
      ],
    });
    const withSupport = parseCaseFileOrThrow({
      caseId: "S",
      events: [
        { type: "support-started", date: "2024-09-02" },
        { type: "support-plan-agreed", date: "2024-09-16", reviewBy: "2024-12-09" },
      ],
    });
    const results = [withException, withProblems, withSupport].map((c) => JSON.parse(JSON.stringify(timeline(c, { asOf: "2025-01-10" }))) as Timeline);
    expect(results[0]?.deadlines.some((d) => d.exception !== null)).toBe(true);
    expect(results[1]?.problems.length).toBeGreaterThan(0);
    expect(results[2]?.support).not.toBeNull();
    for (const result of results) expect(validateTimeline(result), ajv.errorsText(validateTimeline.errors)).toBe(true);
  });

  it("rejects a timeline with an unknown status", () => {
    const [first] = examples;
    const result = JSON.parse(JSON.stringify(timeline(parseCaseFileOrThrow(first?.value), { asOf: "2026-06-01" }))) as { deadlines: { status: string }[] };
    const deadline = result.deadlines[0];
    expect(deadline).toBeDefined();
    if (deadline !== undefined) deadline.status = "finished";
    expect(validateTimeline(result)).toBe(false);
  });
});
