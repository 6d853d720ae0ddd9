// Events on the same day keep the process's natural order (case-file.md): an outcome of a
// disagreement (a dismissal, a withdrawal, a mediation agreement) comes before the act it
// enables on that day. Each case gives the act first in the input, so input order cannot be
// what puts them right. Dates by hand in the comments.
import { describe, expect, it } from "vitest";
import { everyEventAccountedFor } from "../timeline/support";
import { type Ev, codes, deadline, refusedAssessment, run } from "./helpers";

// A plan finalised Mon 30 Jun 2025; a decision to cease it Mon 1 Sep 2025, appealed Mon 15 Sep 2025.
// Cease decision + 2 months = Sat 1 Nov 2025 → HESC r.12(2): Mon 3 Nov 2025; cease-not-before Tue 4 Nov 2025.
const appealedCease: Ev[] = [
  { id: "req", type: "assessment-requested", date: "2025-02-10", by: "parent" },
  { id: "yes", type: "assessment-decision", date: "2025-03-17", outcome: "assess" },
  { id: "draft", type: "draft-plan-issued", date: "2025-06-02" },
  { id: "final", type: "final-plan-issued", date: "2025-06-30" },
  { id: "cease", type: "cease-decision", date: "2025-09-01" },
  { id: "ap", type: "appeal-lodged", date: "2025-09-15" },
];

describe("an appeal against ceasing decided, and the plan ceased, on the same day", () => {
  it("dismissed Mon 1 Dec 2025 and ceased Mon 1 Dec 2025: the dismissal comes first, so order-cease is met and nothing was ceased during the appeal", () => {
    const t = run(
      [...appealedCease, { id: "ceased", type: "plan-ceased", date: "2025-12-01" }, { id: "o1", type: "tribunal-order", date: "2025-12-01", order: "dismiss" }],
      "2025-12-02",
    );
    // Regs 44(2)(a): dismissing an appeal against ceasing is an order to cease, immediately (no date).
    expect(deadline(t, "order-cease")).toMatchObject({ due: null, status: "met", doneOn: "2025-12-01", doneBy: "ceased" });
    // CFA s.45(4): the appeal was decided before the plan ceased, the same day.
    expect(codes(t)).toEqual([]);
    expect(t.dispute).toBeNull();
    expect(t.stage).toBe("ceased");
  });

  it("withdrawn Tue 4 Nov 2025 and ceased Tue 4 Nov 2025, the earliest lawful day: no ceased-during-appeal", () => {
    const t = run([...appealedCease, { id: "ceased", type: "plan-ceased", date: "2025-11-04" }, { id: "wd", type: "appeal-withdrawn", date: "2025-11-04" }], "2025-11-05");
    // CFA s.45(4): the withdrawal ended the appeal before the plan ceased that day.
    expect(codes(t)).toEqual([]);
    expect(deadline(t, "cease-not-before").due).toBe("2025-11-04");
    expect(deadline(t, "appeal:cease").explanation.join(" ")).toContain("withdrawn (no limit for the LA follows)");
    expect(t.dispute).toBeNull();
  });
});

describe("a mediation agreement for an assessment and the LA's decision to assess on the same day (Regs 42(2))", () => {
  // Request Tue 5 Nov 2024; refused Tue 17 Dec 2024; mediation wanted Mon 6 Jan 2025, held and agreed Mon 3 Feb 2025.
  const mediated: Ev[] = [
    ...refusedAssessment("2024-11-05", "2024-12-17"),
    { id: "c1", type: "mediation-adviser-contacted", date: "2025-01-06", wantsMediation: true },
    { id: "held", type: "mediation-held", date: "2025-02-03" },
  ];

  it("the agreement comes first: the decision of Mon 3 Feb 2025 meets order-assess-notice (due Mon 17 Feb 2025), with no second-assessment-decision", () => {
    const t = run(
      [
        ...mediated,
        { id: "yes", type: "assessment-decision", date: "2025-02-03", outcome: "assess" },
        { id: "ag", type: "mediation-agreement", date: "2025-02-03", appealable: true, order: "assess" },
      ],
      "2025-02-04",
    );
    // Regs 42(2) with Regs 44(2)(b): 2 weeks from Mon 3 Feb 2025 = Mon 17 Feb 2025.
    expect(deadline(t, "order-assess-notice")).toMatchObject({ due: "2025-02-17", status: "met", doneBy: "yes" });
    expect(codes(t)).toEqual([]);
    expect(t.stage).toBe("assessing");
  });
});

everyEventAccountedFor();
