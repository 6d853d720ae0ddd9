// `--version`, and `timeline --format csv|svg` for a single case: the same columns as
// `batch --format csv`, the same picture as `ehc-timeline/svg`.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { deadlineCsvHeader, deadlineCsvRows } from "../../src/adapters/csv";
import { formatTimelineSvg } from "../../src/adapters/svg";
import { parseCaseFileJson } from "../../src/schema/parse";
import { timeline } from "../../src/timeline/compute";
import { capturedRun } from "./captured-run";

const CASE = "examples/cases/assessment-on-time.json";

const cli = (args: readonly string[]) => capturedRun(args);

async function expected(): Promise<ReturnType<typeof timeline>> {
  const parsed = parseCaseFileJson(await readFile(CASE, "utf8"));
  if (!parsed.success) throw new Error("the example case is invalid");
  return timeline(parsed.data, { asOf: "2025-01-10" });
}

describe("the command line's version and single-case formats", () => {
  it("prints the package's version", async () => {
    const version = (JSON.parse(await readFile("package.json", "utf8")) as { version: string }).version;
    for (const flag of ["--version", "-V"]) {
      const run = await cli([flag]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`${version}\n`);
    }
  });

  it("writes one case's deadlines as CSV, a header and a row each", async () => {
    const result = await expected();
    const run = await cli(["timeline", CASE, "--as-of", "2025-01-10", "--format", "csv"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(deadlineCsvHeader() + deadlineCsvRows(result));
    expect(run.stdout.trim().split("\n")).toHaveLength(result.deadlines.length + 1);
  });

  it("writes one case as an SVG picture", async () => {
    const run = await cli(["timeline", CASE, "--as-of", "2025-01-10", "--format", "svg"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(formatTimelineSvg(await expected()));
    expect(run.stdout.startsWith("<svg")).toBe(true);
  });

  it("refuses a format it does not know, listing the ones it does", async () => {
    const run = await cli(["timeline", CASE, "--format", "pdf"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("csv");
    expect(run.stderr).toContain("svg");
  });
});
