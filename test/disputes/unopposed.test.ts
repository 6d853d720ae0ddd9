// Unopposed appeals (Regs 45 as substituted by SI 2015/359 reg 8) and recommendations
// (SI 2017/1306) — rules.md § 7. Every limit is weeks-after(n) from the LA's notice to the
// Tribunal, or 35 days beginning with the recommendation. Dates by hand in the comments.
import { describe, expect, it } from "vitest";
import { everyEventAccountedFor } from "../timeline/support";
import { type Ev, codes, deadline, keysOf, refusedAssessment, refusedPlan, run } from "./helpers";

const lodged = (date: string): Ev => ({ id: "ap", type: "appeal-lodged", date });
const unopposed = (date: string, appealAbout: string): Ev => ({ id: "u1", type: "appeal-unopposed", date, appealAbout });

const plan: Ev[] = [
  { id: "req", type: "assessment-requested", date: "2025-02-10", by: "parent" },
  { id: "yes", type: "assessment-decision", date: "2025-03-17", outcome: "assess" },
  { id: "draft", type: "draft-plan-issued", date: "2025-06-02" },
  { id: "final", type: "final-plan-issued", date: "2025-06-30" },
  lodged("2025-08-01"),
];

describe("unopposed appeals, from the LA's notice on Monday 3 March 2025", () => {
  it("about an assessment: notice 2 weeks (Mon 17 Mar), no plan 10 weeks (Mon 12 May), final plan 14 weeks (Mon 9 Jun 2025)", () => {
    const t = run([...refusedAssessment("2025-01-06", "2025-02-10"), lodged("2025-02-24"), unopposed("2025-03-03", "assessment")], "2025-03-04");
    expect(deadline(t, "unopposed-assess-notice")).toMatchObject({ due: "2025-03-17", status: "pending" });
    expect(deadline(t, "unopposed-assess-no-plan").due).toBe("2025-05-12");
    expect(deadline(t, "unopposed-assess-final-plan").due).toBe("2025-06-09");
    expect(deadline(t, "unopposed-assess-notice").citation).toContain("reg 45(3)");
    expect(t.stage).toBe("awaiting-assessment-decision");
    expect(t.dispute).toBe("order");
  });

  it("about a refusal to make a plan: draft 5 weeks (Mon 7 Apr), final 11 weeks (Mon 19 May 2025); the 20 weeks no longer apply", () => {
    const t = run([...refusedPlan("2024-11-04", "2024-12-09", "2025-02-03"), lodged("2025-02-20"), unopposed("2025-03-03", "refusal-to-issue")], "2025-03-04");
    expect(deadline(t, "unopposed-draft-plan").due).toBe("2025-04-07");
    expect(deadline(t, "unopposed-final-plan").due).toBe("2025-05-19");
    expect(deadline(t, "final-plan").status).toBe("not-applicable");
    expect(t.stage).toBe("assessing");
  });

  it("Regs 45(7) excuses only paragraphs (3) to (6): 14 days away (1–14 Apr 2025) named for the reg 45(3A)(b) 14 weeks are reported and not applied", () => {
    const t = run(
      [
        ...refusedAssessment("2025-01-06", "2025-02-10"),
        lodged("2025-02-24"),
        unopposed("2025-03-03", "assessment"),
        {
          id: "away",
          type: "exception-recorded",
          date: "2025-04-14",
          ground: "absence-from-area",
          from: "2025-04-01",
          to: "2025-04-14",
          appliesTo: ["unopposed-assess-final-plan"],
        },
      ],
      "2025-06-20",
    );
    // 14 weeks from Mon 3 Mar 2025 (Regs 45(3A)(b)): Mon 9 Jun 2025, passed on 20 Jun with nothing done.
    expect(deadline(t, "unopposed-assess-final-plan")).toMatchObject({ due: "2025-06-09", status: "overdue", indicativeDue: null });
    expect(t.problems).toContainEqual(expect.objectContaining({ code: "exception-ground-not-applicable", eventId: "away", severity: "error" }));
    expect(t.problems.find((p) => p.code === "exception-ground-not-applicable")?.detail).toContain("reg 45(3A)(b)");
  });

  it("…but not to the content limits: exception-ground-not-applicable", () => {
    const t = run(
      [
        ...plan,
        unopposed("2025-09-01", "content"),
        {
          id: "away",
          type: "exception-recorded",
          date: "2025-09-20",
          ground: "absence-from-area",
          from: "2025-09-02",
          to: "2025-09-20",
          appliesTo: ["unopposed-amend-content"],
        },
      ],
      "2025-09-21",
    );
    expect(codes(t)).toContain("exception-ground-not-applicable");
  });

  it("about the content: 5 weeks; the school named: 2 weeks; both: 5 weeks (Mon 1 Sep 2025 → 6 Oct / 15 Sep / 6 Oct)", () => {
    const content = run([...plan, unopposed("2025-09-01", "content")], "2025-09-02");
    expect(deadline(content, "unopposed-amend-content").due).toBe("2025-10-06");
    const placement = run([...plan, unopposed("2025-09-01", "placement")], "2025-09-02");
    expect(deadline(placement, "unopposed-amend-placement")).toMatchObject({ due: "2025-09-15", counting: "weeks-after(2)" });
    const both = run([...plan, unopposed("2025-09-01", "content-and-placement")], "2025-09-02");
    expect(deadline(both, "unopposed-amend-placement")).toMatchObject({ due: "2025-10-06", counting: "weeks-after(5)" });
    expect(deadline(both, "unopposed-amend-placement").explanation.join(" ")).toContain("content is amended too");
    expect(keysOf(both, "unopposed-amend-content")).toEqual([]);
  });

  it("met by the amended plan; the dispute then closes", () => {
    const t = run([...plan, unopposed("2025-09-01", "placement"), { id: "amended", type: "amended-plan-issued", date: "2025-09-12" }], "2025-09-13");
    expect(deadline(t, "unopposed-amend-placement")).toMatchObject({ status: "met", doneBy: "amended" });
    expect(t.dispute).toBeNull();
  });

  it("about ceasing: keep and amend within 5 weeks; the plan is no longer to cease (Regs 45(2))", () => {
    const t = run([...plan.slice(0, 4), { id: "cease", type: "cease-decision", date: "2025-09-01" }, lodged("2025-09-15"), unopposed("2025-10-06", "cease")], "2025-10-07");
    // Mon 6 Oct 2025 + 35 days = Mon 10 Nov 2025.
    expect(deadline(t, "unopposed-cease-amend").due).toBe("2025-11-10");
    expect(deadline(t, "cease-not-before").status).toBe("not-applicable");
  });

  it("before Regs 45 was substituted (23 Mar 2015) the limits were different: rule-not-in-force", () => {
    const t = run(
      [
        { id: "req", type: "assessment-requested", date: "2014-09-01", by: "parent" },
        { id: "yes", type: "assessment-decision", date: "2014-10-06", outcome: "assess" },
        { id: "draft", type: "draft-plan-issued", date: "2014-12-22" },
        { id: "final", type: "final-plan-issued", date: "2015-01-12" },
        lodged("2015-02-02"),
        unopposed("2015-03-02", "placement"),
      ],
      "2015-03-03",
    );
    expect(t.problems.find((p) => p.code === "rule-not-in-force")).toMatchObject({ eventId: "u1" });
  });
});

describe("recommendations on health or social care (SI 2017/1306)", () => {
  const appealed = [...refusedPlan("2024-11-04", "2024-12-09", "2025-02-03"), lodged("2025-02-20")];

  it("health: the commissioning body responds within 35 days beginning with Mon 2 Jun 2025 → Sun 6 Jul 2025 (not moved)", () => {
    const t = run([...appealed, { id: "rec", type: "tribunal-recommendation", date: "2025-06-02", area: "health" }], "2025-06-03");
    expect(deadline(t, "recommendation-response")).toMatchObject({ due: "2025-07-06", owner: "commissioning-body", counting: "days-beginning-with(35)" });
  });

  it("a response recorded on Sun 6 Jul 2025, the last of the 35 days, meets it; on Mon 7 Jul it is late", () => {
    const rec = { id: "rec", type: "tribunal-recommendation", date: "2025-06-02", area: "health" };
    const met = run([...appealed, rec, { id: "resp", type: "recommendation-responded", date: "2025-07-06" }], "2025-07-10");
    expect(deadline(met, "recommendation-response")).toMatchObject({ due: "2025-07-06", status: "met", doneBy: "resp" });
    const late = run([...appealed, rec, { id: "resp", type: "recommendation-responded", date: "2025-07-07" }], "2025-07-10");
    expect(deadline(late, "recommendation-response")).toMatchObject({ status: "late", doneOn: "2025-07-07" });
  });

  it("a response with no recommendation awaiting one → no-recommendation (warning)", () => {
    const t = run([...appealed, { id: "resp", type: "recommendation-responded", date: "2025-07-06" }], "2025-07-10");
    expect(t.problems).toContainEqual(expect.objectContaining({ code: "no-recommendation", eventId: "resp", severity: "warning" }));
  });

  it("social care: the LA responds", () => {
    const t = run([...appealed, { id: "rec", type: "tribunal-recommendation", date: "2025-06-02", area: "social-care" }], "2025-06-03");
    expect(deadline(t, "recommendation-response")).toMatchObject({ due: "2025-07-06", owner: "local-authority" });
  });

  it("a decision from Tue 3 Apr 2018 qualifies: recommendation Mon 1 Oct 2018 → Sun 4 Nov 2018", () => {
    const t = run(
      [...refusedPlan("2018-01-08", "2018-02-12", "2018-04-03"), lodged("2018-05-01"), { id: "rec", type: "tribunal-recommendation", date: "2018-10-01", area: "health" }],
      "2018-10-02",
    );
    expect(deadline(t, "recommendation-response").due).toBe("2018-11-04");
  });

  it("a decision before 3 Apr 2018, or a refusal to assess → recommendation-not-available, no deadline", () => {
    const before = run(
      [...refusedPlan("2018-01-08", "2018-02-12", "2018-04-02"), lodged("2018-05-01"), { id: "rec", type: "tribunal-recommendation", date: "2018-10-01", area: "health" }],
      "2018-10-02",
    );
    expect(codes(before)).toContain("recommendation-not-available");
    expect(keysOf(before, "recommendation-response")).toEqual([]);
    const refusal = run(
      [...refusedAssessment("2025-01-06", "2025-02-10"), lodged("2025-02-24"), { id: "rec", type: "tribunal-recommendation", date: "2025-06-02", area: "health" }],
      "2025-06-03",
    );
    expect(codes(refusal)).toContain("recommendation-not-available");
  });
});

everyEventAccountedFor();
