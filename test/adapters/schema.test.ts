import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { caseFileJsonSchema, timelineJsonSchema } from "../../src/adapters/json-schema";
import { parseCaseFileOrThrow } from "../../src/schema/parse";
import { timeline } from "../../src/timeline/compute";
import type { Timeline } from "../../src/timeline/types";
import { exceptionClaim, planCase } from "./report-cases";

const EXAMPLES = join(import.meta.dirname, "../../examples/cases");
const examples = readdirSync(EXAMPLES)
  .filter((name) => name.endsWith(".json"))
  .map((name) => ({ name, value: JSON.parse(readFileSync(join(EXAMPLES, name), "utf8")) as unknown }));

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
    ];
    for (const value of broken) expect(validateCaseFile(value)).toBe(false);
  });

  it("returns a fresh copy each time", () => {
    const schema = caseFileJsonSchema();
    schema["title"] = "changed";
    expect(caseFileJsonSchema()["title"]).toBe("ehc-timeline case file");
  });
});

describe("timeline JSON Schema", () => {
  it.each(examples)("accepts the timeline of $name", ({ value }) => {
    for (const asOf of ["2024-10-01", "2025-03-01", "2026-01-01"]) {
      const result = JSON.parse(JSON.stringify(timeline(parseCaseFileOrThrow(value), { asOf }))) as unknown;
      expect(validateTimeline(result), ajv.errorsText(validateTimeline.errors)).toBe(true);
    }
  });

  it("accepts timelines with exceptions, problems and SEN support", () => {
    const withException = planCase("X", "2024-01-08", "2024-07-01", { extra: [exceptionClaim("personal-circumstances", "2024-03-01", "2024-03-31")] });
    const withProblems = parseCaseFileOrThrow({ caseId: "P", events: [{ type: "final-plan-issued", date: "2024-01-01" }, { type: "mystery", date: "2024-01-02" }] });
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
    const result = JSON.parse(JSON.stringify(timeline(parseCaseFileOrThrow(first?.value), { asOf: "2025-03-01" }))) as { deadlines: { status: string }[] };
    const deadline = result.deadlines[0];
    if (deadline !== undefined) deadline.status = "finished";
    expect(validateTimeline(result)).toBe(false);
  });
});
