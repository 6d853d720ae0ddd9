// SEN support review dates under each policy and preset, worked by hand (graduated-approach.md § Timescales).
import { describe, expect, it } from "vitest";
import { SUPPORT_POLICIES, findRule } from "../../src/index";
import { CLOSURES_2024_25, codes, deadline, run } from "./helpers";

const planOn = (date: string, reviewBy?: string) => [
  { id: "start", type: "support-started", date },
  { id: "plan", type: "support-plan-agreed", date, ...(reviewBy === undefined ? {} : { reviewBy }) },
];

describe("the two rules", () => {
  it("are guidance and practice, never statutory, with honest verified flags (rules.md § 9)", () => {
    expect(findRule("support-review")).toMatchObject({ strength: "practice", owner: "school", verified: true });
    expect(findRule("support-parent-meetings")).toMatchObject({ strength: "guidance", verified: false });
    expect(findRule("support-parent-meetings")?.citation).toContain("6.65");
  });
});

describe("code-of-practice (the default): 12 weeks, at most 6 months", () => {
  it("no date agreed: plan Mon 2 Sep 2024 + 12 weeks = Mon 25 Nov 2024", () => {
    // 2 Sep + 84 days: + 28 = 30 Sep, + 28 = 28 Oct, + 28 = 25 Nov.
    const review = deadline(run(planOn("2024-09-02"), "2024-10-01"), "support-review:1");
    expect(review).toMatchObject({ due: "2024-11-25", counting: "school-day-by(weeks-after(12))", status: "pending", strength: "practice" });
    expect(review.anchor).toEqual({ event: "support-plan-agreed", eventId: "plan", date: "2024-09-02" });
  });

  it("the date agreed in the plan is the due date when the school is open that day (Fri 13 Dec 2024)", () => {
    const result = run(planOn("2024-09-02", "2024-12-13"), "2024-10-01");
    expect(deadline(result, "support-review:1")).toMatchObject({ due: "2024-12-13", counting: "school-day-by(on-date)" });
    expect(deadline(result, "support-review:1").explanation[0]).toContain("review date agreed in the SEN support plan");
    expect(result.problems).toEqual([]);
  });

  it("an agreed date beyond 6 months is kept, with a warning: 2 Sep 2024 + 6 months = 2 Mar 2025", () => {
    expect(codes(run(planOn("2024-09-02", "2025-03-02"), "2024-10-01"))).toEqual([]);
    const late = run(planOn("2024-09-02", "2025-03-03"), "2024-10-01");
    expect(deadline(late, "support-review:1").due).toBe("2025-03-03");
    expect(codes(late)).toEqual(["support-review-beyond-maximum@plan"]);
    expect(late.problems[0]?.severity).toBe("warning");
  });

  it("an agreed date before the plan is an error, and the policy interval is used instead", () => {
    const result = run(planOn("2024-09-02", "2024-08-30"), "2024-10-01");
    expect(codes(result)).toEqual(["support-review-date-before-plan@plan"]);
    expect(deadline(result, "support-review:1").due).toBe("2024-11-25");
  });

  it("the day-one-inclusive reading counts the plan's day as day 1: Sun 24 Nov 2024, so the school day before, Fri 22 Nov", () => {
    // 84 days beginning with Mon 2 Sep 2024: 2 Sep + 83 = Sun 24 Nov; a Sunday is no school day.
    const result = run(planOn("2024-09-02"), "2024-10-01", { options: { dayCounting: "day-one-inclusive" } });
    expect(deadline(result, "support-review:1").due).toBe("2024-11-22");
  });
});

describe("norfolk (Norfolk County Council's published SEN support guidance): termly, at most 6 months, 2 cycles", () => {
  it("cites the council's guidance by name and is termly", () => {
    expect(SUPPORT_POLICIES.norfolk.source).toContain("Norfolk County Council's published SEN support guidance");
    expect(SUPPORT_POLICIES.norfolk.reviewInterval.kind).toBe("termly");
  });

  it("over Christmas: plan Mon 11 Nov 2024, next term break starts Sat 21 Dec, so due Fri 20 Dec 2024", () => {
    // Christmas (21 Dec–5 Jan, 16 days) is a term break, and starts after 11 Nov + 28 days = 9 Dec.
    const result = run(planOn("2024-11-11"), "2024-12-01", { supportPolicy: "norfolk", closures: CLOSURES_2024_25 });
    expect(deadline(result, "support-review:1")).toMatchObject({ due: "2024-12-20", counting: "school-day-by(before-next-closure(10 days, after 4 weeks))" });
    expect(result.problems).toEqual([]);
  });

  it("a plan in the autumn half-term's week runs to Christmas too: the half-term (9 days with its weekends) is skipped", () => {
    const result = run(planOn("2024-10-21"), "2024-11-01", { supportPolicy: "norfolk", closures: CLOSURES_2024_25 });
    expect(deadline(result, "support-review:1").due).toBe("2024-12-20");
  });

  it("plan Mon 6 Jan 2025 (after Christmas): due the day before Easter closes the school, Fri 4 Apr 2025", () => {
    const result = run(planOn("2025-01-06"), "2025-01-10", { supportPolicy: "norfolk", closures: CLOSURES_2024_25 });
    expect(deadline(result, "support-review:1").due).toBe("2025-04-04");
  });

  it("no calendar.closures: falls back to 12 weeks with a warning (Mon 11 Nov 2024 + 84 days = Mon 3 Feb 2025)", () => {
    // 11 Nov + 19 = 30 Nov; + 31 = 31 Dec; + 31 = 31 Jan; + 3 = 3 Feb: 84 days.
    const result = run(planOn("2024-11-11"), "2024-12-01", { supportPolicy: "norfolk" });
    expect(deadline(result, "support-review:1")).toMatchObject({ due: "2025-02-03", counting: "school-day-by(weeks-after(12))" });
    expect(codes(result)).toEqual(["support-termly-fallback@plan"]);
    expect(result.problems[0]?.detail).toContain("no calendar.closures given");
  });

  it("closures given but none after the plan: falls back too", () => {
    const result = run(planOn("2025-09-08"), "2025-09-10", { supportPolicy: "norfolk", closures: CLOSURES_2024_25 });
    expect(codes(result)).toEqual(["support-termly-fallback@plan"]);
    expect(result.problems[0]?.detail).toContain("no term break of 10 days or more after 4 weeks");
  });
});

describe("salford (Salford City Council's published guidance): 6–8 weeks, termly at most, two/three cycles", () => {
  it("no date agreed: Wed 8 Jan 2025 + 8 weeks = Wed 5 Mar 2025", () => {
    // 8 Jan + 56 days: + 23 = 31 Jan, + 28 = 28 Feb, + 5 = 5 Mar.
    const result = run(planOn("2025-01-08"), "2025-01-10", { supportPolicy: "salford" });
    expect(deadline(result, "support-review:1")).toMatchObject({ due: "2025-03-05", counting: "school-day-by(weeks-after(8))" });
    expect(SUPPORT_POLICIES.salford.source).toContain("Salford City Council's published SEN support guidance");
  });

  it("an agreed date more than 4 months away is beyond a term: 8 Jan + 4 months = 8 May 2025", () => {
    expect(codes(run(planOn("2025-01-08", "2025-05-08"), "2025-01-10", { supportPolicy: "salford" }))).toEqual([]);
    expect(codes(run(planOn("2025-01-08", "2025-05-09"), "2025-01-10", { supportPolicy: "salford" }))).toEqual(["support-review-beyond-maximum@plan"]);
  });
});

describe("bristol (Bristol City Council's published guidance): school plans 3–6 months; interventions at least 3 months", () => {
  it("is marked unverified: the guidance checked states only the 3-month run", () => {
    expect(SUPPORT_POLICIES.bristol).toMatchObject({ verified: false, minimumRunMonths: 3 });
    expect(SUPPORT_POLICIES.bristol.source).toContain("Bristol City Council's published SEN support guidance");
  });

  it("no date agreed: Sat 31 Aug 2024 + 6 calendar months = 28 Feb 2025 (February has no 31st)", () => {
    const result = run(planOn("2024-08-31"), "2024-09-01", { supportPolicy: "bristol" });
    expect(deadline(result, "support-review:1")).toMatchObject({ due: "2025-02-28", counting: "school-day-by(months-after(6))" });
    expect(result.problems).toEqual([]);
  });

  it("a plan judged not to work before 3 months is a warning: plan 30 Sep 2024, earliest judgement 30 Dec 2024", () => {
    const events = (date: string, outcome: string) => [...planOn("2024-09-30"), { id: "review", type: "support-reviewed", date, outcome }];
    const opts = { supportPolicy: "bristol" } as const;
    expect(codes(run(events("2024-12-20", "revise"), "2025-01-10", opts))).toEqual(["support-review-before-minimum-run@review"]);
    expect(codes(run(events("2024-12-20", "request-assessment"), "2025-01-10", opts))).toEqual(["support-review-before-minimum-run@review"]);
    expect(codes(run(events("2024-12-30", "revise"), "2025-01-10", opts))).toEqual([]);
    // Continuing or ending support early judges nothing a failure.
    expect(codes(run(events("2024-12-20", "continue"), "2025-01-10", opts))).toEqual([]);
  });
});

describe("bristol-early-years: every 6–8 weeks", () => {
  it("no date agreed: Mon 3 Mar 2025 + 8 weeks = Mon 28 Apr 2025", () => {
    // 3 Mar + 56 days: + 28 = 31 Mar, + 28 = 28 Apr.
    const result = run(planOn("2025-03-03"), "2025-03-10", { supportPolicy: "bristol-early-years" });
    expect(deadline(result, "support-review:1").due).toBe("2025-04-28");
  });
});

describe("a caller's own policy", () => {
  it("6 weeks: Mon 6 Jan 2025 + 42 days = Mon 17 Feb 2025; the summary names it", () => {
    const own = { name: "trust-policy", source: "Our trust's SEN policy 2024, section 4", reviewInterval: { kind: "weeks", weeks: 6 } };
    const result = run(planOn("2025-01-06"), "2025-01-10", { supportPolicy: own });
    expect(deadline(result, "support-review:1").due).toBe("2025-02-17");
    expect(result.support?.policy).toEqual({ name: "trust-policy", source: "Our trust's SEN policy 2024, section 4", verified: false });
    // Defaults fill the rest: 3 meetings a year, 2 cycles.
    expect(result.support?.readiness.policyMinimum).toBe(2);
  });

  it("termly with a longer term break (10 days): half-terms listed with weekends no longer end a term", () => {
    const own = { name: "ten-day-breaks", source: "test", reviewInterval: { kind: "termly", fallbackWeeks: 12, minimumClosureDays: 10 } };
    const halfTermWithWeekends = [
      { from: "2024-10-26", to: "2024-11-03" },
      { from: "2024-12-21", to: "2025-01-05" },
    ];
    // 26 Oct–3 Nov is 9 days: not a term break under 10, so the review runs to Christmas.
    expect(deadline(run(planOn("2024-09-16"), "2024-10-01", { supportPolicy: own, closures: halfTermWithWeekends }), "support-review:1").due).toBe("2024-12-20");
    // A 7-day term break makes the same half-term a term end: due Fri 25 Oct 2024.
    const sevenDays = { ...own, reviewInterval: { ...own.reviewInterval, minimumClosureDays: 7 } };
    expect(deadline(run(planOn("2024-09-16"), "2024-10-01", { supportPolicy: sevenDays, closures: halfTermWithWeekends }), "support-review:1").due).toBe("2024-10-25");
  });
});
