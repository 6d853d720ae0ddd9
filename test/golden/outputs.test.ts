// The engine's output over the golden corpus (corpus.ts) is byte for byte what digests.json
// records. A failure means behaviour changed: if that was intended, review the difference
// (`tsx scripts/golden.ts --dump DIR` on both builds, then diff) and record it with `--write`.
import { describe, expect, it } from "vitest";
import { GENERATED_HISTORIES, goldenCorpus, goldenDigests } from "./corpus";
import recorded from "./digests.json";

describe("golden outputs", () => {
  it(`the corpus holds the examples, every vector and ${GENERATED_HISTORIES} generated histories`, () => {
    const corpus = goldenCorpus();
    expect(corpus.examples.length).toBeGreaterThanOrEqual(15);
    expect(corpus.generated).toHaveLength(GENERATED_HISTORIES);
    // The generated histories reach many stages, not one.
    expect(new Set(corpus.generated.map((c) => JSON.stringify(c.caseFile).length % 7)).size).toBeGreaterThan(1);
  });

  it("every group's output is unchanged", () => {
    expect(goldenDigests()).toEqual(recorded);
  });
});
