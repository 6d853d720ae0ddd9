// Reassessment of a maintained plan (rules.md § 3: reassessment-decision, Regs 25(1);
// reassessment-final-plan, Regs 27(2)–(3); advice and the draft window reused, Regs 26, 27(1);
// next review within 12 months of the new plan; Regs 24 refusal). Dates worked out by hand.
import { describe, expect, it } from "vitest";
import { type Ev, assessmentEndingOn, deadline, ofRule, problemCodes, review, run } from "./helpers";

const plan = assessmentEndingOn("2024-05-20");
const request: Ev = { id: "rr", type: "reassessment-requested", date: "2024-10-01" };
const reassess: Ev = { id: "rd", type: "reassessment-decision", date: "2024-10-14", outcome: "reassess" };
const during: Ev[] = [
  { id: "ep2", type: "advice-requested", date: "2024-10-20", adviceId: "EP2", from: "psychology" },
  { id: "ep2-in", type: "advice-received", date: "2024-11-25", adviceId: "EP2" },
  { id: "r-draft", type: "draft-plan-issued", date: "2024-12-09" },
];
const reassessed: Ev = { id: "r-final", type: "final-plan-issued", date: "2025-01-10" };

describe("the decision whether to reassess (Regs 25(1))", () => {
  it("request 1 Oct 2024: decision due 16 Oct 2024, met on 14 Oct", () => {
    const t = run([...plan, request, reassess], "2024-10-15");
    // days-after(15): 1 Oct + 15 days = 16 Oct 2024.
    expect(deadline(t, "reassessment-decision")).toMatchObject({ due: "2024-10-16", status: "met", doneOn: "2024-10-14", counting: "days-after(15)" });
    expect(t.stage).toBe("reassessing");
  });

  it("a request within 6 months of the last assessment: warning reassessment-refusable, and the decision deadline still runs", () => {
    // Regs 24: the plan was made 20 May 2024; 1 Oct 2024 is within the 6 months (to 20 Nov 2024).
    const t = run([...plan, request], "2024-10-20");
    expect(t.problems.find((p) => p.code === "reassessment-refusable")).toMatchObject({ severity: "warning", eventId: "rr" });
    // Not blocked: 1 Oct + 15 days = 16 Oct 2024, and no decision by 20 Oct → overdue.
    expect(deadline(t, "reassessment-decision")).toMatchObject({ due: "2024-10-16", status: "overdue" });
  });

  it("a request more than 6 months after the plan (2 Dec 2024): no warning; due 17 Dec 2024", () => {
    const t = run([...plan, { id: "rr", type: "reassessment-requested", date: "2024-12-02" }], "2024-12-03");
    expect(problemCodes(t)).not.toContain("reassessment-refusable");
    // 2 Dec + 15 days = 17 Dec 2024.
    expect(deadline(t, "reassessment-decision").due).toBe("2024-12-17");
  });

  it("a decision not to reassess: no 14-week limit, the plan goes on", () => {
    const t = run([...plan, request, { id: "rd", type: "reassessment-decision", date: "2024-10-14", outcome: "not-reassess" }], "2024-10-15");
    expect(deadline(t, "reassessment-decision").status).toBe("met");
    expect(ofRule(t, "reassessment-final-plan")).toEqual([]);
    expect(t.stage).toBe("plan-maintained");
  });
});

describe("the reassessed plan (Regs 27(2)): 14 weeks from the notice that the LA will reassess", () => {
  it("after reassessing, a decision not to issue a new plan: no plan falls due and the plan in force goes on", () => {
    const notIssued = { id: "pd", type: "plan-decision", date: "2024-12-02", outcome: "not-issue" };
    const t = run([...plan, request, reassess, notIssued], "2025-02-01");
    // The 14 weeks from 14 Oct 2024 (20 Jan 2025) no longer apply: the LA will not amend or replace the plan.
    expect(deadline(t, "reassessment-final-plan")).toMatchObject({ due: "2025-01-20", status: "not-applicable" });
    expect(deadline(t, "reassessment-final-plan").explanation.join(" ")).toContain("not to amend or replace the plan after reassessing (event pd)");
    expect(t.stage).toBe("plan-maintained");
  });

  it("the decision not to amend ends the reassessment: a later draft or final plan is refused (reassessment-ended), not taken to finish it", () => {
    const notIssued = { id: "pd", type: "plan-decision", date: "2024-12-02", outcome: "not-issue" };
    const t = run(
      [
        ...plan,
        request,
        reassess,
        notIssued,
        { id: "late-draft", type: "draft-plan-issued", date: "2024-12-16" },
        { id: "late-final", type: "final-plan-issued", date: "2025-01-10" },
      ],
      "2025-02-01",
    );
    // Regs 27(2): the LA decided on 2 Dec 2024 not to amend or replace the plan, so no plan of the reassessment falls due.
    expect(t.problems.filter((p) => p.code === "reassessment-ended").map((p) => [p.eventId, p.severity])).toEqual([
      ["late-draft", "error"],
      ["late-final", "error"],
    ]);
    expect(t.problems.find((p) => p.eventId === "late-final")?.relatedEventId).toBe("pd");
    expect(deadline(t, "reassessment-final-plan")).toMatchObject({ status: "not-applicable", doneOn: null });
    // The stage stays with the plan in force (not back to reassessing), and the review cycle is not restarted:
    // the annual review still runs 12 months starting with the plan of 20 May 2024, to 19 May 2025.
    expect(t.stage).toBe("plan-maintained");
    expect(deadline(t, "annual-review:2025")).toMatchObject({ due: "2025-05-19", status: "pending" });
    expect(ofRule(t, "draft-representations").filter((d) => d.anchor.eventId === "late-draft")).toEqual([]);
    // Neither refused event opens an appeal window of its own (CFA s.51(2)(c) needs a plan actually finalised).
    expect(ofRule(t, "appeal").map((d) => d.key)).toEqual(["appeal:final", "appeal:pd"]);
    // Besides them, only the Regs 24 warning of the fixture (a request within 6 months of the plan).
    expect(problemCodes(t).filter((c) => c !== "reassessment-ended")).toEqual(["reassessment-refusable"]);
  });

  it("the decision not to amend after reassessing is appealable under CFA s.51(2)(e): 2 months from Mon 2 Dec 2024 → Sun 2 Feb 2025 → Mon 3 Feb 2025", () => {
    const t = run([...plan, request, reassess, { id: "pd", type: "plan-decision", date: "2024-12-02", outcome: "not-issue" }], "2024-12-03");
    // CFA s.51(2)(e): a decision not to secure amendments to the plan following a reassessment (not s.51(2)(b), which is after a first assessment).
    // HESC r.20(1)(c)(i): 2 months from 2 Dec 2024 = Sun 2 Feb 2025 → r.12(2): Mon 3 Feb 2025.
    const appeal = deadline(t, "appeal:pd");
    expect(appeal).toMatchObject({ due: "2025-02-03", status: "open" });
    expect(appeal.explanation.join(" ")).toContain("after a reassessment not to amend or replace the plan (appealable: CFA s.51(2)(e))");
    expect(appeal.explanation.join(" ")).not.toContain("s.51(2)(b)");
    // Regs 33: the mediation adviser within 2 months of the decision, Sun 2 Feb 2025 (not moved: not a Tribunal limit).
    expect(deadline(t, "mediation-contact:pd").due).toBe("2025-02-02");
  });

  it("notice 14 Oct 2024: plan due 20 Jan 2025; advice and the draft window apply as in a first assessment", () => {
    const t = run([...plan, request, reassess, ...during], "2024-12-10");
    // weeks-after(14): 14 Oct 2024 + 98 days = 20 Jan 2025.
    expect(deadline(t, "reassessment-final-plan")).toMatchObject({ due: "2025-01-20", status: "pending", counting: "weeks-after(14)" });
    // Regs 26 → Regs 8(1): advice requested 20 Oct 2024, 6 weeks → 1 Dec 2024; received 25 Nov: met.
    expect(deadline(t, "advice:EP2")).toMatchObject({ due: "2024-12-01", status: "met" });
    // Regs 27(1) → Regs 13(1)(a): draft served 9 Dec 2024, 15 days beginning with it end 23 Dec 2024.
    const window = ofRule(t, "draft-representations").find((d) => d.anchor.eventId === "r-draft");
    expect(window).toMatchObject({ due: "2024-12-23", status: "open" });
    expect(t.stage).toBe("reassessing");
  });

  it("the final plan on 10 Jan 2025: met, and the next annual review is due within 12 months of it", () => {
    const t = run([...plan, request, reassess, ...during, reassessed], "2025-01-15");
    expect(deadline(t, "reassessment-final-plan")).toMatchObject({ status: "met", doneOn: "2025-01-10" });
    // Regs 27(4)(a): reviewed "within 12 months of the date on which" the plan is sent, 10 Jan 2025:
    // the anniversary, Sat 10 Jan 2026 (not the s.44(1) "12 months starting with", which would end 9 Jan).
    const next = deadline(t, "annual-review:2026");
    expect(next).toMatchObject({ due: "2026-01-10", status: "pending", counting: "months-after(12)" });
    expect(next.citation).toContain("reg 27(4)(a)");
    expect(next.anchor.eventId).toBe("r-final");
    expect(next.explanation.join("\n")).toContain("Regs 27(4)(a): reviewed 'within 12 months of the date on which' it is sent");
    // The old plan's period (to 19 May 2025), not yet due, no longer applies.
    expect(deadline(t, "annual-review:2025").status).toBe("not-applicable");
    expect(problemCodes(t)).not.toContain("final-before-window-closed");
    expect(t.stage).toBe("plan-maintained");
  });

  it("a reassessed plan finalised inside the draft window (20 Dec 2024) → final-before-window-closed", () => {
    const t = run([...plan, request, reassess, ...during, { id: "r-final", type: "final-plan-issued", date: "2024-12-20" }], "2025-01-15");
    // The window ends 23 Dec 2024; the first lawful day is 24 Dec 2024.
    const p = t.problems.find((x) => x.code === "final-before-window-closed");
    expect(p).toMatchObject({ eventId: "r-final", severity: "error" });
  });

  it("an amended plan can finish the reassessment too", () => {
    const t = run([...plan, request, reassess, ...during, { id: "r-amended", type: "amended-plan-issued", date: "2025-01-10" }], "2025-01-15");
    expect(deadline(t, "reassessment-final-plan")).toMatchObject({ status: "met", doneOn: "2025-01-10" });
    // Regs 27(4)(a): within 12 months of 10 Jan 2025, the anniversary Sat 10 Jan 2026.
    expect(deadline(t, "annual-review:2026").due).toBe("2026-01-10");
  });

  it("the LA reassessing of its own accord: the 14 weeks run from its decision, and there is no Regs 25 limit", () => {
    const t = run([...plan, reassess], "2024-10-15");
    expect(ofRule(t, "reassessment-decision")).toEqual([]);
    expect(deadline(t, "reassessment-final-plan").due).toBe("2025-01-20");
  });

  it("late without an exception: final plan on 5 Feb 2025 is late", () => {
    const t = run([...plan, request, reassess, ...during, { id: "r-final", type: "final-plan-issued", date: "2025-02-05" }], "2025-02-10");
    expect(deadline(t, "reassessment-final-plan")).toMatchObject({ due: "2025-01-20", status: "late" });
  });
});

describe("a Regs 27(3) exception recorded against the reassessed plan", () => {
  // Exceptional personal circumstances (Regs 27(3)(c)) from 1 to 21 Dec 2024: 21 days, all after the
  // notice (14 Oct 2024) and on or before the due date (20 Jan 2025).
  const exception: Ev = {
    id: "exc",
    type: "exception-recorded",
    date: "2024-12-22",
    ground: "personal-circumstances",
    from: "2024-12-01",
    to: "2024-12-21",
    appliesTo: ["reassessment-final-plan"],
  };
  const late: Ev = { id: "r-final", type: "final-plan-issued", date: "2025-02-05" };

  it("disapply (default): the limit is disapplied, with an indicative date 20 Jan + 21 days = 10 Feb 2025", () => {
    const t = run([...plan, request, reassess, ...during, exception, late], "2025-02-10");
    const d = deadline(t, "reassessment-final-plan");
    expect(d).toMatchObject({ due: "2025-01-20", status: "disapplied", indicativeDue: "2025-02-10" });
    expect(d.exception).toMatchObject({ reading: "disapply", grounds: ["personal-circumstances"], events: ["exc"], daysCovered: 21 });
    expect(d.exception?.citations.join(" ")).toContain("27(3)");
    expect(problemCodes(t)).not.toContain("exception-not-used");
  });

  it("pause: the due date moves to 10 Feb 2025, so a plan on 5 Feb is met", () => {
    const t = run([...plan, request, reassess, ...during, exception, late], "2025-02-10", { options: { exceptions: "pause" } });
    expect(deadline(t, "reassessment-final-plan")).toMatchObject({ due: "2025-02-10", status: "met" });
  });

  it("with no appliesTo the ground's default reaches the reassessed plan as well", () => {
    const { appliesTo: _unused, ...anyLimit } = exception;
    const t = run([...plan, request, reassess, ...during, anyLimit, late], "2025-02-10");
    expect(deadline(t, "reassessment-final-plan")).toMatchObject({ status: "disapplied", indicativeDue: "2025-02-10" });
  });
});

describe("an annual review already missed when the reassessed plan is finalised", () => {
  it("stays overdue: a later plan does not undo a breach of CFA s.44(1)", () => {
    // Plan 20 May 2022: 12 months starting with it end 19 May 2023; no review by then.
    // Reassessment: notice 14 Apr 2023 → 14 weeks → 21 Jul 2023; plan finalised 10 Jul 2023.
    const events: Ev[] = [
      ...assessmentEndingOn("2022-05-20"),
      { id: "rr", type: "reassessment-requested", date: "2023-04-03" },
      { id: "rd", type: "reassessment-decision", date: "2023-04-14", outcome: "reassess" },
      { id: "r-draft", type: "draft-plan-issued", date: "2023-06-12" },
      { id: "r-final", type: "final-plan-issued", date: "2023-07-10" },
    ];
    const t = run(events, "2023-08-01");
    expect(deadline(t, "reassessment-final-plan")).toMatchObject({ due: "2023-07-21", status: "met" });
    // The period ending 19 May 2023 passed with no review, before the new plan (10 Jul 2023).
    expect(deadline(t, "annual-review:2023")).toMatchObject({ due: "2023-05-19", status: "overdue" });
    // And the new cycle, Regs 27(4)(a): within 12 months of 10 Jul 2023, the anniversary Wed 10 Jul 2024.
    expect(deadline(t, "annual-review:2024").due).toBe("2024-07-10");
  });

  it("for comparison, an earlier review still counts for its own period", () => {
    const events: Ev[] = [
      ...assessmentEndingOn("2022-05-20"),
      ...review("2023-03-01", "2023-03-15", "maintain", "r1"),
      { id: "rd", type: "reassessment-decision", date: "2023-09-01", outcome: "reassess" },
      { id: "r-draft", type: "draft-plan-issued", date: "2023-11-01" },
      { id: "r-final", type: "final-plan-issued", date: "2023-11-30" },
    ];
    const t = run(events, "2023-12-01");
    expect(deadline(t, "annual-review:2023")).toMatchObject({ status: "met", doneOn: "2023-03-15" });
    // The period from 15 Mar 2023 (to 14 Mar 2024) was not yet due when the plan was replaced.
    expect(deadline(t, "annual-review:2024").status).toBe("not-applicable");
    // Regs 27(4)(a): within 12 months of 30 Nov 2023, the anniversary Sat 30 Nov 2024; the key takes a suffix, 2024 being used.
    const next = ofRule(t, "annual-review").find((d) => d.anchor.eventId === "r-final");
    expect(next?.due).toBe("2024-11-30");
  });
});

describe("the review after a reassessment (Regs 27(4)(a), then CFA s.44(1))", () => {
  it("plan sent Fri 7 Jun 2024 after a reassessment: review by Sat 7 Jun 2025; reviewed Mon 2 Jun 2025, the next within the 12 months starting with it, by Mon 1 Jun 2026", () => {
    const events: Ev[] = [
      ...assessmentEndingOn("2023-01-16"),
      { id: "rd", type: "reassessment-decision", date: "2024-03-01", outcome: "reassess" },
      { id: "r-draft", type: "draft-plan-issued", date: "2024-05-10" },
      { id: "r-final", type: "final-plan-issued", date: "2024-06-07" },
      ...review("2025-05-19", "2025-06-02", "maintain", "r1"),
    ];
    const t = run(events, "2025-06-10");
    // Regs 27(4)(a): "within 12 months of the date on which" the plan is sent: 7 Jun 2024 + 12 months = Sat 7 Jun 2025.
    const first = ofRule(t, "annual-review").find((d) => d.anchor.eventId === "r-final");
    expect(first).toMatchObject({ due: "2025-06-07", status: "met", doneOn: "2025-06-02" });
    // CFA s.44(1)(b), from the review decision of Mon 2 Jun 2025 (reading lastReviewed: decision):
    // the period of 12 months starting with 2 Jun 2025 ends Mon 1 Jun 2026.
    const second = ofRule(t, "annual-review").find((d) => d.anchor.eventId !== "r-final" && d.status === "pending");
    expect(second).toMatchObject({ due: "2026-06-01", counting: "months-beginning-with(12)" });
    expect(second?.citation).toContain("s.44(1)");
  });
});
