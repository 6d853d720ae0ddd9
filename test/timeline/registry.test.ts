// The registry of rule instances: how a repeated deadline is numbered (`advice:EP`, `advice:EP:2`…),
// and which instance an act satisfies or closes, for chains short enough to be walked and long
// enough to be indexed. A plain model of the rules, a list searched from the newest, is the reference.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findRule } from "../../src/law/catalogue";
import type { Rule } from "../../src/law/types";
import type { Effect } from "../../src/process/effects";
import { InstanceRegistry } from "../../src/timeline/registry";

const advice = findRule("advice") as Rule;
const anchor = (day: number) => ({ eventId: `e${day}`, eventType: "advice-requested", day });
const open = (qualifier?: string, extra: Partial<Extract<Effect, { type: "open" }>> = {}): Effect => ({
  type: "open",
  rule: advice,
  ...(qualifier === undefined ? {} : { qualifier }),
  anchor: anchor(1),
  anchorLabel: "asked",
  ...extra,
});

interface ModelInstance {
  key: string;
  qualifier: string | undefined;
  notBefore: number | undefined;
  done: number | undefined;
  closed: string | undefined;
}

/** The rules as plain searches over every instance opened so far. */
class Model {
  readonly instances: ModelInstance[] = [];
  readonly problems: string[] = [];

  private newestOpen(qualifier: string | undefined, day?: number): ModelInstance | undefined {
    for (let n = this.instances.length - 1; n >= 0; n -= 1) {
      const i = this.instances[n] as ModelInstance;
      const fits = qualifier === undefined || i.qualifier === qualifier;
      const tooEarly = day !== undefined && i.notBefore !== undefined && day < i.notBefore;
      if (i.done === undefined && i.closed === undefined && fits && !tooEarly) return i;
    }
    return undefined;
  }

  apply(effect: Effect): void {
    if (effect.type === "open") {
      if (effect.ifAlreadyOpen === "ignore" && this.instances.some((i) => i.qualifier === effect.qualifier)) return;
      if (effect.ifAlreadyOpen !== undefined && effect.ifAlreadyOpen !== "ignore" && this.newestOpen(effect.qualifier) !== undefined) {
        this.problems.push(effect.ifAlreadyOpen);
        return;
      }
      const base = effect.qualifier === undefined ? "advice" : `advice:${effect.qualifier}`;
      let key = base;
      for (let n = 2; this.instances.some((i) => i.key === key); n += 1) key = `${base}:${n}`;
      this.instances.push({ key, qualifier: effect.qualifier, notBefore: effect.notBefore, done: undefined, closed: undefined });
    } else if (effect.type === "satisfy") {
      const found = this.newestOpen(effect.qualifier, effect.by.day);
      if (found !== undefined) found.done = effect.by.day;
    } else if (effect.type === "not-applicable") {
      const targets = effect.all
        ? this.instances.filter((i) => i.done === undefined && i.closed === undefined && (effect.qualifier === undefined || i.qualifier === effect.qualifier))
        : [this.newestOpen(effect.qualifier)];
      for (const target of targets) if (target !== undefined) target.closed = effect.reason;
    }
  }
}

const run = (effects: readonly Effect[]) => {
  const registry = new InstanceRegistry();
  for (const effect of effects) registry.apply(effect);
  return registry;
};

describe("a repeated deadline is numbered", () => {
  it("advice:EP, advice:EP:2 … advice:EP:20 for twenty requests of one adviser, past the length at which a chain is indexed", () => {
    const keys = run(Array.from({ length: 20 }, () => open("EP"))).instances.map((i) => i.key);
    expect(keys).toEqual(["advice:EP", ...Array.from({ length: 19 }, (_, i) => `advice:EP:${i + 2}`)]);
  });

  it("a number another qualifier already took is skipped: advice:EP:2 named by the caller, then EP twice more", () => {
    const effects = [...Array.from({ length: 12 }, (_, i) => open(`X${i}`)), open("EP:2"), open("EP"), open("EP"), open("EP")];
    expect(
      run(effects)
        .instances.slice(12)
        .map((i) => i.key),
    ).toEqual(["advice:EP:2", "advice:EP", "advice:EP:3", "advice:EP:4"]);
  });

  it("a qualifier opened once with `ignore` is not opened again, open or closed, however long the chain", () => {
    const effects: Effect[] = [
      ...Array.from({ length: 12 }, (_, i) => open(`X${i}`)),
      open("2024-25", { ifAlreadyOpen: "ignore" }),
      { type: "satisfy", ruleId: "advice", qualifier: "2024-25", by: anchor(5) },
      open("2024-25", { ifAlreadyOpen: "ignore" }),
    ];
    expect(run(effects).instances.filter((i) => i.qualifier === "2024-25")).toHaveLength(1);
  });
});

describe("the indexed registry does what the plain model does", () => {
  const qualifier = fc.constantFrom(undefined, "A", "B", "A:2", "C");
  const effect: fc.Arbitrary<Effect> = fc.oneof(
    fc
      .record({
        qualifier,
        notBefore: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
        ifAlreadyOpen: fc.constantFrom(undefined, "ignore", "duplicate-event" as const),
      })
      .map(({ qualifier: q, notBefore, ifAlreadyOpen }) =>
        open(q, { ...(notBefore === undefined ? {} : { notBefore }), ...(ifAlreadyOpen === undefined ? {} : { ifAlreadyOpen }) }),
      ),
    fc.record({ qualifier, day: fc.integer({ min: 1, max: 9 }) }).map(({ qualifier: q, day }): Effect => ({
      type: "satisfy",
      ruleId: "advice",
      ...(q === undefined ? {} : { qualifier: q }),
      by: anchor(day),
    })),
    fc.record({ qualifier, all: fc.boolean() }).map(({ qualifier: q, all }): Effect => ({
      type: "not-applicable",
      ruleId: "advice",
      ...(q === undefined ? {} : { qualifier: q }),
      reason: "closed",
      all,
    })),
  );

  it("the same keys, the same instances done and closed, the same problems, over sequences of up to 80 effects", () => {
    fc.assert(
      fc.property(fc.array(effect, { maxLength: 80 }), (effects) => {
        const model = new Model();
        for (const e of effects) model.apply(e);
        const registry = run(effects);
        expect(registry.instances.map((i) => [i.key, i.done?.day, i.notApplicable])).toEqual(model.instances.map((i) => [i.key, i.done, i.closed]));
        expect(registry.problems.map((p) => p.code)).toEqual(model.problems);
      }),
      { numRuns: 300 },
    );
  });
});
