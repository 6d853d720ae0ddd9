// The golden corpus: the examples, the conformance vectors and 6,000 generated histories with
// every reading, holidays, closures, dates of birth and explicit ids, each run with and without
// explanations. Its digests (digests.json) pin the engine's output byte for byte, so a change
// of design that must not change behaviour can prove it did not.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { parseCaseFileOrThrow, timeline } from "../../src/index";
import { timelineJson } from "../../src/timeline/timeline-json";
import vectors from "../vectors/vectors.json";
import { history } from "../process/histories";

/** How many generated histories the corpus holds. */
export const GENERATED_HISTORIES = 6000;

const READING_VALUES: Record<string, readonly unknown[]> = {
  dayCounting: ["statutory", "day-one-inclusive"],
  reviewPeriod: ["strict", "anniversary"],
  lastReviewed: ["decision", "meeting", "final-plan"],
  phaseTransferDeadline: ["before", "on"],
  draftPlanTargetWeeks: [10, 14, 18],
  earlyYearsReviewMonths: [3, 4, 6],
  orderClock: ["made", "sent"],
  exceptions: ["disapply", "pause"],
  receipt: ["as-recorded", "after-5pm-next-working-day"],
  service: ["as-recorded", "first-class-post"],
  supportPolicy: ["code-of-practice", "norfolk"],
};

const options = fc
  .array(fc.constantFrom(...Object.keys(READING_VALUES)), { maxLength: 4 })
  .chain((names) => fc.tuple(...names.map((name) => fc.constantFrom(...(READING_VALUES[name] ?? [])).map((value) => [name, value] as const))))
  .map((pairs) => Object.fromEntries(pairs));

const generatedCase = fc
  .record({
    events: history,
    options,
    withOptions: fc.boolean(),
    ids: fc.constantFrom("none", "some", "all"),
    dateOfBirth: fc.option(fc.constantFrom("2019-03-15", "2021-07-01", "2012-11-30", "2022-02"), { nil: undefined }),
    holidays: fc.option(fc.constantFrom<unknown[]>(["2025-03-03"], [{ date: "2025-12-25", action: "remove" }], [{ date: "2026-02-16", name: "Local day" }]), {
      nil: undefined,
    }),
    closures: fc.option(fc.constantFrom([{ setting: "S1", from: "2025-07-20", to: "2025-09-02" }], [{ setting: "X", from: "2025-12-19", to: "2026-01-05" }]), {
      nil: undefined,
    }),
    asOf: fc.constantFrom("2025-03-01", "2025-11-15", "2026-06-30", "2027-12-31"),
  })
  .map(({ events, options: chosen, withOptions, ids, dateOfBirth, holidays, closures, asOf }) => ({
    asOf,
    caseFile: {
      caseId: "G",
      events: events.map((event, index) => (ids === "all" || (ids === "some" && index % 3 === 0) ? { id: `ev${index % 5}`, ...event } : event)),
      ...(dateOfBirth === undefined ? {} : { child: { dateOfBirth } }),
      ...(holidays === undefined && closures === undefined
        ? {}
        : { calendar: { ...(holidays === undefined ? {} : { holidays }), ...(closures === undefined ? {} : { closures }) } }),
      ...(withOptions ? { options: chosen } : {}),
    },
  }));

/** One case of the corpus: a case file and the date it is read at. */
export interface GoldenCase {
  readonly name: string;
  readonly asOf: string;
  readonly caseFile: unknown;
}

/** The corpus, in three groups, always the same cases in the same order. */
export function goldenCorpus(): Record<"examples" | "vectors" | "generated", GoldenCase[]> {
  const dir = join(import.meta.dirname, "../../examples/cases");
  const examples = readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .flatMap((name) => {
      const caseFile: unknown = JSON.parse(readFileSync(join(dir, name), "utf8"));
      return ["2024-06-01", "2025-01-10", "2026-03-31"].map((asOf) => ({ name: `${name}@${asOf}`, asOf, caseFile }));
    });
  const vectorCases = (vectors as { id: string; asOf: string; caseFile: unknown }[]).map((v) => ({ name: v.id, asOf: v.asOf, caseFile: v.caseFile }));
  const generated = fc.sample(generatedCase, { numRuns: GENERATED_HISTORIES, seed: 20261204 }).map((g, index) => ({ name: `generated-${index}`, ...g }));
  return { examples, vectors: vectorCases, generated };
}

/** The outputs of one case: its timeline as JSON, with and without working, and the batch writer's text. */
export function goldenOutputs(c: GoldenCase): string {
  const parsed = parseCaseFileOrThrow(c.caseFile);
  const explained = timeline(parsed, { asOf: c.asOf });
  const bare = timeline(parsed, { asOf: c.asOf, explain: false });
  return `${c.name}\n${JSON.stringify(explained)}\n${timelineJson(bare, true)}\n`;
}

/** The SHA-256 of each group's outputs. */
export function goldenDigests(): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const [group, cases] of Object.entries(goldenCorpus())) {
    const hash = createHash("sha256");
    for (const c of cases) hash.update(goldenOutputs(c));
    digests[group] = hash.digest("hex");
  }
  return digests;
}
