// Tribunal orders (Regs 44; rules.md § 7): weeks-after(n) from the order (reading orderClock), the
// Regs 44(3) exceptions on the assess and make-plan limits, and the acts that meet them. LA duties:
// a last day on a weekend or bank holiday stays where it is (counting.md). Dates by hand.
import { describe, expect, it } from "vitest";
import { everyEventAccountedFor } from "../timeline/support";
import { type Ev, codes, deadline, keysOf, refusedAssessment, refusedPlan, run } from "./helpers";

const lodged = (date: string): Ev => ({ id: "ap", type: "appeal-lodged", date });
const order = (date: string, kind: string, extra: Record<string, unknown> = {}): Ev => ({ id: "o1", type: "tribunal-order", date, order: kind, ...extra });

describe("an order to make and maintain a plan, made on Monday 17 March 2025 (Regs 44(2)(c))", () => {
  // Request Mon 4 Nov 2024, decision to assess Mon 9 Dec 2024, decision not to make a plan Mon 3 Feb 2025.
  const refused = [...refusedPlan("2024-11-04", "2024-12-09", "2025-02-03"), lodged("2025-03-10")];

  it("draft within 5 weeks: Mon 21 Apr 2025, Easter Monday, and it stays (an LA duty); final within 11 weeks: Mon 2 Jun 2025", () => {
    const t = run([...refused, order("2025-03-17", "make-plan")], "2025-03-18");
    // 17 Mar + 35 days = 21 Apr 2025; 17 Mar + 77 days = 2 Jun 2025.
    expect(deadline(t, "order-draft-plan")).toMatchObject({ due: "2025-04-21", status: "pending", counting: "weeks-after(5)", owner: "local-authority" });
    expect(deadline(t, "order-final-plan")).toMatchObject({ due: "2025-06-02", status: "pending", counting: "weeks-after(11)" });
    expect(deadline(t, "order-draft-plan").citation).toContain("reg 44(2)(c)");
    expect(deadline(t, "order-draft-plan").reading).toMatchObject({ dayCounting: "statutory" });
    // The original 20-week limit (Regs 13(2)) does not apply: it is not left to become overdue.
    expect(deadline(t, "final-plan").status).toBe("not-applicable");
    expect(t.dispute).toBe("order");
    expect(codes(t)).toEqual([]);
  });

  it("the process resumes: the draft and the final plan are accepted and meet the order's limits", () => {
    const t = run(
      [...refused, order("2025-03-17", "make-plan"), { id: "d2", type: "draft-plan-issued", date: "2025-04-14" }, { id: "f2", type: "final-plan-issued", date: "2025-05-19" }],
      "2025-05-20",
    );
    expect(deadline(t, "order-draft-plan")).toMatchObject({ status: "met", doneBy: "d2" });
    expect(deadline(t, "order-final-plan")).toMatchObject({ status: "met", doneBy: "f2" });
    expect(codes(t)).toEqual([]);
    expect(t.stage).toBe("plan-maintained");
    // Every limit of the order is met: no dispute is open. The new plan is itself appealable.
    expect(t.dispute).toBeNull();
    expect(keysOf(t, "appeal")).toContain("appeal:f2");
  });

  it("with no decision to assess recorded, a decision after the order to make the plan keeps the case assessing: acting implies that decision", () => {
    const unrecorded: Ev[] = [
      { id: "req", type: "assessment-requested", date: "2024-11-04", by: "parent" },
      { id: "np", type: "plan-decision", date: "2025-02-03", outcome: "not-issue" },
      lodged("2025-03-10"),
    ];
    const t = run([...unrecorded, order("2025-03-17", "make-plan"), { id: "yes2", type: "plan-decision", date: "2025-03-24", outcome: "issue" }], "2025-03-25");
    expect(t.stage).toBe("assessing");
    expect(codes(t)).toEqual(["decision-not-recorded", "decision-not-recorded"]);
    expect(deadline(t, "order-draft-plan").status).toBe("pending");
  });

  it("orderClock sent: from sentOn Thu 20 Mar 2025 → draft Thu 24 Apr 2025, final Thu 5 Jun 2025", () => {
    const events = [...refused, order("2025-03-17", "make-plan", { sentOn: "2025-03-20" })];
    const sent = run(events, "2025-03-21", { orderClock: "sent" });
    expect(deadline(sent, "order-draft-plan")).toMatchObject({ due: "2025-04-24", anchor: { eventId: "o1", date: "2025-03-20" } });
    expect(deadline(sent, "order-final-plan").due).toBe("2025-06-05");
    expect(deadline(sent, "order-draft-plan").explanation.join(" ")).toContain("orderClock: sent");
    // Default orderClock made: sentOn is not used (Regs 44: "of the order being made").
    const made = run(events, "2025-03-21");
    expect(deadline(made, "order-draft-plan")).toMatchObject({ due: "2025-04-21", anchor: { date: "2025-03-17" } });
    expect(deadline(made, "order-draft-plan").explanation.join(" ")).toContain("orderClock: made");
  });

  it("orderClock sent with no sentOn: counted from the order's date, and the working says so", () => {
    const t = run([...refused, order("2025-03-17", "make-plan")], "2025-03-18", { orderClock: "sent" });
    expect(deadline(t, "order-draft-plan").due).toBe("2025-04-21");
    expect(deadline(t, "order-draft-plan").explanation.join(" ")).toContain("no sentOn recorded");
  });
});

describe("an order to assess (Regs 44(2)(b)) and the Regs 44(3) exceptions", () => {
  // Request Mon 6 Jan 2025; no Mon 10 Feb 2025; appeal Mon 24 Feb; order Mon 3 Mar 2025.
  const assessed = [...refusedAssessment("2025-01-06", "2025-02-10"), lodged("2025-02-24"), order("2025-03-03", "assess")];
  const absence = (from: string, to: string): Ev => ({
    id: "away",
    type: "exception-recorded",
    date: to,
    ground: "absence-from-area",
    from,
    to,
    appliesTo: ["order-assess-final-plan"],
  });

  it("notice 2 weeks (Mon 17 Mar), no-plan notice 10 weeks (Mon 12 May), final plan 14 weeks (Mon 9 Jun 2025)", () => {
    const t = run(assessed, "2025-03-04");
    expect(deadline(t, "order-assess-notice").due).toBe("2025-03-17");
    expect(deadline(t, "order-assess-no-plan").due).toBe("2025-05-12");
    expect(deadline(t, "order-assess-final-plan").due).toBe("2025-06-09");
    expect(t.stage).toBe("awaiting-assessment-decision");
  });

  it("the decision to assess meets the notice; a decision to make a plan ends the no-plan branch; the final plan meets the rest", () => {
    const t = run(
      [
        ...assessed,
        { id: "yes", type: "assessment-decision", date: "2025-03-10", outcome: "assess" },
        { id: "pd", type: "plan-decision", date: "2025-04-28", outcome: "issue" },
        { id: "d2", type: "draft-plan-issued", date: "2025-05-05" },
        { id: "f2", type: "final-plan-issued", date: "2025-06-02" },
      ],
      "2025-06-03",
    );
    expect(deadline(t, "order-assess-notice")).toMatchObject({ status: "met", doneBy: "yes" });
    expect(deadline(t, "order-assess-no-plan").status).toBe("not-applicable");
    expect(deadline(t, "order-assess-final-plan")).toMatchObject({ status: "met", doneBy: "f2" });
    expect(t.dispute).toBeNull();
  });

  it("absence from the area for 14 days (1–14 Apr 2025) disapplies the 14-week limit; indicative date Mon 23 Jun 2025", () => {
    // Regs 44(3)(b): at least 2 continuous weeks. 9 Jun + the 14 days covered = 23 Jun 2025 (not statutory).
    const t = run([...assessed, absence("2025-04-01", "2025-04-14")], "2025-06-20");
    expect(deadline(t, "order-assess-final-plan")).toMatchObject({ status: "disapplied", indicativeDue: "2025-06-23" });
    expect(deadline(t, "order-assess-final-plan").exception?.citations.join(" ")).toContain("reg 44(3)");
  });

  it("13 days (1–13 Apr 2025) is too short: exception-absence-too-short, and the limit stays overdue", () => {
    const t = run([...assessed, absence("2025-04-01", "2025-04-13")], "2025-06-20");
    expect(t.problems.find((p) => p.code === "exception-absence-too-short")).toMatchObject({ eventId: "away", severity: "error" });
    expect(deadline(t, "order-assess-final-plan")).toMatchObject({ status: "overdue", exception: null });
  });

  it("orders with no exceptions in law (placement) reject a claim naming them", () => {
    const plan: Ev[] = [
      { id: "req", type: "assessment-requested", date: "2025-02-10", by: "parent" },
      { id: "yes", type: "assessment-decision", date: "2025-03-17", outcome: "assess" },
      { id: "draft", type: "draft-plan-issued", date: "2025-06-02" },
      { id: "final", type: "final-plan-issued", date: "2025-06-30" },
      lodged("2025-08-01"),
      order("2025-11-03", "amend-placement"),
      {
        id: "away",
        type: "exception-recorded",
        date: "2025-11-20",
        ground: "personal-circumstances",
        from: "2025-11-04",
        to: "2025-11-20",
        appliesTo: ["order-amend-placement"],
      },
    ];
    const t = run(plan, "2025-11-21");
    expect(codes(t)).toContain("exception-ground-not-applicable");
    // Mon 3 Nov 2025 + 14 days = Mon 17 Nov 2025.
    expect(deadline(t, "order-amend-placement")).toMatchObject({ due: "2025-11-17", status: "overdue" });
  });
});

describe("the other orders", () => {
  const plan: Ev[] = [
    { id: "req", type: "assessment-requested", date: "2025-02-10", by: "parent" },
    { id: "yes", type: "assessment-decision", date: "2025-03-17", outcome: "assess" },
    { id: "draft", type: "draft-plan-issued", date: "2025-06-02" },
    { id: "final", type: "final-plan-issued", date: "2025-06-30" },
    lodged("2025-08-01"),
  ];
  const amended: Ev = { id: "amended", type: "amended-plan-issued", date: "2025-12-01" };

  it("amend-content 5 weeks (Mon 8 Dec 2025), continue-and-amend 5 weeks, met by the amended plan", () => {
    const content = run([...plan, order("2025-11-03", "amend-content"), amended], "2025-12-02");
    expect(deadline(content, "order-amend-content")).toMatchObject({ due: "2025-12-08", status: "met", doneBy: "amended" });
    const both = run([...plan, order("2025-11-03", "continue-and-amend")], "2025-11-04");
    expect(deadline(both, "order-continue-and-amend").due).toBe("2025-12-08");
  });

  it("refer-back: reconsider within 2 weeks (Mon 17 Mar 2025), met by a new decision, which is itself appealable", () => {
    const t = run(
      [
        ...refusedPlan("2024-11-04", "2024-12-09", "2025-02-03"),
        lodged("2025-02-20"),
        order("2025-03-03", "refer-back"),
        { id: "np2", type: "plan-decision", date: "2025-03-14", outcome: "not-issue" },
      ],
      "2025-03-15",
    );
    expect(deadline(t, "order-reconsider")).toMatchObject({ due: "2025-03-17", status: "met", doneBy: "np2" });
    // Fri 14 Mar 2025 + 2 months = Wed 14 May 2025.
    expect(deadline(t, "appeal:np2").due).toBe("2025-05-14");
  });

  describe("refer-back (Regs 44; rules.md § 7): reconsider, then a draft or a notice, within 2 weeks of Mon 3 Mar 2025 (Mon 17 Mar 2025)", () => {
    const referred = [...refusedPlan("2024-11-04", "2024-12-09", "2025-02-03"), lodged("2025-02-20"), order("2025-03-03", "refer-back")];
    const issue: Ev = { id: "pd2", type: "plan-decision", date: "2025-03-10", outcome: "issue" };

    it("a decision to make a plan (Mon 10 Mar) is not itself the act: the draft is, so the limit stays pending and the working names the decision", () => {
      const t = run([...referred, issue], "2025-03-11");
      // rules.md § 7: "reconsider, then draft or notice"; a decision to issue is neither the draft nor a notice not to.
      expect(deadline(t, "order-reconsider")).toMatchObject({ due: "2025-03-17", status: "pending", doneOn: null });
      expect(deadline(t, "order-reconsider").explanation.join(" ")).toContain("event pd2");
      expect(t.dispute).toBe("order");
      expect(codes(t)).toEqual([]);
    });

    it("the draft on Fri 14 Mar 2025, within the 2 weeks, meets it", () => {
      const t = run([...referred, issue, { id: "d2", type: "draft-plan-issued", date: "2025-03-14" }], "2025-03-15");
      expect(deadline(t, "order-reconsider")).toMatchObject({ due: "2025-03-17", status: "met", doneBy: "d2" });
      expect(t.dispute).toBeNull();
    });

    it("the draft on Thu 20 Mar 2025, after Mon 17 Mar 2025, is late, though the decision to make it came within the 2 weeks", () => {
      const t = run([...referred, issue, { id: "d2", type: "draft-plan-issued", date: "2025-03-20" }], "2025-03-21");
      expect(deadline(t, "order-reconsider")).toMatchObject({ due: "2025-03-17", status: "late", doneOn: "2025-03-20", doneBy: "d2" });
    });

    it("a draft with no decision recorded first meets it as well (the draft implies the decision)", () => {
      const t = run([...referred, { id: "d2", type: "draft-plan-issued", date: "2025-03-12" }], "2025-03-13");
      expect(deadline(t, "order-reconsider")).toMatchObject({ status: "met", doneBy: "d2" });
      expect(codes(t)).toEqual([]);
    });
  });

  it("dismissing an appeal against ceasing: cease immediately (no date); met by the plan ceasing", () => {
    const ceasing = [...plan.slice(0, 4), { id: "cease", type: "cease-decision", date: "2025-09-01" } as Ev, lodged("2025-09-15"), order("2025-12-01", "cease")];
    const t = run(ceasing, "2025-12-02");
    expect(deadline(t, "order-cease")).toMatchObject({ due: null, status: "pending", counting: "as-soon-as-practicable" });
    expect(t.dispute).toBe("order");
    const done = run([...ceasing, { id: "ceased", type: "plan-ceased", date: "2025-12-03" }], "2025-12-04");
    expect(deadline(done, "order-cease")).toMatchObject({ status: "met", doneBy: "ceased" });
    expect(done.dispute).toBeNull();
  });

  it("an order to continue to maintain the plan sets no date: the cease protection no longer applies, no problem", () => {
    const t = run([...plan.slice(0, 4), { id: "cease", type: "cease-decision", date: "2025-09-01" }, lodged("2025-09-15"), order("2025-12-01", "continue")], "2025-12-02");
    expect(codes(t)).toEqual([]);
    expect(deadline(t, "cease-not-before").status).toBe("not-applicable");
    expect(t.dispute).toBeNull();
  });

  it("continue-and-amend after a decision to cease (Regs 44(2)): the stage leaves ceasing, the cease protection ends, and the 5 weeks run to Mon 5 Jan 2026", () => {
    const ceased = [...plan.slice(0, 4), { id: "cease", type: "cease-decision", date: "2025-09-01" }, lodged("2025-09-15")];
    const t = run([...ceased, order("2025-12-01", "continue-and-amend")], "2025-12-02");
    expect(t.stage).toBe("plan-maintained");
    expect(deadline(t, "cease-not-before")).toMatchObject({ status: "not-applicable" });
    expect(deadline(t, "cease-not-before").explanation.join("\n")).toContain("to continue to maintain the plan and amend it");
    // 1 Dec 2025 + 35 days = Mon 5 Jan 2026.
    expect(deadline(t, "order-continue-and-amend")).toMatchObject({ due: "2026-01-05", status: "pending" });
    // The amended plan meets the order and leaves the plan maintained, not ceasing.
    const done = run([...ceased, order("2025-12-01", "continue-and-amend"), { id: "am", type: "amended-plan-issued", date: "2025-12-15" }], "2025-12-16");
    expect(deadline(done, "order-continue-and-amend")).toMatchObject({ status: "met", doneBy: "am" });
    expect(done.stage).toBe("plan-maintained");
    expect(codes(done)).toEqual([]);
  });

  it("an order to continue with no decision to cease → order-continue-without-cease (warning)", () => {
    const t = run([...plan, order("2025-12-01", "continue")], "2025-12-02");
    expect(codes(t)).toEqual(["order-continue-without-cease"]);
  });

  it("an order with no appeal lodged → no-appeal-lodged (warning); its limits are still computed", () => {
    const t = run([...plan.slice(0, 4), order("2025-11-03", "amend-placement")], "2025-11-04");
    expect(codes(t)).toEqual(["no-appeal-lodged"]);
    expect(deadline(t, "order-amend-placement").due).toBe("2025-11-17");
  });
});

describe("the appeal ends with no limit for the LA: dismissed or withdrawn (the dispute 'appeal' closes)", () => {
  // Request Mon 19 May 2025; decision not to assess Mon 30 Jun 2025 (+42 days); appeal lodged Fri 1 Aug 2025.
  const appealed = [...refusedAssessment("2025-05-19", "2025-06-30"), lodged("2025-08-01")];
  // A plan finalised Mon 30 Jun 2025 (its first annual review still to come), and a decision to cease it Mon 1 Sep 2025.
  const plan: Ev[] = [
    { id: "req", type: "assessment-requested", date: "2025-02-10", by: "parent" },
    { id: "yes", type: "assessment-decision", date: "2025-03-17", outcome: "assess" },
    { id: "draft", type: "draft-plan-issued", date: "2025-06-02" },
    { id: "final", type: "final-plan-issued", date: "2025-06-30" },
    { id: "cease", type: "cease-decision", date: "2025-09-01" },
  ];

  it("dismissed (Mon 3 Nov 2025): no order limit, the dispute closes, the stage stays; the appeal's working says so", () => {
    const before = run(appealed, "2025-11-01");
    expect(before.dispute).toBe("appeal");
    const t = run([...appealed, order("2025-11-03", "dismiss")], "2025-11-04");
    expect(t.dispute).toBeNull();
    expect(t.stage).toBe("not-assessing");
    expect(codes(t)).toEqual([]);
    expect(t.deadlines.filter((d) => d.rule.startsWith("order-"))).toEqual([]);
    expect(deadline(t, "appeal:no")).toMatchObject({ status: "met", doneBy: "ap" });
    expect(deadline(t, "appeal:no").explanation.join(" ")).toContain("dismissed by the Tribunal");
  });

  it("dismissing an appeal against ceasing is an order to cease (Regs 44(2)(a)): no date; met by the plan ceasing", () => {
    const ceasing = [...plan, lodged("2025-09-15"), order("2025-12-01", "dismiss")];
    const t = run(ceasing, "2025-12-02");
    expect(deadline(t, "order-cease")).toMatchObject({ due: null, status: "pending", counting: "as-soon-as-practicable", anchor: { eventId: "o1" } });
    expect(t.dispute).toBe("order");
    const done = run([...ceasing, { id: "ceased", type: "plan-ceased", date: "2025-12-03" }], "2025-12-04");
    expect(deadline(done, "order-cease")).toMatchObject({ status: "met", doneBy: "ceased" });
    expect(done.dispute).toBeNull();
    expect(codes(done)).toEqual([]);
  });

  it("dismissed with no appeal lodged → no-appeal-lodged (warning)", () => {
    const t = run([...refusedAssessment("2025-05-19", "2025-06-30"), order("2025-11-03", "dismiss")], "2025-11-04");
    expect(codes(t)).toEqual(["no-appeal-lodged"]);
    expect(t.dispute).toBeNull();
  });

  it("withdrawn (Mon 1 Sep 2025): the dispute closes and the appeal's working names the withdrawal", () => {
    const t = run([...appealed, { id: "wd", type: "appeal-withdrawn", date: "2025-09-01" }], "2025-09-02");
    expect(t.dispute).toBeNull();
    expect(codes(t)).toEqual([]);
    expect(deadline(t, "appeal:no").explanation.join(" ")).toContain("withdrawn (no limit for the LA follows): Monday 1 September 2025 (2025-09-01) (event wd)");
  });

  it("an appeal against ceasing withdrawn: the plan may then be ceased with no ceased-during-appeal", () => {
    // Cease decision Mon 1 Sep 2025 + 2 months = Sat 1 Nov 2025 → r.12(2): Mon 3 Nov 2025; cease from Tue 4 Nov 2025.
    const t = run(
      [...plan, lodged("2025-09-15"), { id: "wd", type: "appeal-withdrawn", date: "2025-10-01" }, { id: "ceased", type: "plan-ceased", date: "2025-11-04" }],
      "2025-11-05",
    );
    expect(codes(t)).toEqual([]);
    expect(deadline(t, "cease-not-before").due).toBe("2025-11-04");
    expect(t.dispute).toBeNull();
  });

  it("withdrawn with no appeal pending → no-appeal-pending (warning)", () => {
    const t = run([...refusedAssessment("2025-05-19", "2025-06-30"), { id: "wd", type: "appeal-withdrawn", date: "2025-09-01" }], "2025-09-02");
    expect(t.problems).toEqual([expect.objectContaining({ code: "no-appeal-pending", eventId: "wd", severity: "warning" })]);
  });
});

everyEventAccountedFor();
