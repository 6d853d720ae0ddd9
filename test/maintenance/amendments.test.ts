// Amending a plan after a review (rules.md § 2: amendment-representations, Regs 22(2)(c);
// amended-plan, Regs 22(3)). Dates worked out by hand in the comments.
import { describe, expect, it } from "vitest";
import { type Ev, assessmentEndingOn, deadline, outstanding, problemCodes, review, run } from "./helpers";

// A review meeting 20 Feb 2025 and a decision to amend sent with its notice on Mon 3 Mar 2025.
const amending: Ev[] = [
  ...assessmentEndingOn("2024-05-20"),
  ...review("2025-02-20", "2025-03-03", "amend", "r1"),
  { id: "notice", type: "amendment-notice-sent", date: "2025-03-03" },
];

describe("amendment notice sent Mon 3 Mar 2025", () => {
  it("the 15-day window beginning with 3 Mar ends Mon 17 Mar; the amended plan is due Mon 28 Apr 2025", () => {
    const t = run(amending, "2025-03-04");
    // Regs 22(2)(c), days-beginning-with(15): 3 Mar is day 1, so day 15 is 3 + 14 = 17 Mar 2025.
    const window = deadline(t, "amendment-representations:2025-03-03");
    expect(window).toMatchObject({ due: "2025-03-17", status: "open", counting: "days-beginning-with(15)", strength: "statutory" });
    expect(window.citation).toContain("reg 22(2)(c)");
    // Regs 22(3), weeks-after(8): 3 Mar + 56 days = 28 Apr 2025 (28 days to 31 Mar, 28 more to 28 Apr).
    const amended = deadline(t, "amended-plan:2025-03-03");
    expect(amended).toMatchObject({ due: "2025-04-28", status: "pending", counting: "weeks-after(8)" });
    expect(amended.anchor.eventId).toBe("notice");
    expect(t.stage).toBe("amending");
  });

  it("the window is open on its last day, 17 Mar, and closed from 18 Mar", () => {
    expect(deadline(run(amending, "2025-03-17"), "amendment-representations:2025-03-03").status).toBe("open");
    expect(deadline(run(amending, "2025-03-18"), "amendment-representations:2025-03-03").status).toBe("closed");
  });

  it("an amended plan inside the window (17 Mar) → problem amended-before-window-closed", () => {
    const t = run([...amending, { id: "amended", type: "amended-plan-issued", date: "2025-03-17" }], "2025-03-20");
    const p = t.problems.find((x) => x.code === "amended-before-window-closed");
    expect(p).toMatchObject({ severity: "error", eventId: "amended" });
    // The first lawful day is the day after the window's last day: 18 Mar 2025.
    expect(p?.detail).toContain("2025-03-18");
    // The 8 weeks are still met (the breach is the early issue, not lateness).
    expect(deadline(t, "amended-plan:2025-03-03")).toMatchObject({ status: "met", doneOn: "2025-03-17" });
  });

  it("an amended plan the day after the window (18 Mar) is lawful and in time", () => {
    const t = run([...amending, { id: "amended", type: "amended-plan-issued", date: "2025-03-18" }], "2025-03-20");
    expect(problemCodes(t)).not.toContain("amended-before-window-closed");
    expect(deadline(t, "amended-plan:2025-03-03")).toMatchObject({ status: "met", doneOn: "2025-03-18" });
    expect(t.stage).toBe("plan-maintained");
  });

  it("an amended plan on 28 Apr is met, on 29 Apr late, none by 29 Apr overdue", () => {
    const onTime = run([...amending, { id: "amended", type: "amended-plan-issued", date: "2025-04-28" }], "2025-05-01");
    expect(deadline(onTime, "amended-plan:2025-03-03").status).toBe("met");
    const late = run([...amending, { id: "amended", type: "amended-plan-issued", date: "2025-04-29" }], "2025-05-01");
    expect(deadline(late, "amended-plan:2025-03-03")).toMatchObject({ status: "late", doneOn: "2025-04-29" });
    expect(deadline(run(amending, "2025-04-29"), "amended-plan:2025-03-03").status).toBe("overdue");
  });
});

describe("a notice served later than it was sent (servedOn)", () => {
  const served: Ev[] = [
    ...assessmentEndingOn("2024-05-20"),
    ...review("2025-02-20", "2025-03-03", "amend", "r1"),
    { id: "notice", type: "amendment-notice-sent", date: "2025-03-03", servedOn: "2025-03-05" },
  ];

  it("the window runs from service (5 Mar → 19 Mar); the 8 weeks from sending (3 Mar → 28 Apr)", () => {
    const t = run(served, "2025-03-06");
    // Regs 22(2)(c): 15 days beginning with 5 Mar end 5 + 14 = 19 Mar 2025.
    expect(deadline(t, "amendment-representations:2025-03-03").due).toBe("2025-03-19");
    // Regs 22(3): 8 weeks from the day the LA sent the notice, 3 Mar → 28 Apr 2025.
    expect(deadline(t, "amended-plan:2025-03-03").due).toBe("2025-04-28");
  });

  it("an amended plan on 19 Mar is too early; on 20 Mar it is not", () => {
    const early = run([...served, { id: "amended", type: "amended-plan-issued", date: "2025-03-19" }], "2025-03-25");
    expect(problemCodes(early)).toContain("amended-before-window-closed");
    const lawful = run([...served, { id: "amended", type: "amended-plan-issued", date: "2025-03-20" }], "2025-03-25");
    expect(problemCodes(lawful)).not.toContain("amended-before-window-closed");
  });
});

describe("an amended plan with no amendment notice", () => {
  it("is reported (no-amendment-notice)", () => {
    const t = run([...assessmentEndingOn("2024-05-20"), { id: "amended", type: "amended-plan-issued", date: "2025-03-20" }], "2025-03-25");
    expect(t.problems.find((p) => p.code === "no-amendment-notice")).toMatchObject({ eventId: "amended", severity: "warning" });
  });
});

describe("an amendment notice sent before the decision to amend (Regs 20(10), 22; Devon 2022)", () => {
  // Plan 15 Apr 2024. Review meeting Sat 1 Mar 2025; the amendment notice goes on Thu 20 Mar and the
  // decision to amend on Fri 21 Mar; amended plan Sun 20 Apr 2025.
  const early: Ev[] = [
    ...assessmentEndingOn("2024-04-15"),
    { id: "meeting", type: "review-meeting-held", date: "2025-03-01" },
    { id: "notice", type: "amendment-notice-sent", date: "2025-03-20" },
    { id: "decision", type: "review-decision", date: "2025-03-21", outcome: "amend" },
    { id: "amended", type: "amended-plan-issued", date: "2025-04-20" },
  ];

  it("the decision is complete when it comes, its amendments having gone already: met on 21 Mar", () => {
    const t = run(early, "2025-04-21");
    // Regs 20(10), weeks-after(4): 1 Mar + 28 days = 29 Mar 2025; notice 20 Mar and decision 21 Mar both in time.
    expect(deadline(t, "review-decision:2025-03-01")).toMatchObject({ due: "2025-03-29", status: "met", doneOn: "2025-03-21" });
    // CFA s.44(1), reading lastReviewed: decision: 12 months starting with 15 Apr 2024 end 14 Apr 2025; reviewed 21 Mar.
    expect(deadline(t, "annual-review:2025")).toMatchObject({ due: "2025-04-14", status: "met", doneOn: "2025-03-21" });
    // The next 12 months start with 21 Mar 2025 and end 20 Mar 2026.
    expect(outstanding(t, "annual-review").map((d) => d.due)).toEqual(["2026-03-20"]);
    // Regs 22(3): 20 Mar + 56 days = 15 May 2025; issued 20 Apr: met. Regs 22(2)(c): window 20 Mar–3 Apr, closed before.
    expect(deadline(t, "amended-plan:2025-03-20")).toMatchObject({ due: "2025-05-15", status: "met", doneOn: "2025-04-20" });
    expect(problemCodes(t)).not.toContain("amendment-notice-after-decision");
    expect(problemCodes(t)).not.toContain("amended-before-window-closed");
    expect(t.stage).toBe("plan-maintained");
  });

  it("notice and decision on the same day, in either order in the file: the decision is met that day", () => {
    const notice: Ev = { id: "notice", type: "amendment-notice-sent", date: "2025-03-21" };
    const decision: Ev = { id: "decision", type: "review-decision", date: "2025-03-21", outcome: "amend" };
    const start: Ev[] = [...assessmentEndingOn("2024-04-15"), { id: "meeting", type: "review-meeting-held", date: "2025-03-01" }];
    for (const order of [
      [notice, decision],
      [decision, notice],
    ]) {
      const t = run([...start, ...order], "2025-03-22");
      // Regs 20(10): due 29 Mar 2025 (1 Mar + 28 days); both sent 21 Mar.
      expect(deadline(t, "review-decision:2025-03-01")).toMatchObject({ status: "met", doneOn: "2025-03-21" });
      expect(problemCodes(t)).not.toContain("amendment-notice-after-decision");
    }
  });

  it("the decision does not wait for another notice: a later, unrelated one (1 Sep 2025) is not tied to it", () => {
    const later: Ev[] = [...early, { id: "notice2", type: "amendment-notice-sent", date: "2025-09-01" }];
    const t = run(later, "2025-09-02");
    expect(problemCodes(t)).not.toContain("amendment-notice-after-decision");
    // The review was complete on 21 Mar 2025; the September notice does not review the plan again:
    // the period of 12 months starting with 21 Mar 2025 (to 20 Mar 2026) is still to be done.
    expect(deadline(t, "annual-review:2026")).toMatchObject({ due: "2026-03-20", status: "pending", doneOn: null });
    // Regs 22(3): 1 Sep 2025 + 56 days = 27 Oct 2025.
    expect(deadline(t, "amended-plan:2025-09-01").due).toBe("2025-10-27");
  });

  it("reading lastReviewed: final-plan: the review completes with its amended plan on 20 Apr 2025", () => {
    const t = run(early, "2025-04-21", { options: { lastReviewed: "final-plan" } });
    expect(deadline(t, "review-decision:2025-03-01")).toMatchObject({ status: "met", doneOn: "2025-03-21" });
    // CFA s.44(1): 12 months starting with 15 Apr 2024 end 14 Apr 2025; the amended plan of 20 Apr is after it.
    expect(deadline(t, "annual-review:2025")).toMatchObject({ due: "2025-04-14", status: "late", doneOn: "2025-04-20" });
    // The next 12 months start with 20 Apr 2025 and end 19 Apr 2026.
    expect(outstanding(t, "annual-review").map((d) => d.due)).toEqual(["2026-04-19"]);
  });

  it("a notice sent before the meeting is not that review's: the decision still waits for its own", () => {
    const before: Ev[] = [
      ...assessmentEndingOn("2024-04-15"),
      { id: "notice", type: "amendment-notice-sent", date: "2025-02-20" },
      { id: "meeting", type: "review-meeting-held", date: "2025-03-01" },
      { id: "decision", type: "review-decision", date: "2025-03-21", outcome: "amend" },
    ];
    // Regs 20(10): due 29 Mar 2025 (1 Mar + 28 days); no notice since the meeting by 30 Mar: overdue.
    expect(deadline(run(before, "2025-03-30"), "review-decision:2025-03-01")).toMatchObject({ due: "2025-03-29", status: "overdue" });
  });
});
