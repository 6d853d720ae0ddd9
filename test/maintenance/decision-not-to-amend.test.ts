// A decision not to amend after proposing amendments (rules.md § 2: decision-not-to-amend,
// Regs 22(4)): notified within 8 weeks of the amendment notice, and appealable (CFA s.51(2)(e)).
// Dates worked out by hand in the comments.
import { describe, expect, it } from "vitest";
import { type Ev, assessmentEndingOn, deadline, problemCodes, review, run } from "./helpers";

// A review meeting Thu 20 Feb 2025 and a decision to amend sent with its notice on Mon 3 Mar 2025.
const amending: Ev[] = [
  ...assessmentEndingOn("2024-05-20"),
  ...review("2025-02-20", "2025-03-03", "amend", "r1"),
  { id: "notice", type: "amendment-notice-sent", date: "2025-03-03" },
];
const notAmended = (date: string): Ev => ({ id: "kept", type: "amendment-not-made", date });

describe("Regs 22(4): notice of a decision not to amend, within 8 weeks of the amendment notice", () => {
  it("notice Mon 3 Mar 2025 + 8 weeks (56 days: 28 to 31 Mar, 28 more) → due Mon 28 Apr 2025; decided Thu 24 Apr → met", () => {
    const t = run([...amending, notAmended("2025-04-24")], "2025-04-25");
    const d = deadline(t, "decision-not-to-amend:2025-03-03");
    expect(d).toMatchObject({ due: "2025-04-28", status: "met", doneOn: "2025-04-24", doneBy: "kept", owner: "local-authority", counting: "weeks-after(8)" });
    expect(d.citation).toContain("reg 22(4)");
    expect(d.anchor.eventId).toBe("notice");
    // The amended plan of that notice (Regs 22(3)) is no longer due, and the amendment is over.
    expect(deadline(t, "amended-plan:2025-03-03").status).toBe("not-applicable");
    expect(t.stage).toBe("plan-maintained");
    expect(problemCodes(t)).toEqual([]);
  });

  it("decided Tue 29 Apr 2025, the day after the last day → late", () => {
    const t = run([...amending, notAmended("2025-04-29")], "2025-05-01");
    expect(deadline(t, "decision-not-to-amend:2025-03-03")).toMatchObject({ due: "2025-04-28", status: "late", doneOn: "2025-04-29" });
  });

  it("opens the parent's appeal window (CFA s.51(2)(e)): decided Thu 24 Apr 2025 → appeal by Tue 24 Jun 2025 (2 months, HESC r.20(1)(c))", () => {
    const t = run([...amending, notAmended("2025-04-24")], "2025-04-25");
    expect(deadline(t, "appeal:kept")).toMatchObject({ due: "2025-06-24", status: "open" });
    // Regs 33: the mediation adviser within 2 months of the notice, the same Tue 24 Jun 2025.
    expect(deadline(t, "mediation-contact:kept")).toMatchObject({ due: "2025-06-24" });
  });

  it("without an amendment notice awaiting a decision, it is refused (no-amendment-proposed) and opens no appeal window", () => {
    const t = run([...assessmentEndingOn("2024-05-20"), notAmended("2025-04-24")], "2025-04-25");
    expect(t.problems).toEqual([expect.objectContaining({ code: "no-amendment-proposed", severity: "error", eventId: "kept" })]);
    expect(t.deadlines.filter((d) => d.rule === "decision-not-to-amend" || d.key === "appeal:kept")).toEqual([]);
  });

  it("a second decision after the first has ended the proposal is refused too", () => {
    const t = run([...amending, notAmended("2025-04-24"), { ...notAmended("2025-04-25"), id: "again" }], "2025-04-26");
    expect(problemCodes(t)).toEqual(["no-amendment-proposed"]);
  });
});
