// A change of responsible commissioning body (rules.md § 4: commissioning-body-notice, Regs 15(7)
// and 16(2); health-review-request, Regs 15(8) and 16(3)). Dates worked out by hand in the comments.
import { describe, expect, it } from "vitest";
import { type Ev, assessmentEndingOn, deadline, problemCodes, run } from "./helpers";

const plan = assessmentEndingOn("2024-05-20");
const changeKnown = (date: string, moveDate?: string): Ev => ({ id: "known", type: "commissioning-change-known", date, ...(moveDate === undefined ? {} : { moveDate }) });
const notified = (date: string): Ev => ({ id: "told", type: "commissioning-body-notified", date });
const impracticable = (date: string, after: "move" | "other"): Ev => ({ id: "cannot", type: "health-provision-impracticable", date, after });
const requested = (date: string): Ev => ({ id: "asked", type: "health-review-requested", date });

describe("the old commissioning body tells the new one", () => {
  it("Regs 16(2), no move: aware Mon 2 Jun 2025 → 15 working days beginning with it (2-6, 9-13, 16-20 Jun) end Fri 20 Jun 2025", () => {
    const d = deadline(run([...plan, changeKnown("2025-06-02")], "2025-06-03"), "commissioning-body-notice");
    expect(d).toMatchObject({ due: "2025-06-20", status: "pending", owner: "commissioning-body", counting: "working-days-beginning-with(15)", verified: false });
    expect(d.citation).toContain("reg 16(2)");
  });

  it("Regs 15(7), a move on Mon 1 Sep 2025 known since Mon 2 Jun: the later day, the day of the move; told that day → met", () => {
    const d = deadline(run([...plan, changeKnown("2025-06-02", "2025-09-01"), notified("2025-09-01")], "2025-09-02"), "commissioning-body-notice");
    expect(d).toMatchObject({ due: "2025-09-01", status: "met", doneBy: "told" });
    expect(d.citation).toContain("reg 15(7)");
  });

  it("told Mon 23 Jun 2025, after Fri 20 Jun → late; a notice with nothing awaiting it → no-duty-awaiting", () => {
    expect(deadline(run([...plan, changeKnown("2025-06-02"), notified("2025-06-23")], "2025-06-24"), "commissioning-body-notice").status).toBe("late");
    expect(problemCodes(run([...plan, notified("2025-06-23")], "2025-06-24"))).toEqual(["no-duty-awaiting"]);
  });
});

describe("the new commissioning body asks the LA to assess or review (Regs 15(8), 16(3))", () => {
  it("aware Mon 2 Jun 2025 after a move → Fri 20 Jun 2025 (reg 15(8)); asked Fri 20 Jun → met", () => {
    const d = deadline(run([...plan, impracticable("2025-06-02", "move"), requested("2025-06-20")], "2025-06-24"), "health-review-request");
    expect(d).toMatchObject({ due: "2025-06-20", status: "met", doneBy: "asked", owner: "commissioning-body" });
    expect(d.citation).toContain("reg 15(8)");
  });

  it("after another change (reg 16(3)): asked Mon 23 Jun 2025 → late", () => {
    const d = deadline(run([...plan, impracticable("2025-06-02", "other"), requested("2025-06-23")], "2025-06-24"), "health-review-request");
    expect(d).toMatchObject({ due: "2025-06-20", status: "late" });
    expect(d.citation).toContain("reg 16(3)");
  });
});
