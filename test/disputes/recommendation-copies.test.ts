// Copies to the Secretary of State of responses to Tribunal recommendations (rules.md § 7:
// recommendation-response-copy, SI 2017/1306 regs 6(6), 7(4)). Dates worked out by hand.
import { describe, expect, it } from "vitest";
import { everyEventAccountedFor } from "../timeline/support";
import { type Ev, codes, deadline, keysOf, refusedPlan, run } from "./helpers";

// Request Mon 4 Nov 2024, decision to assess Mon 9 Dec 2024, decision not to make a plan Mon 3 Feb 2025, appeal lodged Thu 20 Feb 2025.
const appealed: Ev[] = [...refusedPlan("2024-11-04", "2024-12-09", "2025-02-03"), { id: "ap", type: "appeal-lodged", date: "2025-02-20" }];
const recommendation = (area: string): Ev => ({ id: "rec", type: "tribunal-recommendation", date: "2025-06-02", area });
const copied = (date: string): Ev => ({ id: "copy", type: "recommendation-response-copied", date });

describe("SI 2017/1306 regs 6(6), 7(4): the response copied to the Secretary of State", () => {
  it("health (reg 6(6)): within the response's 35 days beginning with Mon 2 Jun 2025 → Sun 6 Jul 2025, owed by the commissioning body", () => {
    const d = deadline(run([...appealed, recommendation("health")], "2025-06-03"), "recommendation-response-copy");
    expect(d).toMatchObject({ due: "2025-07-06", status: "pending", owner: "commissioning-body", counting: "days-beginning-with(35)", verified: false });
    expect(d.citation).toContain("reg 6(6)");
  });

  it("social care (reg 7(4)): the same day, owed by the LA", () => {
    const d = deadline(run([...appealed, recommendation("social-care")], "2025-06-03"), "recommendation-response-copy");
    expect(d).toMatchObject({ due: "2025-07-06", owner: "local-authority" });
    expect(d.citation).toContain("reg 7(4)");
  });

  it("copied Sun 6 Jul 2025 → met; Mon 7 Jul 2025 → late", () => {
    expect(deadline(run([...appealed, recommendation("health"), copied("2025-07-06")], "2025-07-10"), "recommendation-response-copy")).toMatchObject({
      status: "met",
      doneBy: "copy",
    });
    expect(deadline(run([...appealed, recommendation("health"), copied("2025-07-07")], "2025-07-10"), "recommendation-response-copy").status).toBe("late");
  });

  it("no copy is due where no recommendation could be made (a refusal to assess); a copy with no recommendation → no-duty-awaiting", () => {
    const refusal = run(
      [
        { id: "req", type: "assessment-requested", date: "2025-01-06", by: "parent" },
        { id: "no", type: "assessment-decision", date: "2025-02-10", outcome: "not-assess" },
        { id: "ap", type: "appeal-lodged", date: "2025-02-24" },
        recommendation("health"),
      ],
      "2025-06-03",
    );
    expect(keysOf(refusal, "recommendation-response-copy")).toEqual([]);
    expect(codes(run([...appealed, copied("2025-07-06")], "2025-07-10"))).toEqual(["no-duty-awaiting"]);
  });
});

everyEventAccountedFor();
