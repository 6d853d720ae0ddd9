// RuleId (src/law/rule-ids.ts) is the catalogue's public ids as literal types: the list must be
// the catalogue's, so that the type neither misses a rule nor names one that is gone.
import { describe, expect, expectTypeOf, it } from "vitest";
import type { Deadline, DeadlineKey, RuleId } from "../../src/index";
import { PUBLIC_RULE_IDS } from "../../src/law/catalogue";
import { RULE_IDS } from "../../src/law/rule-ids";

describe("RuleId", () => {
  it("lists every public id of the catalogue, once, in its order (a new rule adds its id to src/law/rule-ids.ts)", () => {
    expect([...RULE_IDS]).toEqual(PUBLIC_RULE_IDS);
  });

  it("types a deadline's rule and key", () => {
    expectTypeOf<Deadline["rule"]>().toEqualTypeOf<RuleId>();
    expectTypeOf<Deadline["key"]>().toEqualTypeOf<DeadlineKey>();
    expectTypeOf<"final-plan">().toExtend<RuleId>();
    expectTypeOf<"support-review:2">().toExtend<DeadlineKey>();
    expectTypeOf<"final-plna">().not.toExtend<RuleId>();
    expectTypeOf<"final-plna:2">().not.toExtend<DeadlineKey>();
  });
});
