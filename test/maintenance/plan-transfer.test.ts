// The old LA's transfer of the plan to the new LA (rules.md § 4: plan-transfer, Regs 15(2)): on
// the day of the move, or within 15 working days beginning with the day the old LA became aware
// of it when that is later. Dates worked out by hand in the comments.
import { describe, expect, it } from "vitest";
import { type Ev, assessmentEndingOn, deadline, problemCodes, run } from "./helpers";

const plan = assessmentEndingOn("2024-05-20");
const known = (aware: string, moveDate: string): Ev => ({ id: "aware", type: "plan-move-known", date: aware, moveDate });
const transferred = (date: string): Ev => ({ id: "moved", type: "plan-transferred-in", date, planMadeOn: "2024-05-20" });

describe("Regs 15(2): the old LA transfers the plan", () => {
  it("aware Mon 2 Jun 2025 of a move on Mon 1 Sep 2025: 15 working days beginning with 2 Jun end Fri 20 Jun, before the move, so due on the day of the move", () => {
    const d = deadline(run([...plan, known("2025-06-02", "2025-09-01")], "2025-06-03"), "plan-transfer");
    expect(d).toMatchObject({ due: "2025-09-01", status: "pending", owner: "old-local-authority", verified: true });
    expect(d.citation).toContain("reg 15(2)");
  });

  it("transferred on the day of the move, Mon 1 Sep 2025 → met; Tue 2 Sep 2025 → late", () => {
    expect(deadline(run([...plan, known("2025-06-02", "2025-09-01"), transferred("2025-09-01")], "2025-09-03"), "plan-transfer")).toMatchObject({
      status: "met",
      doneBy: "moved",
    });
    expect(deadline(run([...plan, known("2025-06-02", "2025-09-01"), transferred("2025-09-02")], "2025-09-03"), "plan-transfer").status).toBe("late");
  });

  it("aware Fri 19 Dec 2025 of a move on Mon 22 Dec 2025 (fewer than 15 working days before): 19, 22, 23, 24, 29, 30, 31 Dec, 2, 5-9, 12, 13 Jan → Tue 13 Jan 2026", () => {
    // Christmas Day, Boxing Day (Thu 25, Fri 26 Dec 2025) and New Year's Day (Thu 1 Jan 2026) are not working days.
    const t = run([...plan, known("2025-12-19", "2025-12-22"), transferred("2026-01-14")], "2026-01-15");
    expect(deadline(t, "plan-transfer")).toMatchObject({ due: "2026-01-13", status: "late", doneOn: "2026-01-14" });
  });

  it("a move known with no plan maintained → no-plan", () => {
    expect(problemCodes(run([known("2025-06-02", "2025-09-01")], "2025-06-03"))).toEqual(["no-plan"]);
  });
});
