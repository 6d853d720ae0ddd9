// `ehc-timeline timeline` (case-file.md § CLI): exit 0 for a clean case, 1 when the timeline has
// error problems (output still written), 2 for unreadable or invalid input (one line per issue,
// naming the JSON path, no stack trace). Run in-process with a fake io, and once for real.
import { spawnSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { Timeline } from "../../src/index";
import { runCli } from "../../src/cli/program";

// ---- a fake io -----------------------------------------------------------------------------

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly reads: readonly string[];
}

/** Runs the CLI with files from `files` (by path, `-` for stdin), falling back to real files. */
async function cli(args: readonly string[], files: Record<string, string> = {}, today = "2025-01-10"): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const reads: string[] = [];
  const code = await runCli(args, {
    readText: async (path) => {
      reads.push(path);
      const inMemory = files[path];
      return inMemory ?? readFile(path, "utf8");
    },
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    today: () => today,
  });
  return { code, stdout, stderr, reads };
}

const STACK_FRAME = /^\s*at /m;

// ---- case files ----------------------------------------------------------------------------

const EXAMPLE = "examples/cases/assessment-on-time.json";

const caseJson = (events: unknown[]) => JSON.stringify({ caseId: "C-cli", child: { dateOfBirth: "2016-05" }, events });
const request = { id: "req", type: "assessment-requested", date: "2024-09-04", by: "parent" };
const decision = { id: "dec", type: "assessment-decision", date: "2024-10-10", outcome: "assess" };
/** A final plan with no draft before it: an error problem (final-before-draft). */
const withErrors = caseJson([request, decision, { id: "final", type: "final-plan-issued", date: "2025-01-10" }]);

// ---- exit codes ----------------------------------------------------------------------------

describe("ehc-timeline timeline", () => {
  it("exit 0 and the JSON timeline for a clean case (examples/cases/assessment-on-time.json)", async () => {
    const run = await cli(["timeline", EXAMPLE, "--as-of", "2025-01-10", "--format", "json"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const result = JSON.parse(run.stdout) as Timeline;
    expect(result).toMatchObject({ caseId: "EXAMPLE-001", asOf: "2025-01-10", stage: "draft-issued" });
    // Regs 13(2): request 4 Sep 2024 + 140 days = Wed 22 Jan 2025; pending on 10 Jan.
    expect(result.deadlines.find((d) => d.key === "final-plan")).toMatchObject({ due: "2025-01-22", status: "pending" });
    // Regs 8(1): HEALTH1 asked Fri 11 Oct 2024 + 42 = Fri 22 Nov 2024; received 29 Nov: late.
    expect(result.deadlines.find((d) => d.key === "advice:HEALTH1")).toMatchObject({ due: "2024-11-22", status: "late" });
    expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("--format text writes the text rendering with the same dates", async () => {
    const run = await cli(["timeline", EXAMPLE, "--as-of", "2025-01-10", "--format", "text"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("EXAMPLE-001");
    expect(run.stdout).toContain("draft-issued");
    // Regs 5(1): 4 Sep 2024 + 42 = 16 Oct 2024; Regs 13(2): 22 Jan 2025.
    for (const text of ["assessment-decision", "2024-10-16", "final-plan", "2025-01-22"]) expect(run.stdout).toContain(text);
    expect(() => JSON.parse(run.stdout)).toThrow();
  });

  it("exit 1 when the timeline has error problems, and the output is still written", async () => {
    const run = await cli(["timeline", "case.json", "--as-of", "2025-02-01", "--format", "json"], { "case.json": withErrors });
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as Timeline;
    expect(result.problems).toContainEqual(expect.objectContaining({ code: "final-before-draft", severity: "error", eventId: "final" }));
    // Regs 13(2): 22 Jan 2025, met by the plan of 10 Jan.
    expect(result.deadlines.find((d) => d.key === "final-plan")).toMatchObject({ due: "2025-01-22", status: "met" });
  });

  it("exit 0 when the only problems are warnings", async () => {
    const warnings = caseJson([request, { ...request, id: "again" }]);
    const run = await cli(["timeline", "case.json", "--as-of", "2024-10-02"], { "case.json": warnings });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as Timeline).problems.map((p) => p.code)).toEqual(["duplicate-event"]);
  });

  it("exit 2 for a misspelled event type, suggesting the type meant", async () => {
    const misspelled = caseJson([request, { type: "assesment-decision", date: "2024-10-10", outcome: "assess" }]);
    const run = await cli(["timeline", "case.json", "--as-of", "2024-10-02"], { "case.json": misspelled });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "case.json: events[1].type: not an event type the engine knows (a type of the caller's own must start with x-) (did you mean assessment-decision?) [unknown-event-type]\n",
    );
  });

  it("exit 2 for invalid input: one line per issue, each naming its JSON path, no stack trace", async () => {
    const bad = JSON.stringify({
      caseId: "C-bad",
      events: [request, { type: "assessment-decision", date: "2025-02-30", outcome: "maybe" }, { type: "advice-requested", date: "2024-10-11", from: "health" }],
    });
    const run = await cli(["timeline", "bad.json", "--as-of", "2025-01-10"], { "bad.json": bad });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    for (const path of ["events[1].date", "events[1].outcome", "events[2].adviceId"]) {
      expect(
        lines.filter((l) => l.includes(path)),
        path,
      ).toHaveLength(1);
    }
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it("exit 2 for a misspelled key, with the closest key named and the misspelling never repeated", async () => {
    const misspelled = JSON.stringify({ caseId: "C-key", options: { dayCountng: "day-one-inclusive" }, events: [request] });
    const run = await cli(["timeline", "key.json", "--as-of", "2025-01-10"], { "key.json": misspelled });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      "key.json: options: this key is not part of the case file (extra data may go under a key starting with x-) (did you mean dayCounting?) [unknown-key]\n",
    );
  });

  it("exit 2 for text that is not JSON, with no stack trace", async () => {
    const run = await cli(["timeline", "broken.json"], { "broken.json": '{"caseId": "C-1", "events": [' });
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/JSON/);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.stdout).toBe("");
  });

  it("invalid input never echoes the caller's values", async () => {
    const leaky = JSON.stringify({ caseId: "C-1", events: [{ type: "assessment-requested", date: "Jane Example", by: "Jane Example" }] });
    const run = await cli(["timeline", "leaky.json"], { "leaky.json": leaky });
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain("Jane");
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(2);
  });

  it("exit 2 for a file that cannot be read, with no stack trace", async () => {
    const run = await cli(["timeline", "examples/cases/no-such-case.json", "--as-of", "2025-01-10"]);
    expect(run.code).toBe(2);
    expect(run.stderr.length).toBeGreaterThan(0);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it.each(["2025-02-30", "10/01/2025", "tomorrow"])("exit 2 for a bad --as-of (%s)", async (asOf) => {
    const run = await cli(["timeline", EXAMPLE, "--as-of", asOf]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--as-of/);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.stdout).toBe("");
  });

  it("--as-of defaults to io.today()", async () => {
    // Regs 13(2): the request of 4 Sep 2024 is due 22 Jan 2025: pending on 22 Jan, overdue on 23 Jan.
    const onDay = await cli(["timeline", EXAMPLE], {}, "2025-01-22");
    expect(onDay.code).toBe(0);
    const parsedOnDay = JSON.parse(onDay.stdout) as Timeline;
    expect(parsedOnDay.asOf).toBe("2025-01-22");
    expect(parsedOnDay.deadlines.find((d) => d.key === "final-plan")?.status).toBe("pending");
    const dayAfter = JSON.parse((await cli(["timeline", EXAMPLE], {}, "2025-01-23")).stdout) as Timeline;
    expect(dayAfter.asOf).toBe("2025-01-23");
    expect(dayAfter.deadlines.find((d) => d.key === "final-plan")?.status).toBe("overdue");
  });

  it("- reads the case file from standard input", async () => {
    const run = await cli(["timeline", "-", "--as-of", "2024-10-20"], { "-": caseJson([request, decision]) });
    expect(run.reads).toEqual(["-"]);
    expect(run.code).toBe(0);
    // Regs 5(1): 4 Sep 2024 + 42 = 16 Oct 2024, met on 10 Oct.
    expect((JSON.parse(run.stdout) as Timeline).deadlines.find((d) => d.key === "assessment-decision")).toMatchObject({
      due: "2024-10-16",
      status: "met",
    });
  });

  it("invalid input on standard input names stdin and the path", async () => {
    const run = await cli(["timeline", "-"], { "-": JSON.stringify({ events: [] }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/caseId/);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it("exit 2 for an unknown --format", async () => {
    const run = await cli(["timeline", EXAMPLE, "--as-of", "2025-01-10", "--format", "xml"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });
});

// ---- the real executable -------------------------------------------------------------------

describe("the real CLI process", () => {
  it("node_modules/.bin/tsx src/cli/main.ts timeline examples/cases/assessment-on-time.json --as-of 2025-01-10", () => {
    const run = spawnSync("node_modules/.bin/tsx", ["src/cli/main.ts", "timeline", EXAMPLE, "--as-of", "2025-01-10"], {
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.error).toBeUndefined();
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as Timeline;
    expect(result).toMatchObject({ caseId: "EXAMPLE-001", asOf: "2025-01-10", stage: "draft-issued" });
    // Regs 5(1): 4 Sep 2024 + 42 = 16 Oct 2024, met on 10 Oct. Regs 13(2): 22 Jan 2025, pending.
    expect(result.deadlines.find((d) => d.key === "assessment-decision")).toMatchObject({ due: "2024-10-16", status: "met" });
    expect(result.deadlines.find((d) => d.key === "final-plan")).toMatchObject({ due: "2025-01-22", status: "pending" });
    // Regs 13(1)(a): draft 6 Dec 2024, last day 20 Dec 2024; closed by 10 Jan.
    expect(result.deadlines.find((d) => d.key === "draft-representations")).toMatchObject({ due: "2024-12-20", status: "closed" });
  });

  it("exits 2 for invalid input on standard input, with no stack trace", () => {
    const run = spawnSync("node_modules/.bin/tsx", ["src/cli/main.ts", "timeline", "-", "--as-of", "2025-01-10"], {
      encoding: "utf8",
      input: "not json",
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/JSON/);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });
});
