// The public functions guard themselves: an argument they cannot use is an ArgumentError (a
// RangeError) naming it, or a CaseFileError naming the field of a case file built by hand;
// never a date made of NaN, a guess, or an error from deep inside the arithmetic.
import { describe, expect, it } from "vitest";
import { ArgumentError, type CaseFile, CaseFileError, type CountingForm, agenda, countDeadline, isWorkingDayIn, supportReviewsDue, timeline } from "../../src/index";
import { timelinessReport } from "../../src/report/index";

/** The error a call throws, for its fields to be compared. */
function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw");
}
const argumentError = (call: () => unknown) => {
  const error = thrown(call);
  expect(error).toBeInstanceOf(ArgumentError);
  expect(error).toBeInstanceOf(RangeError);
  const { argument, code } = error as ArgumentError;
  return { argument, code };
};

describe("countDeadline", () => {
  it("a form given as its printed name is invalid-type at form, not 0NaN-NaN-NaN", () => {
    expect(argumentError(() => countDeadline("weeks-after(20)" as unknown as CountingForm, "2024-09-04"))).toEqual({ argument: "form", code: "invalid-type" });
  });

  it("names the field of the form that is wrong", () => {
    expect(argumentError(() => countDeadline({ kind: "weeks-after" } as unknown as CountingForm, "2024-09-04"))).toEqual({ argument: "form.weeks", code: "invalid-value" });
    expect(argumentError(() => countDeadline({ kind: "weeks-after", weeks: 2.5 }, "2024-09-04"))).toEqual({ argument: "form.weeks", code: "invalid-value" });
    expect(argumentError(() => countDeadline({ kind: "fortnights-after" } as unknown as CountingForm, "2024-09-04"))).toEqual({
      argument: "form.kind",
      code: "invalid-value",
    });
    expect(argumentError(() => countDeadline({ kind: "school-day-by", form: { kind: "days-after", days: -1 } }, "2024-09-04"))).toEqual({
      argument: "form.form.days",
      code: "invalid-value",
    });
  });

  it("names an anchor or a holiday that is no date", () => {
    expect(argumentError(() => countDeadline({ kind: "weeks-after", weeks: 20 }, "04/09/2024"))).toEqual({ argument: "anchor", code: "invalid-date" });
    expect(argumentError(() => countDeadline({ kind: "working-days-after", days: 3 }, "2024-12-20", { addHolidays: ["2024-02-30"] }))).toEqual({
      argument: "options.addHolidays[0]",
      code: "invalid-date",
    });
  });

  it("a working-day count past the bank-holiday table (2014 to 2035) is outside-holiday-table; a count in weeks is not", () => {
    expect(argumentError(() => countDeadline({ kind: "working-days-after", days: 3 }, "2035-12-30"))).toEqual({ argument: "anchor", code: "outside-holiday-table" });
    // Regs 13(2)-style count: 20 weeks after Mon 1 Sep 2036 is Mon 19 Jan 2037, no working days needed.
    expect(countDeadline({ kind: "weeks-after", weeks: 20 }, "2036-09-01")).toBe("2037-01-19");
  });

  it("still counts valid input: 20 weeks after 4 Sep 2024 is 22 Jan 2025 (Regs 13(2))", () => {
    expect(countDeadline({ kind: "weeks-after", weeks: 20 }, "2024-09-04")).toBe("2025-01-22");
  });
});

describe("isWorkingDayIn", () => {
  it("Christmas Day 2036 is beyond the table: outside-holiday-table, not a guess of true", () => {
    expect(argumentError(() => isWorkingDayIn("2036-12-25"))).toEqual({ argument: "date", code: "outside-holiday-table" });
  });

  it("names a date that is no date", () => {
    expect(argumentError(() => isWorkingDayIn("25/12/2025"))).toEqual({ argument: "date", code: "invalid-date" });
  });

  it("answers inside the table: Boxing Day 2024 is a bank holiday (Banking and Financial Dealings Act 1971, Sch 1)", () => {
    expect(isWorkingDayIn("2024-12-26")).toBe(false);
    expect(isWorkingDayIn("2024-12-27")).toBe(true);
  });
});

describe("timeline on a case file built by hand", () => {
  const request = { type: "assessment-requested", date: "2024-09-04", by: "parent" } as const;

  it("an asOf written 30/04/2025 is an ArgumentError naming asOf", () => {
    const caseFile = { caseId: "C-hand", events: [request] } as CaseFile;
    expect(argumentError(() => timeline(caseFile, { asOf: "30/04/2025" }))).toEqual({ argument: "asOf", code: "invalid-date" });
  });

  it("a decision without outcome is a CaseFileError naming the field, not read as not-assess", () => {
    const caseFile = { caseId: "C-hand", events: [request, { type: "assessment-decision", date: "2024-10-10" }] } as unknown as CaseFile;
    const error = thrown(() => timeline(caseFile, { asOf: "2025-01-10" }));
    expect(error).toBeInstanceOf(CaseFileError);
    expect((error as CaseFileError).issues).toEqual([{ code: "missing", path: "events[1].outcome", message: "is required (check the case file with parseCaseFile first)" }]);
  });

  it("events that are no list, or an appliesTo that is no list, are invalid-type at their path", () => {
    const noList = { caseId: "C-hand", events: "none" } as unknown as CaseFile;
    expect((thrown(() => timeline(noList, { asOf: "2025-01-10" })) as CaseFileError).issues).toEqual([
      { code: "invalid-type", path: "events", message: "expected a list of events (check the case file with parseCaseFile first)" },
    ]);
    const claim = { type: "exception-recorded", date: "2024-10-01", ground: "personal-circumstances", from: "2024-10-01", appliesTo: "final-plan" };
    const oneRule = { caseId: "C-hand", events: [request, claim] } as unknown as CaseFile;
    expect((thrown(() => timeline(oneRule, { asOf: "2025-01-10" })) as CaseFileError).issues).toEqual([
      { code: "invalid-type", path: "events[1].appliesTo", message: "expected a list (check the case file with parseCaseFile first)" },
    ]);
  });

  it("an outcome not among its values is invalid-value", () => {
    const caseFile = { caseId: "C-hand", events: [{ ...request, by: "grandparent" }] } as unknown as CaseFile;
    expect((thrown(() => timeline(caseFile, { asOf: "2025-01-10" })) as CaseFileError).issues).toEqual([
      { code: "invalid-value", path: "events[0].by", message: "not one of the field's values (check the case file with parseCaseFile first)" },
    ]);
  });
});

describe("agenda, supportReviewsDue and timelinessReport name the option", () => {
  it.each([
    ["agenda from", () => agenda([], { from: "10/01/2025", to: "2025-02-01" }), { argument: "options.from", code: "invalid-date" }],
    ["agenda to before from", () => agenda([], { from: "2025-01-10", to: "2025-01-01" }), { argument: "options.to", code: "invalid-value" }],
    ["supportReviewsDue asOf", () => supportReviewsDue([], { from: "2025-01-01", to: "2025-02-01", asOf: "soon" }), { argument: "options.asOf", code: "invalid-date" }],
    ["timelinessReport asOf", () => timelinessReport([], { from: "2024-01-01", to: "2024-12-31", asOf: "2025-02-30" }), { argument: "options.asOf", code: "invalid-date" }],
  ])("%s", (_, call, expected) => {
    expect(argumentError(call)).toEqual(expected);
  });
});
