// Standard output of the real process (src/cli/io.ts): written straight to the file descriptor
// until something needs the stream, and a reader that goes away ends the run quietly.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import onTime from "../../examples/cases/assessment-on-time.json";

/** Runs the command line from source in a shell pipeline; its exit code and standard error, and what the pipeline printed. */
function pipeline(cliArgs: string, after: string, input = ""): { cliStatus: number; stderr: string; stdout: string } {
  const dir = mkdtempSync(join(tmpdir(), "ehc-timeline-stdout-"));
  try {
    const file = join(dir, "cases.ndjson");
    writeFileSync(file, input);
    const run = spawnSync(
      "bash",
      [
        "-c",
        `node_modules/.bin/tsx src/cli/main.ts ${cliArgs.replace("{file}", file)} 2>"${dir}/err" | ${after}; printf '\\n@@status %s\\n' "\${PIPESTATUS[0]}"; cat "${dir}/err"`,
      ],
      {
        encoding: "utf8",
      },
    );
    const parts = /^([\s\S]*)\n@@status (\d+)\n([\s\S]*)$/u.exec(run.stdout);
    return { stdout: parts?.[1] ?? "", cliStatus: Number(parts?.[2]), stderr: parts?.[3] ?? run.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("standard output", () => {
  it("writes a timeline whole through a pipe", () => {
    const run = pipeline("timeline examples/cases/assessment-on-time.json --as-of 2025-01-10", "cat");
    expect(run.cliStatus).toBe(0);
    expect(run.stderr).toBe("");
    // Regs 13(2): the request of 4 Sep 2024 + 20 weeks = Wed 22 Jan 2025.
    expect((JSON.parse(run.stdout) as { deadlines: { rule: string; due: string }[] }).deadlines.find((d) => d.rule === "final-plan")?.due).toBe("2025-01-22");
  });

  it("stops quietly when the reader goes away (EPIPE), with no internal error", () => {
    // About 5 kB of output a case: 4,000 cases overflow any pipe's buffer long before the end.
    const lines = Array.from({ length: 4000 }, (_, i) => JSON.stringify({ ...onTime, caseId: `C-${i}` })).join("\n");
    const run = pipeline("batch {file} --as-of 2025-01-10 --jobs 1", "head -c 100 > /dev/null", lines);
    expect(run.stderr).toBe("");
    expect(run.cliStatus).toBe(0);
  });
});
