import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/program";
import { timelinessReport } from "../../src/report/index";
import { parseCaseFileOrThrow } from "../../src/schema/parse";
import lifecycle from "../../examples/cases/plan-lifecycle.json";
import onTime from "../../examples/cases/assessment-on-time.json";
import { lineIo } from "./line-io";

const LINES = [JSON.stringify(onTime), JSON.stringify(lifecycle)];
const PERIOD = ["--from", "2022-01-01", "--to", "2024-12-31", "--as-of", "2025-03-01"];

describe("ehc-timeline report", () => {
  it("writes the same JSON report as timelinessReport()", async () => {
    const io = lineIo({ "cases.ndjson": LINES });
    expect(await runCli(["report", "cases.ndjson", ...PERIOD], io)).toBe(0);
    const expected = timelinessReport([onTime, lifecycle].map(parseCaseFileOrThrow), { from: "2022-01-01", to: "2024-12-31", asOf: "2025-03-01" });
    expect(JSON.parse(io.out())).toEqual(expected);
    expect(expected.measures.plansIssued).toBe(1);
  });

  it("writes CSV, one row per measure", async () => {
    const io = lineIo({ "-": LINES });
    expect(await runCli(["report", "-", ...PERIOD, "--format", "csv"], io)).toBe(0);
    const rows = parse<Record<string, string>>(io.out(), { columns: true });
    expect(Object.keys(rows[0] ?? {})).toEqual(["measure", "value", "numerator", "denominator", "percent"]);
    const value = (measure: string) => rows.find((r) => r["measure"] === measure)?.["value"];
    expect([value("period-from"), value("period-to"), value("as-of"), value("cases"), value("invalid-inputs")]).toEqual(["2022-01-01", "2024-12-31", "2025-03-01", "2", "0"]);
    expect(rows.find((r) => r["measure"] === "plans-issued")).toEqual({ measure: "plans-issued", value: "1", numerator: "", denominator: "", percent: "" });
  });

  it("passes over blank lines: neither cases nor invalid inputs", async () => {
    const io = lineIo({ f: ["", LINES[0] ?? "", "  ", LINES[1] ?? ""] });
    expect(await runCli(["report", "f", ...PERIOD], io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ cases: 2, invalidInputs: 0 });
    expect(io.err()).toBe("");
  });

  it("names no case in its output", async () => {
    const io = lineIo({ f: LINES });
    await runCli(["report", "f", ...PERIOD], io);
    await runCli(["report", "f", ...PERIOD, "--format", "csv"], io);
    expect(io.out()).not.toContain("EXAMPLE");
  });

  it("counts invalid lines apart, still writes the report, and exits 2", async () => {
    const io = lineIo({ f: [...LINES, "[]"] });
    expect(await runCli(["report", "f", ...PERIOD], io)).toBe(2);
    expect(JSON.parse(io.out())).toMatchObject({ cases: 2, invalidInputs: 1 });
    expect(io.err()).toContain("line 3: (root):");
    const csv = lineIo({ f: [...LINES, "[]"] });
    expect(await runCli(["report", "f", ...PERIOD, "--format", "csv"], csv)).toBe(2);
    const rows = parse<Record<string, string>>(csv.out(), { columns: true });
    expect(rows.find((r) => r["measure"] === "invalid-inputs")?.["value"]).toBe("1");
  });

  it.each([
    [["report", "f", "--to", "2024-12-31"], /^error: required option '--from <date>' not specified\n$/],
    [["report", "f", "--from", "2024-01-01", "--to", "31/12/2024"], /^ehc-timeline: --to must be a calendar date YYYY-MM-DD\n$/],
    [["report", "f", "--from", "2024-12-31", "--to", "2024-01-01"], /^ehc-timeline: --from must not be after --to\n$/],
    [["report", "nope", "--from", "2024-01-01", "--to", "2024-12-31"], /^ehc-timeline: cannot read nope\n$/],
    [["report", "f", "--from", "2024-01-01", "--to", "2024-12-31", "--format", "xlsx"], /^error: option '--format <format>' argument 'xlsx' is invalid/],
  ])("exits 2 with a one-line message for %j", async (args, message) => {
    const io = lineIo({ f: LINES });
    expect(await runCli(args, io)).toBe(2);
    expect(io.err()).toMatch(message);
    expect(io.err().trimEnd().split("\n")).toHaveLength(1);
    expect(io.out()).toBe("");
  });
});
