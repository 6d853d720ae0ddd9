// Closures of settings and the day ranges exceptions cover (Regs 5(4)(a)–(b), counting.md
// "several exceptions count each day once"). Dates worked by hand.
import { describe, expect, it } from "vitest";
import { civilDate } from "../../src/dates/civil-date";
import { closureAdviceWindow, daysInUnion, intersectRanges, isLongClosure, rangeLength } from "../../src/dates/closures";

const range = (first: string, last: string) => ({ first: civilDate(first), last: civilDate(last) });

describe("day ranges", () => {
  it("rangeLength counts both ends", () => {
    // Summer closure 23 Jul–2 Sep 2025: 23–31 Jul = 9, August 31, 1–2 Sep = 2 → 42 days.
    expect(rangeLength(range("2025-07-23", "2025-09-02"))).toBe(42);
    // A single day is 1 day; 28 Feb–1 Mar 2024 is 3 days (29 Feb in between).
    expect(rangeLength(range("2025-01-06", "2025-01-06"))).toBe(1);
    expect(rangeLength(range("2024-02-28", "2024-03-01"))).toBe(3);
  });

  it("intersectRanges gives the shared days or null", () => {
    // 23 Jul–2 Sep 2025 and 1 Aug–15 Sep 2025 share 1 Aug–2 Sep.
    expect(intersectRanges(range("2025-07-23", "2025-09-02"), range("2025-08-01", "2025-09-15"))).toEqual(range("2025-08-01", "2025-09-02"));
    // Ranges touching on 2 Sep share that one day; 1–2 Sep and 3–4 Sep share none.
    expect(intersectRanges(range("2025-07-23", "2025-09-02"), range("2025-09-02", "2025-09-10"))).toEqual(range("2025-09-02", "2025-09-02"));
    expect(intersectRanges(range("2025-09-01", "2025-09-02"), range("2025-09-03", "2025-09-04"))).toBeNull();
  });

  it("daysInUnion counts overlapping days once", () => {
    // 1–10 Aug and 5–15 Aug 2025 cover 1–15 Aug = 15 days; with 20 Aug as well, 16.
    expect(daysInUnion([range("2025-08-01", "2025-08-10"), range("2025-08-05", "2025-08-15")])).toBe(15);
    expect(daysInUnion([range("2025-08-20", "2025-08-20"), range("2025-08-05", "2025-08-15"), range("2025-08-01", "2025-08-10")])).toBe(16);
    // 1–31 Aug contains 5–10 Aug: 31 days. Adjacent 1–10 and 11–20 Aug: 20 days. None: 0.
    expect(daysInUnion([range("2025-08-01", "2025-08-31"), range("2025-08-05", "2025-08-10")])).toBe(31);
    expect(daysInUnion([range("2025-08-01", "2025-08-10"), range("2025-08-11", "2025-08-20")])).toBe(20);
    expect(daysInUnion([])).toBe(0);
  });
});

describe("closures (Regs 5(4))", () => {
  it("the advice window runs from a week before the closure to a week before it re-opens", () => {
    // Closed 23 Jul–2 Sep 2025, re-opens Wed 3 Sep. 23 Jul − 7 = 16 Jul; 3 Sep − 7 = 27 Aug.
    expect(closureAdviceWindow(range("2025-07-23", "2025-09-02"))).toEqual(range("2025-07-16", "2025-08-27"));
  });

  it("a long closure is at least 4 continuous weeks (28 days)", () => {
    // 1–28 Aug 2025 = 28 days: long. 1–27 Aug = 27 days: not. Summer 23 Jul–2 Sep = 42: long.
    expect(isLongClosure(range("2025-08-01", "2025-08-28"))).toBe(true);
    expect(isLongClosure(range("2025-08-01", "2025-08-27"))).toBe(false);
    expect(isLongClosure(range("2025-07-23", "2025-09-02"))).toBe(true);
  });
});
