// Amending a plan after a review (rules.md § 2: amendment-representations, Regs 22(2)(c);
// amended-plan, Regs 22(3)). Dates worked out by hand in the comments.
import { describe, expect, it } from "vitest";
import { type Ev, assessmentEndingOn, deadline, problemCodes, review, run } from "./helpers";

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
    expect(p?.message).toContain("2025-03-18");
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
