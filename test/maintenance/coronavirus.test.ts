// The temporary coronavirus ground for the limits of a maintained plan (rules.md § 8; SEND (Coronavirus)
// (Amendment) Regulations 2020, SI 2020/471, 1 May–25 Sep 2020). It may be recorded against the limits of
// Regs 15, 20–22 and 25, never against the annual review, a duty of the Act (CFA s.44(1)) that SI 2020/471
// could not change. Dates worked out by hand in the comments; indicative date = due date + the claim's days
// after the anchor and on or before the due date (counting.md Readings, `exceptions`).
import { describe, expect, it } from "vitest";
import { type Ev, assessmentEndingOn, deadline, problemCodes, review, run } from "./helpers";

// Plan finalised Mon 16 Sep 2019 (request 13 May 2019): the first annual review is due within the
// 12 months starting with 16 Sep 2019, by 15 Sep 2020 (CFA s.44(1)).
const plan = assessmentEndingOn("2019-09-16");

const coronavirus = (id: string, from: string, to: string, appliesTo: string[]): Ev => ({
  id,
  type: "exception-recorded",
  date: to,
  ground: "coronavirus",
  from,
  to,
  appliesTo,
});

describe("coronavirus and the review limits (Regs 20(9)–(10), 22(3) as amended by SI 2020/471)", () => {
  it("meeting 1 Jun 2020, claim 8 Jun–10 Jul 2020: the late report and decision are disapplied", () => {
    const events: Ev[] = [
      ...plan,
      { id: "meeting", type: "review-meeting-held", date: "2020-06-01" },
      coronavirus("covid", "2020-06-08", "2020-07-10", ["review-report", "review-decision"]),
      { id: "report", type: "review-report-sent", date: "2020-06-22" },
      { id: "decision", type: "review-decision", date: "2020-07-15", outcome: "maintain" },
    ];
    const t = run(events, "2020-07-20");
    // Regs 20(9), weeks-after(2): 1 Jun + 14 days = 15 Jun 2020; sent 22 Jun, late but for the claim.
    // Claim days in the period 2–15 Jun: 8–15 Jun = 8 days → indicative 15 Jun + 8 = 23 Jun 2020.
    const report = deadline(t, "review-report:2020-06-01");
    expect(report).toMatchObject({ due: "2020-06-15", status: "disapplied", doneOn: "2020-06-22", indicativeDue: "2020-06-23" });
    expect(report.exception).toMatchObject({ grounds: ["coronavirus"], events: ["covid"], daysCovered: 8 });
    expect(report.exception?.citations.join(" ")).toContain("SI 2020/471");
    // Regs 20(10), weeks-after(4): 1 Jun + 28 days = 29 Jun 2020; decided 15 Jul, late but for the claim.
    // Claim days in the period 2–29 Jun: 8–29 Jun = 22 days → indicative 29 Jun + 22 = 21 Jul 2020.
    expect(deadline(t, "review-decision:2020-06-01")).toMatchObject({
      due: "2020-06-29",
      status: "disapplied",
      doneOn: "2020-07-15",
      indicativeDue: "2020-07-21",
    });
    expect(problemCodes(t)).not.toContain("exception-ground-not-applicable");
  });

  it("the same meeting with no claim: report and decision are late (the claim is what disapplies them)", () => {
    const events: Ev[] = [
      ...plan,
      { id: "meeting", type: "review-meeting-held", date: "2020-06-01" },
      { id: "report", type: "review-report-sent", date: "2020-06-22" },
      { id: "decision", type: "review-decision", date: "2020-07-15", outcome: "maintain" },
    ];
    const t = run(events, "2020-07-20");
    expect(deadline(t, "review-report:2020-06-01").status).toBe("late");
    expect(deadline(t, "review-decision:2020-06-01").status).toBe("late");
  });

  it("amendment notice Mon 22 Jun 2020, claim 1–31 Jul 2020: the amended plan of 1 Sep 2020 is disapplied", () => {
    const events: Ev[] = [
      ...plan,
      ...review("2020-06-01", "2020-06-22", "amend", "r1"),
      { id: "notice", type: "amendment-notice-sent", date: "2020-06-22" },
      coronavirus("covid", "2020-07-01", "2020-07-31", ["amended-plan"]),
      { id: "amended", type: "amended-plan-issued", date: "2020-09-01" },
    ];
    const t = run(events, "2020-09-02");
    // Regs 22(3), weeks-after(8): 22 Jun + 56 days = 17 Aug 2020 (8 days to 30 Jun, 31 in July, 17 in August).
    // All 31 claim days fall in the period 23 Jun–17 Aug → indicative 17 Aug + 31 = 17 Sep 2020.
    expect(deadline(t, "amended-plan:2020-06-22")).toMatchObject({
      due: "2020-08-17",
      status: "disapplied",
      doneOn: "2020-09-01",
      indicativeDue: "2020-09-17",
    });
  });
});

describe("coronavirus and the decision whether to reassess (Regs 25(1) as amended by SI 2020/471)", () => {
  it("request 1 Jun 2020, claim 5–20 Jun 2020: a decision on 25 Jun is disapplied, not late", () => {
    const events: Ev[] = [
      ...plan,
      { id: "rr", type: "reassessment-requested", date: "2020-06-01" },
      coronavirus("covid", "2020-06-05", "2020-06-20", ["reassessment-decision"]),
      { id: "rd", type: "reassessment-decision", date: "2020-06-25", outcome: "not-reassess" },
    ];
    const t = run(events, "2020-06-26");
    // Regs 25(1), days-after(15): 1 Jun + 15 days = 16 Jun 2020. Claim days in the period 2–16 Jun:
    // 5–16 Jun = 12 days → indicative 16 Jun + 12 = 28 Jun 2020.
    const d = deadline(t, "reassessment-decision");
    expect(d).toMatchObject({ due: "2020-06-16", status: "disapplied", doneOn: "2020-06-25", indicativeDue: "2020-06-28" });
    expect(d.exception).toMatchObject({ grounds: ["coronavirus"], daysCovered: 12 });
  });
});

describe("coronavirus and a plan transferred in (Regs 15(4)–(5) as amended by SI 2020/471)", () => {
  // Transferred in Mon 15 Jun 2020; the plan was last reviewed 1 Jul 2019.
  const moved: Ev[] = [{ id: "moved", type: "plan-transferred-in", date: "2020-06-15", lastReviewedOn: "2019-07-01" }];

  it("claim 1 Jul–31 Aug 2020: the late notice and the late transfer review are disapplied", () => {
    const events: Ev[] = [
      ...moved,
      coronavirus("covid", "2020-07-01", "2020-08-31", ["transfer-notice", "transfer-review"]),
      { id: "notice", type: "transfer-notice-sent", date: "2020-08-10" },
      ...review("2020-09-15", "2020-10-01", "maintain", "n1"),
    ];
    const t = run(events, "2020-10-02");
    // Regs 15(4), weeks-after(6): 15 Jun + 42 days = 27 Jul 2020. Claim days in 16 Jun–27 Jul: 1–27 Jul =
    // 27 days → indicative 27 Jul + 27 = 23 Aug 2020.
    expect(deadline(t, "transfer-notice")).toMatchObject({ due: "2020-07-27", status: "disapplied", doneOn: "2020-08-10", indicativeDue: "2020-08-23" });
    // Regs 15(5): 12 months starting with 1 Jul 2019 end 30 Jun 2020; 3 months starting with 15 Jun 2020 end
    // 14 Sep 2020; the later is 14 Sep 2020. Reviewed (decision) 1 Oct 2020. Claim days 1 Jul–31 Aug = 62 →
    // indicative 14 Sep + 62 = 15 Nov 2020.
    expect(deadline(t, "transfer-review")).toMatchObject({ due: "2020-09-14", status: "disapplied", doneOn: "2020-10-01", indicativeDue: "2020-11-15" });
  });
});

describe("coronavirus cannot be recorded against the annual review (CFA s.44(1), not amended by SI 2020/471)", () => {
  it("plan 16 Sep 2019, claim 1 Jun–25 Sep 2020 naming annual-review: rejected, and the review is overdue", () => {
    const events: Ev[] = [...plan, coronavirus("covid", "2020-06-01", "2020-09-25", ["annual-review"])];
    const t = run(events, "2020-10-01");
    // CFA s.44(1): 12 months starting with 16 Sep 2019 end 15 Sep 2020; no review by 1 Oct 2020.
    const annual = deadline(t, "annual-review:2020");
    expect(annual).toMatchObject({ due: "2020-09-15", status: "overdue", exception: null, indicativeDue: null });
    expect(t.problems).toContainEqual(expect.objectContaining({ code: "exception-ground-not-applicable", eventId: "covid", severity: "error" }));
  });
});
