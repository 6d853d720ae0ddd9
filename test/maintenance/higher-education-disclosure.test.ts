// Disclosure of a young person's plan for higher education (rules.md § 2:
// higher-education-disclosure, Regs 47). Dates worked out by hand in the comments.
import { describe, expect, it } from "vitest";
import { type Ev, assessmentEndingOn, deadline, problemCodes, run } from "./helpers";

// A young person born 1 Mar 2006, whose plan was finalised Mon 20 May 2024, asks on Fri 20 Dec 2024.
const youngPerson = { dateOfBirth: "2006-03-01" };
const asked: Ev[] = [...assessmentEndingOn("2024-05-20"), { id: "ask", type: "disclosure-requested", date: "2024-12-20" }];
const disclosed = (date: string): Ev => ({ id: "sent", type: "plan-disclosed", date });

describe("Regs 47: the plan disclosed within 15 working days of the request", () => {
  it("asked Fri 20 Dec 2024 → Wed 15 Jan 2025 (23, 24, 27, 30, 31 Dec; 2, 3, 6-10, 13, 14, 15 Jan: Christmas Day, Boxing Day and New Year's Day skipped)", () => {
    const d = deadline(run(asked, "2024-12-21", youngPerson), "higher-education-disclosure");
    expect(d).toMatchObject({ due: "2025-01-15", status: "pending", owner: "local-authority", counting: "working-days-after(15)", verified: false });
    expect(d.citation).toContain("reg 47");
  });

  it("disclosed Wed 15 Jan 2025 → met; Thu 16 Jan 2025 → late", () => {
    expect(deadline(run([...asked, disclosed("2025-01-15")], "2025-01-20", youngPerson), "higher-education-disclosure")).toMatchObject({ status: "met", doneBy: "sent" });
    expect(deadline(run([...asked, disclosed("2025-01-16")], "2025-01-20", youngPerson), "higher-education-disclosure").status).toBe("late");
  });

  it("a disclosure no request awaits → no-duty-awaiting; a request with no plan → no-plan", () => {
    expect(problemCodes(run([...assessmentEndingOn("2024-05-20"), disclosed("2025-01-15")], "2025-01-20", youngPerson))).toEqual(["no-duty-awaiting"]);
    expect(problemCodes(run([{ id: "ask", type: "disclosure-requested", date: "2024-12-20" }], "2024-12-21", youngPerson))).toEqual(["no-plan"]);
  });
});
