import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { DEADLINE_CSV_COLUMNS, deadlineCsvHeader, deadlineCsvRows, deadlinesToCsv } from "../../src/adapters/csv";
import { parseCaseFileOrThrow } from "../../src/schema/parse";
import { timeline } from "../../src/timeline/compute";
import type { Timeline } from "../../src/timeline/types";
import example from "../../examples/cases/assessment-on-time.json";
import { exceptionClaim, planCase } from "./report-cases";

const ASOF = "2025-03-01";
const HOSTILE_IDS = ['=HYPERLINK("x")', "+1", "-1", "@SUM(A1)", "\tx", "\rx", "a\nb", "a,b", 'a"b', "＝1"];

function timelineOf(caseId: string): Timeline {
  return timeline(parseCaseFileOrThrow({ ...example, caseId }), { asOf: ASOF });
}

const read = (text: string) => parse<Record<string, string>>(text, { columns: true });

describe("deadline CSV", () => {
  it("has one row per deadline with the documented columns", () => {
    const result = timelineOf("C-1");
    const rows = read(deadlinesToCsv([result]));
    expect(Object.keys(rows[0] ?? {})).toEqual([...DEADLINE_CSV_COLUMNS]);
    expect(rows).toHaveLength(result.deadlines.length);
    const first = result.deadlines[0];
    expect(rows[0]).toMatchObject({ caseId: "C-1", key: first?.key, rule: first?.rule, due: first?.due, status: first?.status, citation: first?.citation });
  });

  it("writes empty cells for nulls and the exception grounds when one applies", () => {
    const late = planCase("X", "2024-01-08", "2024-07-01", { extra: [exceptionClaim("personal-circumstances", "2024-03-01", "2024-03-31")] });
    const rows = read(deadlinesToCsv([timeline(late, { asOf: ASOF })]));
    const finalPlan = rows.find((r) => r["rule"] === "final-plan");
    expect(finalPlan).toMatchObject({ status: "disapplied", doneOn: "2024-07-01", exceptionGrounds: "personal-circumstances" });
    expect(finalPlan?.["indicativeDue"]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(rows.find((r) => r["rule"] === "no-plan-notice")?.["doneOn"]).toBe("");
  });

  it("escapes cells a spreadsheet would run as formulas, and round-trips the rest", () => {
    const text = deadlinesToCsv(HOSTILE_IDS.map(timelineOf));
    const ids = [...new Set(read(text).map((r) => r["caseId"]))];
    expect(ids).toEqual(['\'=HYPERLINK("x")', "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx", "a\nb", "a,b", 'a"b', "'＝1"]);
    // No line of the file starts a cell with a formula character.
    for (const line of text.split("\n")) expect(line).not.toMatch(/^[=+\-@]/);
  });

  it("streams: a header once, then the rows of each case", () => {
    const a = timelineOf("A");
    const b = timelineOf("B");
    expect(deadlineCsvHeader() + deadlineCsvRows(a) + deadlineCsvRows(b)).toBe(deadlinesToCsv([a, b]));
    expect(deadlineCsvRows({ ...a, deadlines: [] })).toBe("");
  });
});
