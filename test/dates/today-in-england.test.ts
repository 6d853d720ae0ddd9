// todayInEngland: the civil date in Europe/London, the day the law counts in; and timeline()'s
// asOf given as an instant, read the same way.
import { describe, expect, it } from "vitest";
import { parseCaseFileOrThrow, timeline, todayInEngland } from "../../src/index";

describe("todayInEngland", () => {
  it("is the next day for the hour after midnight in British Summer Time, when UTC is still the day before", () => {
    // BST (UTC+1) runs from 30 Mar to 26 Oct 2025: 23:30 UTC on 30 Jun is 00:30 on 1 Jul in England.
    expect(todayInEngland(new Date("2025-06-30T23:30:00Z"))).toBe("2025-07-01");
    expect(todayInEngland(new Date("2025-06-30T22:59:59Z"))).toBe("2025-06-30");
  });

  it("is the UTC date in winter, when England keeps GMT", () => {
    expect(todayInEngland(new Date("2025-01-10T23:30:00Z"))).toBe("2025-01-10");
  });

  it("reads the machine's clock when given none", () => {
    expect(todayInEngland(new Date())).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("timeline() with asOf an instant", () => {
  const caseFile = parseCaseFileOrThrow({ caseId: "C-today", events: [{ type: "assessment-requested", date: "2024-09-04", by: "parent" }] });

  it("judges statuses at the instant's date in England, not in UTC", () => {
    // Regs 5(1): 4 Sep 2024 + 42 days = Wed 16 Oct 2024. 23:30 UTC on 16 Oct is 00:30 BST on 17 Oct:
    // the last day has passed in England.
    const result = timeline(caseFile, { asOf: new Date("2024-10-16T23:30:00Z") });
    expect(result.asOf).toBe("2024-10-17");
    expect(result.deadlines.find((d) => d.key === "assessment-decision")).toMatchObject({ due: "2024-10-16", status: "overdue" });
    expect(timeline(caseFile, { asOf: todayInEngland(new Date("2024-10-16T22:30:00Z")) }).deadlines.find((d) => d.key === "assessment-decision")?.status).toBe("pending");
  });

  it("an invalid instant is no date", () => {
    expect(() => timeline(caseFile, { asOf: new Date(Number.NaN) })).toThrow(RangeError);
  });
});
