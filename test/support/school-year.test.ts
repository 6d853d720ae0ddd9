// School years for CoP 6.65's meetings with parents: 1 September to 31 August (graduated-approach.md).
import { describe, expect, it } from "vitest";
import { civilDate, formatCivilDate } from "../../src/dates/civil-date";
import { schoolYearOf, schoolYearsBetween } from "../../src/support/school-year";

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
