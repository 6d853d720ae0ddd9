// Mediation about health care provision (rules.md § 6): the LA tells the commissioning body the
// issues (Regs 35(2)), the body arranges a health-only mediation (Regs 35(3)), and tells the LA of
// an agreement made without it (Regs 42(4)). Dates worked out by hand in the comments.
import { describe, expect, it } from "vitest";
import { type Ev, codes, deadline, keysOf, refusedAssessment, run } from "./helpers";

// Request Tue 5 Nov 2024; decision not to assess Tue 17 Dec 2024.
const decided = refusedAssessment("2024-11-05", "2024-12-17");
const wants = (date: string, health: "included" | "only"): Ev => ({ id: "c1", type: "mediation-adviser-contacted", date, wantsMediation: true, health });
const toHealth = (date: string, healthOnly: boolean): Ev => ({ id: "told", type: "mediation-health-notified", date, healthOnly });

describe("Regs 35(2): the commissioning body told the mediation issues within 3 working days", () => {
  it("told Fri 20 Dec 2024 → Fri 27 Dec 2024 (Mon 23, Tue 24, then Christmas Day and Boxing Day are not working days, Fri 27)", () => {
    const t = run([...decided, wants("2024-12-20", "included")], "2024-12-21");
    const d = deadline(t, "mediation-health-notice");
    expect(d).toMatchObject({ due: "2024-12-27", status: "pending", owner: "local-authority", counting: "working-days-after(3)" });
    expect(d.citation).toContain("reg 35(2)");
    // Health among other issues: the LA still arranges the mediation (Regs 36(2)), 30 days from Fri 20 Dec 2024 → Sun 19 Jan 2025.
    expect(deadline(t, "mediation-arranged")).toMatchObject({ due: "2025-01-19", owner: "local-authority" });
  });

  it("the notice on Fri 27 Dec 2024 → met; on Mon 30 Dec 2024 → late", () => {
    expect(deadline(run([...decided, wants("2024-12-20", "included"), toHealth("2024-12-27", false)], "2025-01-02"), "mediation-health-notice")).toMatchObject({
      status: "met",
      doneBy: "told",
    });
    expect(deadline(run([...decided, wants("2024-12-20", "included"), toHealth("2024-12-30", false)], "2025-01-02"), "mediation-health-notice").status).toBe("late");
  });

  it("mediation with no health issues opens no such limit", () => {
    const t = run([...decided, { id: "c1", type: "mediation-adviser-contacted", date: "2024-12-20", wantsMediation: true }], "2024-12-21");
    expect(keysOf(t, "mediation-health-notice")).toEqual([]);
  });

  it("a notice with no health mediation awaiting it → no-duty-awaiting (warning), and nothing opens", () => {
    const t = run([...decided, toHealth("2024-12-27", false)], "2025-01-02");
    expect(t.problems).toEqual([expect.objectContaining({ code: "no-duty-awaiting", eventId: "told", severity: "warning" })]);
  });
});

describe("Regs 35(3): a health-only mediation arranged by the commissioning body within 30 days of the LA's notice", () => {
  const healthOnly = [...decided, wants("2024-12-20", "only"), toHealth("2024-12-30", true)];

  it("the LA's notice Mon 30 Dec 2024 + 30 days (1 to 31 Dec, 29 more) → Wed 29 Jan 2025, owed by the commissioning body; the LA arranges nothing", () => {
    const t = run(healthOnly, "2024-12-31");
    const arranged = t.deadlines.filter((d) => d.rule === "mediation-arranged");
    expect(arranged).toHaveLength(1);
    expect(arranged[0]).toMatchObject({ due: "2025-01-29", status: "pending", owner: "commissioning-body" });
    expect(arranged[0]?.citation).toContain("reg 35(3)");
  });

  it("mediation held Tue 28 Jan 2025 → met; held Thu 30 Jan 2025 → late", () => {
    const held = (date: string): Ev => ({ id: "held", type: "mediation-held", date });
    expect(deadline(run([...healthOnly, held("2025-01-28")], "2025-01-31"), "mediation-arranged")).toMatchObject({ status: "met", doneBy: "held" });
    expect(deadline(run([...healthOnly, held("2025-01-30")], "2025-01-31"), "mediation-arranged")).toMatchObject({ status: "late", doneOn: "2025-01-30" });
  });
});

describe("Regs 42(4): an agreement made without the LA, notified to it within 1 week", () => {
  const mediated = [...decided, wants("2024-12-20", "only"), toHealth("2024-12-30", true), { id: "held", type: "mediation-held", date: "2025-01-28" }];
  const agreement: Ev = { id: "ag", type: "mediation-agreement", date: "2025-02-03", appealable: false, localAuthorityParty: false };
  const notified = (date: string): Ev => ({ id: "toLA", type: "mediation-agreement-notified", date });

  it("agreement Mon 3 Feb 2025 + 7 days → Mon 10 Feb 2025, owed by the commissioning body", () => {
    const d = deadline(run([...mediated, agreement], "2025-02-04"), "mediation-agreement-notice");
    expect(d).toMatchObject({ due: "2025-02-10", status: "pending", owner: "commissioning-body", counting: "weeks-after(1)", verified: true });
    expect(d.citation).toContain("reg 42(4)");
  });

  it("told Mon 10 Feb 2025 → met; told Tue 11 Feb 2025 → late", () => {
    expect(deadline(run([...mediated, agreement, notified("2025-02-10")], "2025-02-12"), "mediation-agreement-notice")).toMatchObject({ status: "met", doneBy: "toLA" });
    expect(deadline(run([...mediated, agreement, notified("2025-02-11")], "2025-02-12"), "mediation-agreement-notice").status).toBe("late");
  });

  it("an agreement the LA was a party to (the default) opens no such limit", () => {
    const t = run([...mediated, { ...agreement, localAuthorityParty: undefined }], "2025-02-04");
    expect(keysOf(t, "mediation-agreement-notice")).toEqual([]);
  });

  it("a notice with no agreement awaiting it → no-duty-awaiting", () => {
    expect(codes(run([...mediated, notified("2025-02-10")], "2025-02-12"))).toEqual(["no-duty-awaiting"]);
  });
});
