// The counting forms of counting.md, each with dates worked out by hand, plus the readings,
// caller holiday changes and the plain-English working.
import { describe, expect, it } from "vitest";
import { type DayNumber, civilDate, formatCivilDate } from "../../src/dates/civil-date";
import { type CountingForm, type CountingReadings, STATUTORY_COUNTING, countFrom, formatCountingForm, formatPeriod } from "../../src/dates/counting";
import { describeCounting, nonWorkingLastDayNote } from "../../src/dates/describe";
import { countDeadline, isWorkingDayIn } from "../../src/dates/public";
import { ENGLAND_AND_WALES, type WorkingDayCalendar, workingDayCalendar } from "../../src/dates/working-days";
import { days, daysWith, months, monthsWith, weeks, working, workingWith } from "./forms";

const INCLUSIVE = { readings: { dayCounting: "day-one-inclusive" } } as const;
const ANNIVERSARY = { readings: { reviewPeriod: "anniversary" } } as const;
const ON = { readings: { phaseTransferDeadline: "on" } } as const;

function context(readings: Partial<CountingReadings> = {}, calendar: WorkingDayCalendar = ENGLAND_AND_WALES) {
  return { calendar, readings: { ...STATUTORY_COUNTING, ...readings } };
}

/** Counts with countFrom over day numbers (the engine), for comparison with countDeadline. */
function engine(form: CountingForm, anchor: string, readings: Partial<CountingReadings> = {}, calendar?: WorkingDayCalendar): string | null {
  const due = countFrom(form, civilDate(anchor), context(readings, calendar));
  return due === null ? null : formatCivilDate(due);
}

function explain(form: CountingForm, anchor: string, readings: Partial<CountingReadings> = {}, calendar?: WorkingDayCalendar): string {
  const ctx = context(readings, calendar);
  const day: DayNumber = civilDate(anchor);
  return describeCounting(form, day, countFrom(form, day, ctx), ctx);
}

describe("weeks-after(n): X + 7n days, the day of X not counted", () => {
  it("6 weeks from Mon 29 Dec 2025 is Mon 9 Feb 2026", () => {
    // 42 days: 30–31 Dec = 2, January 31 → 33, then 9 more in February → 9 Feb 2026.
    expect(countDeadline(weeks(6), "2025-12-29")).toBe("2026-02-09");
    expect(engine(weeks(6), "2025-12-29")).toBe("2026-02-09");
  });

  it("16 weeks from Wed 4 Sep 2024 is Christmas Day 2024 and does not roll (Regs 13(2))", () => {
    // 112 days: Sep 26 (5–30) + Oct 31 + Nov 30 = 87, + 25 in December → 25 Dec 2024.
    expect(countDeadline(weeks(16), "2024-09-04")).toBe("2024-12-25");
  });

  it("20 weeks across 29 February: from Thu 1 Feb 2024 is Thu 20 Jun 2024", () => {
    // 140 days: Feb 28 (2–29) + Mar 31 + Apr 30 + May 31 = 120, + 20 in June → 20 Jun 2024.
    expect(countDeadline(weeks(20), "2024-02-01")).toBe("2024-06-20");
  });
});

describe("days-after(n): X + n days", () => {
  it("15 days after Mon 3 Mar 2025 is Tue 18 Mar 2025", () => {
    // 3 + 15 = 18 March.
    expect(countDeadline(days(15), "2025-03-03")).toBe("2025-03-18");
  });

  it("14 days after Tue 20 Feb 2024 is Tue 5 Mar 2024 (leap February)", () => {
    // 21–29 Feb = 9 days, 1–5 Mar = 5 → 14.
    expect(countDeadline(days(14), "2024-02-20")).toBe("2024-03-05");
  });
});

describe("days-beginning-with(n): X is day 1, so X + n − 1", () => {
  it("15 days beginning with Mon 3 Mar 2025 end Mon 17 Mar 2025 (Regs 13(1)(a))", () => {
    // 3 + 15 − 1 = 17 March.
    expect(countDeadline(daysWith(15), "2025-03-03")).toBe("2025-03-17");
  });

  it("15 days beginning with 20 Feb 2024 end 5 Mar 2024; 1 day beginning with X is X", () => {
    // 20–29 Feb = 10 days (day 1 to day 10), 1–5 Mar = days 11–15.
    expect(countDeadline(daysWith(15), "2024-02-20")).toBe("2024-03-05");
    // A 1-day period beginning with 31 Dec 2025 is that day.
    expect(countDeadline(daysWith(1), "2025-12-31")).toBe("2025-12-31");
  });
});

describe("months-after(n): same day-number n months later, else that month's last day", () => {
  it("2 months after Mon 30 Jun 2025 is Sat 30 Aug 2025 (the appeal example)", () => {
    // June + 2 = August, which has a 30th.
    expect(countDeadline(months(2), "2025-06-30")).toBe("2025-08-30");
  });

  it("2 months after 31 Dec 2027 is 29 Feb 2028; after 31 Dec 2026 it is 28 Feb 2027", () => {
    // December + 2 = February; 2028 is a leap year (29 days), 2027 is not (28 days).
    expect(countDeadline(months(2), "2027-12-31")).toBe("2028-02-29");
    expect(countDeadline(months(2), "2026-12-31")).toBe("2027-02-28");
  });

  it("1 month after 31 Aug 2025 is 30 Sep 2025; 12 months after 29 Feb 2024 is 28 Feb 2025", () => {
    // September has 30 days; February 2025 has 28.
    expect(countDeadline(months(1), "2025-08-31")).toBe("2025-09-30");
    expect(countDeadline(months(12), "2024-02-29")).toBe("2025-02-28");
  });
});

describe("months-beginning-with(n)", () => {
  it("strict (default): ends the day before the same date n months later", () => {
    // CFA s.44: 12 months starting with 15 Apr 2023 → 15 Apr 2024 − 1 day = 14 Apr 2024.
    expect(countDeadline(monthsWith(12), "2023-04-15")).toBe("2024-04-14");
    // 12 months starting with 1 Mar 2024 → 1 Mar 2025 − 1 = 28 Feb 2025;
    // starting with 1 Mar 2023 → 1 Mar 2024 − 1 = 29 Feb 2024 (leap).
    expect(countDeadline(monthsWith(12), "2024-03-01")).toBe("2025-02-28");
    expect(countDeadline(monthsWith(12), "2023-03-01")).toBe("2024-02-29");
    // 2 months starting with 31 Jan 2025 → 31 Mar 2025 exists, so the day before: 30 Mar 2025.
    expect(countDeadline(monthsWith(2), "2025-01-31")).toBe("2025-03-30");
    // 6 months starting with 1 Jan 2025 → 1 Jul 2025 − 1 = 30 Jun 2025.
    expect(countDeadline(monthsWith(6), "2025-01-01")).toBe("2025-06-30");
  });

  it("strict: where the month is too short the period ends on its last day", () => {
    // 12 months starting with 29 Feb 2024: Feb 2025 has no 29th → 28 Feb 2025 (counting.md).
    expect(countDeadline(monthsWith(12), "2024-02-29")).toBe("2025-02-28");
    // 3 months starting with 30 Nov 2024: Feb 2025 has no 30th → 28 Feb 2025.
    expect(countDeadline(monthsWith(3), "2024-11-30")).toBe("2025-02-28");
    // 1 month starting with 31 Jan 2024: Feb 2024 has no 31st → 29 Feb 2024.
    expect(countDeadline(monthsWith(1), "2024-01-31")).toBe("2024-02-29");
    // 1 month starting with 29 Jan 2024: 29 Feb 2024 exists → the day before, 28 Feb 2024.
    expect(countDeadline(monthsWith(1), "2024-01-29")).toBe("2024-02-28");
  });

  it("anniversary reading: ends on the same date (clamped to the month's end)", () => {
    // 15 Apr 2023 + 12 months = 15 Apr 2024; 29 Feb 2024 + 12 = 28 Feb 2025; 31 Jan 2025 + 2 = 31 Mar 2025.
    expect(countDeadline(monthsWith(12), "2023-04-15", ANNIVERSARY)).toBe("2024-04-15");
    expect(countDeadline(monthsWith(12), "2024-02-29", ANNIVERSARY)).toBe("2025-02-28");
    expect(countDeadline(monthsWith(2), "2025-01-31", ANNIVERSARY)).toBe("2025-03-31");
  });
});

describe("working-days-after(n): the n-th working day after X", () => {
  it("Christmas 2021 on a Saturday: substitutes Mon 27 and Tue 28 Dec are skipped", () => {
    // From Thu 23 Dec 2021: Fri 24 (1); Sat 25, Sun 26, Mon 27, Tue 28 skipped; Wed 29 (2); Thu 30 (3).
    expect(countDeadline(working(3), "2021-12-23")).toBe("2021-12-30");
  });

  it("New Year 2022 on a Saturday: the substitute Mon 3 Jan 2022 is skipped", () => {
    // From Thu 30 Dec 2021: Fri 31 (1); Sat 1, Sun 2, Mon 3 (substitute) skipped; Tue 4 Jan (2).
    expect(countDeadline(working(2), "2021-12-30")).toBe("2022-01-04");
  });

  it("Christmas 2024 and New Year 2025: 10 working days from Fri 20 Dec 2024 is Wed 8 Jan 2025", () => {
    // Mon 23 (1), Tue 24 (2), [25, 26 holidays], Fri 27 (3), Mon 30 (4), Tue 31 (5), [Wed 1 Jan],
    // Thu 2 (6), Fri 3 (7), Mon 6 (8), Tue 7 (9), Wed 8 (10).
    expect(countDeadline(working(10), "2024-12-20")).toBe("2025-01-08");
    // The 3-working-day example of counting.md: Mon 23, Tue 24, Fri 27 → 27 Dec 2024.
    expect(countDeadline(working(3), "2024-12-20")).toBe("2024-12-27");
  });

  it("over Easter 2025 (Good Friday 18 Apr, Easter Monday 21 Apr)", () => {
    // From Thu 17 Apr: Fri 18, Sat 19, Sun 20, Mon 21 skipped → Tue 22 Apr is working day 1.
    expect(countDeadline(working(1), "2025-04-17")).toBe("2025-04-22");
    // From Wed 16 Apr: Thu 17 (1), Tue 22 (2), Wed 23 (3), Thu 24 (4), Fri 25 (5).
    expect(countDeadline(working(5), "2025-04-16")).toBe("2025-04-25");
  });

  it("from a Saturday the Monday is working day 1", () => {
    // From Sat 1 Mar 2025: Sun 2 skipped, Mon 3 (1), Tue 4 (2).
    expect(countDeadline(working(2), "2025-03-01")).toBe("2025-03-04");
  });
});

describe("working-days-beginning-with(n): X is day 1 if it is a working day", () => {
  it("anchor on a working day counts as day 1", () => {
    // 5 working days beginning with Mon 3 Mar 2025: Mon 3 (1) … Fri 7 (5).
    expect(countDeadline(workingWith(5), "2025-03-03")).toBe("2025-03-07");
    // 1 working day beginning with Mon 3 Mar 2025 is that day.
    expect(countDeadline(workingWith(1), "2025-03-03")).toBe("2025-03-03");
  });

  it("anchor on a Saturday: the Monday is day 1", () => {
    // Sat 1 Mar 2025 → Mon 3 (1), Tue 4, Wed 5, Thu 6, Fri 7 (5).
    expect(countDeadline(workingWith(5), "2025-03-01")).toBe("2025-03-07");
    expect(countDeadline(workingWith(1), "2025-03-01")).toBe("2025-03-03");
  });

  it("anchor on Christmas Day 2024: Fri 27 Dec is day 1", () => {
    // Wed 25, Thu 26 holidays; Fri 27 (1); Sat, Sun; Mon 30 (2); Tue 31 (3).
    expect(countDeadline(workingWith(3), "2024-12-25")).toBe("2024-12-31");
  });
});

describe("before(day, month): the day before the named date in the anchor's year", () => {
  it("a transfer in September 2026: 15 February → last day Sat 14 Feb 2026, not moved", () => {
    // Regs 18(1)(a): "before 15 February" of the calendar year of the transfer (2026) → 14 Feb 2026.
    // 1 Jan 2026 is a Thursday; 14 Feb is 44 days later = Thursday + 2 = Saturday. It stays.
    expect(countDeadline({ kind: "before", day: 15, month: 2 }, "2026-09-01")).toBe("2026-02-14");
    expect(isWorkingDayIn("2026-02-14")).toBe(false);
    // Reading phaseTransferDeadline "on": 15 Feb 2026 itself.
    expect(countDeadline({ kind: "before", day: 15, month: 2 }, "2026-09-01", ON)).toBe("2026-02-15");
  });

  it("31 March (post-16 transfers): 30 Mar 2026 by default, 31 Mar 2026 on the 'on' reading", () => {
    // 31 March − 1 day = 30 March of the transfer's year.
    expect(countDeadline({ kind: "before", day: 31, month: 3 }, "2026-09-01")).toBe("2026-03-30");
    expect(countDeadline({ kind: "before", day: 31, month: 3 }, "2026-09-01", ON)).toBe("2026-03-31");
  });

  it("before 1 March: the day before is the end of February (29 Feb in 2028)", () => {
    // 1 Mar 2028 − 1 = 29 Feb 2028 (leap); 1 Mar 2027 − 1 = 28 Feb 2027.
    expect(countDeadline({ kind: "before", day: 1, month: 3 }, "2028-09-01")).toBe("2028-02-29");
    expect(countDeadline({ kind: "before", day: 1, month: 3 }, "2027-09-01")).toBe("2027-02-28");
  });
});

describe("at-least-before(period): on or before the event minus the period", () => {
  const before = (period: Extract<CountingForm, { kind: "at-least-before" }>["period"]): CountingForm => ({
    kind: "at-least-before",
    period,
  });

  it("14 days' / 2 weeks' notice of a meeting on Fri 22 May 2026: by Fri 8 May 2026", () => {
    // 22 − 14 = 8 May.
    expect(countDeadline(before({ unit: "days", count: 14 }), "2026-05-22")).toBe("2026-05-08");
    expect(countDeadline(before({ unit: "weeks", count: 2 }), "2026-05-22")).toBe("2026-05-08");
  });

  it("5 months before 1 Sep 2026 is 1 Apr 2026; 1 month before 31 Mar 2025 is 28 Feb 2025", () => {
    // September − 5 = April, day 1 exists. March − 1 = February 2025, no 31st → 28th.
    expect(countDeadline(before({ unit: "months", count: 5 }), "2026-09-01")).toBe("2026-04-01");
    expect(countDeadline(before({ unit: "months", count: 1 }), "2025-03-31")).toBe("2025-02-28");
  });

  it("5 working days before Fri 29 May 2026 across the spring bank holiday (Mon 25 May) is Thu 21 May", () => {
    // Thu 28 (1), Wed 27 (2), Tue 26 (3), Mon 25 holiday, Sun 24, Sat 23, Fri 22 (4), Thu 21 (5).
    expect(countDeadline(before({ unit: "working-days", count: 5 }), "2026-05-29")).toBe("2026-05-21");
    // Without the holiday (caller removes it) Mon 25 is working day 4, so Fri 22 is the 5th.
    expect(countDeadline(before({ unit: "working-days", count: 5 }), "2026-05-29", { removeHolidays: ["2026-05-25"] })).toBe("2026-05-22");
  });

  it("is not changed by the day-one-inclusive reading", () => {
    // Same arithmetic as above: 22 May − 14 days = 8 May 2026.
    expect(countDeadline(before({ unit: "days", count: 14 }), "2026-05-22", INCLUSIVE)).toBe("2026-05-08");
  });
});

describe("as-soon-as-practicable, on-date, before-next-closure", () => {
  it("as soon as practicable has no date", () => {
    // counting.md: "no date: the output says so and carries no due".
    expect(countDeadline({ kind: "as-soon-as-practicable" }, "2025-01-06")).toBeNull();
    expect(engine({ kind: "as-soon-as-practicable" }, "2025-01-06")).toBeNull();
  });

  it("school-day-by: the last school day on or before the inner form's day", () => {
    // Sun 22 Dec 2024 → Fri 20 Dec; Mon 26 May 2025 (spring bank holiday) → Fri 23 May; Tue 15 Jul 2025 stays.
    const onSchoolDay: CountingForm = { kind: "school-day-by", form: { kind: "on-date" } };
    expect(countDeadline(onSchoolDay, "2024-12-22")).toBe("2024-12-20");
    expect(countDeadline(onSchoolDay, "2025-05-26")).toBe("2025-05-23");
    expect(countDeadline(onSchoolDay, "2025-07-15")).toBe("2025-07-15");
    // A closure: Wed 23 Jul 2025 in a closure from 23 Jul → Tue 22 Jul.
    const ctx = { ...context(), closures: [{ first: civilDate("2025-07-23"), last: civilDate("2025-09-02") }] };
    expect(formatCivilDate(countFrom(onSchoolDay, civilDate("2025-07-23"), ctx) ?? Number.NaN)).toBe("2025-07-22");
    expect(formatCountingForm({ kind: "school-day-by", form: { kind: "weeks-after", weeks: 12 } })).toBe("school-day-by(weeks-after(12))");
  });

  it("on-date: the anchor is the last day", () => {
    // A review date agreed in the plan, 15 Jul 2025, is itself the due date.
    expect(countDeadline({ kind: "on-date" }, "2025-07-15")).toBe("2025-07-15");
  });

  it("before-next-closure: the day before the first long-enough closure starting after the anchor", () => {
    // Closures: half term 26–30 May 2025 (5 days), summer 23 Jul–2 Sep 2025 (9 + 31 + 2 = 42 days).
    const closures = [
      { first: civilDate("2025-05-26"), last: civilDate("2025-05-30") },
      { first: civilDate("2025-07-23"), last: civilDate("2025-09-02") },
    ];
    const ctx = { ...context(), closures };
    const form: CountingForm = { kind: "before-next-closure", minimumDays: 28 };
    // From 1 May 2025 the half term is too short; summer starts 23 Jul → last day 22 Jul 2025.
    expect(formatCivilDate(countFrom(form, civilDate("2025-05-01"), ctx) ?? Number.NaN)).toBe("2025-07-22");
    // A break of at least 5 days: the half term (Mon 26 May is also the spring bank holiday) joins the
    // weekend before it, Sat 24 May, so the last day before the break is Fri 23 May 2025.
    expect(formatCivilDate(countFrom({ kind: "before-next-closure", minimumDays: 5 }, civilDate("2025-05-01"), ctx) ?? Number.NaN)).toBe("2025-05-23");
    // With a minimum run of 4 weeks (1 May + 28 = 29 May), the half term starts too soon: summer, 22 Jul 2025.
    expect(formatCivilDate(countFrom({ kind: "before-next-closure", minimumDays: 5, minimumWeeks: 4 }, civilDate("2025-05-01"), ctx) ?? Number.NaN)).toBe("2025-07-22");
    // From 23 Jul 2025 (the summer closure starts on, not after, the anchor) none is left.
    expect(countFrom(form, civilDate("2025-07-23"), ctx)).toBeNull();
    expect(countFrom(form, civilDate("2025-05-01"), context())).toBeNull();
    // Closures in any order: listed summer first, half term (from Sat 24 May) is still the next of 5 days or more.
    const reversed = { ...context(), closures: [...closures].reverse() };
    expect(formatCivilDate(countFrom({ kind: "before-next-closure", minimumDays: 5 }, civilDate("2025-05-01"), reversed) ?? Number.NaN)).toBe("2025-05-23");
  });
});

describe("reading dayCounting: day-one-inclusive (the anchor is day 1)", () => {
  it("weeks-after: 4 weeks from Fri 1 Nov 2024 → Thu 28 Nov (statutory Fri 29 Nov)", () => {
    // Statutory: 1 + 28 = 29 Nov. Inclusive: 28 days beginning with 1 Nov → 1 + 28 − 1 = 28 Nov.
    expect(countDeadline(weeks(4), "2024-11-01")).toBe("2024-11-29");
    expect(countDeadline(weeks(4), "2024-11-01", INCLUSIVE)).toBe("2024-11-28");
  });

  it("days-after: 15 days from Mon 3 Mar 2025 → Mon 17 Mar (statutory Tue 18 Mar)", () => {
    // 3 + 15 − 1 = 17.
    expect(countDeadline(days(15), "2025-03-03", INCLUSIVE)).toBe("2025-03-17");
  });

  it("months-after: 2 months from Mon 30 Jun 2025 → Fri 29 Aug 2025 (statutory Sat 30 Aug)", () => {
    // 2 months beginning with 30 Jun end the day before 30 Aug: 29 Aug 2025.
    expect(countDeadline(months(2), "2025-06-30", INCLUSIVE)).toBe("2025-08-29");
    // 31 Dec 2027: Feb 2028 has no 31st, so the period ends on its last day, 29 Feb 2028.
    expect(countDeadline(months(2), "2027-12-31", INCLUSIVE)).toBe("2028-02-29");
  });

  it("months-after under day-one-inclusive is not changed by the reviewPeriod reading", () => {
    // reviewPeriod is about "12 months starting with" (CFA s.44), not an appeal's "2 months
    // after". With the anchor as day 1, 2 months from 30 Jun 2025 still end on 29 Aug 2025.
    expect(countDeadline(months(2), "2025-06-30", { readings: { dayCounting: "day-one-inclusive", reviewPeriod: "anniversary" } })).toBe("2025-08-29");
  });

  it("working-days-after: 3 working days from Fri 20 Dec 2024 → Tue 24 Dec (statutory Fri 27 Dec)", () => {
    // Inclusive: Fri 20 (1), Mon 23 (2), Tue 24 (3).
    expect(countDeadline(working(3), "2024-12-20", INCLUSIVE)).toBe("2024-12-24");
    // From Sat 21 Dec the first working day is Mon 23 (1), Tue 24 (2), Fri 27 (3) either way.
    expect(countDeadline(working(3), "2024-12-21", INCLUSIVE)).toBe("2024-12-27");
  });

  it("does not change the beginning-with forms or before()", () => {
    // 15 days beginning with 3 Mar 2025 → 17 Mar; 12 months starting with 15 Apr 2023 → 14 Apr 2024;
    // 5 working days beginning with Mon 3 Mar 2025 → Fri 7 Mar; before 15 Feb 2026 → 14 Feb 2026.
    expect(countDeadline(daysWith(15), "2025-03-03", INCLUSIVE)).toBe("2025-03-17");
    expect(countDeadline(monthsWith(12), "2023-04-15", INCLUSIVE)).toBe("2024-04-14");
    expect(countDeadline(workingWith(5), "2025-03-03", INCLUSIVE)).toBe("2025-03-07");
    expect(countDeadline({ kind: "before", day: 15, month: 2 }, "2026-09-01", INCLUSIVE)).toBe("2026-02-14");
  });
});

describe("caller holiday changes", () => {
  it("adding a holiday moves a working-day count later", () => {
    // 3 working days from Mon 3 Mar 2025: Tue 4, Wed 5, Thu 6. With 4 Mar a holiday: 5, 6, Fri 7.
    expect(countDeadline(working(3), "2025-03-03")).toBe("2025-03-06");
    expect(countDeadline(working(3), "2025-03-03", { addHolidays: ["2025-03-04"] })).toBe("2025-03-07");
    const calendar = workingDayCalendar({ add: [{ date: civilDate("2025-03-04"), name: "local holiday" }] });
    expect(engine(working(3), "2025-03-03", {}, calendar)).toBe("2025-03-07");
  });

  it("removing a holiday moves a working-day count earlier", () => {
    // Without Boxing Day 2024: from Fri 20 Dec, Mon 23 (1), Tue 24 (2), Thu 26 (3).
    expect(countDeadline(working(3), "2024-12-20", { removeHolidays: ["2024-12-26"] })).toBe("2024-12-26");
    expect(engine(working(3), "2024-12-20", {}, workingDayCalendar({ remove: [civilDate("2024-12-26")] }))).toBe("2024-12-26");
  });

  it("a holiday outside the counted days, or on a weekend, changes nothing", () => {
    // 3 working days from Mon 3 Mar 2025 are 4–6 Mar; 10 Mar (after) and Sat 8 Mar do not matter.
    expect(countDeadline(working(3), "2025-03-03", { addHolidays: ["2025-03-10", "2025-03-08"] })).toBe("2025-03-06");
  });

  it("holidays never move calendar forms (LA duties do not roll)", () => {
    // 16 weeks from 4 Sep 2024 = 25 Dec 2024 (above), whatever the table says.
    expect(countDeadline(weeks(16), "2024-09-04", { removeHolidays: ["2024-12-25"], addHolidays: ["2024-12-24"] })).toBe("2024-12-25");
  });

  it("isWorkingDayIn follows the changes", () => {
    // Boxing Day 2024 (Thursday) is a holiday; removed, it is a working day. 4 Mar 2025 (Tuesday)
    // is a working day; added, it is not. Sat 1 Mar 2025 is never a working day.
    expect(isWorkingDayIn("2024-12-26")).toBe(false);
    expect(isWorkingDayIn("2024-12-26", { removeHolidays: ["2024-12-26"] })).toBe(true);
    expect(isWorkingDayIn("2025-03-04")).toBe(true);
    expect(isWorkingDayIn("2025-03-04", { addHolidays: ["2025-03-04"] })).toBe(false);
    expect(isWorkingDayIn("2025-03-01", { removeHolidays: ["2025-03-01"] })).toBe(false);
  });
});

describe("formatCountingForm and formatPeriod", () => {
  it("writes forms as the rule catalogue does", () => {
    // counting.md: weeks-after(20), before(15 February), at-least-before(14 days).
    expect(formatCountingForm(weeks(20))).toBe("weeks-after(20)");
    expect(formatCountingForm({ kind: "before", day: 15, month: 2 })).toBe("before(15 February)");
    expect(formatCountingForm({ kind: "before", day: 31, month: 3 })).toBe("before(31 March)");
    expect(formatCountingForm({ kind: "at-least-before", period: { unit: "days", count: 14 } })).toBe("at-least-before(14 days)");
    expect(formatCountingForm({ kind: "at-least-before", period: { unit: "months", count: 1 } })).toBe("at-least-before(1 month)");
    expect(formatCountingForm({ kind: "at-least-before", period: { unit: "working-days", count: 5 } })).toBe("at-least-before(5 working days)");
    expect(formatCountingForm(days(15))).toBe("days-after(15)");
    expect(formatCountingForm(daysWith(15))).toBe("days-beginning-with(15)");
    expect(formatCountingForm(months(2))).toBe("months-after(2)");
    expect(formatCountingForm(monthsWith(12))).toBe("months-beginning-with(12)");
    expect(formatCountingForm(working(3))).toBe("working-days-after(3)");
    expect(formatCountingForm(workingWith(5))).toBe("working-days-beginning-with(5)");
    expect(formatCountingForm({ kind: "as-soon-as-practicable" })).toBe("as-soon-as-practicable");
    expect(formatPeriod({ unit: "weeks", count: 1 })).toBe("1 week");
    expect(formatPeriod({ unit: "working-days", count: 1 })).toBe("1 working day");
  });
});

describe("describeCounting: the working in plain English", () => {
  it("3 working days from Fri 20 Dec 2024 names the due date, Christmas Day and Boxing Day", () => {
    // Due Fri 27 Dec 2024 (worked above); skipped: Sat 21, Sun 22, Wed 25 (Christmas), Thu 26 (Boxing Day).
    const text = explain(working(3), "2024-12-20");
    expect(text).toContain("Friday 20 December 2024 (2024-12-20)");
    expect(text).toContain("Friday 27 December 2024 (2024-12-27)");
    expect(text).toContain("Wednesday 25 December 2024 (2024-12-25) Christmas Day");
    expect(text).toContain("Thursday 26 December 2024 (2024-12-26) Boxing Day");
    expect(text).toContain("Saturday 21 December 2024");
    expect(text).toContain("Sunday 22 December 2024");
    // Mon 23 and Tue 24 were counted, so they are not listed as skipped.
    expect(text).not.toContain("23 December");
    expect(text).not.toContain("24 December");
  });

  it("names a holiday the caller added, and not one the caller removed", () => {
    // 10 working days from Fri 20 Dec 2024 end Wed 8 Jan 2025 (worked above). With Thu 2 Jan a
    // holiday: Fri 3 (6), Mon 6 (7), Tue 7 (8), Wed 8 (9), Thu 9 Jan 2025 (10).
    const added = workingDayCalendar({ add: [{ date: civilDate("2025-01-02"), name: "2 January (Scotland)" }] });
    const text = explain(working(10), "2024-12-20", {}, added);
    expect(text).toContain("Thursday 9 January 2025 (2025-01-09)");
    expect(text).toContain("2 January (Scotland)");
    expect(text).toContain("New Year's Day");
    // Boxing Day removed: due Thu 26 Dec 2024 (worked above), and Boxing Day is not named.
    const removed = explain(working(3), "2024-12-20", {}, workingDayCalendar({ remove: [civilDate("2024-12-26")] }));
    expect(removed).toContain("Thursday 26 December 2024 (2024-12-26)");
    expect(removed).not.toContain("Boxing Day");
  });

  it("working days beginning with a Saturday lists that weekend as not counted", () => {
    // 5 working days beginning with Sat 1 Mar 2025 end Fri 7 Mar; Sat 1 and Sun 2 are skipped.
    const text = explain(workingWith(5), "2025-03-01");
    expect(text).toContain("Friday 7 March 2025 (2025-03-07)");
    expect(text).toContain("Saturday 1 March 2025 (2025-03-01) weekend");
    expect(text).toContain("Sunday 2 March 2025 (2025-03-02) weekend");
  });

  it("weeks-after gives the weeks, the days and the due date", () => {
    // 20 weeks = 140 days from Wed 4 Sep 2024 → Wed 22 Jan 2025.
    const text = explain(weeks(20), "2024-09-04");
    expect(text).toContain("20 weeks");
    expect(text).toContain("140 days");
    expect(text).toContain("Wednesday 4 September 2024 (2024-09-04)");
    expect(text).toContain("Wednesday 22 January 2025 (2025-01-22)");
    // The same under day-one-inclusive: 140 days beginning with 4 Sep → Tue 21 Jan 2025, reading named.
    const inclusive = explain(weeks(20), "2024-09-04", { dayCounting: "day-one-inclusive" });
    expect(inclusive).toContain("Tuesday 21 January 2025 (2025-01-21)");
    expect(inclusive).toContain("day-one-inclusive");
  });

  it("explains a clamped month end, and only a clamped one", () => {
    // 12 months starting with Thu 29 Feb 2024 (strict): Feb 2025 has no 29th → Fri 28 Feb 2025.
    const clamped = explain(monthsWith(12), "2024-02-29");
    expect(clamped).toContain("Friday 28 February 2025 (2025-02-28)");
    expect(clamped).toContain("February 2025 has no day 29");
    // 2 months after 31 Dec 2027 → Tue 29 Feb 2028 (1 Jan 2028 is a Saturday; + 59 days = Tuesday).
    const after = explain(months(2), "2027-12-31");
    expect(after).toContain("Tuesday 29 February 2028 (2028-02-29)");
    expect(after).toContain("February 2028 has no day 31");
    // 2 months starting with 31 Jan 2025 (strict): 31 Mar exists, the period ends Sun 30 Mar 2025
    // (1 Jan 2025 Wednesday + 88 days = Wednesday + 4). March has a 31st, so no clamp note.
    const unclamped = explain(monthsWith(2), "2025-01-31");
    expect(unclamped).toContain("Sunday 30 March 2025 (2025-03-30)");
    expect(unclamped).not.toContain("has no day");
    // 12 months starting with 30 Apr 2024 (strict) → 29 Apr 2025, a Tuesday: April has a 30th.
    const april = explain(monthsWith(12), "2024-04-30");
    expect(april).toContain("Tuesday 29 April 2025 (2025-04-29)");
    expect(april).not.toContain("has no day");
  });

  it("names the anniversary and phase-transfer readings", () => {
    // 12 months starting with 15 Apr 2023, anniversary → Mon 15 Apr 2024.
    const anniversary = explain(monthsWith(12), "2023-04-15", { reviewPeriod: "anniversary" });
    expect(anniversary).toContain("Monday 15 April 2024 (2024-04-15)");
    expect(anniversary).toContain("anniversary");
    // before(15 February), transfer 1 Sep 2026: Sat 14 Feb 2026 by default, Sun 15 Feb on "on".
    const before = explain({ kind: "before", day: 15, month: 2 }, "2026-09-01");
    expect(before).toContain("Saturday 14 February 2026 (2026-02-14)");
    const on = explain({ kind: "before", day: 15, month: 2 }, "2026-09-01", { phaseTransferDeadline: "on" });
    expect(on).toContain("Sunday 15 February 2026 (2026-02-15)");
    expect(on).toContain("phaseTransferDeadline: on");
  });

  it("months-after under day-one-inclusive does not claim the anniversary reading", () => {
    // 2 months from 30 Jun 2025, anchor as day 1 → Fri 29 Aug 2025 (worked above), whatever reviewPeriod is.
    const text = explain(months(2), "2025-06-30", { dayCounting: "day-one-inclusive", reviewPeriod: "anniversary" });
    expect(text).toContain("Friday 29 August 2025 (2025-08-29)");
    expect(text).not.toContain("anniversary");
  });

  it("at-least-before and as-soon-as-practicable", () => {
    // Meeting Fri 22 May 2026, 14 days' notice → on or before Fri 8 May 2026.
    const notice = explain({ kind: "at-least-before", period: { unit: "days", count: 14 } }, "2026-05-22");
    expect(notice).toContain("14 days");
    expect(notice).toContain("Friday 8 May 2026 (2026-05-08)");
    // No date at all.
    expect(explain({ kind: "as-soon-as-practicable" }, "2025-01-06")).toContain("no date");
  });
});

describe("nonWorkingLastDayNote: a last day that is not a working day does not move", () => {
  it("names the holiday or weekday, and says nothing for a working day", () => {
    // 25 Dec 2024 is Christmas Day; 14 Feb 2026 is a Saturday (worked above); 22 Jan 2025 is a Wednesday.
    expect(nonWorkingLastDayNote(civilDate("2024-12-25"), context())).toContain("Christmas Day");
    expect(nonWorkingLastDayNote(civilDate("2024-12-25"), context())).toContain("does not move");
    expect(nonWorkingLastDayNote(civilDate("2026-02-14"), context())).toContain("a Saturday");
    expect(nonWorkingLastDayNote(civilDate("2025-01-22"), context())).toBeNull();
  });
});
