// Annual reviews of a maintained plan (rules.md § 2, `annual-review`; counting.md readings
// reviewPeriod and lastReviewed). Every expected date is worked out by hand in the comment above it.
import { describe, expect, it } from "vitest";
import { type Ev, assessmentEndingOn, deadline, ofRule, outstanding, problemCodes, review, run } from "./helpers";

describe("annual review: the first one (CFA s.44(1))", () => {
  it("is due within the 12 months starting with the date of the final plan", () => {
    const t = run(assessmentEndingOn("2022-05-20"), "2022-06-01");
    // CFA s.44(1): 12 months starting with 20 May 2022 end 19 May 2023 (key: the year the period ends).
    const first = deadline(t, "annual-review:2023");
    expect(first.due).toBe("2023-05-19");
    expect(first.status).toBe("pending");
    expect(first.anchor).toEqual({ event: "final-plan-issued", eventId: "final", date: "2022-05-20" });
    expect(first.counting).toBe("months-beginning-with(12)");
    expect(first.reading["reviewPeriod"]).toBe("strict");
    expect(first.strength).toBe("statutory");
    expect(first.owner).toBe("local-authority");
    expect(first.citation).toContain("s.44(1)");
    expect(t.stage).toBe("plan-maintained");
  });

  it("a plan dated 29 February 2024: 12 months starting with 29 Feb 2024 end 28 Feb 2025", () => {
    const t = run(assessmentEndingOn("2024-02-29"), "2024-03-01");
    // counting.md months-beginning-with: February 2025 has no 29th, so the period ends on its last day.
    expect(deadline(t, "annual-review:2025").due).toBe("2025-02-28");
  });

  it("a plan dated 29 February 2024 under the anniversary reading also ends 28 Feb 2025", () => {
    const t = run(assessmentEndingOn("2024-02-29"), "2024-03-01", { options: { reviewPeriod: "anniversary" } });
    // Anniversary: the same day-number 12 months later; there is no 29 Feb 2025, so its month's last day, 28 Feb 2025.
    expect(deadline(t, "annual-review:2025").due).toBe("2025-02-28");
  });

  it("a period starting on 1 March 2023 ends on the leap day 29 Feb 2024", () => {
    const events: Ev[] = [...assessmentEndingOn("2022-05-20"), ...review("2023-02-20", "2023-03-01", "maintain", "r1")];
    const t = run(events, "2023-03-10");
    // CFA s.44(1): 12 months starting with 1 Mar 2023 end the day before 1 Mar 2024, 29 Feb 2024.
    expect(deadline(t, "annual-review:2024").due).toBe("2024-02-29");
  });
});

describe("annual review: the reviewPeriod reading (counting.md)", () => {
  it("strict (default): 12 months starting with 15 Apr 2023 end 14 Apr 2024", () => {
    const t = run(assessmentEndingOn("2023-04-15"), "2023-05-01");
    expect(deadline(t, "annual-review:2024").due).toBe("2024-04-14");
  });

  it("anniversary: the period ends on 15 Apr 2024, and the output records the reading", () => {
    const t = run(assessmentEndingOn("2023-04-15"), "2023-05-01", { options: { reviewPeriod: "anniversary" } });
    const first = deadline(t, "annual-review:2024");
    // Anniversary reading: 15 Apr 2023 + 12 months = 15 Apr 2024.
    expect(first.due).toBe("2024-04-15");
    expect(first.reading["reviewPeriod"]).toBe("anniversary");
  });

  it("anniversary applies to the later periods too: decision 5 Apr 2023 → next due 5 Apr 2024", () => {
    const events = [...assessmentEndingOn("2022-05-20"), ...review("2023-03-15", "2023-04-05", "maintain", "r1")];
    const t = run(events, "2023-04-10", { options: { reviewPeriod: "anniversary" } });
    // Anniversary: first period 20 May 2022 → 20 May 2023; next from the decision 5 Apr 2023 → 5 Apr 2024.
    expect(deadline(t, "annual-review:2023").due).toBe("2023-05-20");
    expect(deadline(t, "annual-review:2024").due).toBe("2024-04-05");
  });
});

describe("annual review: the next period runs from the date last reviewed (reading lastReviewed)", () => {
  const firstCycle: Ev[] = [...assessmentEndingOn("2022-05-20"), ...review("2023-03-15", "2023-04-05", "maintain", "r1")];

  it("decision (default): the next 12 months start with the review decision", () => {
    const t = run(firstCycle, "2023-04-10");
    // First period: 20 May 2022 → 19 May 2023, reviewed on 5 Apr 2023 (the decision): met.
    expect(deadline(t, "annual-review:2023")).toMatchObject({ due: "2023-05-19", status: "met", doneOn: "2023-04-05" });
    // CFA s.44(1): 12 months starting with 5 Apr 2023 end 4 Apr 2024.
    const next = deadline(t, "annual-review:2024");
    expect(next).toMatchObject({ due: "2024-04-04", status: "pending" });
    expect(next.anchor.date).toBe("2023-04-05");
  });

  it("meeting: the next 12 months start with the review meeting", () => {
    const t = run(firstCycle, "2023-04-10", { options: { lastReviewed: "meeting" } });
    expect(deadline(t, "annual-review:2023")).toMatchObject({ status: "met", doneOn: "2023-03-15" });
    // 12 months starting with 15 Mar 2023 end 14 Mar 2024.
    expect(deadline(t, "annual-review:2024").due).toBe("2024-03-14");
  });

  describe("a review that amends the plan (meeting 6 Mar 2024, decision and notice 27 Mar, amended plan 10 May)", () => {
    const amendCycle: Ev[] = [
      ...assessmentEndingOn("2023-06-01"),
      ...review("2024-03-06", "2024-03-27", "amend", "r1"),
      { id: "r1-notice", type: "amendment-notice-sent", date: "2024-03-27" },
      { id: "r1-amended", type: "amended-plan-issued", date: "2024-05-10" },
    ];

    it("decision: next due 26 Mar 2025", () => {
      const t = run(amendCycle, "2024-06-01");
      // First period 1 Jun 2023 → 31 May 2024; reviewed 27 Mar 2024; next 12 months starting 27 Mar 2024 end 26 Mar 2025.
      expect(deadline(t, "annual-review:2024")).toMatchObject({ due: "2024-05-31", status: "met", doneOn: "2024-03-27" });
      expect(deadline(t, "annual-review:2025").due).toBe("2025-03-26");
    });

    it("meeting: next due 5 Mar 2025", () => {
      const t = run(amendCycle, "2024-06-01", { options: { lastReviewed: "meeting" } });
      // 12 months starting with 6 Mar 2024 end 5 Mar 2025.
      expect(deadline(t, "annual-review:2024").doneOn).toBe("2024-03-06");
      expect(deadline(t, "annual-review:2025").due).toBe("2025-03-05");
    });

    it("final-plan: the amended plan's date, next due 9 May 2025", () => {
      const t = run(amendCycle, "2024-06-01", { options: { lastReviewed: "final-plan" } });
      // 12 months starting with 10 May 2024 end 9 May 2025; the first period (to 31 May 2024) is met on 10 May.
      expect(deadline(t, "annual-review:2024")).toMatchObject({ status: "met", doneOn: "2024-05-10" });
      expect(deadline(t, "annual-review:2025").due).toBe("2025-05-09");
    });

    it("final-plan, while the amended plan is awaited: the period is not yet reviewed", () => {
      const t = run(amendCycle.slice(0, -1), "2024-04-20", { options: { lastReviewed: "final-plan" } });
      // No amended plan yet: the review is not complete under this reading, so the first period is still pending.
      expect(deadline(t, "annual-review:2024")).toMatchObject({ due: "2024-05-31", status: "pending", doneOn: null });
      expect(ofRule(t, "annual-review")).toHaveLength(1);
    });
  });

  it("final-plan with a decision to maintain: no amended plan, so the decision is the date last reviewed", () => {
    const events = [...assessmentEndingOn("2023-06-01"), ...review("2024-03-06", "2024-03-27", "maintain", "r1")];
    const t = run(events, "2024-04-01", { options: { lastReviewed: "final-plan" } });
    // 12 months starting with 27 Mar 2024 end 26 Mar 2025.
    expect(deadline(t, "annual-review:2025").due).toBe("2025-03-26");
  });
});

describe("annual review: one keyed deadline per period, and the next one always visible", () => {
  const events: Ev[] = [
    ...assessmentEndingOn("2024-01-10"),
    // An early review, well inside the first period.
    ...review("2024-02-20", "2024-03-01", "maintain", "r1"),
    ...review("2025-02-10", "2025-02-20", "maintain", "r2"),
  ];

  it("two periods ending in 2025 get annual-review:2025 and annual-review:2025:2", () => {
    const t = run(events, "2025-03-01");
    // 12 months starting with 10 Jan 2024 end 9 Jan 2025 (reviewed 1 Mar 2024: met).
    expect(deadline(t, "annual-review:2025")).toMatchObject({ due: "2025-01-09", status: "met", doneOn: "2024-03-01" });
    // 12 months starting with 1 Mar 2024 end 28 Feb 2025 (the day before 1 Mar 2025), also in 2025: suffix :2.
    expect(deadline(t, "annual-review:2025:2")).toMatchObject({ due: "2025-02-28", status: "met", doneOn: "2025-02-20" });
    // 12 months starting with 20 Feb 2025 end 19 Feb 2026.
    expect(deadline(t, "annual-review:2026")).toMatchObject({ due: "2026-02-19", status: "pending" });
    // Exactly one deadline per period: the plan's and one after each of the two reviews.
    expect(
      ofRule(t, "annual-review")
        .map((d) => d.key)
        .sort(),
    ).toEqual(["annual-review:2025", "annual-review:2025:2", "annual-review:2026"]);
  });

  it("at every point of the history exactly one annual review is outstanding, running from the latest review", () => {
    // [events so far, as-of, the date the outstanding period starts with, its last day]
    const checkpoints: [number, string, string, string][] = [
      [4, "2024-01-15", "2024-01-10", "2025-01-09"],
      [5, "2024-02-25", "2024-01-10", "2025-01-09"], // meeting held, no decision yet (reading: decision)
      [6, "2024-03-02", "2024-03-01", "2025-02-28"],
      [8, "2025-02-21", "2025-02-20", "2026-02-19"],
    ];
    for (const [count, asOf, from, due] of checkpoints) {
      const t = run(events.slice(0, count), asOf);
      const open = outstanding(t, "annual-review");
      expect(open, `as of ${asOf}`).toHaveLength(1);
      expect(open[0]?.anchor.date, `as of ${asOf}`).toBe(from);
      expect(open[0]?.due, `as of ${asOf}`).toBe(due);
    }
  });
});

describe("annual review: a late review restarts the cycle from when it happened", () => {
  const plan = assessmentEndingOn("2022-05-20");

  it("with no review, the period is overdue the day after it ends", () => {
    // 12 months starting with 20 May 2022 end 19 May 2023.
    expect(deadline(run(plan, "2023-05-19"), "annual-review:2023").status).toBe("pending");
    expect(deadline(run(plan, "2023-05-20"), "annual-review:2023").status).toBe("overdue");
  });

  it("a review on 10 Jul 2023 is late for the missed period, and the next runs from 10 Jul 2023", () => {
    const t = run([...plan, ...review("2023-06-28", "2023-07-10", "maintain", "r1")], "2023-08-01");
    // The missed period (to 19 May 2023) stays late: done 10 Jul 2023.
    expect(deadline(t, "annual-review:2023")).toMatchObject({ due: "2023-05-19", status: "late", doneOn: "2023-07-10" });
    // CFA s.44(1): 12 months starting with 10 Jul 2023 (the date last reviewed) end 9 Jul 2024.
    expect(deadline(t, "annual-review:2024")).toMatchObject({ due: "2024-07-09", status: "pending" });
  });

  it("a review more than a year late: the missed period is late, the next runs from 15 Jun 2024", () => {
    const t = run([...plan, ...review("2024-06-03", "2024-06-15", "maintain", "r1")], "2024-07-01");
    expect(deadline(t, "annual-review:2023")).toMatchObject({ due: "2023-05-19", status: "late", doneOn: "2024-06-15" });
    // 12 months starting with 15 Jun 2024 end 14 Jun 2025.
    expect(deadline(t, "annual-review:2025")).toMatchObject({ due: "2025-06-14", status: "pending" });
    expect(outstanding(t, "annual-review")).toHaveLength(1);
  });

  it("a review done on the last day of the period is met", () => {
    const t = run([...plan, ...review("2023-05-05", "2023-05-19", "maintain", "r1")], "2023-06-01");
    // 19 May 2023 is the last day of the 12 months starting with 20 May 2022.
    expect(deadline(t, "annual-review:2023")).toMatchObject({ status: "met", doneOn: "2023-05-19" });
    // 12 months starting with 19 May 2023 end 18 May 2024.
    expect(deadline(t, "annual-review:2024").due).toBe("2024-05-18");
    expect(problemCodes(t)).toEqual([]);
  });
});

describe("an amendment no review led to does not count as the annual review (CFA s.44(1))", () => {
  // Plan 15 Apr 2024; the LA proposes amendments on 2 Sep 2024 with no review meeting, and issues the
  // amended plan on 1 Oct 2024 (Regs 22). No review is ever held.
  const events: Ev[] = [
    ...assessmentEndingOn("2024-04-15"),
    { id: "notice", type: "amendment-notice-sent", date: "2024-09-02" },
    { id: "amended", type: "amended-plan-issued", date: "2024-10-01" },
  ];

  it.each(["decision", "meeting", "final-plan"] as const)("lastReviewed: %s — the period ending 14 Apr 2025 is overdue on 20 Apr 2025", (lastReviewed) => {
    const t = run(events, "2025-04-20", { options: { lastReviewed } });
    // CFA s.44(1): 12 months starting with 15 Apr 2024 end 14 Apr 2025; an amended plan is not a review.
    expect(deadline(t, "annual-review:2025")).toMatchObject({ due: "2025-04-14", status: "overdue", doneOn: null });
    expect(ofRule(t, "annual-review")).toHaveLength(1);
    // Regs 22(3): 2 Sep 2024 + 56 days = 28 Oct 2024; the amendment itself was in time.
    expect(deadline(t, "amended-plan:2024-09-02")).toMatchObject({ due: "2024-10-28", status: "met", doneOn: "2024-10-01" });
  });

  it("final-plan: a later review that amends completes with its own amended plan, not with the earlier one", () => {
    const later: Ev[] = [
      ...events,
      ...review("2025-02-03", "2025-02-17", "amend", "r1"),
      { id: "r1-notice", type: "amendment-notice-sent", date: "2025-02-17" },
      { id: "r1-amended", type: "amended-plan-issued", date: "2025-03-31" },
    ];
    const t = run(later, "2025-04-01", { options: { lastReviewed: "final-plan" } });
    // 12 months starting with 15 Apr 2024 end 14 Apr 2025: reviewed when the review's amended plan issued, 31 Mar 2025.
    expect(deadline(t, "annual-review:2025")).toMatchObject({ due: "2025-04-14", status: "met", doneOn: "2025-03-31" });
    // CFA s.44(1): 12 months starting with 31 Mar 2025 end 30 Mar 2026.
    expect(outstanding(t, "annual-review").map((d) => d.due)).toEqual(["2026-03-30"]);
  });
});
