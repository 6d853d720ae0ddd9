import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { compactTimelineJsonSchema, rulesJsonSchema, timelineJsonSchema } from "../../src/adapters/json-schema";
import { runCli } from "../../src/cli/program";
import { parseCaseFileOrThrow } from "../../src/schema/parse";
import { timeline } from "../../src/timeline/compute";
import { RULE_FACTS } from "../../src/timeline/rule-facts";
import appeal from "../../examples/cases/appeal-refusal-to-assess.json";
import onTime from "../../examples/cases/assessment-on-time.json";
import lifecycle from "../../examples/cases/plan-lifecycle.json";
import { bytesIo } from "./byte-io";
import { lineIo } from "./line-io";

const AS_OF = "2025-12-01";
const CASES = [onTime, lifecycle, appeal];
/** Cases, a blank line and an unreadable one: line n of the output must answer line n of the input. */
const INPUT = [JSON.stringify(onTime), "", JSON.stringify(lifecycle), "{oops", JSON.stringify(appeal)];

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validTimeline = ajv.compile(timelineJsonSchema());
const validCompact = ajv.compile(compactTimelineJsonSchema());
const validRules = ajv.compile(rulesJsonSchema());

type Line = Record<string, unknown> & { deadlines?: Record<string, unknown>[] };

const full = (explain: boolean) => CASES.map((c) => JSON.parse(JSON.stringify(timeline(parseCaseFileOrThrow(c), { asOf: AS_OF, explain }))) as Line);

/** The batch's output lines, on the line-by-line path and on the byte path, which must agree. */
async function batch(...flags: string[]): Promise<Line[]> {
  const lines = lineIo({ "cases.ndjson": INPUT });
  expect(await runCli(["batch", "cases.ndjson", "--as-of", AS_OF, ...flags], lines)).toBe(2);
  const bytes = bytesIo("cases.ndjson", new TextEncoder().encode(INPUT.join("\n")), { chunkBytes: 100 });
  expect(await runCli(["batch", "cases.ndjson", "--as-of", AS_OF, "--jobs", "1", ...flags], bytes)).toBe(2);
  expect(bytes.out().toString("utf8")).toBe(lines.out());
  return lines
    .out()
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l) as Line);
}

/** The rules' facts as `ehc-timeline rules` prints them. */
async function rules(): Promise<Record<string, Record<string, unknown>>> {
  const io = lineIo({});
  expect(await runCli(["rules"], io)).toBe(0);
  const printed = JSON.parse(io.out()) as { rules: Record<string, Record<string, unknown>> };
  expect(validRules(printed)).toBe(true);
  return printed.rules;
}

const answersInPlace = (out: Line[]) => {
  expect(out).toHaveLength(INPUT.length);
  expect(out[1]).toEqual({ line: 2, skipped: "blank line" });
  expect(out[3]?.["line"]).toBe(4);
  expect([out[0], out[2], out[4]].map((t) => t?.["caseId"])).toEqual(CASES.map((c) => c.caseId));
};

describe("ehc-timeline batch --explain and --compact", () => {
  it("leaves every explanation empty unless --explain, the timelines otherwise the same and valid", async () => {
    const plain = await batch();
    answersInPlace(plain);
    expect([plain[0], plain[2], plain[4]]).toEqual(full(false));
    const deadlines = [plain[0], plain[2], plain[4]].flatMap((t) => t?.deadlines ?? []);
    expect(deadlines.length).toBeGreaterThan(10);
    for (const d of deadlines) expect(d["explanation"]).toEqual([]);
    for (const t of [plain[0], plain[2], plain[4]]) expect(validTimeline(t)).toBe(true);

    const explained = await batch("--explain");
    answersInPlace(explained);
    expect([explained[0], explained[2], explained[4]]).toEqual(full(true));
    expect(explained[2]?.deadlines?.every((d) => (d["explanation"] as string[]).length > 0)).toBe(true);
  });

  it("names each deadline's facts by id under --compact, and the facts from `rules` give back the full deadline", async () => {
    const facts = await rules();
    expect(Object.keys(facts)).toEqual(Object.keys(RULE_FACTS));
    for (const explain of [false, true]) {
      const compact = await batch("--compact", ...(explain ? ["--explain"] : []));
      answersInPlace(compact);
      const expected = full(explain);
      [compact[0], compact[2], compact[4]].forEach((t, index) => {
        expect(validCompact(t)).toBe(true);
        const want = expected[index] as Line;
        // Each compact deadline with its facts put back, in the full form's order, is the full deadline.
        const restored = t?.deadlines?.map((d) => {
          expect(Object.keys(d)).not.toContain("citation");
          const { facts: id, ...rest } = d;
          const { rule: _rule, ...ruleFacts } = facts[id as string] ?? {};
          expect(_rule).toBe(d["rule"]);
          return { ...rest, ...ruleFacts };
        });
        expect({ ...t, deadlines: restored }).toEqual(want);
      });
    }
  });

  it("tells the facts of one public rule id apart where its rules differ", async () => {
    const facts = await rules();
    const phaseTransfer = Object.entries(facts).filter(([, f]) => f["rule"] === "phase-transfer-review");
    expect(new Set(phaseTransfer.map(([, f]) => f["citation"])).size).toBeGreaterThan(1);
  });

  it("refuses --compact with CSV", async () => {
    const io = lineIo({ "cases.ndjson": INPUT });
    expect(await runCli(["batch", "cases.ndjson", "--format", "csv", "--compact"], io)).toBe(2);
    expect(io.err()).toBe("ehc-timeline: --compact is for NDJSON output, not CSV\n");
    expect(io.out()).toBe("");
  });
});
