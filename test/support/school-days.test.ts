// SEN support reviews on school days, termly reviews at the end of a term, and a plan's minimum
// run before its termly review. Dates worked by hand from the 2024-25 calendar and the bank holidays
// of England (Christmas Day, Boxing Day, New Year's Day, Good Friday 18 Apr, Easter Monday 21 Apr,
// early May 5 May, spring 26 May 2025).
import { describe, expect, it } from "vitest";
import { parseCaseFileOrThrow, timeline } from "../../src/index";
import { DEFAULT_MINIMUM_RUN_WEEKS, DEFAULT_TERM_BREAK_DAYS } from "../../src/law/support-policies";
import { codes, deadline, run } from "./helpers";

const planOn = (date: string, reviewBy?: string) => [
  { id: "start", type: "support-started", date },
  { id: "plan", type: "support-plan-agreed", date, ...(reviewBy === undefined ? {} : { reviewBy }) },
];

/** A school's 2024-25 closures listed as many schools do: half-terms Saturday to Sunday, holidays Monday to Friday. */
const MIXED_2024_25 = [
  { from: "2024-10-26", to: "2024-11-03" }, // autumn half-term, Sat–Sun: 9 days
  { from: "2024-12-23", to: "2025-01-03" }, // Christmas, Mon–Fri: with its weekends Sat 21 Dec–Sun 5 Jan, 16 days
  { from: "2025-02-15", to: "2025-02-23" }, // spring half-term, Sat–Sun: 9 days
  { from: "2025-04-07", to: "2025-04-18" }, // Easter, Mon–Fri: with its weekends and Easter Monday, Sat 5–Mon 21 Apr, 17 days
  { from: "2025-05-26", to: "2025-05-30" }, // summer half-term, Mon–Fri: with its weekends Sat 24 May–Sun 1 Jun, 9 days
  { from: "2025-07-23", to: "2025-09-02" }, // summer
];

const norfolk = { supportPolicy: "norfolk", closures: MIXED_2024_25 } as const;

describe("termly reviews end a term, not a half-term (Norfolk County Council: 'even better to review them every term')", () => {
  it("the defaults: a break of 10 days with its weekends ends a term; the plan runs more than 4 weeks first", () => {
    expect(DEFAULT_TERM_BREAK_DAYS).toBe(10);
    expect(DEFAULT_MINIMUM_RUN_WEEKS).toBe(4);
  });

  it("plan Fri 20 Sep 2024: the Sat–Sun half-term is no term end, so due Fri 20 Dec 2024, before Christmas", () => {
    // Half-term Sat 26 Oct–Sun 3 Nov is 9 days (< 10). Christmas starts Sat 21 Dec (Mon 23 Dec listed,
    // the weekend before it joins it), after 20 Sep + 28 days = 18 Oct: the last school day before is Fri 20 Dec.
    const result = run(planOn("2024-09-20"), "2024-10-01", norfolk);
    expect(deadline(result, "support-review:1")).toMatchObject({ due: "2024-12-20", counting: "school-day-by(before-next-closure(10 days, after 4 weeks))" });
    expect(result.problems).toEqual([]);
  });

  it("plan Tue 17 Dec 2024: Christmas starts 4 days later, so the review moves to the end of the next term, Fri 4 Apr 2025", () => {
    // Christmas starts Sat 21 Dec, not after 17 Dec + 28 = Tue 14 Jan: skipped. The spring half-term
    // (Sat 15–Sun 23 Feb, 9 days) is no term end. Easter (listed Mon 7 Apr) starts with its weekend on
    // Sat 5 Apr: the last school day before it is Fri 4 Apr 2025, 3½ months on, inside Norfolk's 6.
    const result = run(planOn("2024-12-17"), "2024-12-18", norfolk);
    expect(deadline(result, "support-review:1").due).toBe("2025-04-04");
    expect(result.problems).toEqual([]);
  });

  it("the minimum run is a policy value: 0 weeks keeps 17 Dec's review before Christmas; 16 weeks moves 20 Sep's to Easter", () => {
    const termly = (minimumRunWeeks: number) => ({ name: "own", source: "own policy", reviewInterval: { kind: "termly", fallbackWeeks: 12, minimumRunWeeks } });
    // 0 weeks: Christmas (Sat 21 Dec) starts after 17 Dec, so Fri 20 Dec 2024.
    expect(deadline(run(planOn("2024-12-17"), "2024-12-18", { supportPolicy: termly(0), closures: MIXED_2024_25 }), "support-review:1").due).toBe("2024-12-20");
    // 16 weeks: 20 Sep + 112 days = Fri 10 Jan 2025; Christmas starts before it, Easter after: Fri 4 Apr 2025.
    expect(deadline(run(planOn("2024-09-20"), "2024-10-01", { supportPolicy: termly(16), closures: MIXED_2024_25 }), "support-review:1").due).toBe("2025-04-04");
  });

  it("a policy may still count half-terms as term ends (minimumClosureDays 7): plan 20 Sep, due Fri 25 Oct 2024", () => {
    // The half-term with its weekends is 9 days (>= 7) and starts Sat 26 Oct, after 18 Oct.
    const halfTermly = { name: "half-termly", source: "own policy", reviewInterval: { kind: "termly", fallbackWeeks: 6, minimumClosureDays: 7 } };
    expect(deadline(run(planOn("2024-09-20"), "2024-10-01", { supportPolicy: halfTermly, closures: MIXED_2024_25 }), "support-review:1").due).toBe("2024-10-25");
  });

  it("a term break listed in two parts is one break: Christmas as Mon 23–Tue 31 Dec and Wed 1–Fri 3 Jan", () => {
    const split = [
      { from: "2024-12-23", to: "2024-12-31" },
      { from: "2025-01-01", to: "2025-01-03" },
    ];
    // Each part alone, with its weekend, is 11 and 5 days; together Sat 21 Dec–Sun 5 Jan, 16. Plan Mon 11 Nov: Fri 20 Dec.
    expect(deadline(run(planOn("2024-11-11"), "2024-11-12", { supportPolicy: "norfolk", closures: split }), "support-review:1").due).toBe("2024-12-20");
  });
});

describe("a review date is a school day: the last school day on or before the date counted", () => {
  it("12 weeks from Mon 3 Mar 2025 is Mon 26 May, the spring bank holiday: due Fri 23 May 2025", () => {
    // 3 Mar + 28 = 31 Mar, + 28 = 28 Apr, + 28 = 26 May (bank holiday); Sat 24 and Sun 25 May are weekend.
    const review = deadline(run(planOn("2025-03-03"), "2025-03-04"), "support-review:1");
    expect(review).toMatchObject({ due: "2025-05-23", counting: "school-day-by(weeks-after(12))" });
    expect(review.explanation.join(" ")).toContain("not a school day");
  });

  it("12 weeks from Mon 2 Sep 2024 is Mon 25 Nov, a closure (INSET day): due Fri 22 Nov 2024", () => {
    const inset = [{ from: "2024-11-25", to: "2024-11-25" }];
    expect(deadline(run(planOn("2024-09-02"), "2024-09-03", { closures: inset }), "support-review:1").due).toBe("2024-11-22");
  });

  it("6 months from Sat 7 Sep 2024 (bristol) is Fri 7 Mar 2025, a school day: unchanged", () => {
    expect(deadline(run(planOn("2024-09-07"), "2024-09-08", { supportPolicy: "bristol" }), "support-review:1").due).toBe("2025-03-07");
  });

  it("an agreed date on a Sunday (22 Dec 2024) or in a closure (Mon 23 Dec) is held by Fri 20 Dec 2024", () => {
    expect(deadline(run(planOn("2024-11-11", "2024-12-22"), "2024-11-12"), "support-review:1").due).toBe("2024-12-20");
    expect(deadline(run(planOn("2024-11-11", "2024-12-23"), "2024-11-12", norfolk), "support-review:1").due).toBe("2024-12-20");
    // The cycle's summary gives the same date as the deadline.
    expect(run(planOn("2024-11-11", "2024-12-22"), "2024-11-12").support?.cycles[0]?.reviewBy).toBe("2024-12-20");
  });

  it("a bank holiday the caller adds is no school day either: 12 weeks from Mon 2 Sep 2024, Mon 25 Nov added, due Fri 22 Nov", () => {
    const caseFile = parseCaseFileOrThrow({ caseId: "T-HOLIDAY", events: planOn("2024-09-02"), calendar: { holidays: ["2024-11-25"] } });
    const withHoliday = timeline(caseFile, { asOf: "2024-09-03" });
    expect(deadline(withHoliday, "support-review:1").due).toBe("2024-11-22");
    expect(withHoliday.support?.cycles[0]?.reviewBy).toBe("2024-11-22");
  });
});

describe("a review and the next plan agreed at the same meeting", () => {
  it("are recorded on the same day, in either order, with no problem: the review closes cycle 1, the plan opens cycle 2's review", () => {
    // Plan Mon 16 Sep 2024 + 12 weeks = Mon 9 Dec 2024; the review on Fri 6 Dec is in time.
    const review = { id: "review", type: "support-reviewed", date: "2024-12-06", outcome: "revise" };
    const next = { id: "plan-2", type: "support-plan-agreed", date: "2024-12-06", reviewBy: "2025-03-14" };
    for (const order of [
      [review, next],
      [next, review],
    ]) {
      const result = run([...planOn("2024-09-16"), ...order], "2024-12-10");
      expect(codes(result)).toEqual([]);
      expect(deadline(result, "support-review:1")).toMatchObject({ due: "2024-12-09", status: "met", doneOn: "2024-12-06" });
      // Fri 14 Mar 2025, agreed, a school day.
      expect(deadline(result, "support-review:2")).toMatchObject({ due: "2025-03-14", status: "pending" });
    }
  });
});
