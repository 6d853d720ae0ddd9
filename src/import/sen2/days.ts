/**
 * Calendar-day arithmetic on `YYYY-MM-DD` for the SEN2 measures (the engine's own counting is
 * not needed: DfE measures plain calendar days).
 *
 * @module
 */

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, or `null` when the day does not exist. */
export function dayNumber(date: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return time / 86_400_000;
}

/** Calendar days from `from` to `to` (both valid dates). */
export function daysBetween(from: string, to: string): number {
  return (dayNumber(to) ?? 0) - (dayNumber(from) ?? 0);
}
