// The conformance vectors cover the whole catalogue: every rule is the subject of a vector's
// expected date, and every value of every reading is set by a vector whose expectations depend
// on it. Both lists are read from the engine at run time, so a rule or reading added later needs
// its vectors too.
import * as z from "zod";
import { describe, expect, it } from "vitest";
import { type Deadline, type Timeline, parseCaseFileOrThrow, timeline } from "../../src/index";
import { RULES, publicIdOf } from "../../src/law/catalogue";
import { DEFAULT_READINGS } from "../../src/law/readings";
import type { Rule } from "../../src/law/types";
import { optionsSchema } from "../../src/schema/case-file";
import { type ExpectedDeadline, type Vector, checkVector } from "../../src/vectors/check";
import vectors from "./vectors.json";

const all = vectors as unknown as Vector[];

type Value = string | number;

function run(vector: Vector, caseFile: unknown = vector.caseFile): Timeline {
  return timeline(parseCaseFileOrThrow(caseFile), { asOf: vector.asOf });
}

/** The deadlines of a timeline an expectation is met by (its rule, key and every field it gives). */
function meeting(expected: ExpectedDeadline, actual: Timeline): Deadline[] {
  const single: Vector = { id: "", description: "", citation: "", asOf: actual.asOf, caseFile: null, expect: { deadlines: [expected] } };
  return actual.deadlines.filter((d) => d.rule === expected.rule && checkVector(single, { deadlines: [d] }).length === 0);
}

/** The catalogue rules a deadline can come from: its public id's rules, told apart by owner and citation. */
function rulesOf(deadline: Deadline): Rule[] {
  const group = RULES.filter((rule) => publicIdOf(rule) === deadline.rule);
  const exact = group.filter((rule) => rule.owner === deadline.owner && rule.citation === deadline.citation);
  return exact.length > 0 ? exact : group;
}

/** The rule ids whose deadlines a vector's expected dates (a `due`, or `null` for no date) are met by. */
function rulesCovered(): Map<string, string[]> {
  const covered = new Map<string, string[]>();
  for (const vector of all) {
    const actual = run(vector);
    for (const expected of vector.expect.deadlines) {
      if (expected.due === undefined) continue;
      for (const deadline of meeting(expected, actual)) {
        for (const rule of rulesOf(deadline)) covered.set(rule.id, [...(covered.get(rule.id) ?? []), vector.id]);
      }
    }
  }
  return covered;
}

interface JsonProperty {
  readonly enum?: readonly Value[];
  readonly minimum?: number;
  readonly maximum?: number;
}

/** Every value of a reading: each of an enumeration's, or a number's least, default and greatest. */
function readingValues(name: keyof typeof DEFAULT_READINGS): Value[] {
  const json = z.toJSONSchema(optionsSchema) as { properties?: Record<string, JsonProperty> };
  const property = json.properties?.[name];
  if (property?.enum !== undefined) return [...property.enum];
  if (property?.minimum !== undefined && property.maximum !== undefined) return [...new Set([property.minimum, DEFAULT_READINGS[name] as number, property.maximum])];
  throw new Error(`reading ${name}: no values in the case-file schema`);
}

function optionsOf(vector: Vector): Record<string, unknown> {
  const caseFile = vector.caseFile as { options?: Record<string, unknown> };
  return caseFile.options ?? {};
}

/** Whether the vector's expectations depend on the reading: some other value makes it fail. */
function exercises(vector: Vector, name: string, others: readonly Value[]): boolean {
  return others.some((other) => {
    const caseFile = { ...(vector.caseFile as object), options: { ...optionsOf(vector), [name]: other } };
    return checkVector(vector, run(vector, caseFile)).length > 0;
  });
}

describe("conformance vector coverage", () => {
  it("every rule in the catalogue is the subject of a vector's expected date", () => {
    const covered = rulesCovered();
    const missing = RULES.map((rule) => rule.id).filter((id) => !covered.has(id));
    expect(missing).toEqual([]);
  });

  const names = Object.keys(DEFAULT_READINGS) as (keyof typeof DEFAULT_READINGS)[];

  it("every reading has values to cover", () => {
    for (const name of names) expect(readingValues(name).length).toBeGreaterThan(1);
  });

  for (const name of names) {
    it(`every value of the reading ${name} is set by a vector that depends on it`, () => {
      const values = readingValues(name);
      const uncovered = values.filter((value) => {
        const others = values.filter((other) => other !== value);
        return !all.some((vector) => optionsOf(vector)[name] === value && exercises(vector, name, others));
      });
      expect(uncovered).toEqual([]);
    });
  }

  it("counts a reading as exercised only when another value changes what the vector expects", () => {
    const [first] = all;
    if (first === undefined) throw new Error("no vectors");
    // A request with no time of day: the dates move with dayCounting, not with service or receipt.
    expect(exercises(first, "dayCounting", ["day-one-inclusive"])).toBe(true);
    expect(exercises(first, "service", ["first-class-post"])).toBe(false);
    expect(exercises(first, "receipt", ["as-recorded"])).toBe(false);
  });

  it("tells the rules of one public id apart by owner and citation", () => {
    const grouped = RULES.filter((rule) => rule.group !== undefined);
    expect(grouped.length).toBeGreaterThan(0);
    for (const rule of grouped) {
      const like = RULES.filter((other) => publicIdOf(other) === publicIdOf(rule) && other.owner === rule.owner && other.citation === rule.citation);
      expect(like.map((other) => other.id)).toEqual([rule.id]);
    }
  });
});
