// The index of a long chain of rule instances (docs/performance.md: long cases) answers every
// question exactly as a walk of the chain would: which key is free, which qualifiers it has seen,
// the newest open instance an act may satisfy, and every open instance. Checked against that
// walk, written out here, over random histories of opening and closing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ChainIndex, isOpen } from "../../src/timeline/chain-index";
import type { Instance } from "../../src/timeline/instance";

/** The fields of an instance the index reads; the rest play no part in it. */
function instanceOf(previous: Instance | undefined, key: string, qualifier: string | undefined, notBefore: number | undefined): Instance {
  const fields = { key, qualifier, notBefore, done: undefined, notApplicable: undefined, previousOfRule: previous, chainLength: (previous?.chainLength ?? 0) + 1 };
  return fields as unknown as Instance;
}

// The walk of the chain from its newest instance, as the registry does for a short chain.
const chainOf = (latest: Instance | undefined): Instance[] => {
  const all: Instance[] = [];
  for (let instance = latest; instance !== undefined; instance = instance.previousOfRule) all.push(instance);
  return all;
};
const walkFreeKey = (latest: Instance | undefined, base: string): string => {
  const keys = new Set(chainOf(latest).map((i) => i.key));
  let key = base;
  for (let n = 2; keys.has(key); n += 1) key = `${base}:${n}`;
  return key;
};
const walkOpen = (latest: Instance | undefined, qualifier: string | undefined): Instance[] =>
  chainOf(latest).filter((i) => isOpen(i) && (qualifier === undefined || i.qualifier === qualifier));
const walkNewestOpen = (latest: Instance | undefined, qualifier: string | undefined, actDay: number | undefined): Instance | undefined =>
  walkOpen(latest, qualifier).find((i) => actDay === undefined || i.notBefore === undefined || actDay >= i.notBefore);

const qualifier = fc.constantFrom(undefined, "EP1", "EP2", "SALT");
const day = fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined });
const step = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("open" as const), qualifier, notBefore: day, base: fc.constantFrom("review", "review:EP1", "review:2") }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("close" as const), which: fc.nat(), by: fc.constantFrom("done", "not-applicable") }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("newest" as const), qualifier, actDay: day }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("all" as const), qualifier }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("seen" as const), qualifier }) },
);

describe("ChainIndex", () => {
  it("answers as the walk of its chain does, from whatever point it starts", () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 300 }), fc.nat({ max: 40 }), (steps, indexFrom) => {
        let latest: Instance | undefined;
        let index: ChainIndex | undefined;
        const opened: Instance[] = [];
        steps.forEach((s, i) => {
          // Before `indexFrom` steps the chain is short and walked; then the index takes it over.
          if (index === undefined && i >= indexFrom && latest !== undefined) index = new ChainIndex(latest);
          switch (s.kind) {
            case "open": {
              const key = walkFreeKey(latest, s.base);
              if (index !== undefined) expect(index.freeKey(s.base)).toBe(key);
              latest = instanceOf(latest, key, s.qualifier, s.notBefore);
              opened.push(latest);
              index?.add(latest);
              break;
            }
            case "close": {
              const instance = opened[s.which % Math.max(1, opened.length)];
              if (instance === undefined) break;
              if (s.by === "done") instance.done = { event: "e", eventId: "e", day: 0 } as unknown as Instance["done"];
              else instance.notApplicable = "closed";
              break;
            }
            case "newest":
              if (index !== undefined) expect(index.newestOpen(s.qualifier, s.actDay)).toBe(walkNewestOpen(latest, s.qualifier, s.actDay));
              break;
            case "all":
              if (index !== undefined) expect(index.allOpen(s.qualifier)).toEqual(walkOpen(latest, s.qualifier));
              break;
            case "seen":
              if (index !== undefined) expect(index.hasQualifier(s.qualifier)).toBe(chainOf(latest).some((x) => x.qualifier === s.qualifier));
              break;
          }
        });
        // Whatever happened, a final look agrees for every qualifier.
        if (index !== undefined) {
          for (const q of [undefined, "EP1", "EP2", "SALT", "none"]) {
            expect(index.newestOpen(q, undefined)).toBe(walkNewestOpen(latest, q, undefined));
            expect(index.allOpen(q)).toEqual(walkOpen(latest, q));
          }
        }
      }),
      { seed: 19, numRuns: 300 },
    );
  });

  it("finds the newest open instance past a long run of closed ones, and keeps finding it as more close", () => {
    let latest: Instance | undefined;
    const opened: Instance[] = [];
    for (let i = 0; i < 100; i += 1) {
      latest = instanceOf(latest, i === 0 ? "review" : `review:${i + 1}`, i % 2 === 0 ? "EP1" : "EP2", undefined);
      opened.push(latest);
    }
    const index = new ChainIndex(latest as Instance);
    // Close all but the first two, then the newest open ones are those two.
    for (const instance of opened.slice(2)) instance.done = { event: "e", eventId: "e", day: 0 } as unknown as Instance["done"];
    expect(index.newestOpen(undefined, undefined)).toBe(opened[1]);
    expect(index.newestOpen("EP1", undefined)).toBe(opened[0]);
    expect(index.newestOpen("EP2", undefined)).toBe(opened[1]);
    (opened[1] as Instance).notApplicable = "closed";
    expect(index.newestOpen(undefined, undefined)).toBe(opened[0]);
    expect(index.newestOpen("EP2", undefined)).toBeUndefined();
    expect(index.allOpen(undefined)).toEqual([opened[0]]);
    expect(index.allOpen("other")).toEqual([]);
    expect(index.newestOpen("other", undefined)).toBeUndefined();
    // An act before an instance's first lawful day does not satisfy it.
    const late = instanceOf(latest, index.freeKey("review"), "EP1", 10);
    index.add(late);
    expect(late.key).toBe("review:101");
    expect(index.newestOpen("EP1", 9)).toBe(opened[0]);
    expect(index.newestOpen("EP1", 10)).toBe(late);
    expect(index.newestOpen(undefined, undefined)).toBe(late);
    expect(index.allOpen("EP1")).toEqual([late, opened[0]]);
    // An open instance an act passed over stays listed though a closed one lies behind it.
    const closedBehind = instanceOf(late, index.freeKey("review"), "EP1", undefined);
    index.add(closedBehind);
    const notYet = instanceOf(closedBehind, index.freeKey("review"), "EP1", 30);
    index.add(notYet);
    closedBehind.done = { event: "e", eventId: "e", day: 0 } as unknown as Instance["done"];
    expect(index.newestOpen("EP1", 12)).toBe(late);
    expect(index.newestOpen("EP1", 30)).toBe(notYet);
    expect(index.allOpen("EP1")).toEqual([notYet, late, opened[0]]);
  });
});
