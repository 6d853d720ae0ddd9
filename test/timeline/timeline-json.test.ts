// The timeline's JSON joined from its parts (src/timeline/timeline-json.ts) must be byte for byte
// what JSON.stringify writes. It rests on two facts, each checked here: a case file's JSON text
// without a backslash holds only strings JSON writes as they are, and so does the engine's own
// text (every string in its source). Then the text is compared over the bundled examples, the
// conformance vectors and generated histories with every reading and awkward identifiers.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { VECTORS } from "../../src/cli/vectors-command";
import { parseCaseFile, parseCaseFileOrThrow } from "../../src/schema/parse";
import { timeline } from "../../src/timeline/compute";
import { givesPlainStrings, jsonWriter, timelineJson } from "../../src/timeline/timeline-json";
import { deadlineSchema, timelineSchema } from "../../src/schema/timeline";
import * as z from "zod";
import { syntheticCases } from "../../bench/synthetic";
import { history } from "../process/histories";

const ROOT = join(import.meta.dirname, "../..");

/** Whether JSON writes `text` as it is, between quotes. */
const plain = (text: string): boolean => JSON.stringify(text) === `"${text}"`;

/** Every string in a JSON value, its keys included. */
function stringsIn(value: unknown, found: string[] = []): string[] {
  if (typeof value === "string") found.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, found);
  else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      found.push(key);
      stringsIn(item, found);
    }
  }
  return found;
}

/** The text as the batch reads it, and the timeline's JSON both ways. */
function bothWays(caseFileJson: string, asOf: string): { joined: string; stringified: string } {
  const parsed = parseCaseFile(JSON.parse(caseFileJson));
  if (!parsed.success) throw new Error(`case does not parse: ${JSON.stringify(parsed.issues)}`);
  const result = timeline(parsed.data, { asOf });
  return { joined: timelineJson(result, givesPlainStrings(caseFileJson)), stringified: JSON.stringify(result) };
}

// Quotes, backslashes, control characters, line separators, lone surrogates and other scripts.
const awkwardUnit = fc.oneof(
  fc.constantFrom('"', "\\", "\n", "\u0000", "\u001f", "\u2028", "\ud800", "\udc00", "é", "–", "/"),
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
);
const plainIdentifier = fc.stringMatching(/^[A-Za-z0-9 ._-]{1,12}$/);
const awkwardIdentifier = fc.string({ unit: awkwardUnit, minLength: 1, maxLength: 8 });

describe("a case file's JSON text without a backslash (fast-check)", () => {
  it("holds only strings JSON writes as they are, keys included", () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: awkwardUnit, maxDepth: 4 }), (value) => {
        const text = JSON.stringify(value);
        if (givesPlainStrings(text)) expect(stringsIn(JSON.parse(text)).every(plain)).toBe(true);
        else expect(text).toContain("\\");
      }),
      { numRuns: 2000 },
    );
  });

  it("is told apart from one with an escape", () => {
    expect(givesPlainStrings('{"caseId":"C-1 é – ok"}')).toBe(true);
    expect(givesPlainStrings('{"caseId":"say \\"hi\\""}')).toBe(false);
    expect(givesPlainStrings('{"caseId":"\\u0041"}')).toBe(false);
  });
});

describe("the engine's own text", () => {
  // Every string and template part in the source of the engine (law, process, dates, timeline,
  // support): what reaches a timeline from it is printable ASCII with no quote or backslash, so
  // JSON writes it as it is and a spreadsheet reads it in any code page.
  const ENGINE = ["law", "process", "dates", "timeline", "support"];
  // The writers of NDJSON lines: their line ends go around a timeline, never into one.
  const WRITERS = ["timeline/timeline-json.ts", "timeline/batch.ts"];
  const texts: { where: string; text: string }[] = [];
  for (const dir of ENGINE) {
    for (const name of readdirSync(join(ROOT, "src", dir))) {
      const where = `${dir}/${name}`;
      if (WRITERS.includes(where)) continue;
      const source = ts.createSourceFile(where, readFileSync(join(ROOT, "src", where), "utf8"), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) {
          texts.push({ where: `${where}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`, text: node.text });
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }

  it("is read from the source: hundreds of strings", () => {
    expect(texts.length).toBeGreaterThan(500);
  });

  it("is printable ASCII, with no double quote or backslash", () => {
    const offending = texts.filter(({ text }) => /[^\x20-\x7e]|["\\]/.test(text)).map(({ where, text }) => `${where} ${JSON.stringify(text)}`);
    expect(offending).toEqual([]);
  });
});

describe("timelineJson gives JSON.stringify's text", () => {
  it("for every bundled example, at three dates", () => {
    const dir = join(ROOT, "examples/cases");
    const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const text = readFileSync(join(dir, file), "utf8");
      for (const asOf of ["2024-10-01", "2025-03-01", "2026-06-01"]) {
        const { joined, stringified } = bothWays(text, asOf);
        expect(joined, `${file} at ${asOf}`).toBe(stringified);
      }
    }
  });

  it("for every conformance vector", () => {
    for (const vector of VECTORS) {
      const { joined, stringified } = bothWays(JSON.stringify(vector.caseFile), vector.asOf);
      expect(joined, vector.id).toBe(stringified);
    }
  });

  it("for the benchmark's synthetic cases (exceptions, appeals, advice)", () => {
    for (const caseFile of syntheticCases(500, 7)) {
      const { joined, stringified } = bothWays(JSON.stringify(caseFile), "2025-06-01");
      expect(joined).toBe(stringified);
    }
  });

  it("for generated histories of every event type, with every reading, holidays, closures and awkward identifiers (fast-check)", () => {
    const options = fc.record(
      {
        dayCounting: fc.constantFrom("statutory", "day-one-inclusive"),
        reviewPeriod: fc.constantFrom("strict", "anniversary"),
        phaseTransferDeadline: fc.constantFrom("before", "on"),
        draftPlanTargetWeeks: fc.integer({ min: 1, max: 20 }),
        orderClock: fc.constantFrom("made", "sent"),
        exceptions: fc.constantFrom("disapply", "pause"),
        receipt: fc.constantFrom("as-recorded", "after-5pm-next-working-day"),
        service: fc.constantFrom("as-recorded", "first-class-post"),
        supportPolicy: fc.constantFrom("code-of-practice", "bristol", "salford"),
      },
      { requiredKeys: [] },
    );
    // Half the cases have identifiers that JSON must escape somewhere, half have none.
    const identifier = fc.oneof(plainIdentifier, awkwardIdentifier);
    const caseFile = fc.oneof(fc.constant(plainIdentifier), fc.constant(identifier)).chain((id) =>
      fc.record({
        caseId: id,
        events: history,
        ids: fc.array(fc.option(id, { nil: undefined }), { maxLength: 30 }),
        options,
        holidayName: id,
        closure: fc.boolean(),
      }),
    );
    let joinedFromParts = 0;
    fc.assert(
      fc.property(caseFile, fc.integer({ min: 0, max: 1000 }), ({ caseId, events, ids, options: chosen, holidayName, closure }, asOfDay) => {
        const file = {
          caseId,
          events: events.map((event, i) => (ids[i] === undefined ? event : { ...event, id: ids[i] })),
          options: chosen,
          calendar: {
            holidays: [{ date: "2025-05-27", name: holidayName }],
            ...(closure ? { closures: [{ setting: "school", from: "2025-07-23", to: "2025-09-02" }] } : {}),
          },
        };
        const asOf = new Date(Date.UTC(2025, 0, 6) + asOfDay * 86_400_000).toISOString().slice(0, 10);
        const text = JSON.stringify(file);
        if (givesPlainStrings(text)) joinedFromParts += 1;
        const { joined, stringified } = bothWays(text, asOf);
        expect(joined).toBe(stringified);
      }),
      { numRuns: 400 },
    );
    // Both ways were taken often: the joined text, and JSON.stringify for escaped strings.
    expect(joinedFromParts).toBeGreaterThan(100);
    expect(joinedFromParts).toBeLessThan(380);
  });
});

describe("the writer's fields come from the timeline schema", () => {
  const result = timeline(parseCaseFileOrThrow(syntheticCases(1, 5)[0]), { asOf: "2025-06-01" });

  it("writes a field added to the timeline, where the schema puts it", () => {
    const write = jsonWriter(timelineSchema.extend({ addedField: z.string() }));
    const text = write({ ...result, addedField: "new" });
    expect(text).toBe(JSON.stringify({ ...result, addedField: "new" }));
    expect(text.endsWith(',"addedField":"new"}')).toBe(true);
  });

  it("writes a field added to every deadline, of each kind the writer joins itself", () => {
    const added = { addedText: z.string(), addedDate: z.string().nullable(), addedFlag: z.boolean(), addedList: z.array(z.string()), addedCount: z.int() };
    const write = jsonWriter(timelineSchema.extend({ deadlines: z.array(deadlineSchema.extend(added)) }));
    const extended = {
      ...result,
      deadlines: result.deadlines.map((d, i) => ({
        ...d,
        addedText: "t",
        addedDate: i % 2 === 0 ? null : "2025-01-01",
        addedFlag: i % 2 === 0,
        addedList: ["a", "b"],
        addedCount: i,
      })),
    };
    expect(result.deadlines.length).toBeGreaterThan(3);
    expect(write(extended)).toBe(JSON.stringify(extended));
  });

  it("leaves a field out only where JSON does: an optional one that is undefined", () => {
    const write = jsonWriter(z.object({ a: z.string(), b: z.string().optional(), c: z.object({ d: z.string() }) }));
    expect(write({ a: "x", c: { d: "y" } })).toBe('{"a":"x","c":{"d":"y"}}');
    expect(write({ a: "x", b: "z", c: { d: "y" } })).toBe('{"a":"x","b":"z","c":{"d":"y"}}');
  });
});
