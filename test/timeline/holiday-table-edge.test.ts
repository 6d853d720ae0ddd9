// A working-day count that runs past the bundled bank-holiday table (2014 to 2035) is still
// made, and the timeline warns that the holidays of the years beyond are unknown
// (problem outside-holiday-table, docs/semantics.md); a count in weeks or months is not.
import { describe, expect, it } from "vitest";
import { parseCaseFileOrThrow, timeline } from "../../src/index";

const plan = [
  { id: "req", type: "assessment-requested", date: "2034-09-04", by: "young-person" },
  { id: "dec", type: "assessment-decision", date: "2034-10-02", outcome: "assess" },
  { id: "draft", type: "draft-plan-issued", date: "2034-12-18" },
  { id: "final", type: "final-plan-issued", date: "2035-01-08" },
];
/** The keys warned of, once each of `counted` is checked to have a due date. */
const warnedKeys = (events: readonly object[], counted: readonly string[]): string[] => {
  const t = timeline(parseCaseFileOrThrow({ caseId: "EDGE", events: [...plan, ...events] }), { asOf: "2035-12-31" });
  const made = t.deadlines.filter((d) => d.due !== null).map((d) => d.key);
  expect(made).toEqual(expect.arrayContaining([...counted, "annual-review:2036"]));
  return t.problems.filter((p) => p.code === "outside-holiday-table").map((p) => p.key ?? "");
};

describe("counts past the bank-holiday table", () => {
  it("warns of a count of working days after (Regs 47: 15 working days) that ends in 2036", () => {
    expect(warnedKeys([{ id: "ask", type: "disclosure-requested", date: "2035-12-14" }], ["higher-education-disclosure"])).toEqual(["higher-education-disclosure"]);
  });

  it("warns of a count of working days beginning with (Regs 15(2): 15 working days) that ends in 2036", () => {
    expect(warnedKeys([{ id: "aware", type: "plan-move-known", date: "2035-12-17", moveDate: "2035-12-19" }], ["plan-transfer"])).toEqual(["plan-transfer"]);
  });

  it("does not warn of the same counts ending inside 2035, nor of the review anniversary in 2036 (s.44(1), 12 months)", () => {
    // Regs 47 from Mon 5 Nov 2035: 15 working days end in November; Regs 15(2) from Mon 12 Nov likewise.
    expect(
      warnedKeys(
        [
          { id: "ask", type: "disclosure-requested", date: "2035-11-05" },
          { id: "aware", type: "plan-move-known", date: "2035-11-12", moveDate: "2035-11-12" },
        ],
        ["higher-education-disclosure", "plan-transfer"],
      ),
    ).toEqual([]);
  });
});
