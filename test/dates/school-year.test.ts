// School years for CoP 6.65's meetings with parents: 1 September to 31 August (graduated-approach.md).
import { describe, expect, it } from "vitest";
import { civilDate, formatCivilDate } from "../../src/dates/civil-date";
import { academicYearEnd, schoolYearOf, schoolYearsBetween } from "../../src/dates/school-year";

describe("school years", () => {
  it("31 August is the last day of one year, 1 September the first of the next", () => {
    expect(schoolYearOf(civilDate("2025-08-31")).label).toBe("2024-25");
    expect(schoolYearOf(civilDate("2025-09-01")).label).toBe("2025-26");
    const year = schoolYearOf(civilDate("2000-02-29"));
    expect([year.label, formatCivilDate(year.first), formatCivilDate(year.last)]).toEqual(["1999-00", "1999-09-01", "2000-08-31"]);
  });

  it("every year a span touches, in order", () => {
    const labels = (a: string, b: string) => schoolYearsBetween(civilDate(a), civilDate(b)).map((y) => y.label);
    expect(labels("2024-06-03", "2024-10-18")).toEqual(["2023-24", "2024-25"]);
    expect(labels("2024-09-01", "2025-08-31")).toEqual(["2024-25"]);
    expect(labels("2023-12-01", "2026-01-01")).toEqual(["2023-24", "2024-25", "2025-26"]);
  });
});

describe("academicYearEnd (CFA s.46; SEND Regulations 2014 reg 46)", () => {
  it("ends on 31 July of the academic year the day falls in", () => {
    // A 25th birthday on 15 Sep 2031 falls in the academic year 1 Aug 2031 – 31 Jul 2032.
    expect(formatCivilDate(academicYearEnd(civilDate("2031-09-15")))).toBe("2032-07-31");
    // One on 31 Jul 2031 is the last day of the year 1 Aug 2030 – 31 Jul 2031.
    expect(formatCivilDate(academicYearEnd(civilDate("2031-07-31")))).toBe("2031-07-31");
    // One on 1 Aug 2031 starts the next: 31 Jul 2032.
    expect(formatCivilDate(academicYearEnd(civilDate("2031-08-01")))).toBe("2032-07-31");
  });
});
