// The engine under hostile input: generated case files (generator.ts, fixed seed) through the
// parser, the engine and the CLI. For every input: parsing never throws; a parsed case never makes
// timeline() throw or take more than 250 ms; every problem message is its code's fixed text; no
// message, detail, input issue or CLI stderr line repeats a string of the input longer than 3
// characters; the output validates against the timeline JSON Schema; nothing reaches
// Object.prototype; and the CLI's output is the same under TZ=UTC and TZ=Pacific/Kiritimati.
//
// Cost: 400 cases in each time zone; 20,000 in the one zone where scripts/test-time-zones.mjs sets
// EHC_FUZZ_FULL=1 (CI's first zone), with the child process for the other time zone.
// EHC_FUZZ_CASES=n asks for n cases (and the full checks) in any run.
import { spawnSync } from "node:child_process";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { caseFileJsonSchema, timelineJsonSchema } from "../../src/adapters/json-schema";
import { runCli } from "../../src/cli/program";
import { PROBLEMS, type InputIssue, type Timeline, parseCaseFile, timeline } from "../../src/index";
import { lineIo } from "../cli/line-io";
import { asOfValue, givenFieldPaths, hostileInput, schemaFieldPaths, stringsIn } from "./generator";

const FROM_ENV = Number(process.env["EHC_FUZZ_CASES"] ?? Number.NaN);
const FULL = process.env["EHC_FUZZ_FULL"] === "1" || Number.isInteger(FROM_ENV);
const CASES = Number.isInteger(FROM_ENV) && FROM_ENV > 0 ? FROM_ENV : FULL ? 20_000 : 400;
const SEED = 15;
const SLOW_MS = 250;
/** The as-of date of the CLI runs (one for the whole batch). */
const BATCH_AS_OF = "2025-06-01";

/** The engine's own words: a string of the input found in them is vocabulary (an enum value, a field name), not an echo. */
const VOCABULARY = [JSON.stringify(caseFileJsonSchema()), JSON.stringify(timelineJsonSchema()), ...Object.values(PROBLEMS).map(([, message]) => message)].join("\n");
const DATE_LIKE = /^[+-]?\d{4,6}-\d{2}(-\d{2})?(T[0-9:.]+(Z|[+-]\d{2}:\d{2})?)?$/;

/** The strings of an input that no message may repeat: longer than 3 characters, not the engine's own words, not dates. */
function secretsOf(input: unknown): string[] {
  return [...stringsIn(input)].filter((s) => s.length > 3 && !DATE_LIKE.test(s) && !VOCABULARY.includes(s));
}

/** The first secret a text repeats, if any. */
const echoIn = (text: string, secrets: readonly string[]): string | undefined => secrets.find((s) => text.includes(s));

interface Drawn {
  readonly input: unknown;
  readonly asOf: string;
}

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
const validTimeline = ajv.compile(timelineJsonSchema());

let drawn: readonly Drawn[] = [];

beforeAll(() => {
  drawn = fc.sample(fc.tuple(hostileInput, asOfValue), { seed: SEED, numRuns: CASES }).map(([input, asOf]) => ({ input, asOf }));
});

/** What went wrong with one input, with the input, for the report. */
interface Failure {
  readonly why: string;
  readonly input: string;
}

/** Times one computation; a case over the limit is timed again, so that one pause of the collector on a loaded machine is not taken for a slow case. */
function timed(compute: () => Timeline): { result: Timeline; ms: number } {
  let start = performance.now();
  let result = compute();
  let ms = performance.now() - start;
  if (ms > SLOW_MS) {
    start = performance.now();
    result = compute();
    ms = performance.now() - start;
  }
  return { result, ms };
}

function checkOne({ input, asOf }: Drawn, failures: Failure[], counts: { parsed: number }): void {
  const fail = (why: string): void => {
    if (failures.length < 5) failures.push({ why, input: `${JSON.stringify(input)} asOf ${asOf}` });
  };
  const secrets = secretsOf(input);
  let parsed: ReturnType<typeof parseCaseFile>;
  try {
    parsed = parseCaseFile(input);
  } catch (error) {
    fail(`parseCaseFile threw ${String(error)}`);
    return;
  }
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      const echo = echoIn(issue.message, secrets);
      if (echo !== undefined) fail(`input issue at ${issue.path} repeats ${JSON.stringify(echo)}: ${issue.message}`);
    }
    return;
  }
  counts.parsed += 1;
  let result: Timeline;
  try {
    const run = timed(() => timeline(parsed.data, { asOf }));
    result = run.result;
    if (run.ms > SLOW_MS) fail(`timeline took ${Math.round(run.ms)} ms twice`);
  } catch (error) {
    fail(`timeline threw ${String(error)}`);
    return;
  }
  for (const p of result.problems) {
    if (p.message !== PROBLEMS[p.code][1]) fail(`problem ${p.code} has a message not its code's text: ${p.message}`);
    const echo = echoIn(`${p.message}\n${p.detail ?? ""}`, secrets);
    if (echo !== undefined) fail(`problem ${p.code} repeats ${JSON.stringify(echo)}`);
  }
  const json = JSON.parse(JSON.stringify(result)) as unknown;
  if (!validTimeline(json)) fail(`timeline does not validate: ${ajv.errorsText(validTimeline.errors)}`);
  if (({} as Record<string, unknown>)["polluted"] !== undefined) fail("Object.prototype was polluted");
}

describe(`generated hostile case files (${CASES}, seed ${SEED})`, () => {
  it("parse never throws; timeline never throws nor takes over 250 ms; messages are fixed text repeating nothing of the input; output validates", () => {
    const failures: Failure[] = [];
    const counts = { parsed: 0 };
    for (const one of drawn) checkOne(one, failures, counts);
    expect(failures).toEqual([]);
    // The generator is meant to get most cases through parsing, so that the engine is driven hard.
    expect(counts.parsed).toBeGreaterThan(CASES * 0.4);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("covers every event type and every field of every event schema (docs/events.md)", () => {
    const wanted = schemaFieldPaths();
    const seen = new Map<string, Set<string>>();
    for (const { input } of drawn) {
      const events = (input as { events?: unknown }).events;
      if (!Array.isArray(events)) continue;
      for (const event of events) {
        if (typeof event !== "object" || event === null) continue;
        const type = (event as { type?: unknown }).type;
        if (typeof type !== "string" || !wanted.has(type)) continue;
        const fields = seen.get(type) ?? new Set<string>();
        givenFieldPaths(event as Record<string, unknown>, "", fields);
        seen.set(type, fields);
      }
    }
    const missing: string[] = [];
    for (const [type, fields] of wanted) for (const field of fields) if (seen.get(type)?.has(field) !== true) missing.push(`${type}.${field}`);
    expect(missing).toEqual([]);
  });

  it("the CLI's batch: no stderr line repeats the input; under TZ=UTC and TZ=Pacific/Kiritimati the output is the same", async () => {
    const lines = drawn.map(({ input }) => JSON.stringify(input));
    const io = lineIo({ cases: lines });
    await runCli(["batch", "cases", "--as-of", BATCH_AS_OF, "--jobs", "1"], io);
    const out = io.out();
    expect(out.split("\n")).toHaveLength(lines.length + 1);
    const echoes: string[] = [];
    for (const line of io.err().split("\n")) {
      // Each stderr line names its input line: `line 12: events[0].date: … [code]`.
      const number = Number(/^line (\d+):/.exec(line)?.[1] ?? Number.NaN);
      const input = Number.isInteger(number) ? drawn[number - 1]?.input : undefined;
      const echo = input === undefined ? undefined : echoIn(line, secretsOf(input));
      if (echo !== undefined && echoes.length < 5) echoes.push(`${line} repeats ${JSON.stringify(echo)}`);
    }
    expect(echoes).toEqual([]);
    if (!FULL) return;
    // The other time zone, in a process of its own: the engine must not read the machine's zone.
    const otherZone = process.env["TZ"] === "Pacific/Kiritimati" ? "UTC" : "Pacific/Kiritimati";
    const child = spawnSync("node_modules/.bin/tsx", ["src/cli/main.ts", "batch", "-", "--as-of", BATCH_AS_OF, "--jobs", "1"], {
      input: `${lines.join("\n")}\n`,
      encoding: "utf8",
      maxBuffer: 1 << 30,
      env: { ...process.env, TZ: otherZone },
    });
    const theirs = child.stdout.split("\n");
    const ours = out.split("\n");
    const differing = ours.findIndex((line, i) => line !== theirs[i]);
    expect(differing === -1 ? null : { line: differing + 1, here: ours[differing]?.slice(0, 300), [otherZone]: theirs[differing]?.slice(0, 300) }).toBeNull();
    expect(theirs).toHaveLength(ours.length);
    // Two batches of 20,000 lines, one in a process of its own: a minute on a busy two-core machine. Not a timing check.
  }, 180_000);
});

/** Issues carry fixed text only: a sanity check that the canary check can fail. */
describe("the check itself", () => {
  it("finds a canary repeated in a message", () => {
    const issue: InputIssue = { code: "invalid-value", path: "caseId", message: "unknown id Zoe Canary-Smith" };
    expect(echoIn(issue.message, secretsOf({ caseId: "Zoe Canary-Smith" }))).toBe("Zoe Canary-Smith");
  });
});
