// Civil dates as day numbers: parsing, writing, weekdays, month arithmetic (counting.md
// "Every deadline is a civil date in England"). Checked by hand and against luxon in UTC.
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  addMonthsClamped,
  civilDate,
  dayFromFields,
  daysInMonth,
  describeDate,
  fieldsFromDay,
  formatCivilDate,
  isLeapYear,
  isoWeekday,
  monthName,
  parseCivilDate,
  weekdayName,
} from "../../src/dates/civil-date";
import { dayOfLuxon, luxonDay, luxonIso, luxonOf } from "./luxon-oracle";

// 1900-01-01 to 2100-12-31 by luxon, the range of the differential properties.
const FIRST_1900 = luxonDay("1900-01-01");
const LAST_2100 = luxonDay("2100-12-31");

describe("day numbers of known dates", () => {
  it("counts days from Thursday 1 January 1970", () => {
    // Day 0 is 1970-01-01; the day before is -1.
    expect(dayFromFields(1970, 1, 1)).toBe(0);
    expect(dayFromFields(1969, 12, 31)).toBe(-1);
    // 1970–1999: 30 × 365 + 7 leap days (1972, 76, 80, 84, 88, 92, 96) = 10957.
    expect(dayFromFields(2000, 1, 1)).toBe(10957);
    // 1900–1969: 70 × 365 + 17 leap days (1904 … 1968; 1900 is not leap) = 25567 before day 0.
    expect(dayFromFields(1900, 1, 1)).toBe(-25567);
    // 1970–2023: 54 × 365 + 13 leap days (1972 … 2020) = 19723 = 1 Jan 2024; + 31 (Jan) + 28 = 19782.
    expect(dayFromFields(2024, 2, 29)).toBe(19782);
    expect(fieldsFromDay(19782)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(fieldsFromDay(-1)).toEqual({ year: 1969, month: 12, day: 31 });
  });

  it("knows leap years and month lengths", () => {
    // Gregorian rule: divisible by 4, except centuries not divisible by 400.
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([false, true, false, true, false]);
    // February 2024 has 29 days, February 2025 28, April 30, December 31.
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2024, 4)).toBe(30);
    expect(daysInMonth(2024, 12)).toBe(31);
  });
});

describe("parseCivilDate and formatCivilDate", () => {
  it("round-trips hand-picked dates", () => {
    // Each is a real day; writing its day number gives the same text back.
    for (const text of ["1970-01-01", "1969-12-31", "2024-02-29", "2024-09-04", "2025-01-22", "2000-02-29", "2099-12-31", "2100-01-01", "1900-03-01"]) {
      const day = parseCivilDate(text);
      expect(day, text).not.toBeNull();
      expect(formatCivilDate(day ?? Number.NaN)).toBe(text);
    }
  });

  it("accepts 29 February 2024 (2024 is a leap year)", () => {
    // 2024-02-29 = day 19782 (worked above); 1 March 2024 is the next day.
    expect(parseCivilDate("2024-02-29")).toBe(19782);
    expect(parseCivilDate("2024-03-01")).toBe(19783);
    // 2000 is a leap year (divisible by 400).
    expect(parseCivilDate("2000-02-29")).not.toBeNull();
  });

  it("rejects days that do not exist and text that is not YYYY-MM-DD", () => {
    // 2025 is not a leap year; there is no month 13 or 0; April has 30 days; 1900 is not leap;
    // a one-digit month, an empty string, a time of day, spaces and slashes are not the format.
    const invalid = [
      "2025-02-29",
      "2024-13-01",
      "2024-04-31",
      "2024-1-01",
      "",
      "1900-02-29",
      "2024-00-10",
      "2024-01-00",
      "2024-02-30",
      "2024-01-01T00:00:00Z",
      " 2024-01-01",
      "2024/01/01",
      "24-01-01",
      "２０２４-01-01",
      "2024-01-0a",
      "+024-01-01",
      "2024-1a-01",
      "2024-01--1",
      "2024/01-01",
      "2024-01/01",
      "2024-01-1/",
    ];
    for (const text of invalid) {
      expect(parseCivilDate(text), JSON.stringify(text)).toBeNull();
      expect(() => civilDate(text)).toThrow(RangeError);
    }
  });

  it("writes years before 1000 with four digits", () => {
    // 1 January 999: luxon gives its day number independently.
    const day = dayOfLuxon(DateTime.fromObject({ year: 999, month: 1, day: 1 }, { zone: "utc" }));
    expect(formatCivilDate(day)).toBe("0999-01-01");
  });
});

describe("weekdays and names", () => {
  it("gives the ISO weekday of known dates", () => {
    // 1 Jan 1970 was a Thursday; 1 Jan 1900 a Monday; 1 Jan 2000 a Saturday; 4 Sep 2024 a
    // Wednesday (counting.md); 25 Dec 2021 a Saturday; 29 Feb 2024 a Thursday; 14 Feb 2026 a
    // Saturday (1 Jan 2026 Thursday + 44 days = Thursday + 2); 31 Dec 1969 a Wednesday.
    const known: [string, number][] = [
      ["1970-01-01", 4],
      ["1900-01-01", 1],
      ["2000-01-01", 6],
      ["2024-09-04", 3],
      ["2021-12-25", 6],
      ["2024-02-29", 4],
      ["2026-02-14", 6],
      ["1969-12-31", 3],
      ["2024-12-22", 7],
    ];
    for (const [text, weekday] of known) expect(isoWeekday(civilDate(text)), text).toBe(weekday);
    expect(weekdayName(civilDate("2024-09-04"))).toBe("Wednesday");
    expect(weekdayName(civilDate("2024-12-22"))).toBe("Sunday");
    expect(monthName(1)).toBe("January");
    expect(monthName(12)).toBe("December");
  });

  it("describes a date with weekday, day, month, year and the ISO date", () => {
    // 22 Jan 2025: 4 Sep 2024 (Wednesday) + 140 days = 20 whole weeks, so also a Wednesday.
    expect(describeDate(civilDate("2025-01-22"))).toBe("Wednesday 22 January 2025 (2025-01-22)");
    // 1 Jan 2100: 1 Jan 2000 (Saturday) + 36525 days (25 leap years) = Saturday + 6 = Friday.
    expect(describeDate(civilDate("2100-01-01"))).toBe("Friday 1 January 2100 (2100-01-01)");
    // 31 Dec 1969 was a Wednesday (day -1, the day before Thursday 1 Jan 1970).
    expect(describeDate(-1)).toBe("Wednesday 31 December 1969 (1969-12-31)");
  });
});

describe("addMonthsClamped", () => {
  const add = (text: string, months: number): string => formatCivilDate(addMonthsClamped(civilDate(text), months));

  it("keeps the day of the month when the target month has it", () => {
    // 15 Nov 2024 + 3 months = 15 Feb 2025 (over the year end); 15 Jan 2025 − 1 = 15 Dec 2024.
    expect(add("2024-11-15", 3)).toBe("2025-02-15");
    expect(add("2025-01-15", -1)).toBe("2024-12-15");
    // 30 Jun 2025 + 2 months = 30 Aug 2025; 0 months is the same day.
    expect(add("2025-06-30", 2)).toBe("2025-08-30");
    expect(add("2025-06-30", 0)).toBe("2025-06-30");
  });

  it("clamps to the last day of a short month", () => {
    // 31 Jan + 1 month: February has 28 days in 2025, 29 in 2024.
    expect(add("2025-01-31", 1)).toBe("2025-02-28");
    expect(add("2024-01-31", 1)).toBe("2024-02-29");
    // 31 Mar − 1 month: same Februaries.
    expect(add("2025-03-31", -1)).toBe("2025-02-28");
    expect(add("2024-03-31", -1)).toBe("2024-02-29");
    // 29 Feb 2024 + 12 months: Feb 2025 has no 29th → 28 Feb 2025; + 48 months → 29 Feb 2028.
    expect(add("2024-02-29", 12)).toBe("2025-02-28");
    expect(add("2024-02-29", 48)).toBe("2028-02-29");
    // 31 Dec 2027 + 2 months: Feb 2028 has 29 days → 29 Feb 2028. 31 Aug 2025 + 1 → 30 Sep 2025.
    expect(add("2027-12-31", 2)).toBe("2028-02-29");
    expect(add("2025-08-31", 1)).toBe("2025-09-30");
    // 31 May 2025 − 12 months = 31 May 2024 (no clamp); − 1 month = 30 Apr 2025.
    expect(add("2025-05-31", -12)).toBe("2024-05-31");
    expect(add("2025-05-31", -1)).toBe("2025-04-30");
  });
});

describe("properties against luxon (UTC), 1900–2100", () => {
  it("every date 1900–2100: fields ↔ day number ↔ text ↔ weekday agree with luxon", () => {
    // Exhaustive walk: luxon's ordinal day since the epoch is the expected day number.
    let dt = DateTime.fromObject({ year: 1900, month: 1, day: 1 }, { zone: "utc" });
    let checked = 0;
    for (let expected = FIRST_1900; expected <= LAST_2100; expected += 1) {
      const { year, month, day } = dt;
      const iso = dt.toISODate() ?? "";
      if (dayFromFields(year, month, day) !== expected) expect.fail(`dayFromFields ${iso}`);
      const fields = fieldsFromDay(expected);
      if (fields.year !== year || fields.month !== month || fields.day !== day) expect.fail(`fieldsFromDay ${iso}`);
      if (formatCivilDate(expected) !== iso) expect.fail(`formatCivilDate ${iso}`);
      if (parseCivilDate(iso) !== expected) expect.fail(`parseCivilDate ${iso}`);
      if (isoWeekday(expected) !== dt.weekday) expect.fail(`isoWeekday ${iso}`);
      dt = dt.plus({ days: 1 });
      checked += 1;
    }
    // 201 years, 49 of them leap (1904 … 2096, 1900 and 2100 excluded): 201 × 365 + 49.
    expect(checked).toBe(201 * 365 + 49);
  });

  it("dayFromFields / fieldsFromDay agree with luxon DateTime.fromObject(…, { zone: 'utc' })", () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_1900, max: LAST_2100 }), (day) => {
        const dt = luxonOf(day);
        const fields = { year: dt.year, month: dt.month, day: dt.day };
        const expected = dayOfLuxon(DateTime.fromObject(fields, { zone: "utc" }));
        expect(dayFromFields(fields.year, fields.month, fields.day)).toBe(expected);
        expect(fieldsFromDay(expected)).toEqual(fields);
      }),
      { numRuns: 1000 },
    );
  });

  it("formatCivilDate(parseCivilDate(x)) === x for every valid x", () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_1900, max: LAST_2100 }), (day) => {
        const text = luxonIso(day);
        const parsed = parseCivilDate(text);
        expect(parsed).toBe(day);
        expect(formatCivilDate(parsed ?? Number.NaN)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it("accepts a YYYY-MM-DD text exactly when luxon says the date exists", () => {
    const pad = (n: number, width: number): string => String(n).padStart(width, "0");
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (year, month, day) => {
        const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
        const exists = DateTime.fromObject({ year, month, day }, { zone: "utc" }).isValid;
        expect(parseCivilDate(text) !== null).toBe(exists);
      }),
      { numRuns: 1000 },
    );
  });

  it("reads every month's end days of 1969–2100 as luxon does (the years read from a table of months, and either side)", () => {
    const pad = (n: number, width: number): string => String(n).padStart(width, "0");
    for (let year = 1969; year <= 2100; year += 1) {
      for (let month = 1; month <= 12; month += 1) {
        for (const day of [1, 28, 29, 30, 31, 32]) {
          const dt = DateTime.fromObject({ year, month, day }, { zone: "utc" });
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(parseCivilDate(text), text).toBe(dt.isValid ? dayOfLuxon(dt) : null);
        }
      }
    }
  });

  it("rejects any text that is not exactly four digits, dash, two digits, dash, two digits", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        fc.pre(!/^\d{4}-\d{2}-\d{2}$/.test(text));
        expect(parseCivilDate(text)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it("addMonthsClamped agrees with luxon on the first and last days of every month of 1970-2099, where its table is used", () => {
    // The table's edges: a month's first day finds its own month, its last day the same one, and
    // a count past January 1970 or December 2099 leaves the table for arithmetic.
    for (let year = 1970; year <= 2099; year += 1) {
      for (let month = 1; month <= 12; month += 1) {
        const first = DateTime.utc(year, month, 1);
        for (const day of [first, first.endOf("month").startOf("day")]) {
          for (const months of [1, -1, 12, 2, -25, 1559]) {
            expect(addMonthsClamped(dayOfLuxon(day), months)).toBe(dayOfLuxon(day.plus({ months })));
          }
        }
      }
    }
  });

  it("addMonthsClamped agrees with luxon plus({ months }) (which clamps to the month's end)", () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_1900, max: LAST_2100 }), fc.integer({ min: -240, max: 240 }), (day, months) => {
        expect(addMonthsClamped(day, months)).toBe(dayOfLuxon(luxonOf(day).plus({ months })));
      }),
      { numRuns: 1000 },
    );
  });
});
