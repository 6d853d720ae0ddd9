// Every date field is checked at parse time for a day the engine can name (years 0000 to 9999)
// once read in Europe/London, so that a parsed case never makes timeline() throw; and a case file
// built by hand, never parsed, gets a CaseFileError naming the field.
import { describe, expect, it } from "vitest";
import { CaseFileError, type CaseFile, parseCaseFile, timeline } from "../../src/index";

// 0000-01-01T00:00:00Z is 31 December of year -1 in England: Europe/London kept local mean time,
// 1 minute 15 seconds behind UTC, until 1847. 9999-12-31T23:00:00-05:00 is 04:00 on 1 January
// 10000 in England. Neither day has a 4-digit year.
const BEFORE_YEAR_0 = "0000-01-01T00:00:00Z";
const AFTER_YEAR_9999 = "9999-12-31T23:00:00-05:00";

const issuesOf = (input: unknown) => {
  const result = parseCaseFile(input);
  return result.success ? [] : result.issues;
};

describe("a timestamp whose day in England falls outside the years 0000 to 9999 is an input issue at its path", () => {
  const places: readonly [string, (date: string) => unknown, string][] = [
    ["a holiday given as a date", (d) => ({ caseId: "c", calendar: { holidays: [d] }, events: [] }), "calendar.holidays[0]"],
    ["a holiday given as an object", (d) => ({ caseId: "c", calendar: { holidays: [{ date: d, action: "remove" }] }, events: [] }), "calendar.holidays[0].date"],
    ["a closure's first day", (d) => ({ caseId: "c", calendar: { closures: [{ setting: "s", from: d, to: "2025-01-01" }] }, events: [] }), "calendar.closures[0].from"],
    ["an event's date", (d) => ({ caseId: "c", events: [{ type: "assessment-requested", date: d, by: "parent" }] }), "events[0].date"],
    ["planMadeOn", (d) => ({ caseId: "c", events: [{ type: "plan-transferred-in", date: "2025-01-15", planMadeOn: d }] }), "events[0].planMadeOn"],
    [
      "an exception's from",
      (d) => ({ caseId: "c", events: [{ type: "exception-recorded", date: "2025-01-15", ground: "personal-circumstances", from: d, to: "2025-01-20" }] }),
      "events[0].from",
    ],
    [
      "a nested date (phaseTransfer.transferDate)",
      (d) => ({ caseId: "c", events: [{ type: "review-meeting-held", date: "2025-01-15", phaseTransfer: { transferDate: d, kind: "school" } }] }),
      "events[0].phaseTransfer.transferDate",
    ],
  ];
  it.each(places)("%s", (_, make, path) => {
    for (const date of [BEFORE_YEAR_0, AFTER_YEAR_9999]) {
      expect(issuesOf(make(date))).toContainEqual({ code: "out-of-range", path, message: "a day outside the years 0000 to 9999 once read in Europe/London" });
    }
  });

  it("the same instant 75 seconds later is 1 January 0000 in England: accepted, then reported by the engine as outside its years 2000 to 2099", () => {
    const result = parseCaseFile({ caseId: "c", events: [{ type: "plan-transferred-in", date: "2025-01-15", planMadeOn: "0000-01-01T00:01:15Z" }] });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(timeline(result.data, { asOf: "2025-03-01" }).problems).toContainEqual(expect.objectContaining({ code: "date-out-of-range", detail: "planMadeOn" }));
  });

  it("holidays and closures in years 0000 and 9999 are accepted and change nothing the engine computes in 2025", () => {
    const edges = { holidays: ["0000-01-01T00:01:15Z", "9999-12-31"], closures: [{ setting: "s", from: "0000-01-01", to: "9999-12-31T23:59:59Z" }] };
    const result = parseCaseFile({ caseId: "c", calendar: edges, events: [{ type: "assessment-requested", date: "2025-01-06", by: "parent" }] });
    expect(result.success).toBe(true);
    if (!result.success) return;
    // Regs 5(1): 6 weeks from Mon 6 Jan 2025 is Mon 17 Feb 2025, whatever the closures.
    expect(timeline(result.data, { asOf: "2025-03-01" }).deadlines.find((d) => d.rule === "assessment-decision")?.due).toBe("2025-02-17");
  });
});

describe("timeline() on a case file built by hand, never parsed", () => {
  const handBuilt: readonly [string, unknown, string][] = [
    ["a holiday that does not exist", { caseId: "c", calendar: { holidays: ["2025-02-30"] }, events: [] }, "calendar.holidays[0]"],
    [
      "a closure dated in year -1",
      { caseId: "c", calendar: { closures: [{ setting: "s", from: "-000001-12-31", to: "2025-01-01" }] }, events: [] },
      "calendar.closures[0].from",
    ],
    ["a date of birth that is a number", { caseId: "c", child: { dateOfBirth: 20210301 }, events: [] }, "child.dateOfBirth"],
    ["planMadeOn in year 10000", { caseId: "c", events: [{ type: "plan-transferred-in", date: "2025-01-15", planMadeOn: "+010000-01-01" }] }, "events[0].planMadeOn"],
    [
      "an exception's to that is no date",
      { caseId: "c", events: [{ type: "exception-recorded", date: "2025-01-15", ground: "personal-circumstances", from: "2025-01-15", to: "soon" }] },
      "events[0].to",
    ],
  ];
  it.each(handBuilt)("%s: a CaseFileError naming the field, not an error from the date arithmetic", (_, caseFile, path) => {
    let thrown: unknown;
    try {
      timeline(caseFile as CaseFile, { asOf: "2025-03-01" });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CaseFileError);
    expect((thrown as CaseFileError).issues).toEqual([
      { code: "invalid-date", path, message: "not a calendar date YYYY-MM-DD (check the case file with parseCaseFile first)" },
    ]);
  });
});
