// agenda(): the duties due and overdue across cases, for a worklist. Every date is worked by hand
// from the request of 4 September 2024 (a Wednesday) or the advice asked for on 11 October 2024.
import { describe, expect, it } from "vitest";
import { type AgendaItem, type Timeline, agenda, parseCaseFileOrThrow, timeline } from "../../src/index";

const requested = (caseId: string, date: string, extra: readonly object[] = []): Timeline =>
  timeline(parseCaseFileOrThrow({ caseId, events: [{ id: "req", type: "assessment-requested", date, by: "parent" }, ...extra] }), { asOf: "2024-12-01", explain: false });

const brief = (items: readonly AgendaItem[]): string[] => items.map((i) => `${i.caseId} ${i.key} ${i.due} ${i.state}`);

describe("agenda", () => {
  it("lists the overdue decision and the limits due in the window, earliest first", () => {
    // Request 2024-09-04. Decision whether to assess: 6 weeks, reg 5(1) → Wed 2024-10-16, not made
    // by the as-of date 2024-12-01, so overdue. Draft plan: local target 14 weeks → 2024-12-11.
    // Notice that no plan will be made: 16 weeks, reg 10(1) → 2024-12-25. Final plan: 20 weeks,
    // reg 13(2) → 2025-01-22, after the window's end 2025-01-10, so left out.
    const items = agenda([requested("C-1", "2024-09-04")], { from: "2024-12-01", to: "2025-01-10" });
    expect(brief(items)).toEqual(["C-1 assessment-decision 2024-10-16 overdue", "C-1 draft-plan 2024-12-11 due", "C-1 no-plan-notice 2024-12-25 due"]);
    expect(items[0]?.citation).toMatch(/reg 5\(1\)/);
    expect(items[0]?.owner).toBe("local-authority");
  });

  it("includes a duty due on the window's last day and counts one due before `from` as overdue", () => {
    // Final plan: 20 weeks after 2024-09-04 (reg 13(2)) → 2025-01-22, the window's last day.
    const until22 = agenda([requested("C-1", "2024-09-04")], { from: "2024-12-01", to: "2025-01-22" });
    expect(brief(until22).at(-1)).toBe("C-1 final-plan 2025-01-22 due");
    // From 2024-12-12 the draft-plan target (2024-12-11, still pending at the as-of date) is overdue.
    const later = agenda([requested("C-1", "2024-09-04")], { from: "2024-12-12", to: "2024-12-31" });
    expect(brief(later)).toEqual(["C-1 assessment-decision 2024-10-16 overdue", "C-1 draft-plan 2024-12-11 overdue", "C-1 no-plan-notice 2024-12-25 due"]);
  });

  it("leaves out acts done, and keeps the duties of the chosen owners only", () => {
    // Decision made 2024-10-10 (met). Advice asked of the educational psychologist 2024-10-11:
    // 6 weeks, reg 8(1) → Fri 2024-11-22, not given by 2024-12-01, so overdue; its owner is the
    // advice giver, not the local authority.
    const t = requested("C-2", "2024-09-04", [
      { id: "dec", type: "assessment-decision", date: "2024-10-10", outcome: "assess" },
      { id: "ask", type: "advice-requested", date: "2024-10-11", adviceId: "EP1", from: "psychology" },
    ]);
    expect(brief(agenda([t], { from: "2024-12-01", to: "2024-12-31", owners: ["advice-giver"] }))).toEqual(["C-2 advice:EP1 2024-11-22 overdue"]);
    const la = brief(agenda([t], { from: "2024-12-01", to: "2024-12-31", owners: ["local-authority"] }));
    expect(la).toEqual(["C-2 draft-plan 2024-12-11 due", "C-2 no-plan-notice 2024-12-25 due"]);
  });

  it("sorts across cases by due date, then case id, then key", () => {
    // C-B requested a week before C-A (2024-08-28): its final plan is due 20 weeks on, 2025-01-15,
    // before C-A's 2025-01-22 (reg 13(2)); equal dates are ordered by case id.
    const items = agenda([requested("C-A", "2024-09-04"), requested("C-B", "2024-08-28"), requested("C-0", "2024-09-04")], {
      from: "2025-01-13",
      to: "2025-01-22",
    });
    expect(brief(items.filter((i) => i.state === "due"))).toEqual(["C-B final-plan 2025-01-15 due", "C-0 final-plan 2025-01-22 due", "C-A final-plan 2025-01-22 due"]);
  });

  it("rejects a window that is not two dates in order", () => {
    expect(() => agenda([], { from: "2025-01-10", to: "2025-01-01" })).toThrow(RangeError);
    expect(() => agenda([], { from: "10/01/2025", to: "2025-02-01" })).toThrow(RangeError);
  });
});
