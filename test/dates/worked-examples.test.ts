// The worked examples of counting.md, each checked against the provision it comes from.
import { describe, expect, it } from "vitest";
import { countDeadline } from "../../src/dates/public";

describe("counting.md worked examples", () => {
  it("request received Wed 4 Sep 2024: the 6, 14, 16 and 20-week dates (Regs 5(1), 10(1), 13(2))", () => {
    // 4 Sep + 42 days = 16 Oct; + 98 = 11 Dec; + 112 = 25 Dec; + 140 = 22 Jan 2025.
    expect(countDeadline({ kind: "weeks-after", weeks: 6 }, "2024-09-04")).toBe("2024-10-16");
    expect(countDeadline({ kind: "weeks-after", weeks: 14 }, "2024-09-04")).toBe("2024-12-11");
    expect(countDeadline({ kind: "weeks-after", weeks: 16 }, "2024-09-04")).toBe("2024-12-25");
    expect(countDeadline({ kind: "weeks-after", weeks: 20 }, "2024-09-04")).toBe("2025-01-22");
  });

  it("day-one-inclusive reading: the 20 weeks end a day earlier, 21 Jan 2025", () => {
    expect(countDeadline({ kind: "weeks-after", weeks: 20 }, "2024-09-04", { readings: { dayCounting: "day-one-inclusive" } })).toBe("2025-01-21");
  });

  it("draft served Mon 3 Mar 2025: the 15-day window's last day is Mon 17 Mar 2025 (Regs 13(1)(a))", () => {
    expect(countDeadline({ kind: "days-beginning-with", days: 15 }, "2025-03-03")).toBe("2025-03-17");
  });

  it("review meeting Fri 1 Nov 2024: decision due Fri 29 Nov 2024 (Regs 20(10))", () => {
    expect(countDeadline({ kind: "weeks-after", weeks: 4 }, "2024-11-01")).toBe("2024-11-29");
  });

  it("mediation certificate asked for Fri 20 Dec 2024: 3 working days is Fri 27 Dec 2024 (Regs 34(1))", () => {
    // Skips Sat 21, Sun 22; counts Mon 23, Tue 24; skips Christmas Day and Boxing Day; Fri 27 is the third.
    expect(countDeadline({ kind: "working-days-after", days: 3 }, "2024-12-20")).toBe("2024-12-27");
  });

  it("months-beginning-with at month ends (counting.md)", () => {
    // 12 months starting with 29 Feb 2024: Feb 2025 has no 29th, so the period ends 28 Feb 2025.
    expect(countDeadline({ kind: "months-beginning-with", months: 12 }, "2024-02-29")).toBe("2025-02-28");
    // 1 month starting with 31 Jan 2025 ends 28 Feb 2025.
    expect(countDeadline({ kind: "months-beginning-with", months: 1 }, "2025-01-31")).toBe("2025-02-28");
    // 12 months starting with 15 Apr 2023 end 14 Apr 2024 (strict), 15 Apr 2024 (anniversary).
    expect(countDeadline({ kind: "months-beginning-with", months: 12 }, "2023-04-15")).toBe("2024-04-14");
    expect(countDeadline({ kind: "months-beginning-with", months: 12 }, "2023-04-15", { readings: { reviewPeriod: "anniversary" } })).toBe("2024-04-15");
  });
});
