// supportReviewsDue: the SEN support reviews due across many pupils in a date range (for MIS vendors).
import { describe, expect, it } from "vitest";
import { supportReviewsDue } from "../../src/index";
import { CLOSURES_2024_25, supportCase } from "./helpers";

const pupils = [
  // Norfolk, termly: plan Mon 11 Nov 2024, due Fri 20 Dec 2024 (the day before Christmas closes the school).
  supportCase(
    [
      { type: "support-started", date: "2024-11-04" },
      { type: "support-plan-agreed", date: "2024-11-11" },
    ],
    { caseId: "P-B", supportPolicy: "norfolk", closures: CLOSURES_2024_25 },
  ),
  // Default 12 weeks: plan Mon 30 Sep 2024 + 84 days = Mon 23 Dec 2024; reviewed early on 16 Dec.
  // The next plan, 17 Dec, agreed a review on Fri 20 Dec 2024 (same day as P-B's).
  supportCase(
    [
      { type: "support-started", date: "2024-09-23" },
      { type: "support-plan-agreed", date: "2024-09-30" },
      { type: "support-reviewed", date: "2024-12-16", outcome: "continue" },
      { type: "support-plan-agreed", date: "2024-12-17", reviewBy: "2024-12-20" },
    ],
    { caseId: "P-A" },
  ),
  // Salford, 8 weeks: plan Mon 2 Sep 2024 + 56 days = Mon 28 Oct 2024, outside the range.
  supportCase(
    [
      { type: "support-started", date: "2024-09-02" },
      { type: "support-plan-agreed", date: "2024-09-02" },
    ],
    { caseId: "P-C", supportPolicy: "salford" },
  ),
  // No SEN support at all.
  supportCase([{ type: "assessment-requested", date: "2024-09-04", by: "parent" }], { caseId: "P-D" }),
];

describe("supportReviewsDue", () => {
  it("lists the reviews due in the range, by date then case id, with their status at asOf", () => {
    expect(supportReviewsDue(pupils, { from: "2024-12-01", to: "2024-12-31", asOf: "2024-12-18" })).toEqual([
      // Due before the range and not held by 18 Dec: still listed.
      { caseId: "P-C", key: "support-review:1", due: "2024-10-28", status: "overdue", doneOn: null },
      { caseId: "P-A", key: "support-review:2", due: "2024-12-20", status: "pending", doneOn: null },
      { caseId: "P-B", key: "support-review:1", due: "2024-12-20", status: "pending", doneOn: null },
      { caseId: "P-A", key: "support-review:1", due: "2024-12-23", status: "met", doneOn: "2024-12-16" },
    ]);
  });

  it("asOf defaults to the first day of the range, and events after it are not used", () => {
    // At 28 Oct 2024 P-B's plan (11 Nov) and P-A's second plan (17 Dec) have not been agreed yet;
    // P-A's first review (30 Sep + 84 days = Mon 23 Dec 2024) falls after the range.
    const due = supportReviewsDue(pupils, { from: "2024-10-28", to: "2024-12-20" });
    expect(due.map((d) => `${d.caseId} ${d.due} ${d.status}`)).toEqual(["P-C 2024-10-28 pending"]);
  });

  it("both ends of the range are included", () => {
    const due = supportReviewsDue(pupils, { from: "2024-10-28", to: "2024-12-20", asOf: "2024-12-17" });
    expect(due.map((d) => `${d.caseId} ${d.due} ${d.status}`)).toEqual(["P-C 2024-10-28 overdue", "P-A 2024-12-20 pending", "P-B 2024-12-20 pending"]);
  });

  it("includes reviews due before the range and still not held at asOf, not those held", () => {
    // Range 6 Jan–4 Apr 2025 at 6 Jan: P-C (28 Oct), P-A's second (20 Dec) and P-B's (20 Dec) were missed;
    // P-A's first (23 Dec) was held on 16 Dec, so it is not listed.
    const due = supportReviewsDue(pupils, { from: "2025-01-06", to: "2025-04-04" });
    expect(due.map((d) => `${d.caseId} ${d.key} ${d.due} ${d.status}`)).toEqual([
      "P-C support-review:1 2024-10-28 overdue",
      "P-A support-review:2 2024-12-20 overdue",
      "P-B support-review:1 2024-12-20 overdue",
    ]);
    // A review held late, after the range began but before asOf, is met late and no longer outstanding.
    const heldLate = supportCase(
      [
        { type: "support-started", date: "2024-09-02" },
        { type: "support-plan-agreed", date: "2024-09-02" },
        { type: "support-reviewed", date: "2025-01-08", outcome: "continue" },
      ],
      { caseId: "P-E", supportPolicy: "salford" },
    );
    expect(supportReviewsDue([heldLate], { from: "2025-01-06", to: "2025-01-31", asOf: "2025-01-10" })).toEqual([]);
  });

  it("rejects a range that is not one", () => {
    expect(() => supportReviewsDue(pupils, { from: "2024-12-31", to: "2024-12-01" })).toThrow(RangeError);
    expect(() => supportReviewsDue(pupils, { from: "2024-02-30", to: "2024-12-01" })).toThrow(RangeError);
    expect(supportReviewsDue([], { from: "2024-12-01", to: "2024-12-31" })).toEqual([]);
  });
});
