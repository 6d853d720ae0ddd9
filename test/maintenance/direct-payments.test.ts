// The first review of direct payments for a personal budget (rules.md § 2: direct-payments-review,
// Special Educational Needs (Personal Budgets) Regulations 2014 reg 11(2)(a)). Dates by hand.
import { describe, expect, it } from "vitest";
import { type Ev, assessmentEndingOn, deadline, problemCodes, run } from "./helpers";

// A plan finalised Mon 20 May 2024; the first direct payment made Mon 3 Mar 2025.
const paying: Ev[] = [...assessmentEndingOn("2024-05-20"), { id: "paid", type: "direct-payments-started", date: "2025-03-03" }];
const reviewed = (date: string): Ev => ({ id: "dp-review", type: "direct-payments-reviewed", date });

describe("PB Regs 11(2)(a): direct payments reviewed within the first 3 months of their being made", () => {
  it("first payment Mon 3 Mar 2025: the 3 months beginning with it end Mon 2 Jun 2025", () => {
    const d = deadline(run(paying, "2025-03-04"), "direct-payments-review");
    expect(d).toMatchObject({ due: "2025-06-02", status: "pending", owner: "local-authority", counting: "months-beginning-with(3)", verified: false });
    expect(d.citation).toContain("reg 11(2)(a)");
  });

  it("reviewed Mon 2 Jun 2025 → met; Tue 3 Jun 2025 → late; not reviewed by Wed 4 Jun → overdue", () => {
    expect(deadline(run([...paying, reviewed("2025-06-02")], "2025-06-05"), "direct-payments-review")).toMatchObject({ status: "met", doneBy: "dp-review" });
    expect(deadline(run([...paying, reviewed("2025-06-03")], "2025-06-05"), "direct-payments-review").status).toBe("late");
    expect(deadline(run(paying, "2025-06-04"), "direct-payments-review").status).toBe("overdue");
  });

  it("a review with no payments awaiting one → no-duty-awaiting; payments with no plan → no-plan", () => {
    expect(problemCodes(run([...assessmentEndingOn("2024-05-20"), reviewed("2025-06-02")], "2025-06-05"))).toEqual(["no-duty-awaiting"]);
    expect(problemCodes(run([{ id: "paid", type: "direct-payments-started", date: "2025-03-03" }], "2025-03-04"))).toEqual(["no-plan"]);
  });

  it("the plan ceased Sun 1 Jun 2025 (CFA s.45), the day before the review fell due: the review no longer applies", () => {
    const ceased: Ev[] = [...paying, { id: "cd", type: "cease-decision", date: "2025-03-10" }, { id: "gone", type: "plan-ceased", date: "2025-06-01" }];
    expect(deadline(run(ceased, "2025-06-05"), "direct-payments-review").status).toBe("not-applicable");
  });
});
