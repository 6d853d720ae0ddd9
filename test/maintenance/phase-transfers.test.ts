// Reviews before a transfer between phases (rules.md § 2 `phase-transfer-review`, Regs 18;
// counting.md reading phaseTransferDeadline). Dates worked out by hand in the comments.
import { describe, expect, it } from "vitest";
import { type Ev, assessmentEndingOn, deadline, ofRule, review, run } from "./helpers";

const plan = assessmentEndingOn("2024-05-20");

const expected = (transferDate: string, kind: string, date = "2025-06-01"): Ev => ({
  id: "expected",
  type: "phase-transfer-expected",
  date,
  transferDate,
  kind,
});

describe("the deadline by kind of transfer", () => {
  it("school phases, transfer Sept 2026: before 15 Feb 2026 → Sat 14 Feb 2026, not moved off the weekend", () => {
    const t = run([...plan, expected("2026-09-01", "school")], "2025-06-02");
    // Regs 18(1)(b): before 15 February in the calendar year of transfer (2026): last day 14 Feb 2026,
    // a Saturday. An LA duty does not roll to a working day (counting.md).
    const d = deadline(t, "phase-transfer-review:2026");
    expect(d).toMatchObject({ due: "2026-02-14", status: "pending", counting: "before(15 February)", strength: "statutory" });
    expect(d.reading["phaseTransferDeadline"]).toBe("before");
    expect(d.citation).toContain("reg 18(1)(b)");
  });

  it("reading phaseTransferDeadline = on: the last day is 15 Feb 2026", () => {
    const t = run([...plan, expected("2026-09-01", "school")], "2025-06-02", { options: { phaseTransferDeadline: "on" } });
    const d = deadline(t, "phase-transfer-review:2026");
    expect(d.due).toBe("2026-02-15");
    expect(d.reading["phaseTransferDeadline"]).toBe("on");
  });

  it("secondary to post-16, transfer Sept 2026: before 31 Mar 2026 → 30 Mar 2026 (on: 31 Mar 2026)", () => {
    // Regs 18(1)(a): before 31 March in the calendar year of transfer.
    const before = run([...plan, expected("2026-09-01", "secondary-to-post16")], "2025-06-02");
    expect(deadline(before, "phase-transfer-review:2026")).toMatchObject({ due: "2026-03-30", counting: "before(31 March)" });
    const on = run([...plan, expected("2026-09-01", "secondary-to-post16")], "2025-06-02", { options: { phaseTransferDeadline: "on" } });
    expect(deadline(on, "phase-transfer-review:2026").due).toBe("2026-03-31");
  });

  it("between post-16 institutions, transfer Mon 7 Sep 2026: at least 5 months before → Tue 7 Apr 2026", () => {
    // Regs 18(2): 7 Sep 2026 − 5 months = 7 Apr 2026; the before/on reading does not touch it.
    for (const reading of ["before", "on"]) {
      const t = run([...plan, expected("2026-09-07", "post16-to-post16")], "2025-06-02", { options: { phaseTransferDeadline: reading } });
      expect(deadline(t, "phase-transfer-review:2026")).toMatchObject({ due: "2026-04-07", counting: "at-least-before(5 months)" });
    }
  });

  it("between post-16 institutions, transfer 31 Jul 2026: 5 months before is 28 Feb 2026", () => {
    // There is no 31 Feb: 28 Feb 2026 + 5 months = 28 Jul (≤ 31 Jul, at least 5 months); 1 Mar + 5 months = 1 Aug (too late).
    const t = run([...plan, expected("2026-07-31", "post16-to-post16")], "2025-06-02");
    expect(deadline(t, "phase-transfer-review:2026").due).toBe("2026-02-28");
  });
});

describe("where the transfer comes from, and what satisfies the review", () => {
  const meetingWithTransfer: Ev = {
    id: "r1-meeting",
    type: "review-meeting-held",
    date: "2025-10-01",
    phaseTransfer: { transferDate: "2026-09-01", kind: "school" },
  };

  it("a review meeting's phaseTransfer opens the deadline; a decision to maintain within 12 months satisfies it", () => {
    const t = run([...plan, meetingWithTransfer, { id: "r1-decision", type: "review-decision", date: "2025-10-20", outcome: "maintain" }], "2025-11-01");
    // Regs 18(1)(b): last day 14 Feb 2026; reviewed 20 Oct 2025, within the 12 months before 1 Sep 2026.
    expect(deadline(t, "phase-transfer-review:2026")).toMatchObject({ due: "2026-02-14", status: "met", doneOn: "2025-10-20" });
    expect(deadline(t, "phase-transfer-review:2026").anchor.eventId).toBe("r1-meeting");
  });

  it("a decision to amend does not satisfy it; the amended plan does (20 Jan 2026: met)", () => {
    const amending: Ev[] = [
      ...plan,
      meetingWithTransfer,
      { id: "r1-decision", type: "review-decision", date: "2025-10-20", outcome: "amend" },
      { id: "r1-notice", type: "amendment-notice-sent", date: "2025-10-20" },
    ];
    expect(deadline(run(amending, "2026-01-01"), "phase-transfer-review:2026")).toMatchObject({ status: "pending", doneOn: null });
    const t = run([...amending, { id: "r1-amended", type: "amended-plan-issued", date: "2026-01-20" }], "2026-02-01");
    expect(deadline(t, "phase-transfer-review:2026")).toMatchObject({ status: "met", doneOn: "2026-01-20" });
  });

  it("an amended plan after 14 Feb 2026 (20 Feb) is late", () => {
    const t = run(
      [
        ...plan,
        meetingWithTransfer,
        { id: "r1-decision", type: "review-decision", date: "2025-12-10", outcome: "amend" },
        { id: "r1-notice", type: "amendment-notice-sent", date: "2025-12-10" },
        { id: "r1-amended", type: "amended-plan-issued", date: "2026-02-20" },
      ],
      "2026-03-01",
    );
    expect(deadline(t, "phase-transfer-review:2026")).toMatchObject({ due: "2026-02-14", status: "late", doneOn: "2026-02-20" });
  });

  it("a review more than 12 months before the transfer does not count: overdue after 14 Feb 2026", () => {
    // The 12 months before 1 Sep 2026 start on 1 Sep 2025; a review decided 15 Jul 2025 is earlier.
    const t = run([...plan, expected("2026-09-01", "school"), ...review("2025-07-01", "2025-07-15", "maintain", "r1")], "2026-02-15");
    expect(deadline(t, "phase-transfer-review:2026")).toMatchObject({ due: "2026-02-14", status: "overdue", doneOn: null });
    // The same review still counts as the annual review: 12 months starting with 20 May 2024 end 19 May 2025 — late.
    expect(deadline(t, "annual-review:2025")).toMatchObject({ status: "late", doneOn: "2025-07-15" });
  });

  it("the same transfer given by phase-transfer-expected and by a meeting: one deadline", () => {
    const t = run([...plan, expected("2026-09-01", "school"), meetingWithTransfer], "2025-10-02");
    expect(ofRule(t, "phase-transfer-review").map((d) => d.key)).toEqual(["phase-transfer-review:2026"]);
  });
});
