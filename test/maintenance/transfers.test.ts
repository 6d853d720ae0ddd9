// A plan transferred in from another LA in England (rules.md § 4: transfer-notice, Regs 15(4);
// transfer-review, Regs 15(5)). Dates worked out by hand in the comments.
import { describe, expect, it } from "vitest";
import { type Ev, assessmentEndingOn, deadline, ofRule, outstanding, problemCodes, review, run } from "./helpers";

const transferredIn = (fields: Record<string, string>): Ev => ({ id: "moved", type: "plan-transferred-in", date: "2025-01-15", ...fields });

describe("the new LA's notice (Regs 15(4))", () => {
  it("transfer 15 Jan 2025: notice due 26 Feb 2025; met on 26 Feb, late on 27 Feb", () => {
    // weeks-after(6): 15 Jan + 42 days = 26 Feb 2025 (16 days to 31 Jan, 26 more).
    const t = run([transferredIn({ lastReviewedOn: "2024-03-10" })], "2025-01-16");
    expect(deadline(t, "transfer-notice")).toMatchObject({ due: "2025-02-26", status: "pending", owner: "new-local-authority" });
    expect(t.stage).toBe("plan-maintained");
    const met = run([transferredIn({ lastReviewedOn: "2024-03-10" }), { id: "n", type: "transfer-notice-sent", date: "2025-02-26" }], "2025-03-01");
    expect(deadline(met, "transfer-notice")).toMatchObject({ status: "met", doneOn: "2025-02-26" });
    const late = run([transferredIn({ lastReviewedOn: "2024-03-10" }), { id: "n", type: "transfer-notice-sent", date: "2025-02-27" }], "2025-03-01");
    expect(deadline(late, "transfer-notice").status).toBe("late");
  });
});

describe("a transfer notice with no transfer", () => {
  it("is reported (no-transfer)", () => {
    const t = run([...assessmentEndingOn("2024-05-20"), { id: "n", type: "transfer-notice-sent", date: "2024-07-01" }], "2024-07-02");
    expect(t.problems.find((p) => p.code === "no-transfer")).toMatchObject({ eventId: "n", severity: "error" });
  });
});

describe("the new LA's review: the later of two periods (Regs 15(5))", () => {
  it("3 months from the transfer is later: last reviewed 10 Mar 2024, transfer 15 Jan 2025 → 14 Apr 2025", () => {
    const t = run([transferredIn({ lastReviewedOn: "2024-03-10" })], "2025-01-16");
    // 12 months starting with 10 Mar 2024 end 9 Mar 2025; 3 months starting with 15 Jan 2025 end 14 Apr 2025.
    // The later: 14 Apr 2025.
    const d = deadline(t, "transfer-review");
    expect(d).toMatchObject({ due: "2025-04-14", status: "pending", strength: "statutory" });
    expect(d.citation).toContain("reg 15(5)");
    // No annual review of the new LA until the transfer review is done.
    expect(ofRule(t, "annual-review")).toEqual([]);
    expect(problemCodes(t)).not.toContain("transfer-without-review-date");
  });

  it("12 months from the last review is later: last reviewed 10 Sep 2024, transfer 15 Jan 2025 → 9 Sep 2025", () => {
    const t = run([transferredIn({ lastReviewedOn: "2024-09-10" })], "2025-01-16");
    // 12 months starting with 10 Sep 2024 end 9 Sep 2025; 3 months from the transfer end 14 Apr 2025. Later: 9 Sep 2025.
    expect(deadline(t, "transfer-review").due).toBe("2025-09-09");
  });

  it("planMadeOn only: 12 months starting with 1 Jun 2024 end 31 May 2025 (later than 14 Apr 2025)", () => {
    const t = run([transferredIn({ planMadeOn: "2024-06-01" })], "2025-01-16");
    expect(deadline(t, "transfer-review").due).toBe("2025-05-31");
  });

  it("lastReviewedOn wins over planMadeOn: plan 1 Jun 2023, reviewed 10 Mar 2024 → 14 Apr 2025", () => {
    // From the plan, 31 May 2024; from the last review, 9 Mar 2025; from the transfer, 14 Apr 2025.
    const t = run([transferredIn({ planMadeOn: "2023-06-01", lastReviewedOn: "2024-03-10" })], "2025-01-16");
    expect(deadline(t, "transfer-review").due).toBe("2025-04-14");
  });

  it("neither date: warning transfer-without-review-date, and only the 3 months (14 Apr 2025) are counted", () => {
    const t = run([transferredIn({})], "2025-01-16");
    expect(t.problems.find((p) => p.code === "transfer-without-review-date")).toMatchObject({ eventId: "moved", severity: "warning" });
    expect(deadline(t, "transfer-review").due).toBe("2025-04-14");
  });

  it("the new LA's review satisfies the transfer review, and the annual cycle runs from it", () => {
    const t = run([transferredIn({ lastReviewedOn: "2024-03-10" }), ...review("2025-03-25", "2025-04-10", "maintain", "n1")], "2025-04-11");
    expect(deadline(t, "transfer-review")).toMatchObject({ due: "2025-04-14", status: "met", doneOn: "2025-04-10" });
    // CFA s.44(1): 12 months starting with 10 Apr 2025 end 9 Apr 2026.
    expect(deadline(t, "annual-review:2026")).toMatchObject({ due: "2026-04-09", status: "pending" });
    expect(outstanding(t, "annual-review")).toHaveLength(1);
  });
});

describe("a case that moves authority mid-cycle", () => {
  const home = assessmentEndingOn("2024-05-20");

  it("plan 20 May 2024, moves 4 Nov 2024: the old annual review gives way to the transfer review (19 May 2025)", () => {
    const events: Ev[] = [...home, { id: "moved", type: "plan-transferred-in", date: "2024-11-04", planMadeOn: "2024-05-20" }];
    const t = run(events, "2024-11-05");
    // Regs 15(5): 12 months starting with 20 May 2024 end 19 May 2025; 3 months starting with 4 Nov 2024 end
    // 3 Feb 2025. The later: 19 May 2025.
    expect(deadline(t, "transfer-review")).toMatchObject({ due: "2025-05-19", status: "pending" });
    // weeks-after(6): 4 Nov 2024 + 42 days = 16 Dec 2024.
    expect(deadline(t, "transfer-notice").due).toBe("2024-12-16");
    // The old LA's period (also to 19 May 2025) is not yet due, so no longer applies: one review to do, not two.
    expect(deadline(t, "annual-review:2025").status).toBe("not-applicable");
  });

  it("after a review at the old LA, the move carries the last review date: the 12 months from it are later", () => {
    const events: Ev[] = [
      ...home,
      ...review("2025-04-01", "2025-04-10", "maintain", "r1"),
      { id: "moved", type: "plan-transferred-in", date: "2025-08-20", lastReviewedOn: "2025-04-10" },
      ...review("2025-11-03", "2025-11-12", "maintain", "n1"),
    ];
    const t = run(events, "2025-11-13");
    // Old LA: 12 months starting with 20 May 2024 end 19 May 2025, reviewed 10 Apr 2025: met.
    expect(deadline(t, "annual-review:2025")).toMatchObject({ status: "met", doneOn: "2025-04-10" });
    // Its next period (12 months starting with 10 Apr 2025 end 9 Apr 2026) is replaced by the transfer review.
    expect(deadline(t, "annual-review:2026").status).toBe("not-applicable");
    // Regs 15(5): 9 Apr 2026 (from the review) vs 3 months starting with 20 Aug 2025, ending 19 Nov 2025: later 9 Apr 2026.
    expect(deadline(t, "transfer-review")).toMatchObject({ due: "2026-04-09", status: "met", doneOn: "2025-11-12" });
    // The new LA's cycle: 12 months starting with 12 Nov 2025 end 11 Nov 2026.
    expect(outstanding(t, "annual-review").map((d) => d.due)).toEqual(["2026-11-11"]);
  });

  it("an annual review already overdue at the old LA stays overdue after the move", () => {
    // Plan 20 May 2024: the period ended 19 May 2025 with no review; the plan moved on 1 Jul 2025.
    const events: Ev[] = [...home, { id: "moved", type: "plan-transferred-in", date: "2025-07-01", planMadeOn: "2024-05-20" }];
    const t = run(events, "2025-07-02");
    // The breach of CFA s.44(1) happened on 20 May 2025, before the move: the transfer cannot undo it.
    expect(deadline(t, "annual-review:2025")).toMatchObject({ due: "2025-05-19", status: "overdue" });
    // Regs 15(5): 19 May 2025 vs 3 months starting with 1 Jul 2025, ending 30 Sep 2025: later 30 Sep 2025.
    expect(deadline(t, "transfer-review").due).toBe("2025-09-30");
  });
});

describe("a transfer that records no dates: the plan's history already in the case is used (Regs 15(5))", () => {
  // Plan 15 Apr 2024; review meeting 1 Mar 2025 and decision to maintain 20 Mar 2025; the plan moves on
  // 20 Aug 2025 and the transfer records neither planMadeOn nor lastReviewedOn.
  const history: Ev[] = [
    ...assessmentEndingOn("2024-04-15"),
    ...review("2025-03-01", "2025-03-20", "maintain", "r1"),
    { id: "moved", type: "plan-transferred-in", date: "2025-08-20" },
  ];

  it("lastReviewed: decision (default): 12 months starting with 20 Mar 2025 end 19 Mar 2026, later than 19 Nov 2025", () => {
    const t = run(history, "2025-08-21");
    // Regs 15(5): 12 months starting with the last review, 20 Mar 2025, end 19 Mar 2026; 3 months starting with
    // 20 Aug 2025 end 19 Nov 2025. The later: 19 Mar 2026.
    expect(deadline(t, "transfer-review")).toMatchObject({ due: "2026-03-19", status: "pending" });
    expect(problemCodes(t)).not.toContain("transfer-without-review-date");
    // Regs 15(4): 20 Aug 2025 + 42 days = 1 Oct 2025.
    expect(deadline(t, "transfer-notice").due).toBe("2025-10-01");
  });

  it("lastReviewed: meeting: 12 months starting with 1 Mar 2025 end 28 Feb 2026, later than 19 Nov 2025", () => {
    const t = run(history, "2025-08-21", { options: { lastReviewed: "meeting" } });
    expect(deadline(t, "transfer-review").due).toBe("2026-02-28");
  });

  it("a plan never reviewed: 12 months starting with the plan, 15 Apr 2024, end 14 Apr 2025", () => {
    const t = run([...assessmentEndingOn("2024-04-15"), { id: "moved", type: "plan-transferred-in", date: "2024-08-20" }], "2024-08-21");
    // Regs 15(5): 14 Apr 2025 vs 3 months starting with 20 Aug 2024, ending 19 Nov 2024. The later: 14 Apr 2025.
    expect(deadline(t, "transfer-review").due).toBe("2025-04-14");
    expect(problemCodes(t)).not.toContain("transfer-without-review-date");
  });

  it("the plan's own date still counts for Regs 24: a request 5 months after it may be refused", () => {
    const events: Ev[] = [
      ...assessmentEndingOn("2024-04-15"),
      { id: "moved", type: "plan-transferred-in", date: "2024-08-20" },
      { id: "rr", type: "reassessment-requested", date: "2024-09-16" },
    ];
    // Regs 24: 15 Apr 2024 + 6 months = 15 Oct 2024; 16 Sep 2024 is within them.
    expect(problemCodes(run(events, "2024-09-17"))).toContain("reassessment-refusable");
  });
});

describe("a plan transferred in while an EHC needs assessment is under way here", () => {
  it("ends that assessment: its limits no longer apply, a later draft is not used, and a warning says so", () => {
    // Request received Mon 6 Jan 2025 (Regs 13(2): final plan due 6 Jan + 140 days = Mon 26 May 2025);
    // the plan arrives on Wed 15 Jan 2025 (Regs 15), so that process ends before any of its dates.
    const t = run(
      [
        { id: "req", type: "assessment-requested", date: "2025-01-06", by: "parent" },
        transferredIn({ lastReviewedOn: "2024-10-01" }),
        { id: "late-draft", type: "draft-plan-issued", date: "2025-03-03" },
      ],
      "2025-06-01",
    );
    expect(deadline(t, "final-plan")).toMatchObject({ due: "2025-05-26", status: "not-applicable" });
    expect(deadline(t, "no-plan-notice").status).toBe("not-applicable");
    expect(problemCodes(t)).toContain("transfer-during-assessment");
    expect(t.problems.find((p) => p.eventId === "late-draft")).toBeDefined();
    expect(t.stage).toBe("plan-maintained");
    // Regs 15(5): the later of 12 months starting with 1 Oct 2024 (30 Sep 2025) and 3 months starting with 15 Jan 2025 (14 Apr 2025).
    expect(deadline(t, "transfer-review").due).toBe("2025-09-30");
  });
});

describe("a transfer in ends only a first assessment still under way (Regs 15(3))", () => {
  it("an assessment refused long before (10 Oct 2022) is not under way: a transfer on 1 Mar 2024 gives no transfer-during-assessment", () => {
    const t = run(
      [
        { id: "req", type: "assessment-requested", date: "2022-09-05", by: "parent" },
        { id: "no", type: "assessment-decision", date: "2022-10-10", outcome: "not-assess" },
        { id: "moved", type: "plan-transferred-in", date: "2024-03-01", planMadeOn: "2023-06-01" },
      ],
      "2024-03-02",
    );
    expect(problemCodes(t)).toEqual([]);
    expect(t.stage).toBe("plan-maintained");
    // Regs 4(1): 6 weeks from 5 Sep 2022 = 17 Oct 2022, met on 10 Oct; the refusal, not the transfer, ended the rest.
    expect(deadline(t, "assessment-decision")).toMatchObject({ due: "2022-10-17", status: "met" });
    expect(deadline(t, "final-plan").explanation.join(" ")).toContain("the LA decided not to assess");
  });

  describe("request Mon 2 Dec 2024, decision to assess Mon 6 Jan 2025, advice and a school consulted; the plan moves in Wed 15 Jan 2025", () => {
    const underWay: Ev[] = [
      { id: "req", type: "assessment-requested", date: "2024-12-02", by: "parent" },
      { id: "yes", type: "assessment-decision", date: "2025-01-06", outcome: "assess" },
      { id: "ep", type: "advice-requested", date: "2025-01-07", adviceId: "EP", from: "psychology" },
      { id: "sch", type: "institution-consulted", date: "2025-01-08", institutionId: "SCH" },
      transferredIn({ lastReviewedOn: "2024-10-01" }),
    ];
    const later: Ev[] = [
      { id: "sch-in", type: "institution-responded", date: "2025-01-20", institutionId: "SCH" },
      { id: "ep-in", type: "advice-received", date: "2025-02-03", adviceId: "EP" },
      { id: "late-draft", type: "draft-plan-issued", date: "2025-03-03" },
    ];

    it("every limit of that assessment still open closes with the transfer; one met before it stays met", () => {
      const t = run(underWay, "2025-06-01");
      // Regs 4(1): 2 Dec 2024 + 6 weeks = Mon 13 Jan 2025, met on 6 Jan: done before the move, it stays met.
      expect(deadline(t, "assessment-decision")).toMatchObject({ due: "2025-01-13", status: "met" });
      // Regs 8(1): 7 Jan 2025 + 6 weeks = Tue 18 Feb 2025; CoP 9.83: 8 Jan 2025 + 15 days = Thu 23 Jan 2025.
      expect(deadline(t, "advice:EP")).toMatchObject({ due: "2025-02-18", status: "not-applicable" });
      expect(deadline(t, "institution-response:SCH")).toMatchObject({ due: "2025-01-23", status: "not-applicable" });
      // Regs 10(1): 2 Dec 2024 + 16 weeks = Mon 24 Mar 2025; Regs 13(2): + 20 weeks = Mon 21 Apr 2025.
      expect(deadline(t, "no-plan-notice")).toMatchObject({ due: "2025-03-24", status: "not-applicable" });
      expect(deadline(t, "final-plan")).toMatchObject({ due: "2025-04-21", status: "not-applicable" });
      expect(deadline(t, "draft-plan").status).toBe("not-applicable");
      expect(deadline(t, "advice:EP").explanation.join(" ")).toContain("a plan was transferred in from another LA (Regs 15)");
      expect(t.problems).toEqual([expect.objectContaining({ code: "transfer-during-assessment", eventId: "moved", severity: "warning" })]);
      expect(t.stage).toBe("plan-maintained");
    });

    it("a later event of that assessment is refused as ended by the transfer (assessment-ended-by-transfer), not as having no request", () => {
      const t = run([...underWay, ...later], "2025-06-01");
      const ended = t.problems.filter((p) => p.code === "assessment-ended-by-transfer");
      expect(ended.map((p) => [p.eventId, p.severity])).toEqual([
        ["sch-in", "error"],
        ["ep-in", "error"],
        ["late-draft", "error"],
      ]);
      expect(ended[0]?.relatedEventId).toBe("moved");
      expect(problemCodes(t)).not.toContain("no-request");
      expect(problemCodes(t)).not.toContain("advice-not-requested");
      // Nothing of the ended assessment is satisfied after the move, and the stage stays with the plan.
      expect(deadline(t, "advice:EP")).toMatchObject({ status: "not-applicable", doneOn: null });
      expect(ofRule(t, "draft-representations")).toEqual([]);
      expect(t.stage).toBe("plan-maintained");
    });
  });

  it("a limit already due before the move keeps its status: no decision by Mon 16 Dec 2024 stays overdue; a decision after the move is refused", () => {
    // Regs 4(1): request Mon 4 Nov 2024 + 6 weeks = Mon 16 Dec 2024, before the transfer on 15 Jan 2025.
    const t = run(
      [
        { id: "req", type: "assessment-requested", date: "2024-11-04", by: "parent" },
        transferredIn({ lastReviewedOn: "2024-10-01" }),
        { id: "yes", type: "assessment-decision", date: "2025-01-20", outcome: "assess" },
      ],
      "2025-06-01",
    );
    expect(deadline(t, "assessment-decision")).toMatchObject({ due: "2024-12-16", status: "overdue", doneOn: null });
    // Regs 13(2): 4 Nov 2024 + 20 weeks = Mon 24 Mar 2025, after the move: no longer applies.
    expect(deadline(t, "final-plan")).toMatchObject({ due: "2025-03-24", status: "not-applicable" });
    expect(problemCodes(t)).toEqual(["transfer-during-assessment", "assessment-ended-by-transfer"]);
    expect(t.stage).toBe("plan-maintained");
  });
});
