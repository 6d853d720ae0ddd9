// The compact timeline (docs/performance.md: batch output size): each deadline names its rule's
// facts by id instead of carrying them, and the facts put back give the full deadline again.
import { describe, expect, it } from "vitest";
import { parseCaseFileOrThrow, timeline } from "../../src/index";
import { RULES, publicIdOf } from "../../src/law/catalogue";
import { RULE_FACTS, compactDeadline, compactTimeline, factsIdOf } from "../../src/timeline/rule-facts";
import type { Deadline } from "../../src/timeline/types";
import vectors from "../vectors/vectors.json";

const timelines = vectors.map((v) => timeline(parseCaseFileOrThrow(v.caseFile), { asOf: v.asOf, explain: true }));
const deadlines: Deadline[] = timelines.flatMap((t) => [...t.deadlines]);

const restore = (d: ReturnType<typeof compactDeadline>): Record<string, unknown> => {
  const { facts, ...rest } = d;
  const { rule, ...shared } = RULE_FACTS[facts] ?? {};
  expect(rule).toBe(d.rule);
  return { ...rest, ...shared };
};

describe("rule facts", () => {
  it("holds one entry per catalogue rule, under the id its deadlines carry", () => {
    expect(Object.keys(RULE_FACTS)).toEqual(RULES.map((rule) => rule.id));
    for (const rule of RULES) {
      expect(RULE_FACTS[rule.id]).toEqual({
        rule: publicIdOf(rule),
        title: rule.title,
        strength: rule.strength,
        owner: rule.owner,
        citation: rule.citation,
        verified: rule.verified,
      });
    }
  });

  it("gives back every deadline of the conformance vectors from its compact form", () => {
    expect(deadlines.length).toBeGreaterThan(500);
    for (const d of deadlines) {
      const compact = compactDeadline(d);
      for (const field of ["title", "strength", "owner", "citation", "verified"]) expect(compact).not.toHaveProperty(field);
      expect(restore(compact)).toEqual({ ...d });
    }
  });

  it("tells apart the rules of one group by their citation (phase-transfer review, reg 18(1)(a), 18(1)(b), 18(2))", () => {
    const group = deadlines.filter((d) => d.rule === "phase-transfer-review");
    expect(group.length).toBeGreaterThan(0);
    const ids = new Set(group.map(factsIdOf));
    for (const d of group) expect(RULE_FACTS[factsIdOf(d)]?.citation).toBe(d.citation);
    const members = RULES.filter((rule) => publicIdOf(rule) === "phase-transfer-review").map((rule) => rule.id);
    expect(members.length).toBeGreaterThan(1);
    for (const id of ids) expect(members).toContain(id);
  });

  it("refuses a deadline whose facts are none of the catalogue's", () => {
    const d = deadlines.find((x) => x.rule === "phase-transfer-review") as Deadline;
    expect(() => factsIdOf({ ...d, citation: "none" })).toThrow(/none of the catalogue's/);
    // A rule id from outside the catalogue, as a timeline from another version might carry.
    expect(() => factsIdOf({ ...d, rule: "no-such-rule" } as unknown as Deadline)).toThrow(/none of the catalogue's/);
    for (const field of ["title", "strength", "owner", "verified"] as const) {
      const changed: unknown = { ...d, [field]: field === "verified" ? !d.verified : "other" };
      expect(() => factsIdOf(changed as Deadline)).toThrow(/none of the catalogue's/);
    }
  });

  it("leaves everything but the deadlines of a timeline as it was", () => {
    for (const t of timelines) {
      const compact = compactTimeline(t);
      expect({ ...compact, deadlines: [] }).toEqual({ ...t, deadlines: [] });
      expect(compact.deadlines.map(restore)).toEqual(t.deadlines.map((d) => ({ ...d })));
    }
  });
});
