// The two readings of how an exception meets a limit (docs/semantics.md § 5): exceptionTiming
// (when a limit an exception fits is turned off) and absenceWithin (where an absence must fall).
// Every date is worked out by hand in the comments.
import { describe, expect, it } from "vitest";
import type { Timeline } from "../../src/index";
import { codes, deadline } from "../disputes/helpers";
import { compute } from "./support";

const run = (events: readonly object[], asOf: string, options?: Record<string, string>): Timeline =>
  compute({ caseId: "T-READINGS", child: { dateOfBirth: "2015-03-01" }, events, ...(options === undefined ? {} : { options }) }, asOf);

// Regs 13(2): 20 weeks from a request received Wed 4 Sep 2024 end Wed 22 Jan 2025 (140 days, the
// day of receipt not counted). Regs 13(3)(c): exceptional personal circumstances from Tue 1 to Mon
// 14 Oct 2024, 14 days inside the period, so the indicative date is 22 Jan + 14 = Wed 5 Feb 2025.
const personal = [
  { id: "req", type: "assessment-requested", date: "2024-09-04", by: "parent" },
  { id: "exc", type: "exception-recorded", date: "2024-10-14", ground: "personal-circumstances", from: "2024-10-01", to: "2024-10-14", appliesTo: ["final-plan"] },
];

describe("exceptionTiming (Regs 13(3): a limit is excused only 'if it is impractical' to meet it)", () => {
  it("after-due (default): on Fri 10 Jan 2025, before the due date Wed 22 Jan 2025, the limit is pending with its indicative date Wed 5 Feb 2025", () => {
    const t = run(personal, "2025-01-10");
    expect(deadline(t, "final-plan")).toMatchObject({ due: "2025-01-22", status: "pending", indicativeDue: "2025-02-05" });
    expect(deadline(t, "final-plan").reading).toMatchObject({ exceptions: "disapply", exceptionTiming: "after-due" });
    expect(deadline(t, "final-plan").explanation.join("\n")).toContain("Reading exceptionTiming: after-due");
  });

  it("after-due: on Wed 22 Jan 2025, the last day itself, still pending; on Thu 23 Jan 2025, disapplied", () => {
    expect(deadline(run(personal, "2025-01-22"), "final-plan").status).toBe("pending");
    expect(deadline(run(personal, "2025-01-23"), "final-plan")).toMatchObject({ status: "disapplied", indicativeDue: "2025-02-05" });
  });

  it("at-once: disapplied on Fri 10 Jan 2025 already, as the exception was recorded on Mon 14 Oct 2024", () => {
    const t = run(personal, "2025-01-10", { exceptionTiming: "at-once" });
    expect(deadline(t, "final-plan")).toMatchObject({ due: "2025-01-22", status: "disapplied", indicativeDue: "2025-02-05" });
    expect(deadline(t, "final-plan").reading).toMatchObject({ exceptionTiming: "at-once" });
  });

  it("under pause the reading plays no part: the due date is the moved date Wed 5 Feb 2025 at once", () => {
    const t = run(personal, "2025-01-10", { exceptions: "pause", exceptionTiming: "after-due" });
    expect(deadline(t, "final-plan")).toMatchObject({ due: "2025-02-05", status: "pending" });
    expect(deadline(t, "final-plan").reading).not.toHaveProperty("exceptionTiming");
  });

  it("a limit met on time is met whatever the reading", () => {
    const t = run([...personal, { id: "fin", type: "final-plan-issued", date: "2025-01-20" }], "2025-02-01", { exceptionTiming: "at-once" });
    expect(deadline(t, "final-plan").status).toBe("met");
  });
});

// Regs 5(1): the decision whether to assess within 6 weeks of Wed 4 Sep 2024: Wed 16 Oct 2024.
// Regs 5(4)(d): an absence from the area of at least 4 weeks (28 days). Recorded from Fri 20 Sep to
// Thu 31 Oct 2024: 42 days in all, of which 20 Sep–16 Oct fall within the period (11 + 16 = 27 days).
const request = { id: "req", type: "assessment-requested", date: "2024-09-04", by: "parent" };
const absence = {
  id: "abs",
  type: "exception-recorded",
  date: "2024-10-31",
  ground: "absence-from-area",
  from: "2024-09-20",
  to: "2024-10-31",
  appliesTo: ["assessment-decision"],
};
const away = [request, absence];

describe("absenceWithin (Regs 5(4)(d): absent 'for a continuous period of not less than 4 weeks' during that time period)", () => {
  it("inside (default): 27 of the 28 days within the period do not count; the decision is overdue on Fri 1 Nov 2024", () => {
    const t = run(away, "2024-11-01");
    expect(deadline(t, "assessment-decision")).toMatchObject({ due: "2024-10-16", status: "overdue", indicativeDue: null });
    expect(codes(t)).toContain("exception-absence-too-short");
    expect(t.problems.find((p) => p.code === "exception-absence-too-short")?.detail).toBe("27 of the 28 days needed");
    expect(deadline(t, "assessment-decision").reading).toMatchObject({ absenceWithin: "inside" });
  });

  it("overlap: the 42 days count; the 27 days within the period move the indicative date to 16 Oct + 27 = Tue 12 Nov 2024", () => {
    const t = run(away, "2024-11-01", { absenceWithin: "overlap" });
    expect(deadline(t, "assessment-decision")).toMatchObject({ due: "2024-10-16", status: "disapplied", indicativeDue: "2024-11-12" });
    expect(codes(t)).not.toContain("exception-absence-too-short");
    expect(deadline(t, "assessment-decision").reading).toMatchObject({ absenceWithin: "overlap" });
  });

  it("overlap still needs a day within the period: an absence entirely after Wed 16 Oct 2024 changes nothing", () => {
    const later = [request, { ...absence, date: "2024-12-31", from: "2024-10-17", to: "2024-12-31" }];
    const t = run(later, "2025-01-02", { absenceWithin: "overlap" });
    expect(deadline(t, "assessment-decision")).toMatchObject({ status: "overdue", indicativeDue: null });
    expect(codes(t)).toContain("exception-not-used");
  });
});
