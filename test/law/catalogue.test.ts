// The rule catalogue: every rule the law files define is in it, once, under an id of its own;
// rules that are one duty share a group, whose public id their deadlines carry.
import { describe, expect, it } from "vitest";
import { PUBLIC_RULE_IDS, RULES, findRule, publicIdIndex, publicIdOf, ruleIndex } from "../../src/law/catalogue";
import type { Rule } from "../../src/law/types";
import * as assessment from "../../src/law/assessment";
import * as ceasing from "../../src/law/ceasing";
import * as directPayments from "../../src/law/direct-payments";
import * as disclosure from "../../src/law/disclosure";
import * as disputes from "../../src/law/disputes";
import * as reassessment from "../../src/law/reassessment";
import * as reviews from "../../src/law/reviews";
import * as support from "../../src/law/support";
import * as transfers from "../../src/law/transfers";
import * as tribunal from "../../src/law/tribunal";

const isRule = (value: unknown): value is Rule =>
  typeof value === "object" && value !== null && !Array.isArray(value) && "id" in value && "counting" in value && "citation" in value;
const DEFINED: Rule[] = [assessment, ceasing, directPayments, disclosure, disputes, reassessment, reviews, support, transfers, tribunal].flatMap((module) =>
  Object.values(module).filter(isRule),
);

describe("the rule catalogue", () => {
  it("holds every rule the law files define, each once", () => {
    expect(DEFINED.length).toBeGreaterThan(40);
    // The catalogue holds each record copied into one shape: the same fields, the same values.
    for (const rule of DEFINED)
      expect(
        RULES.find((r) => r.id === rule.id),
        rule.id,
      ).toEqual({ group: undefined, tribunalDays: undefined, readings: undefined, ...rule });
    expect(RULES).toHaveLength(DEFINED.length);
    const keys = RULES.map((r) => Object.keys(r).join());
    expect(new Set(keys).size, "every rule has one shape").toBe(1);
  });

  it("gives every rule an id of its own, found by ruleIndex", () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    RULES.forEach((rule, index) => expect(ruleIndex(rule.id)).toBe(index));
    expect(ruleIndex("no-such-rule")).toBe(-1);
  });

  it("groups the three phase-transfer reviews (Regs 18(1)(a), (1)(b), (2)), the two recommendation responses (SI 2017/1306), the first review after a reassessment with the annual review (Regs 27(4)(a)) and the two arrangers of mediation (Regs 35(3), 36(2)) the two copies of a response (SI 2017/1306 regs 6(6), 7(4)) and the commissioning bodies' duties on a move or another change (Regs 15(7)-(8), 16(2)-(3))", () => {
    const groups = new Map<string, string[]>();
    for (const rule of RULES) if (rule.group !== undefined) groups.set(rule.group, [...(groups.get(rule.group) ?? []), rule.id]);
    expect(Object.fromEntries(groups)).toEqual({
      "phase-transfer-review": ["phase-transfer-review-school", "phase-transfer-review-post16", "phase-transfer-review-between-post16"],
      "recommendation-response": ["recommendation-response-social-care"],
      "annual-review": ["reassessment-review"],
      "mediation-arranged": ["mediation-arranged-health"],
      "recommendation-response-copy": ["recommendation-response-copy-social-care"],
      "commissioning-body-notice": ["commissioning-body-notice-move", "commissioning-body-notice"],
      "health-review-request": ["health-review-request-move", "health-review-request"],
    });
    // The health body's response keeps the group's own id, which is its public id too.
    expect(publicIdOf(tribunal.recommendationResponse)).toBe("recommendation-response");
  });

  it("lists each public id once, and finds a group's first rule by it", () => {
    expect(new Set(PUBLIC_RULE_IDS).size).toBe(PUBLIC_RULE_IDS.length);
    expect(PUBLIC_RULE_IDS).not.toContain("phase-transfer-review-school");
    expect(findRule("phase-transfer-review")?.id).toBe(reviews.phaseTransferSchool.id);
    expect(findRule("phase-transfer-review-post16")?.id).toBe(reviews.phaseTransferPost16.id);
    expect(findRule("nothing")).toBeUndefined();
    PUBLIC_RULE_IDS.forEach((id, index) => expect(publicIdIndex(id)).toBe(index));
  });

  it("marks the rules that use a reading of their own: the draft target and the orders' clock", () => {
    const withReadings = RULES.filter((r) => r.readings !== undefined).map((r) => `${r.id}: ${(r.readings ?? []).join(",")}`);
    expect(withReadings.filter((line) => !line.startsWith("order-"))).toEqual(["draft-plan: draftPlanTargetWeeks"]);
    expect(withReadings.filter((line) => line.startsWith("order-"))).toHaveLength(10);
    expect(RULES.filter((r) => r.id.startsWith("unopposed-")).every((r) => r.readings === undefined)).toBe(true);
  });
});
