import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import { englandAndWalesBankHolidays } from "../../scripts/bank-holiday-rules";
import { BANK_HOLIDAY_TABLE_FIRST_YEAR, BANK_HOLIDAY_TABLE_LAST_YEAR, ENGLAND_AND_WALES_BANK_HOLIDAYS } from "../../src/dates/bank-holidays";
import { civilDate, isoWeekday } from "../../src/dates/civil-date";

const dates = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS.map((holiday) => holiday.date));
const datesIn = (year: number): string[] => ENGLAND_AND_WALES_BANK_HOLIDAYS.map((holiday) => holiday.date).filter((date) => date.startsWith(`${year}-`));
const isWeekday = (date: string): boolean => isoWeekday(civilDate(date)) <= 5;

describe("England and Wales bank-holiday table", () => {
  it("covers 2014–2035", () => {
    expect(BANK_HOLIDAY_TABLE_FIRST_YEAR).toBe(2014);
    expect(BANK_HOLIDAY_TABLE_LAST_YEAR).toBe(2035);
  });

  it("is exactly what scripts/generate-bank-holidays.ts produces (no hand edits)", () => {
    expect(ENGLAND_AND_WALES_BANK_HOLIDAYS).toEqual(englandAndWalesBankHolidays(BANK_HOLIDAY_TABLE_FIRST_YEAR, BANK_HOLIDAY_TABLE_LAST_YEAR));
  });

  it("lists weekdays only, each once, in date order", () => {
    const list = ENGLAND_AND_WALES_BANK_HOLIDAYS.map((holiday) => holiday.date);
    expect(list.filter((date) => !isWeekday(date))).toEqual([]);
    expect(dates.size).toBe(list.length);
    expect(list).toEqual([...list].sort());
    for (const { name } of ENGLAND_AND_WALES_BANK_HOLIDAYS) expect(name).not.toBe("");
  });

  it("agrees with the date-holidays package (GB-ENG) for 2014–2030", () => {
    // date-holidays lists a holiday on its own date even on a weekend (e.g. Saturday 25 Dec
    // 2021) and adds the substitute weekday separately; weekends are non-working anyway, so we
    // compare weekdays only. "observance" entries (Mother's Day, Easter Sunday) are working days.
    // Known differences from the law: none found with date-holidays 3.37.0.
    const knownDifferences: string[] = [];
    const holidays = new Holidays("GB", "ENG");
    for (let year = 2014; year <= 2030; year += 1) {
      const theirs = holidays
        .getHolidays(year)
        .filter((holiday) => holiday.type === "public" || holiday.type === "bank")
        .map((holiday) => holiday.date.slice(0, 10))
        .filter(isWeekday);
      const ours = datesIn(year);
      const differences = [...ours.filter((date) => !theirs.includes(date)), ...theirs.filter((date) => !ours.includes(date))];
      expect(differences, `year ${year}`).toEqual(knownDifferences.filter((date) => date.startsWith(`${year}-`)));
    }
  });

  it("matches hand-worked dates", () => {
    // Easter 2024 was Sunday 31 March, so Good Friday is 29 March.
    expect(dates.has("2024-03-29")).toBe(true);
    // Easter 2025 was Sunday 20 April, so Easter Monday is 21 April.
    expect(dates.has("2025-04-21")).toBe(true);
    // 2020: early May holiday moved from Monday 4 May to Friday 8 May (VE Day 75) by proclamation.
    expect(dates.has("2020-05-08")).toBe(true);
    expect(dates.has("2020-05-04")).toBe(false);
    // 2022: spring holiday moved from Monday 30 May to Thursday 2 June, Platinum Jubilee Friday 3 June.
    expect(dates.has("2022-06-02")).toBe(true);
    expect(dates.has("2022-06-03")).toBe(true);
    expect(dates.has("2022-05-30")).toBe(false);
    // State Funeral of Queen Elizabeth II, Monday 19 September 2022.
    expect(dates.has("2022-09-19")).toBe(true);
    // Coronation of King Charles III, Monday 8 May 2023.
    expect(dates.has("2023-05-08")).toBe(true);
    // Christmas 2021 was a Saturday, Boxing Day a Sunday: substitutes Monday 27 and Tuesday 28.
    expect(datesIn(2021).filter((date) => date >= "2021-12-24")).toEqual(["2021-12-27", "2021-12-28"]);
    // Christmas 2022 was a Sunday: Boxing Day stays Monday 26, Christmas moves to Tuesday 27 (Sch 1).
    expect(datesIn(2022).filter((date) => date >= "2022-12-24")).toEqual(["2022-12-26", "2022-12-27"]);
    // 1 January 2022 was a Saturday: substitute Monday 3 January.
    expect(datesIn(2022)[0]).toBe("2022-01-03");
    // 1 January 2023 was a Sunday: substitute Monday 2 January.
    expect(datesIn(2023)[0]).toBe("2023-01-02");
  });

  it("has 8 days a year, except 10 in 2022 and 9 in 2023", () => {
    // Usual year: New Year, Good Friday, Easter Monday, early May, spring, summer, Christmas,
    // Boxing Day = 8 (a weekend one is replaced by exactly one substitute weekday).
    // 2020: early May moved, not added = 8. 2022: spring moved, + Jubilee + State Funeral = 10.
    // 2023: + Coronation = 9.
    const expected = (year: number): number => (year === 2022 ? 10 : year === 2023 ? 9 : 8);
    for (let year = 2014; year <= 2035; year += 1) {
      expect(datesIn(year).length, `year ${year}`).toBe(expected(year));
    }
    expect(ENGLAND_AND_WALES_BANK_HOLIDAYS.length).toBe(22 * 8 + 3);
  });
});
