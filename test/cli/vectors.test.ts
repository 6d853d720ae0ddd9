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
      return ownTimeline(command, input, env);
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
    const result = await processIo.runShell?.('cat; printf " %s" "$EHC_AS_OF"', "case", { EHC_AS_OF: "2025-01-10" });
    expect(result).toEqual({ stdout: "case 2025-01-10", exitCode: 0 });
  });
});
