// Every program in examples/ runs here, so the examples users copy from keep working.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const TSX = join("node_modules", ".bin", "tsx");

function run(script: string, args: readonly string[] = []): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(TSX, [script, ...args], { encoding: "utf8", timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Programs and where they are exercised. */
const COVERED = ["quick-start.ts", "calendar-feed.ts", "http-server.ts"];

describe("examples/", () => {
  it("every program in examples/ is run by a test", () => {
    const programs = readdirSync("examples").filter((name) => name.endsWith(".ts"));
    expect(programs.sort()).toEqual([...COVERED].sort());
  });

  it("quick-start.ts prints the 20-week date of the README (Regs 13(2): 4 Sep 2024 + 140 days = 22 Jan 2025)", () => {
    const result = run("examples/quick-start.ts");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^2025-01-22\s+pending\s+final-plan \[statutory\] SEND Regulations 2014, reg 13\(2\)$/m);
  });

  it("calendar-feed.ts writes an iCalendar file with one event per dated deadline", () => {
    const out = join(mkdtempSync(join(tmpdir(), "ehc-ics-")), "case.ics");
    const result = run("examples/calendar-feed.ts", ["examples/cases/assessment-on-time.json", out, "2025-01-10"]);
    expect(result.status).toBe(0);
    const ics = readFileSync(out, "utf8");
    expect(ics.startsWith("BEGIN:VCALENDAR")).toBe(true);
    // Regs 13(2): the final plan for the request of 4 Sep 2024 is due 22 Jan 2025, an all-day event.
    expect(ics).toContain("DTSTART;VALUE=DATE:20250122");
    const events = ics.match(/^BEGIN:VEVENT/gm)?.length ?? 0;
    expect(result.stdout).toContain(`wrote ${events} deadlines`);
  });

  it("http-server.ts serves the handler on the loopback address (Regs 13(2): 4 Sep 2024 + 140 days = 22 Jan 2025)", async () => {
    const child = spawn(TSX, ["examples/http-server.ts", "0"], { stdio: ["ignore", "pipe", "inherit"] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (chunk: Buffer) => {
          out += chunk.toString("utf8");
          const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
          if (match?.[1] !== undefined) resolve(match[1]);
        });
        child.once("exit", () => reject(new Error("the server stopped before it listened")));
      });
      const response = await fetch(`${url}/timeline?asOf=2025-01-10`, { method: "POST", body: readFileSync("examples/cases/assessment-on-time.json") });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { deadlines: { rule: string; due: string | null }[] };
      expect(body.deadlines.find((d) => d.rule === "final-plan")?.due).toBe("2025-01-22");
    } finally {
      child.kill();
    }
  }, 60_000);
});
