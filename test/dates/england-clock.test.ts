// The core reads timestamps and today's date with the platform's zone data, not luxon: these
// tests hold it to luxon's reading of the same texts (luxon is the oracle, a dev dependency).
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { civilDateInEngland, englandClockAt, readEnglandTimestamp } from "../../src/dates/england-clock";

function luxonReading(text: string): { date: string; secondOfDay: number } | null {
  const instant = DateTime.fromISO(text, { zone: "Europe/London" });
  if (!instant.isValid) return null;
  return { date: instant.toISODate(), secondOfDay: instant.hour * 3600 + instant.minute * 60 + instant.second };
}

const two = (n: number): string => String(n).padStart(2, "0");

// Dates and times from plausible to broken, in each form an ISO timestamp takes.
const timestampText = fc
  .record({
    year: fc.integer({ min: 1990, max: 2060 }),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.oneof(fc.integer({ min: 0, max: 24 }), fc.constantFrom(0, 1, 2)),
    minute: fc.integer({ min: 0, max: 60 }),
    second: fc.integer({ min: 0, max: 60 }),
    fraction: fc.constantFrom("", ".5", ".123", ",25", ".123456789"),
    form: fc.constantFrom("HH", "HH:mm", "HH:mm:ss", "HHmm", "HHmmss"),
    offset: fc.constantFrom("", "Z", "+01:00", "-05:00", "+0530", "+01", "-12:45", "+14:00", "+23:59"),
  })
  .map(({ year, month, day, hour, minute, second, fraction, form, offset }) => {
    const time = {
      HH: two(hour),
      "HH:mm": `${two(hour)}:${two(minute)}`,
      "HH:mm:ss": `${two(hour)}:${two(minute)}:${two(second)}${fraction}`,
      HHmm: `${two(hour)}${two(minute)}`,
      HHmmss: `${two(hour)}${two(minute)}${two(second)}${fraction}`,
    }[form];
    return `${year}-${two(month)}-${two(day)}T${time}${offset}`;
  });

describe("timestamps read in England", () => {
  it("reads every timestamp as luxon does, invalid ones included", () => {
    fc.assert(
      fc.property(timestampText, (text) => {
        expect(readEnglandTimestamp(text)).toEqual(luxonReading(text));
      }),
      { numRuns: 1000 },
    );
  });

  it("reads the clock changes as luxon does: the hour skipped in spring, the hour repeated in autumn", () => {
    for (const text of [
      "2025-03-30T01:30",
      "2025-03-30T00:59:59",
      "2025-03-30T02:00",
      "2025-10-26T01:30",
      "2025-10-26T00:30:00Z",
      "2025-10-26T01:30:00Z",
      "2025-06-30T23:30:00Z",
    ]) {
      expect(readEnglandTimestamp(text), text).toEqual(luxonReading(text));
    }
    expect(readEnglandTimestamp("2025-06-30T23:30:00Z")).toEqual({ date: "2025-07-01", secondOfDay: 1800 });
  });

  // luxon reads "+01:60" as two hours: an offset's minutes past 59 are refused here.
  it("answers null for texts that are not timestamps", () => {
    for (const text of [
      "2025-06-30",
      "2025-06-30T",
      "2025-06-30T12:00:00+1",
      "2025-02-29T12:00",
      "2025-06-30 12:00",
      "2025-06-30T12:00Zulu",
      "2025-06-30T12:00+01:60",
      "2025-06-30T24:30",
    ]) {
      expect(readEnglandTimestamp(text), text).toBeNull();
    }
  });
});

describe("today in England", () => {
  it("is the civil date in Europe/London, not in UTC, late on a summer evening", () => {
    expect(civilDateInEngland(new Date("2025-06-30T23:30:00Z"))).toBe("2025-07-01");
    expect(civilDateInEngland(new Date("2025-12-31T23:30:00Z"))).toBe("2025-12-31");
  });

  it("matches luxon's date in England at any instant", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }), (ms) => {
        expect(civilDateInEngland(new Date(ms))).toBe(DateTime.fromMillis(ms, { zone: "Europe/London" }).toISODate());
        expect(englandClockAt(ms)?.secondOfDay).toBe(
          DateTime.fromMillis(ms, { zone: "Europe/London" })
            .toFormat("H:m:s")
            .split(":")
            .map(Number)
            .reduce((a, n) => a * 60 + n, 0),
        );
      }),
      { numRuns: 200 },
    );
  });

  it("refuses a clock beyond the four-digit years", () => {
    expect(() => civilDateInEngland(new Date(8.64e15))).toThrow(RangeError);
    expect(englandClockAt(Number.NaN)).toBeNull();
  });
});
