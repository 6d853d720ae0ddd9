// School days and whole term breaks (docs/sen-support.md): a review falls on a school day, and a
// break is the closure with the weekends, bank holidays and other closures next to it. Dates by
// hand from the 2024–26 calendars (bank holidays of England: 25, 26 Dec 2024; 1 Jan 2025; 1 Jan 2026).
import { describe, expect, it } from "vitest";
import { civilDate, formatCivilDate } from "../../src/dates/civil-date";
import type { DayRange } from "../../src/dates/closures";
import { nextTermBreak, schoolDayOnOrBefore, wholeBreak } from "../../src/dates/term-breaks";
import { ENGLAND_AND_WALES } from "../../src/dates/working-days";

const range = (first: string, last: string): DayRange => ({ first: civilDate(first), last: civilDate(last) });
const shown = (r: DayRange): string => `${formatCivilDate(r.first)}..${formatCivilDate(r.last)}`;

describe("wholeBreak", () => {
  it("a half-term listed Monday to Friday is the 9 days from the Saturday before to the Sunday after", () => {
    const halfTerm = range("2024-10-28", "2024-11-01");
    expect(shown(wholeBreak(halfTerm, ENGLAND_AND_WALES, [halfTerm]))).toBe("2024-10-26..2024-11-03");
  });

  it("two closures listed a weekend apart make one break, bank holidays inside: Sat 21 Dec 2024 to Sun 5 Jan 2025", () => {
    const closures = [range("2024-12-23", "2024-12-27"), range("2024-12-30", "2025-01-03")];
    expect(shown(wholeBreak(closures[0]!, ENGLAND_AND_WALES, closures))).toBe("2024-12-21..2025-01-05");
    expect(shown(wholeBreak(closures[1]!, ENGLAND_AND_WALES, closures))).toBe("2024-12-21..2025-01-05");
  });

  it("overlapping closures join: Fri 20 Dec 2024 (Thu 19 Dec a school day) to Sun 5 Jan 2025", () => {
    const closures = [range("2024-12-20", "2024-12-31"), range("2024-12-28", "2025-01-03")];
    expect(shown(wholeBreak(closures[1]!, ENGLAND_AND_WALES, closures))).toBe("2024-12-20..2025-01-05");
  });

  it("a closure inside a longer one takes the longer one's days, and the bank holiday after it (Thu 1 Jan 2026)", () => {
    const closures = [range("2025-01-01", "2025-12-31"), range("2025-03-03", "2025-03-07")];
    // Tue 31 Dec 2024 is a working day; Fri 2 Jan 2026 too.
    expect(shown(wholeBreak(closures[1]!, ENGLAND_AND_WALES, closures))).toBe("2025-01-01..2026-01-01");
  });

  it("a closure running to 9999-12-31 starts its break on the Saturday before it (Sat 19 Jul 2025)", () => {
    const closures = [range("2025-07-21", "9999-12-31")];
    // Fri 18 Jul 2025 is a school day; the walk past the end stops on the first working day after it.
    expect(formatCivilDate(wholeBreak(closures[0]!, ENGLAND_AND_WALES, closures).first)).toBe("2025-07-19");
  });
});

describe("schoolDayOnOrBefore", () => {
  it("from the Sunday after a half-term back to the Friday before it (Fri 25 Oct 2024)", () => {
    const closures = [range("2024-10-28", "2024-11-01")];
    expect(formatCivilDate(schoolDayOnOrBefore(civilDate("2024-11-03"), ENGLAND_AND_WALES, closures))).toBe("2024-10-25");
  });

  it("a school day is its own answer (Wed 6 Nov 2024)", () => {
    expect(formatCivilDate(schoolDayOnOrBefore(civilDate("2024-11-06"), ENGLAND_AND_WALES, []))).toBe("2024-11-06");
  });

  it("over a closure of centuries to the school day before it (Fri 18 Jul 2025)", () => {
    const closures = [range("2025-07-21", "2399-12-31")];
    expect(formatCivilDate(schoolDayOnOrBefore(civilDate("2399-06-01"), ENGLAND_AND_WALES, closures))).toBe("2025-07-18");
  });
});

describe("nextTermBreak", () => {
  it("passes over a half-term (9 days) to the Christmas break (16 days) when 10 days are needed", () => {
    const closures = [range("2024-10-28", "2024-11-01"), range("2024-12-23", "2025-01-03")];
    // Anchor Mon 2 Sep 2024, at least 4 weeks later: the half-term (Sat 26 Oct) is too short; Christmas starts Sat 21 Dec.
    expect(formatCivilDate(nextTermBreak(civilDate("2024-09-02"), 10, 4, ENGLAND_AND_WALES, closures) ?? 0)).toBe("2024-12-21");
  });
});
