/**
 * The civil date and time of day in England at an instant, read with the platform's own time
 * zone data (Intl), so that the core needs no date library for its one conversion.
 *
 * @module
 */

/** The zone every timestamp is read in: the law's dates are civil dates in England. */
export const ENGLAND_ZONE = "Europe/London";

/** The civil date in England and the seconds since its midnight. */
export interface EnglandClock {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly secondOfDay: number;
}

// Made on first use: building a formatter costs more than formatting with it.
let formatter: Intl.DateTimeFormat | undefined;

/** What a clock in England reads at `epochMs`, or `null` when it is out of the platform's range. */
export function englandClockAt(epochMs: number): EnglandClock | null {
  if (!Number.isFinite(epochMs)) return null;
  formatter ??= new Intl.DateTimeFormat("en-GB", {
    timeZone: ENGLAND_ZONE,
    hourCycle: "h23",
    era: "short",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = formatter.formatToParts(epochMs);
  } catch {
    return null;
  }
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? "";
  // Years before 1 are written 1 BC, 2 BC, ...: year 0000 is 1 BC.
  const written = Number(part("year"));
  const year = part("era") === "BC" ? 1 - written : written;
  if (!(year >= 0 && year <= 9999)) return null;
  return {
    date: `${String(year).padStart(4, "0")}-${part("month")}-${part("day")}`,
    secondOfDay: Number(part("hour")) * 3600 + Number(part("minute")) * 60 + Number(part("second")),
  };
}

/** Today's civil date in England (`YYYY-MM-DD`), by the clock `now` (default: the machine's). */
export function civilDateInEngland(now: Date): string {
  const clock = englandClockAt(now.getTime());
  if (clock === null) throw new RangeError("the clock reads a date outside the years 1000-9999");
  return clock.date;
}

// ISO 8601 date and time as luxon's `fromISO` reads it: extended or basic time, an optional
// fraction of a second, and an optional offset (`Z`, `±HH`, `±HH:mm`, `±HHmm`).
const ISO_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

/** Milliseconds since the epoch of a time of day on a date, read as UTC; any year. */
function utcMs(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number): number {
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day);
  instant.setUTCHours(hour, minute, second, ms);
  return instant.getTime();
}

/** Minutes east of UTC of an offset text (`Z`, `+01`, `+01:00`, `-0130`). */
function offsetMinutes(offset: string): number | null {
  if (offset === "Z") return 0;
  const hours = Number(offset.slice(1, 3));
  const minutes = offset.length > 3 ? Number(offset.slice(-2)) : 0;
  if (hours > 23 || minutes > 59) return null;
  return (offset.startsWith("-") ? -1 : 1) * (hours * 60 + minutes);
}

/**
 * What a clock in England read at an ISO timestamp: with an offset, at that instant; without
 * one, the time is England's own (a time the clocks skip in spring is read as the hour after,
 * as luxon does). `null` when the text is not a valid timestamp.
 */
export function readEnglandTimestamp(text: string): EnglandClock | null {
  const instant = englandTimestampInstant(text);
  return instant === null ? null : englandClockAt(instant);
}

/** The instant (milliseconds since the epoch) of an ISO timestamp read as {@link readEnglandTimestamp} does; `null` when the text is not one. */
export function englandTimestampInstant(text: string): number | null {
  const match = ISO_TIMESTAMP.exec(text);
  if (match === null) return null;
  const [, y, mo, d, h, mi = "00", s = "00", fraction = "", offset] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  // 24:00 is the end of the day, which ISO 8601 (and luxon) read as the next midnight.
  const endOfDay = hour === 24 && minute === 0 && second === 0 && /^0*$/.test(fraction);
  if (month < 1 || month > 12 || day < 1 || (hour > 23 && !endOfDay) || minute > 59 || second > 59) return null;
  // A day past the month's end rolls over: not a date.
  if (new Date(utcMs(year, month, day, 0, 0, 0, 0)).getUTCDate() !== day) return null;
  const wall = utcMs(year, month, day, hour, minute, second, Number(fraction.padEnd(3, "0").slice(0, 3)));
  if (offset !== undefined) {
    const east = offsetMinutes(offset);
    return east === null ? null : wall - east * 60_000;
  }
  // England is on GMT (+0) or BST (+1): the reading that shows the same wall time, else (the
  // hour skipped in spring) the GMT reading, an hour later on the clock.
  const onWall = new Date(wall);
  const wallDate = onWall.toISOString().slice(0, 10);
  const wallSecond = onWall.getUTCHours() * 3600 + onWall.getUTCMinutes() * 60 + onWall.getUTCSeconds();
  for (const east of [0, 60]) {
    const clock = englandClockAt(wall - east * 60_000);
    if (clock !== null && clock.date === wallDate && clock.secondOfDay === wallSecond) return wall - east * 60_000;
  }
  return wall;
}
