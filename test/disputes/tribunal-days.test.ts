// The Tribunal's day rules (HESC Rules r.12; rules.md § 6), unit by unit. Every date by hand;
// weekdays and bank holidays checked against the England and Wales list (gov.uk).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { civilDate, formatCivilDate } from "../../src/dates/civil-date";
import { isTribunalHoliday, tribunalHolidaysWithin, tribunalLastDay } from "../../src/dates/tribunal-days";
import { ENGLAND_AND_WALES, workingDayCalendar } from "../../src/dates/working-days";

const last = (anchor: string, end: string) => {
  const result = tribunalLastDay(civilDate(anchor), civilDate(end), ENGLAND_AND_WALES);
  return { day: formatCivilDate(result.day), notes: result.notes.join(" ") };
};

describe("periods ending on or after 21 July 2020 (r.12(2) and the amended r.12(3)(a))", () => {
  it("counting.md: notice Mon 30 Jun 2025, 2 months end Sat 30 Aug 2025, in August → Mon 1 Sep 2025", () => {
    const r = last("2025-06-30", "2025-08-30");
    expect(r.day).toBe("2025-09-01");
    expect(r.notes).toContain("r.12(3)(a)");
    expect(r.notes).toContain("in August");
  });

  it("a working day in August (Fri 15 Aug 2025) still moves: first working day after 31 Aug, Mon 1 Sep 2025", () => {
    expect(last("2025-06-15", "2025-08-15").day).toBe("2025-09-01");
  });

  it("Mon 29 Dec 2025 → the first working day after Thu 1 Jan 2026: Fri 2 Jan 2026", () => {
    expect(last("2025-11-29", "2025-12-29").day).toBe("2026-01-02");
  });

  it("Thu 1 Jan 2026 itself is in the period → Fri 2 Jan 2026", () => {
    expect(last("2025-11-01", "2026-01-01").day).toBe("2026-01-02");
  });

  it("Thu 25 Dec 2025 → Fri 2 Jan 2026; 31 Aug 2025 (Sun) → Mon 1 Sep 2025", () => {
    expect(last("2025-11-25", "2025-12-25").day).toBe("2026-01-02");
    expect(last("2025-06-30", "2025-08-31").day).toBe("2025-09-01");
  });

  it("after 1 January, the first working day: Sat 28 Dec 2024 → Thu 2 Jan 2025; Fri 1 Jan 2021 → Mon 4 Jan 2021", () => {
    expect(last("2024-10-28", "2024-12-28").day).toBe("2025-01-02");
    // 2 Jan 2021 is a Saturday, 3 Jan a Sunday: the first working day after 1 Jan 2021 is Mon 4 Jan 2021.
    expect(last("2020-11-01", "2021-01-01").day).toBe("2021-01-04");
  });

  it("r.12(2): Sat 10 May 2025 → Mon 12 May 2025 (named in the working)", () => {
    const r = last("2025-03-10", "2025-05-10");
    expect(r.day).toBe("2025-05-12");
    expect(r.notes).toContain("r.12(2)");
  });

  it("r.12(2) over a bank holiday: Sat 24 May 2025 → Tue 27 May 2025 (Mon 26 May is the spring bank holiday)", () => {
    expect(last("2025-03-24", "2025-05-24").day).toBe("2025-05-27");
  });

  it("r.12(2) reads the calendar given: a caller's extra holiday on Mon 12 May 2025 → Tue 13 May", () => {
    const calendar = workingDayCalendar({ add: [{ date: civilDate("2025-05-12") }] });
    expect(formatCivilDate(tribunalLastDay(civilDate("2025-03-10"), civilDate("2025-05-10"), calendar).day)).toBe("2025-05-13");
  });

  it("each test is made on the period's own last day: Sat 24 Dec 2022 → r.12(2) only, Wed 28 Dec 2022", () => {
    // 24 Dec 2022 is not in 25 Dec–1 Jan, so r.12(3)(a) does not apply; r.12(2) gives the next working day:
    // 25 Dec (Sun), 26 Dec (Boxing Day), 27 Dec (substitute Christmas Day) are not working days → Wed 28 Dec 2022.
    expect(last("2022-10-24", "2022-12-24").day).toBe("2022-12-28");
  });

  it("a working day outside the holiday periods stands, and the working says so", () => {
    const r = last("2025-01-14", "2025-03-14");
    expect(r.day).toBe("2025-03-14");
    expect(r.notes).toContain("stands");
    expect(r.notes).not.toContain("is not a working day");
  });

  it("21 Jul 2020 itself is under the amended rule; a period ending then on a working day stands", () => {
    expect(last("2020-05-21", "2020-07-21").day).toBe("2020-07-21");
  });
});

describe("periods ending before 21 July 2020: the holiday days are not counted (r.12(3) as made)", () => {
  it("notice Mon 2 Dec 2019: 2 months end Sun 2 Feb 2020; 8 days (25 Dec–1 Jan) not counted → Mon 10 Feb 2020", () => {
    // Counted days after 2 Feb 2020: 3, 4, 5, 6, 7, 8, 9, 10 Feb → Mon 10 Feb 2020, a working day.
    const r = last("2019-12-02", "2020-02-02");
    expect(r.day).toBe("2020-02-10");
    expect(r.notes).toContain("as in force before 21 July 2020");
    expect(r.notes).toContain("8 such days");
  });

  it("notice Mon 3 Jun 2019: 2 months end Sat 3 Aug 2019; 1–3 Aug not counted, nor the rest of August → Tue 3 Sep 2019", () => {
    // 3 days to add; 4–31 Aug are not counted either: 1, 2, 3 Sep 2019 → Tue 3 Sep 2019.
    // (The amended rule would give the first working day after 31 August, Mon 2 Sep.)
    expect(last("2019-06-03", "2019-08-03").day).toBe("2019-09-03");
  });

  it("notice Fri 5 Jul 2019: 2 months end Thu 5 Sep 2019; all 31 days of August skipped → Sun 6 Oct → r.12(2) Mon 7 Oct 2019", () => {
    const r = last("2019-07-05", "2019-09-05");
    expect(r.day).toBe("2019-10-07");
    expect(r.notes).toContain("r.12(2)");
  });

  it("notice Tue 31 Dec 2019 (itself in 25 Dec–1 Jan, but not counted as the anchor): 2 months end Sat 29 Feb 2020 → Mon 2 Mar 2020", () => {
    // 31 Dec + 2 months: February 2020 has no day 31, so its last day, Sat 29 Feb. Of the days after the
    // anchor, only 1 Jan 2020 is not counted: run on 1 counted day → Sun 1 Mar 2020 → r.12(2) → Mon 2 Mar 2020.
    const r = last("2019-12-31", "2020-02-29");
    expect(r.day).toBe("2020-03-02");
    expect(r.notes).toContain("1 such day falls within the period, so it runs on by 1 counted day");
  });

  it("a period with no holiday day in it ends as counted: Tue 12 Mar 2019 → Tue 12 Mar 2019", () => {
    const r = last("2019-01-12", "2019-03-12");
    expect(r.day).toBe("2019-03-12");
    expect(r.notes).toContain("no day from 25 December to 1 January or in August");
  });
});

describe("the holiday days within a period, counted by period (r.12(3) as made)", () => {
  it("equal the days tested one by one, for any range of 1995-2025 (fast-check)", () => {
    const first = civilDate("1995-01-01");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 11_000 }), fc.integer({ min: -5, max: 800 }), (start, length) => {
        const from = first + start;
        const to = from + length;
        let expected = 0;
        for (let day = from; day <= to; day += 1) if (isTribunalHoliday(day)) expected += 1;
        expect(tribunalHolidaysWithin(from, to)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
