// Assess → Plan → Do → Review cycles, their deadlines and problems (graduated-approach.md § The state machine; rules.md § 9).
import { describe, expect, it } from "vitest";
import type { Timeline } from "../../src/index";
import { type Ev, codes, deadline, run } from "./helpers";

/** Events neither a deadline's anchor or act, nor named in its working, nor in a problem (case-file.md). */
function unaccounted(events: readonly Ev[], result: Timeline): string[] {
  const text = result.deadlines.flatMap((d) => [`event ${d.anchor.eventId})`, `event ${d.doneBy ?? "-"})`, ...d.explanation]).join("\n");
  const named = new Set(result.problems.map((p) => p.eventId));
  return events.map((e) => e.id ?? "?").filter((id) => !named.has(id) && !text.includes(`event ${id})`));
}

// Default policy (code-of-practice: 12 weeks). Three cycles in the 2024-25 school year, then exit.
const THREE_CYCLES = [
  { id: "s", type: "support-started", date: "2024-09-09" },
  { id: "p1", type: "support-plan-agreed", date: "2024-09-16", reviewBy: "2024-11-29" },
  { id: "r1", type: "support-reviewed", date: "2024-11-27", outcome: "revise" },
  // No date agreed: 2 Dec 2024 + 84 days = 24 Feb 2025 (+ 29 = 31 Dec, + 31 = 31 Jan, + 24 = 24 Feb).
  { id: "p2", type: "support-plan-agreed", date: "2024-12-02" },
  { id: "r2", type: "support-reviewed", date: "2025-03-03", outcome: "continue" },
  { id: "p3", type: "support-plan-agreed", date: "2025-03-10", reviewBy: "2025-05-23" },
  { id: "r3", type: "support-reviewed", date: "2025-05-19", outcome: "exit" },
];

describe("numbered cycles in the timeline", () => {
  const result = run(THREE_CYCLES, "2025-06-01");

  it("each cycle's dates and outcome; the next starts at the review before it", () => {
    expect(result.support?.cycles).toEqual([
      {
        number: 1,
        startedOn: "2024-09-09",
        events: { started: "s", plan: "p1", review: "r1" },
        planAgreedOn: "2024-09-16",
        reviewBy: "2024-11-29",
        reviewByAgreed: true,
        reviewedOn: "2024-11-27",
        outcome: "revise",
        deadlineKey: "support-review:1",
      },
      {
        number: 2,
        startedOn: "2024-11-27",
        events: { started: "r1", plan: "p2", review: "r2" },
        planAgreedOn: "2024-12-02",
        reviewBy: "2025-02-24",
        reviewByAgreed: false,
        reviewedOn: "2025-03-03",
        outcome: "continue",
        deadlineKey: "support-review:2",
      },
      {
        number: 3,
        startedOn: "2025-03-03",
        events: { started: "r2", plan: "p3", review: "r3" },
        planAgreedOn: "2025-03-10",
        reviewBy: "2025-05-23",
        reviewByAgreed: true,
        reviewedOn: "2025-05-19",
        outcome: "exit",
        deadlineKey: "support-review:3",
      },
    ]);
    expect(result.support).toMatchObject({ status: "exited", phase: null, completeCycles: 3, policy: { name: "code-of-practice" } });
    expect(result.stage).toBe("sen-support");
    expect(result.problems).toEqual([]);
    expect(unaccounted(THREE_CYCLES, result)).toEqual([]);
  });

  it("support-review:<n> is met, or late when the review came after the date", () => {
    expect(deadline(result, "support-review:1")).toMatchObject({ due: "2024-11-29", status: "met", doneOn: "2024-11-27", doneBy: "r1" });
    expect(deadline(result, "support-review:2")).toMatchObject({ due: "2025-02-24", status: "late", doneOn: "2025-03-03" });
    expect(deadline(result, "support-review:3")).toMatchObject({ due: "2025-05-23", status: "met" });
  });

  it("three reviews with the parents in 2024-25: met on the third (CoP 6.65), due 31 Aug 2025", () => {
    expect(deadline(result, "support-parent-meetings:2024-25")).toMatchObject({
      due: "2025-08-31",
      status: "met",
      doneOn: "2025-05-19",
      strength: "guidance",
      counting: "on-date",
    });
  });

  it("support may start again after an exit: the numbering goes on", () => {
    const again = run([...THREE_CYCLES, { id: "s2", type: "support-started", date: "2025-10-06" }], "2025-10-10");
    expect(again.support).toMatchObject({ status: "active", phase: "assess", completeCycles: 3 });
    expect(again.support?.cycles[3]).toMatchObject({ number: 4, startedOn: "2025-10-06", planAgreedOn: null, deadlineKey: null });
  });
});

describe("reviews and meetings not held", () => {
  it("a review not held is overdue; a school year with no meetings is overdue after 31 August", () => {
    const result = run(
      [
        { id: "s", type: "support-started", date: "2025-05-01" },
        { id: "p", type: "support-plan-agreed", date: "2025-05-01", reviewBy: "2025-06-30" },
      ],
      "2025-09-15",
    );
    expect(deadline(result, "support-review:1")).toMatchObject({ due: "2025-06-30", status: "overdue" });
    expect(deadline(result, "support-parent-meetings:2024-25")).toMatchObject({ due: "2025-08-31", status: "overdue" });
  });

  it("an exit ends the year's meetings (not applicable); the year support began asks for its prorated share", () => {
    const result = run(
      [
        { id: "s", type: "support-started", date: "2024-03-04" },
        { id: "p1", type: "support-plan-agreed", date: "2024-03-04", reviewBy: "2024-05-24" },
        { id: "r1", type: "support-reviewed", date: "2024-05-22", outcome: "continue" },
        { id: "p2", type: "support-plan-agreed", date: "2024-06-03", reviewBy: "2024-10-18" },
        { id: "r2", type: "support-reviewed", date: "2024-10-16", outcome: "exit" },
      ],
      "2025-09-15",
    );
    // CoP 6.65 prorated: support began Mon 4 Mar 2024, with 181 of the 366 days of 2023-24 left
    // (28 + 30 + 31 + 30 + 31 + 31): 3 × 181 / 366 = 1.48, so 1 meeting, held on 22 May 2024.
    expect(deadline(result, "support-parent-meetings:2023-24")).toMatchObject({ due: "2024-08-31", status: "met", doneOn: "2024-05-22" });
    expect(deadline(result, "support-parent-meetings:2023-24").explanation.join("\n")).toContain("at least 1 SEN support reviews with parents in it (prorated");
    expect(deadline(result, "support-parent-meetings:2024-25").status).toBe("not-applicable");
  });
});

describe("the year SEN support began (CoP 6.65 'at least three times each year', prorated)", () => {
  it("support begun Tue 15 Jul 2025: 48 of the 365 days of 2024-25 left, 3 × 48 / 365 = 0.39, so no 2024-25 expectation; 2025-26 asks for 3", () => {
    const result = run(
      [
        { id: "s", type: "support-started", date: "2025-07-15" },
        { id: "p1", type: "support-plan-agreed", date: "2025-07-16", reviewBy: "2025-10-17" },
      ],
      "2025-09-15",
    );
    expect(result.deadlines.filter((d) => d.key === "support-parent-meetings:2024-25")).toEqual([]);
    expect(deadline(result, "support-parent-meetings:2025-26")).toMatchObject({ due: "2026-08-31", status: "pending" });
    expect(deadline(result, "support-parent-meetings:2025-26").explanation.join("\n")).toContain("at least 3 SEN support reviews");
  });

  it("support begun Mon 6 Jan 2025: 238 days left, 3 × 238 / 365 = 1.96, so 2 meetings in 2024-25: met on the second review", () => {
    const result = run(
      [
        { id: "s", type: "support-started", date: "2025-01-06" },
        { id: "p1", type: "support-plan-agreed", date: "2025-01-13", reviewBy: "2025-03-28" },
        { id: "r1", type: "support-reviewed", date: "2025-03-26", outcome: "continue" },
        { id: "p2", type: "support-plan-agreed", date: "2025-03-31", reviewBy: "2025-07-18" },
        { id: "r2", type: "support-reviewed", date: "2025-07-16", outcome: "continue" },
      ],
      "2025-07-20",
    );
    expect(deadline(result, "support-parent-meetings:2024-25")).toMatchObject({ due: "2025-08-31", status: "met", doneOn: "2025-07-16" });
  });
});

describe("every support event is used or named in a problem", () => {
  it("a review with no plan before it is an error and is not used", () => {
    const none = run([{ id: "r", type: "support-reviewed", date: "2024-10-01", outcome: "continue" }], "2024-11-01");
    expect(codes(none)).toEqual(["support-review-without-plan@r"]);
    expect(none.support).toBeNull();
    const assessing = run(
      [
        { id: "s", type: "support-started", date: "2024-09-09" },
        { id: "r", type: "support-reviewed", date: "2024-10-01", outcome: "continue" },
      ],
      "2024-11-01",
    );
    expect(codes(assessing)).toEqual(["support-review-without-plan@r"]);
    expect(assessing.support?.completeCycles).toBe(0);
  });

  it("a plan with no support-started before it starts cycle 1 on its own date, with a warning", () => {
    const result = run([{ id: "p", type: "support-plan-agreed", date: "2024-09-16" }], "2024-10-01");
    expect(codes(result)).toEqual(["support-plan-without-start@p"]);
    expect(result.support?.cycles[0]).toMatchObject({ number: 1, startedOn: "2024-09-16", planAgreedOn: "2024-09-16" });
    expect(result.stage).toBe("sen-support");
  });

  it("a second plan while the first awaits review, and a second start while a cycle is open, are not used", () => {
    const result = run(
      [
        { id: "s", type: "support-started", date: "2024-09-09" },
        { id: "p1", type: "support-plan-agreed", date: "2024-09-16" },
        { id: "s-again", type: "support-started", date: "2024-09-20" },
        { id: "p-again", type: "support-plan-agreed", date: "2024-10-01" },
      ],
      "2024-10-10",
    );
    expect(codes(result)).toEqual(["support-already-started@s-again", "support-plan-not-reviewed@p-again"]);
    expect(result.support?.cycles).toHaveLength(1);
    expect(result.deadlines.filter((d) => d.rule === "support-review")).toHaveLength(1);
  });

  it("support-started after a review dates the next cycle's Assess stage", () => {
    const result = run(
      [
        { id: "s", type: "support-started", date: "2024-09-09" },
        { id: "p1", type: "support-plan-agreed", date: "2024-09-16" },
        { id: "r1", type: "support-reviewed", date: "2024-12-02", outcome: "revise" },
        { id: "s2", type: "support-started", date: "2024-12-04" },
      ],
      "2024-12-10",
    );
    expect(result.problems).toEqual([]);
    expect(result.support?.cycles[1]).toMatchObject({ number: 2, startedOn: "2024-12-04" });
  });
});

describe("SEN support alongside the EHC process", () => {
  it("support events never replace an EHC stage", () => {
    const result = run(
      [
        { id: "req", type: "assessment-requested", date: "2024-09-04", by: "parent" },
        { id: "s", type: "support-started", date: "2024-09-09" },
        { id: "p", type: "support-plan-agreed", date: "2024-09-16" },
      ],
      "2024-10-01",
    );
    expect(result.stage).toBe("awaiting-assessment-decision");
    expect(result.support?.phase).toBe("do");
  });

  it("support leads to a request, then a plan: support goes on, the stage follows the EHC process", () => {
    const events: Ev[] = [
      { id: "s", type: "support-started", date: "2024-09-09" },
      { id: "p1", type: "support-plan-agreed", date: "2024-09-16", reviewBy: "2024-12-13" },
      { id: "r1", type: "support-reviewed", date: "2024-12-11", outcome: "revise" },
      { id: "p2", type: "support-plan-agreed", date: "2025-01-06", reviewBy: "2025-03-28" },
      { id: "r2", type: "support-reviewed", date: "2025-03-26", outcome: "request-assessment" },
      { id: "req", type: "assessment-requested", date: "2025-03-31", by: "school" },
      { id: "p3", type: "support-plan-agreed", date: "2025-04-22", reviewBy: "2025-07-18" },
      { id: "dec", type: "assessment-decision", date: "2025-05-12", outcome: "assess" },
      { id: "r3", type: "support-reviewed", date: "2025-07-16", outcome: "continue" },
      { id: "draft", type: "draft-plan-issued", date: "2025-07-21" },
      // 31 Mar 2025 + 20 weeks = 18 Aug 2025 (Regs 13(2)); the draft's 15 days ended 4 Aug.
      { id: "final", type: "final-plan-issued", date: "2025-08-11" },
      { id: "p4", type: "support-plan-agreed", date: "2025-09-08", reviewBy: "2025-12-12" },
    ];
    const result = run(events, "2025-09-15");
    expect(result.stage).toBe("plan-maintained");
    expect(deadline(result, "final-plan")).toMatchObject({ due: "2025-08-18", status: "met" });
    expect(result.support).toMatchObject({ status: "active", phase: "do", completeCycles: 3 });
    expect(result.support?.cycles.map((c) => c.outcome)).toEqual(["revise", "request-assessment", "continue", null]);
    expect(deadline(result, "support-review:4")).toMatchObject({ due: "2025-12-12", status: "pending" });
    expect(deadline(result, "support-parent-meetings:2024-25")).toMatchObject({ status: "met", doneOn: "2025-07-16" });
    expect(result.problems.filter((p) => p.code.startsWith("support-"))).toEqual([]);
    expect(unaccounted(events, result)).toEqual([]);
  });
});

describe("readiness: information, never a bar (CFA 2014 s.36(8))", () => {
  it("one complete cycle under a 2-cycle policy: not met, and the request goes ahead with no problem", () => {
    const result = run(
      [
        { id: "s", type: "support-started", date: "2024-09-09" },
        { id: "p1", type: "support-plan-agreed", date: "2024-09-16" },
        { id: "r1", type: "support-reviewed", date: "2024-11-25", outcome: "request-assessment" },
        { id: "req", type: "assessment-requested", date: "2024-11-27", by: "parent" },
      ],
      "2024-12-01",
    );
    expect(result.support?.readiness).toMatchObject({ completeCycles: 1, policyMinimum: 2, meetsPolicy: false });
    expect(result.support?.readiness.note).toContain("not law");
    expect(result.support?.readiness.note).toContain("s.36(8)");
    expect(result.problems).toEqual([]);
    expect(result.stage).toBe("awaiting-assessment-decision");
    expect(deadline(result, "assessment-decision").due).toBe("2025-01-08");
  });

  it("a case with no support events has no support summary", () => {
    expect(run([{ type: "assessment-requested", date: "2024-09-04", by: "parent" }], "2024-10-01").support).toBeNull();
  });
});
