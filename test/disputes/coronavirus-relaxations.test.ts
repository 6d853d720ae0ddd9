// The coronavirus ground on the limits of mediation, Tribunal orders, unopposed appeals, phase
// transfers and recommendations (SI 2020/471: SEND Regulations 2014 regs 2A(3)(g)-(n) and 18A, SI
// 2017/1306 reg 2A), and refused where SI 2020/471 relaxed nothing. Dates by hand in the comments.
import { describe, expect, it } from "vitest";
import { type Ev, deadline, refusedAssessment, refusedPlan, run } from "./helpers";

const coronavirus = (appliesTo: string, from: string, to: string, date = to): Ev => ({
  id: "cv",
  type: "exception-recorded",
  date,
  ground: "coronavirus",
  from,
  to,
  appliesTo: [appliesTo],
});

// Request Mon 2 Mar 2020; decision not to assess Mon 6 Apr 2020; the parent tells the adviser on
// Mon 1 Jun 2020 that they want mediation.
const mediation = [...refusedAssessment("2020-03-02", "2020-04-06"), { id: "c1", type: "mediation-adviser-contacted", date: "2020-06-01", wantsMediation: true }];

describe("coronavirus ground where SI 2020/471 relaxed the limit", () => {
  it("Regs 36(2) via reg 2A(3): mediation due Wed 1 Jul 2020 (30 days after 1 Jun); coronavirus 2–30 Jun (29 days) → indicative Thu 30 Jul 2020", () => {
    const t = run([...mediation, coronavirus("mediation-arranged", "2020-06-02", "2020-06-30")], "2020-07-10");
    expect(deadline(t, "mediation-arranged")).toMatchObject({ due: "2020-07-01", status: "disapplied", indicativeDue: "2020-07-30" });
    expect(deadline(t, "mediation-arranged").exception?.citations).toEqual(["SEND Regulations 2014, reg 2A(3)(g)-(n), inserted by SI 2020/471 (1 May to 25 September 2020)"]);
  });

  it("SI 2017/1306 reg 2A: a health recommendation Mon 1 Jun 2020 → response in 35 days beginning with it, Sun 5 Jul 2020; coronavirus 1–10 Jun, of which 2–10 Jun fall after the anchor (9 days) → Tue 14 Jul 2020", () => {
    const events = [
      ...refusedPlan("2019-10-01", "2019-11-05", "2020-01-06"),
      { id: "ap", type: "appeal-lodged", date: "2020-02-20" },
      { id: "rec", type: "tribunal-recommendation", date: "2020-06-01", area: "health" },
      coronavirus("recommendation-response", "2020-06-01", "2020-06-10"),
    ];
    const t = run(events, "2020-07-06");
    expect(deadline(t, "recommendation-response")).toMatchObject({ due: "2020-07-05", status: "disapplied", indicativeDue: "2020-07-14" });
  });
});

describe("coronavirus ground refused where SI 2020/471 did not relax the limit", () => {
  it("Regs 37(2), notice of the mediation's date: not relaxed; the claim is an error naming reg 37(2), and not applied", () => {
    const events = [
      ...mediation,
      { id: "dn", type: "mediation-date-notified", date: "2020-06-25", mediationDate: "2020-06-29" },
      coronavirus("mediation-date-notice", "2020-06-01", "2020-06-30"),
    ];
    const t = run(events, "2020-07-01");
    const refused = t.problems.find((p) => p.code === "exception-ground-not-applicable");
    expect(refused).toMatchObject({ eventId: "cv", severity: "error" });
    expect(refused?.detail).toContain("reg 37(2)");
    // At least 5 working days before Mon 29 Jun 2020: on or before Mon 22 Jun 2020; notified 25 Jun → late.
    expect(deadline(t, "mediation-date-notice:2020-06-29")).toMatchObject({ due: "2020-06-22", status: "late" });
  });

  it("CFA s.44(1), the annual review: an Act SI 2020/471 could not amend; refused naming s.44(1)", () => {
    const events = [
      { id: "req", type: "assessment-requested", date: "2019-01-07", by: "parent" },
      { id: "yes", type: "assessment-decision", date: "2019-02-11", outcome: "assess" },
      { id: "draft", type: "draft-plan-issued", date: "2019-04-15" },
      { id: "final", type: "final-plan-issued", date: "2019-05-20" },
      coronavirus("annual-review", "2020-05-01", "2020-05-31"),
    ];
    const t = run(events, "2020-06-01");
    expect(t.problems.find((p) => p.code === "exception-ground-not-applicable")?.detail).toContain("s.44(1)");
    // 12 months starting with Mon 20 May 2019 end Tue 19 May 2020: overdue, the claim not applied.
    expect(deadline(t, "annual-review:2020")).toMatchObject({ due: "2020-05-19", status: "overdue" });
  });
});
