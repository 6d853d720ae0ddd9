// `ehc-timeline vectors [--check <command>]`: prints the published vectors, or runs another
// implementation over them. Here the "other implementation" is this CLI's own timeline command,
// run in-process, and a deliberately wrong one.
import { describe, expect, it } from "vitest";
import { processIo } from "../../src/cli/io";
import { runCli } from "../../src/cli/program";
import vectors from "../vectors/vectors.json";

type Shell = NonNullable<Parameters<typeof runCli>[1]["runShell"]>;

async function cli(args: readonly string[], runShell?: Shell): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    readText: async () => "",
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    today: () => "2025-01-10",
    ...(runShell === undefined ? {} : { runShell }),
  });
  return { code, stdout, stderr };
}

/** This engine as the implementation under test: the case file on stdin, {asOf} in the command. */
const ownTimeline: Shell = async (command, input) => {
  const asOf = /--as-of (\S+)/.exec(command)?.[1] ?? "";
  let stdout = "";
  const code = await runCli(["timeline", "-", "--as-of", asOf], {
    readText: async () => input,
    stdout: (text) => {
      stdout += text;
    },
    stderr: () => undefined,
    today: () => asOf,
  });
  return { stdout, exitCode: code };
};

describe("ehc-timeline vectors", () => {
  it("prints every published vector as JSON", async () => {
    const run = await cli(["vectors"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(vectors);
  });

  it("--check passes every vector for this engine, with {asOf} filled in", async () => {
    const commands: string[] = [];
    const run = await cli(["vectors", "--check", "impl --as-of {asOf}"], (command, input, env) => {
      commands.push(command);
      expect(env["EHC_AS_OF"]).toBe(/--as-of (\S+)/.exec(command)?.[1]);
      return ownTimeline(command, input, env, 60_000);
    });
    expect(run.stdout).toContain(`${vectors.length} vectors passed, 0 failed`);
    expect(run.code).toBe(0);
    expect(commands).toContain("impl --as-of 2024-09-10");
  });

  it("--check reports each failing vector and exits 1", async () => {
    const run = await cli(["vectors", "--check", "wrong"], async () => ({ stdout: '{"deadlines":[]}', exitCode: 0 }));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^FAIL assessment-20-weeks: .*assessment-decision: no such deadline/m);
    expect(run.stdout).toContain(`0 vectors passed, ${vectors.length} failed`);
  });

  it("--check says so when the command prints no JSON", async () => {
    const run = await cli(["vectors", "--check", "broken"], async () => ({ stdout: "oops", exitCode: 3 }));
    expect(run.stdout).toContain("the command printed no JSON (exit 3)");
  });

  it("the real shell runner feeds stdin, passes the environment and reads stdout", async () => {
    const result = await processIo().runShell?.('cat; printf " %s" "$EHC_AS_OF"', "case", { EHC_AS_OF: "2025-01-10" }, 10_000);
    expect(result).toEqual({ stdout: "case 2025-01-10", exitCode: 0 });
  });

  it("the real shell runner stops a command past its time, with what the shell started", async () => {
    const started = Date.now();
    // The shell starts sleep as a child of its own: stopping the shell alone would leave it holding stdout open.
    const result = await processIo().runShell?.("sleep 30; echo late", "", {}, 300);
    expect(result).toMatchObject({ stdout: "", timedOut: true });
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it("--timeout passes its limit to the runner and fails the vectors stopped; --json reports each vector", async () => {
    const limits: number[] = [];
    const run = await cli(["vectors", "--check", "slow", "--timeout", "2.5", "--json"], async (_command, _input, _env, timeoutMs) => {
      limits.push(timeoutMs);
      return { stdout: "", exitCode: null, timedOut: true };
    });
    expect(run.code).toBe(1);
    expect(new Set(limits)).toEqual(new Set([2500]));
    const report = JSON.parse(run.stdout) as {
      passed: number;
      failed: number;
      timeoutSeconds: number;
      vectors: { id: string; passed: boolean; failures: string[]; timedOut: boolean }[];
    };
    expect(report).toMatchObject({ passed: 0, failed: vectors.length, timeoutSeconds: 2.5 });
    expect(report.vectors.map((v) => v.id)).toEqual(vectors.map((v) => v.id));
    expect(report.vectors[0]).toMatchObject({ passed: false, timedOut: true, failures: ["the command ran past 2.5 s and was stopped"] });
  });

  it("--json for this engine: every vector passed", async () => {
    const run = await cli(["vectors", "--check", "impl --as-of {asOf}", "--json"], ownTimeline);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ passed: vectors.length, failed: 0, timeoutSeconds: 60 });
  });

  it.each([["0"], ["-1"], ["ten"], ["3601"]])("--timeout %s is a usage error (exit 2)", async (value) => {
    const run = await cli(["vectors", "--check", "x", "--timeout", value], async () => ({ stdout: "", exitCode: 0 }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--timeout must be a number of seconds");
  });
});
