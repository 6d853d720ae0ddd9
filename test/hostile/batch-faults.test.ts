// `ehc-timeline batch` under faults: lines mixing valid case files, text that is not JSON, blank
// lines, case files the schema refuses and oversize lines. Line n of the output answers line n of
// the input, every run, on one thread and on two; and a worker thread that dies is reported, never
// dropped in silence.
//
// Cost: 2,000 lines through the CLI with --jobs 1 and --jobs 2 in each time zone; in the zone where
// EHC_FUZZ_FULL=1 (CI's first), 100,000 lines, three runs with --jobs 1 and three with --jobs 2.
import { spawnSync } from "node:child_process";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/program";
import onTime from "../../examples/cases/assessment-on-time.json";
import { bytesIo } from "../cli/byte-io";

const FULL = process.env["EHC_FUZZ_FULL"] === "1";
const AS_OF = "2025-03-01";
const OVERSIZE = "x".repeat(64 * 1024);
const REQUEST = { type: "assessment-requested", date: "2025-01-06", by: "parent" };

/** The kinds of line, in a fixed cycle with an oversize line every 997th. */
const KINDS = ["valid", "not-json", "blank", "schema-invalid", "valid", "spaces", "truncated", "valid"] as const;
type Kind = (typeof KINDS)[number] | "oversize-valid" | "oversize-invalid";

function kindOf(n: number): Kind {
  if (n % 997 === 0) return n % 2 === 0 ? "oversize-valid" : "oversize-invalid";
  return KINDS[n % KINDS.length] ?? "valid";
}

/** Line n (from 1) of the input. Valid cases carry their line number in caseId, so that each answer can be matched to its line. */
function lineFor(n: number): string {
  const kind = kindOf(n);
  switch (kind) {
    case "valid":
      // Most valid lines are one request (cheap to compute); one in 16 the whole example.
      return JSON.stringify(n % 16 === 0 ? { ...onTime, caseId: `case-${n}` } : { caseId: `case-${n}`, events: [REQUEST] });
    case "oversize-valid":
      return JSON.stringify({ ...onTime, caseId: `case-${n}`, "x-note": OVERSIZE });
    case "oversize-invalid":
      return JSON.stringify({ ...onTime, caseId: OVERSIZE });
    case "not-json":
      return "{oops";
    case "truncated":
      return JSON.stringify(onTime).slice(0, 40);
    case "blank":
      return "";
    case "spaces":
      return " \t ";
    case "schema-invalid":
      return JSON.stringify({ caseId: 5, events: [{ type: "assessment-requested", date: "2025-02-30" }] });
  }
}

/** Checks that each output line answers its input line; the first mismatch, or null. */
function firstMismatch(output: string, lines: number): string | null {
  const answers = output.split("\n");
  if (answers.length !== lines + 1 || answers[lines] !== "") return `${answers.length - 1} answers to ${lines} lines`;
  for (let n = 1; n <= lines; n += 1) {
    const answer = JSON.parse(answers[n - 1] ?? "null") as { caseId?: string; line?: number; skipped?: string; issues?: unknown[] };
    const kind = kindOf(n);
    const fits =
      kind === "valid" || kind === "oversize-valid"
        ? answer.caseId === `case-${n}`
        : kind === "blank" || kind === "spaces"
          ? answer.line === n && answer.skipped === "blank line"
          : answer.line === n && Array.isArray(answer.issues) && answer.issues.length > 0;
    if (!fits) return `line ${n} (${kind}) answered by ${answers[n - 1]?.slice(0, 200)}`;
  }
  return null;
}

const inputOf = (lines: number): string => `${Array.from({ length: lines }, (_, i) => lineFor(i + 1)).join("\n")}\n`;

describe("batch under faults", () => {
  const lines = FULL ? 100_000 : 2_000;
  const runs = FULL ? 3 : 1;
  it(`${lines} mixed lines through the CLI, ${runs} run(s) with --jobs 1 and with --jobs 2: the same answers, in order, every time`, () => {
    const input = inputOf(lines);
    const outputs: string[] = [];
    for (const jobs of ["1", "2"]) {
      for (let run = 0; run < runs; run += 1) {
        const child = spawnSync("node_modules/.bin/tsx", ["src/cli/main.ts", "batch", "-", "--as-of", AS_OF, "--jobs", jobs], { input, encoding: "utf8", maxBuffer: 1 << 30 });
        expect(child.status, `--jobs ${jobs}, run ${run + 1}: ${child.stderr.slice(-300)}`).toBe(2);
        // Every unusable line is named on stderr, with nothing of the oversize text.
        expect(child.stderr).toMatch(/^line 1: /m);
        expect(child.stderr).not.toContain("xxxx");
        outputs.push(child.stdout);
      }
    }
    expect(firstMismatch(outputs[0] ?? "", lines)).toBeNull();
    for (const output of outputs) expect(output === outputs[0]).toBe(true);
    // Six runs of 100,000 lines take minutes on a loaded 2-core machine.
  }, 900_000);

  it("a worker thread that dies is reported: the run fails, and no answer after it is written in its place", async () => {
    const lines = 3_000;
    const bytes = Buffer.from(inputOf(lines), "utf8");
    // A worker that stops at once with code 3, as one killed by the system would.
    const dying = (): Worker => new Worker("process.exit(3)", { eval: true });
    const io = { ...bytesIo("f", bytes, { chunkBytes: 4096 }), threads: { cores: 2, start: dying } };
    await expect(runCli(["batch", "f", "--as-of", AS_OF, "--jobs", "2"], io)).rejects.toThrow(/batch worker stopped with code 3/);
    // Whatever was written before the failure answers the first lines, in order; nothing is skipped.
    const written = io.out().toString("utf8");
    const answered = written === "" ? 0 : written.split("\n").length - 1;
    expect(answered).toBeLessThan(lines);
    expect(firstMismatch(`${written.split("\n").slice(0, answered).join("\n")}\n`, answered === 0 ? 0 : answered)).toBe(answered === 0 ? "1 answers to 0 lines" : null);
  });
});
