// The review process (rules.md § 2: review-invitations, review-advice-circulated, review-report,
// review-decision; Regs 20; R (L, M and P) v Devon CC [2022] EWHC 493 (Admin)). Dates by hand.
import { describe, expect, it } from "vitest";
import { type Ev, assessmentEndingOn, deadline, ofRule, problemCodes, run } from "./helpers";

const plan = assessmentEndingOn("2024-05-20");

describe("before the meeting: at least 14 days' notice and advice (Regs 20(3)–(4))", () => {
  const arranged: Ev[] = [...plan, { id: "sched", type: "review-meeting-scheduled", date: "2025-04-10", meetingDate: "2025-05-22" }];

  it("meeting on Thu 22 May 2025: invitations and advice by Thu 8 May 2025, keyed by the meeting date", () => {
    const t = run(arranged, "2025-04-20");
    // at-least-before(14 days): 22 May − 14 days = 8 May 2025.
    for (const key of ["review-invitations:2025-05-22", "review-advice-circulated:2025-05-22"]) {
      const d = deadline(t, key);
      expect(d).toMatchObject({ due: "2025-05-08", status: "pending", counting: "at-least-before(14 days)", strength: "statutory" });
      expect(d.anchor.date).toBe("2025-05-22");
    }
    expect(deadline(t, "review-invitations:2025-05-22").citation).toContain("reg 20(3)");
    expect(deadline(t, "review-advice-circulated:2025-05-22").citation).toContain("reg 20(4)");
  });

  it("sent on 8 May is in time; sent on 9 May is late", () => {
    const t = run(
      [
        ...arranged,
        { id: "inv", type: "review-invitations-sent", date: "2025-05-08", meetingDate: "2025-05-22" },
        { id: "adv", type: "review-advice-circulated", date: "2025-05-09", meetingDate: "2025-05-22" },
      ],
      "2025-05-10",
    );
    // 8 May is the last day (22 May − 14); 9 May gives only 13 days' notice.
    expect(deadline(t, "review-invitations:2025-05-22")).toMatchObject({ status: "met", doneOn: "2025-05-08" });
    expect(deadline(t, "review-advice-circulated:2025-05-22")).toMatchObject({ status: "late", doneOn: "2025-05-09" });
  });

  it("arranged, notified and then held: still one deadline per duty for that meeting", () => {
    const t = run(
      [
        ...arranged,
        { id: "inv", type: "review-invitations-sent", date: "2025-05-01", meetingDate: "2025-05-22" },
        { id: "adv", type: "review-advice-circulated", date: "2025-05-02", meetingDate: "2025-05-22" },
        { id: "meeting", type: "review-meeting-held", date: "2025-05-22" },
      ],
      "2025-05-23",
    );
    expect(ofRule(t, "review-invitations").map((d) => [d.key, d.status])).toEqual([["review-invitations:2025-05-22", "met"]]);
    expect(ofRule(t, "review-advice-circulated").map((d) => [d.key, d.status])).toEqual([["review-advice-circulated:2025-05-22", "met"]]);
  });

  it("invitations recorded with no meeting arranged still open the duty for that meeting", () => {
    const t = run([...plan, { id: "inv", type: "review-invitations-sent", date: "2025-05-01", meetingDate: "2025-05-22" }], "2025-05-02");
    expect(deadline(t, "review-invitations:2025-05-22")).toMatchObject({ due: "2025-05-08", status: "met", doneOn: "2025-05-01" });
  });

  it("a meeting rearranged from 22 May to 5 Jun: the old date's duties no longer apply, the new ones fall on 22 May", () => {
    const t = run([...arranged, { id: "resched", type: "review-meeting-scheduled", date: "2025-04-25", meetingDate: "2025-06-05" }], "2025-04-26");
    expect(deadline(t, "review-invitations:2025-05-22").status).toBe("not-applicable");
    expect(deadline(t, "review-advice-circulated:2025-05-22").status).toBe("not-applicable");
    // 5 Jun 2025 − 14 days = 22 May 2025.
    expect(deadline(t, "review-invitations:2025-06-05").due).toBe("2025-05-22");
    expect(deadline(t, "review-advice-circulated:2025-06-05").due).toBe("2025-05-22");
  });

  it("a meeting held with no invitations recorded: the notice duty is overdue", () => {
    const t = run([...plan, { id: "meeting", type: "review-meeting-held", date: "2025-05-22" }], "2025-05-23");
    expect(deadline(t, "review-invitations:2025-05-22")).toMatchObject({ due: "2025-05-08", status: "overdue" });
    expect(deadline(t, "review-advice-circulated:2025-05-22")).toMatchObject({ due: "2025-05-08", status: "overdue" });
  });
});

describe("after the meeting: report in 2 weeks, decision in 4 weeks (Regs 20(9)–(10))", () => {
  const meeting: Ev[] = [...plan, { id: "meeting", type: "review-meeting-held", date: "2024-11-01" }];

  it("meeting Fri 1 Nov 2024: report by Fri 15 Nov, decision by Fri 29 Nov 2024", () => {
    const t = run(meeting, "2024-11-02");
    // weeks-after(2): 1 Nov + 14 days = 15 Nov 2024.
    expect(deadline(t, "review-report:2024-11-01")).toMatchObject({ due: "2024-11-15", status: "pending", counting: "weeks-after(2)" });
    // weeks-after(4): 1 Nov + 28 days = 29 Nov 2024 (counting.md worked example).
    expect(deadline(t, "review-decision:2024-11-01")).toMatchObject({ due: "2024-11-29", status: "pending", counting: "weeks-after(4)" });
    expect(t.stage).toBe("under-review");
  });

  it("report on 15 Nov and decision to maintain on 29 Nov are in time", () => {
    const t = run(
      [...meeting, { id: "report", type: "review-report-sent", date: "2024-11-15" }, { id: "decision", type: "review-decision", date: "2024-11-29", outcome: "maintain" }],
      "2024-12-01",
    );
    expect(deadline(t, "review-report:2024-11-01")).toMatchObject({ status: "met", doneOn: "2024-11-15" });
    expect(deadline(t, "review-decision:2024-11-01")).toMatchObject({ status: "met", doneOn: "2024-11-29" });
    expect(t.stage).toBe("plan-maintained");
  });

  it("report on 18 Nov and decision on 2 Dec are late", () => {
    const t = run(
      [...meeting, { id: "report", type: "review-report-sent", date: "2024-11-18" }, { id: "decision", type: "review-decision", date: "2024-12-02", outcome: "maintain" }],
      "2024-12-03",
    );
    expect(deadline(t, "review-report:2024-11-01")).toMatchObject({ due: "2024-11-15", status: "late" });
    expect(deadline(t, "review-decision:2024-11-01")).toMatchObject({ due: "2024-11-29", status: "late", doneOn: "2024-12-02" });
  });

  it("no decision by 29 Nov: overdue on 30 Nov", () => {
    expect(deadline(run(meeting, "2024-11-29"), "review-decision:2024-11-01").status).toBe("pending");
    expect(deadline(run(meeting, "2024-11-30"), "review-decision:2024-11-01").status).toBe("overdue");
  });

  it("a decision with no meeting recorded is reported (no-review-meeting)", () => {
    const t = run([...plan, { id: "decision", type: "review-decision", date: "2025-04-01", outcome: "maintain" }], "2025-04-02");
    expect(t.problems.find((p) => p.code === "no-review-meeting")).toMatchObject({ eventId: "decision", severity: "warning" });
  });
});

describe("a decision to amend: the proposed amendments go with it (Devon 2022)", () => {
  const meeting: Ev[] = [...plan, { id: "meeting", type: "review-meeting-held", date: "2024-11-01" }];
  const amend: Ev = { id: "decision", type: "review-decision", date: "2024-11-15", outcome: "amend" };

  it("notice sent with the decision (15 Nov): review-decision met, no problem", () => {
    const t = run([...meeting, amend, { id: "notice", type: "amendment-notice-sent", date: "2024-11-15" }], "2024-11-20");
    // Due 29 Nov 2024 (1 Nov + 4 weeks); decision and amendments both sent 15 Nov.
    expect(deadline(t, "review-decision:2024-11-01")).toMatchObject({ due: "2024-11-29", status: "met", doneOn: "2024-11-15" });
    expect(problemCodes(t)).not.toContain("amendment-notice-after-decision");
    expect(t.stage).toBe("amending");
  });

  it("same day, listed notice first: the process order puts the decision first, so no problem", () => {
    const t = run([...meeting, { id: "notice", type: "amendment-notice-sent", date: "2024-11-15" }, amend], "2024-11-20");
    expect(deadline(t, "review-decision:2024-11-01")).toMatchObject({ status: "met", doneOn: "2024-11-15" });
    expect(problemCodes(t)).not.toContain("amendment-notice-after-decision");
  });

  it("notice a week after the decision (22 Nov): problem amendment-notice-after-decision; the decision is complete on 22 Nov, still in time", () => {
    const t = run([...meeting, amend, { id: "notice", type: "amendment-notice-sent", date: "2024-11-22" }], "2024-11-25");
    const p = t.problems.find((x) => x.code === "amendment-notice-after-decision");
    expect(p).toMatchObject({ severity: "error", eventId: "notice" });
    // Regs 20(10) with Devon: complete only when the amendments are sent, 22 Nov, on or before 29 Nov.
    expect(deadline(t, "review-decision:2024-11-01")).toMatchObject({ status: "met", doneOn: "2024-11-22" });
  });

  it("notice after the 4 weeks (6 Dec): the review decision is late, done on 6 Dec", () => {
    const t = run([...meeting, amend, { id: "notice", type: "amendment-notice-sent", date: "2024-12-06" }], "2024-12-07");
    expect(problemCodes(t)).toContain("amendment-notice-after-decision");
    expect(deadline(t, "review-decision:2024-11-01")).toMatchObject({ due: "2024-11-29", status: "late", doneOn: "2024-12-06" });
  });

  it("a decision to amend with no notice: review-decision stays pending, then overdue", () => {
    const pending = run([...meeting, amend], "2024-11-20");
    expect(deadline(pending, "review-decision:2024-11-01")).toMatchObject({ status: "pending", doneOn: null });
    const overdue = run([...meeting, amend], "2024-12-02");
    expect(deadline(overdue, "review-decision:2024-11-01")).toMatchObject({ due: "2024-11-29", status: "overdue", doneOn: null });
    expect(overdue.stage).toBe("amending");
  });

  it("the other review duties are unaffected by the amend branch (one deadline per meeting)", () => {
    const t = run([...meeting, amend, { id: "notice", type: "amendment-notice-sent", date: "2024-11-15" }], "2024-11-20");
    expect(ofRule(t, "review-decision")).toHaveLength(1);
    expect(ofRule(t, "review-report")).toHaveLength(1);
  });
});
