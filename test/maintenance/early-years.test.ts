// Early-years reviews for a child under 5 (rules.md § 2 `early-years-review`, CoP 9.178; counting.md
// policy value earlyYearsReviewMonths, default 6, range 3–6). Dates worked out by hand in the comments.
import { describe, expect, it } from "vitest";
import { type Ev, assessmentEndingOn, deadline, ofRule, outstanding, problemCodes, review, run } from "./helpers";

// Born 14 Mar 2021: 5th birthday 14 Mar 2026.
const DOB = "2021-03-14";
const FIFTH_BIRTHDAY = "2026-03-14";

describe("early-years review: every 6 months (default) from the plan or the last review", () => {
  it("plan 10 Jan 2024: early-years review due 10 Jul 2024, alongside the annual review", () => {
    const t = run(assessmentEndingOn("2024-01-10"), "2024-02-01", { dateOfBirth: DOB });
    // CoP 9.178, months-after(6): 10 Jan 2024 + 6 months = 10 Jul 2024 (key: the month it falls due).
    const ey = deadline(t, "early-years-review:2024-07");
    expect(ey).toMatchObject({ due: "2024-07-10", status: "pending", strength: "guidance", counting: "months-after(6)" });
    expect(ey.anchor.eventId).toBe("final");
    // CFA s.44(1) still applies: 12 months starting with 10 Jan 2024 end 9 Jan 2025.
    expect(deadline(t, "annual-review:2025").due).toBe("2025-01-09");
    expect(problemCodes(t)).not.toContain("no-date-of-birth");
  });

  it("each review restarts the 6 months, and none falls due on or after the 5th birthday", () => {
    const events: Ev[] = [
      ...assessmentEndingOn("2024-01-10"),
      ...review("2024-06-20", "2024-07-01", "maintain", "r1"),
      ...review("2024-12-10", "2024-12-20", "maintain", "r2"),
      ...review("2025-06-02", "2025-06-10", "maintain", "r3"),
      ...review("2025-11-24", "2025-12-01", "maintain", "r4"),
    ];
    const t = run(events, "2025-12-05", { dateOfBirth: DOB });
    // 10 Jan 2024 + 6 months = 10 Jul 2024; reviewed 1 Jul 2024: met.
    expect(deadline(t, "early-years-review:2024-07")).toMatchObject({ due: "2024-07-10", status: "met", doneOn: "2024-07-01" });
    // 1 Jul 2024 + 6 months = 1 Jan 2025; reviewed 20 Dec 2024: met.
    expect(deadline(t, "early-years-review:2025-01")).toMatchObject({ due: "2025-01-01", status: "met", doneOn: "2024-12-20" });
    // 20 Dec 2024 + 6 months = 20 Jun 2025; reviewed 10 Jun 2025: met.
    expect(deadline(t, "early-years-review:2025-06")).toMatchObject({ due: "2025-06-20", status: "met", doneOn: "2025-06-10" });
    // 10 Jun 2025 + 6 months = 10 Dec 2025 (before 14 Mar 2026); reviewed 1 Dec 2025: met.
    expect(deadline(t, "early-years-review:2025-12")).toMatchObject({ due: "2025-12-10", status: "met", doneOn: "2025-12-01" });
    // 1 Dec 2025 + 6 months = 1 Jun 2026: the child is 5 by then (14 Mar 2026), so no further early-years review.
    expect(ofRule(t, "early-years-review")).toHaveLength(4);
    expect(outstanding(t, "early-years-review")).toEqual([]);
    for (const d of ofRule(t, "early-years-review")) expect(d.due! < FIFTH_BIRTHDAY, d.key).toBe(true);
    // The annual cycle goes on: 12 months starting with 1 Dec 2025 end 30 Nov 2026.
    expect(outstanding(t, "annual-review").map((d) => d.due)).toEqual(["2026-11-30"]);
  });

  it("a review due exactly on the 5th birthday is not opened; one due the day before is", () => {
    const onBirthday = run([...assessmentEndingOn("2025-01-10"), ...review("2025-09-01", "2025-09-14", "maintain", "r1")], "2025-09-20", {
      dateOfBirth: DOB,
    });
    // 14 Sep 2025 + 6 months = 14 Mar 2026, the 5th birthday: the child is no longer under 5 that day.
    expect(ofRule(onBirthday, "early-years-review").map((d) => d.due)).toEqual(["2025-07-10"]);

    const dayBefore = run([...assessmentEndingOn("2025-01-10"), ...review("2025-09-01", "2025-09-13", "maintain", "r1")], "2025-09-20", {
      dateOfBirth: DOB,
    });
    // 13 Sep 2025 + 6 months = 13 Mar 2026, the last day the child is 4.
    expect(deadline(dayBefore, "early-years-review:2026-03").due).toBe("2026-03-13");
  });

  it("a plan made after the child is 5 has no early-years review", () => {
    const t = run(assessmentEndingOn("2026-04-01"), "2026-04-10", { dateOfBirth: DOB });
    expect(ofRule(t, "early-years-review")).toEqual([]);
    // 12 months starting with 1 Apr 2026 end 31 Mar 2027.
    expect(deadline(t, "annual-review:2027").due).toBe("2027-03-31");
  });
});

describe("early-years review: earlyYearsReviewMonths = 3", () => {
  const options = { earlyYearsReviewMonths: 3 };

  it("plan 10 Jan 2024: due 10 Apr 2024, then every 3 months from each review", () => {
    const events = [...assessmentEndingOn("2024-01-10"), ...review("2024-03-25", "2024-04-05", "maintain", "r1")];
    const t = run(events, "2024-04-06", { dateOfBirth: DOB, options });
    // months-after(3): 10 Jan 2024 + 3 months = 10 Apr 2024; reviewed 5 Apr: met.
    const first = deadline(t, "early-years-review:2024-04");
    expect(first).toMatchObject({ due: "2024-04-10", status: "met", counting: "months-after(3)" });
    // 5 Apr 2024 + 3 months = 5 Jul 2024.
    expect(deadline(t, "early-years-review:2024-07").due).toBe("2024-07-05");
  });

  it("stops at the 5th birthday: 13 Dec 2025 + 3 months is 13 Mar 2026 (opened), 14 Dec 2025 + 3 is 14 Mar 2026 (not)", () => {
    const before = run([...assessmentEndingOn("2025-09-01"), ...review("2025-12-01", "2025-12-13", "maintain", "r1")], "2025-12-20", {
      dateOfBirth: DOB,
      options,
    });
    expect(deadline(before, "early-years-review:2026-03").due).toBe("2026-03-13");

    const on = run([...assessmentEndingOn("2025-09-01"), ...review("2025-12-01", "2025-12-14", "maintain", "r1")], "2025-12-20", {
      dateOfBirth: DOB,
      options,
    });
    // Only the plan's own: 1 Sep 2025 + 3 months = 1 Dec 2025.
    expect(ofRule(on, "early-years-review").map((d) => d.due)).toEqual(["2025-12-01"]);
  });
});

describe("early-years review: the date of birth", () => {
  it("no date of birth: a warning no-date-of-birth on the plan, and no early-years deadline", () => {
    const t = run(assessmentEndingOn("2024-01-10"), "2024-02-01", { dateOfBirth: null });
    const p = t.problems.find((x) => x.code === "no-date-of-birth");
    expect(p).toMatchObject({ severity: "warning", eventId: "final" });
    expect(ofRule(t, "early-years-review")).toEqual([]);
    // The annual review is not affected: 12 months starting with 10 Jan 2024 end 9 Jan 2025.
    expect(deadline(t, "annual-review:2025").due).toBe("2025-01-09");
  });

  it("a date of birth given as a month (2021-03): under 5 on 20 Feb 2026 whatever the day", () => {
    const t = run(assessmentEndingOn("2025-08-20"), "2025-09-01", { dateOfBirth: "2021-03" });
    // 20 Aug 2025 + 6 months = 20 Feb 2026; born in March 2021, the child is 4 on that day.
    expect(deadline(t, "early-years-review:2026-02").due).toBe("2026-02-20");
    expect(problemCodes(t)).not.toContain("no-date-of-birth");
  });

  it("a date of birth given as a month (2021-03): 5 by 10 Aug 2026 whatever the day, so no early-years review", () => {
    const t = run([...assessmentEndingOn("2025-08-20"), ...review("2026-02-02", "2026-02-10", "maintain", "r1")], "2026-02-15", {
      dateOfBirth: "2021-03",
    });
    // 10 Feb 2026 + 6 months = 10 Aug 2026: born in March 2021, the child is 5 by then.
    expect(ofRule(t, "early-years-review").map((d) => d.due)).toEqual(["2026-02-20"]);
  });

  it("a month-only date of birth counts as the month's last day, so the under-5 rule is not ended early", () => {
    // compute.ts: "a month alone counts as its last day, so age limits never end early".
    // 15 Sep 2025 + 6 months = 15 Mar 2026; born in March 2021 (read as 31 Mar), the child may still be 4.
    const t = run(assessmentEndingOn("2025-09-15"), "2025-10-01", { dateOfBirth: "2021-03" });
    expect(deadline(t, "early-years-review:2026-03").due).toBe("2026-03-15");
  });
});

describe("early-years reviews go on after a plan is transferred in (CoP 9.178; Regs 15(5))", () => {
  // Born 10 Jan 2022: 5th birthday 10 Jan 2027.
  const born = "2022-01-10";

  it("transfer 15 Jan 2025, last reviewed 1 Dec 2024: an early-years review is due 1 Jun 2025", () => {
    const moved: Ev = { id: "moved", type: "plan-transferred-in", date: "2025-01-15", lastReviewedOn: "2024-12-01" };
    const t = run([moved], "2025-01-16", { dateOfBirth: born });
    // CoP 9.178, months-after(6) from the last review: 1 Dec 2024 + 6 months = 1 Jun 2025 (child 3).
    expect(deadline(t, "early-years-review:2025-06")).toMatchObject({ due: "2025-06-01", status: "pending", strength: "guidance" });
    // Regs 15(5): 12 months starting with 1 Dec 2024 end 30 Nov 2025; 3 months from 15 Jan 2025 end 14 Apr 2025.
    expect(deadline(t, "transfer-review").due).toBe("2025-11-30");
    expect(deadline(run([moved], "2025-09-01", { dateOfBirth: born }), "early-years-review:2025-06").status).toBe("overdue");
  });

  it("the new LA's review on 20 May 2025 meets it, and the next one runs from that review (20 Nov 2025)", () => {
    const events: Ev[] = [
      { id: "moved", type: "plan-transferred-in", date: "2025-01-15", lastReviewedOn: "2024-12-01" },
      ...review("2025-05-10", "2025-05-20", "maintain", "n1"),
    ];
    const t = run(events, "2025-05-21", { dateOfBirth: born });
    expect(deadline(t, "early-years-review:2025-06")).toMatchObject({ due: "2025-06-01", status: "met", doneOn: "2025-05-20" });
    expect(deadline(t, "transfer-review")).toMatchObject({ status: "met", doneOn: "2025-05-20" });
    // 20 May 2025 + 6 months = 20 Nov 2025; CFA s.44(1): 12 months starting with 20 May 2025 end 19 May 2026.
    expect(outstanding(t, "early-years-review").map((d) => d.due)).toEqual(["2025-11-20"]);
    expect(outstanding(t, "annual-review").map((d) => d.due)).toEqual(["2026-05-19"]);
  });

  describe("a plan followed here before it moved: plan 15 Apr 2024, reviewed (decision) 1 Oct 2024", () => {
    const here: Ev[] = [...assessmentEndingOn("2024-04-15"), ...review("2024-09-20", "2024-10-01", "maintain", "r1")];

    it.each([
      ["recording the same last review", { lastReviewedOn: "2024-10-01" }],
      ["recording no dates", {}],
    ])("a transfer on 15 Dec 2024 %s keeps the early-years review due 1 Apr 2025", (_label, fields) => {
      const events: Ev[] = [...here, { id: "moved", type: "plan-transferred-in", date: "2024-12-15", ...fields }];
      // CoP 9.178: 1 Oct 2024 + 6 months = 1 Apr 2025 (child 3); no review by 2 Apr 2025: overdue.
      const t = run(events, "2025-04-02", { dateOfBirth: born });
      expect(deadline(t, "early-years-review:2025-04")).toMatchObject({ due: "2025-04-01", status: "overdue" });
      expect(outstanding(t, "early-years-review")).toHaveLength(1);
      // Regs 15(5): 12 months starting with 1 Oct 2024 end 30 Sep 2025; 3 months from 15 Dec 2024 end 14 Mar 2025.
      expect(deadline(t, "transfer-review").due).toBe("2025-09-30");
    });

    it("a transfer on 1 May 2025, after the review due 1 Apr 2025 was missed here: that one stays overdue; the next falls due 3 months from the move, 1 Aug 2025", () => {
      const events: Ev[] = [...here, { id: "moved", type: "plan-transferred-in", date: "2025-05-01", lastReviewedOn: "2024-10-01" }];
      const t = run(events, "2025-05-02", { dateOfBirth: born });
      // CoP 9.178: 1 Oct 2024 + 6 months = 1 Apr 2025, due before the move: its status stays.
      expect(deadline(t, "early-years-review:2025-04")).toMatchObject({ due: "2025-04-01", status: "overdue" });
      // The new LA's first: the later of 1 Apr 2025 and 1 May 2025 + 3 months = 1 Aug 2025 (child 3).
      expect(deadline(t, "early-years-review:2025-08")).toMatchObject({ due: "2025-08-01", status: "pending", anchor: { eventId: "moved" } });
      expect(outstanding(t, "early-years-review").map((d) => d.due)).toEqual(["2025-04-01", "2025-08-01"]);
    });

    it("a transfer recording a later last review (1 Nov 2024) restarts the early-years review from it: 1 May 2025", () => {
      const events: Ev[] = [...here, { id: "moved", type: "plan-transferred-in", date: "2024-12-15", lastReviewedOn: "2024-11-01" }];
      const t = run(events, "2024-12-16", { dateOfBirth: born });
      // The one from 1 Oct 2024 (due 1 Apr 2025) gives way; 1 Nov 2024 + 6 months = 1 May 2025.
      expect(deadline(t, "early-years-review:2025-04").status).toBe("not-applicable");
      expect(outstanding(t, "early-years-review").map((d) => [d.key, d.due])).toEqual([["early-years-review:2025-05", "2025-05-01"]]);
    });
  });
});

describe("no early-years review falls due before the plan moved in (CoP 9.178; Regs 15(5) by analogy)", () => {
  // Born 1 Jun 2021: 5th birthday 1 Jun 2026. Plan made 15 May 2022, last reviewed 15 May 2023 at the old LA.
  const moved: Ev = { id: "moved", type: "plan-transferred-in", date: "2024-03-01", lastReviewedOn: "2023-05-15", planMadeOn: "2022-05-15" };

  it("transfer Fri 1 Mar 2024: the later of 15 Nov 2023 (6 months from the last review) and 1 Jun 2024 (3 months from the transfer)", () => {
    const t = run([moved], "2024-04-01", { dateOfBirth: "2021-06-01" });
    // CoP 9.178: 15 May 2023 + 6 months = 15 Nov 2023, before the new LA held the plan;
    // 1 Mar 2024 + 3 months = 1 Jun 2024 is later, and the child is 3 then.
    expect(ofRule(t, "early-years-review").map((d) => [d.key, d.due, d.status])).toEqual([["early-years-review:2024-06", "2024-06-01", "pending"]]);
    const working = deadline(t, "early-years-review:2024-06").explanation.join(" ");
    expect(working).toContain("Plan transferred in from another LA (CoP 9.178: at least 3 months from the transfer");
    expect(working).toContain("The later of these ends applies: Saturday 1 June 2024 (2024-06-01)");
    // Regs 15(5): 12 months starting with 15 May 2023 end 14 May 2024; 3 months beginning with 1 Mar 2024 end 31 May 2024.
    expect(deadline(t, "transfer-review").due).toBe("2024-05-31");
    expect(problemCodes(t)).toEqual([]);
  });

  it("the new LA's review on 20 May 2024 meets it, and the next runs 6 months from that review: 20 Nov 2024", () => {
    const t = run([moved, ...review("2024-05-10", "2024-05-20", "maintain", "n1")], "2024-05-21", { dateOfBirth: "2021-06-01" });
    expect(deadline(t, "early-years-review:2024-06")).toMatchObject({ status: "met", doneOn: "2024-05-20" });
    // CoP 9.178: 20 May 2024 + 6 months = 20 Nov 2024; no later-of once the new LA has reviewed the plan.
    expect(outstanding(t, "early-years-review").map((d) => d.due)).toEqual(["2024-11-20"]);
  });
});
