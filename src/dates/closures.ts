/**
 * Closures of schools and settings, and the day ranges exceptions cover.
 *
 * @module
 */
import type { DayNumber } from "./civil-date";

/** A run of days, both ends included. */
export interface DayRange {
  readonly first: DayNumber;
  readonly last: DayNumber;
}

/** A setting's closure: `first` is the first day closed, `last` the last. */
export interface Closure extends DayRange {
  readonly setting: string;
}

/** The number of days in a range (both ends counted). */
export function rangeLength(range: DayRange): number {
  return range.last - range.first + 1;
}

/** The days two ranges share, or `null`. */
export function intersectRanges(a: DayRange, b: DayRange): DayRange | null {
  const first = Math.max(a.first, b.first);
  const last = Math.min(a.last, b.last);
  return first <= last ? { first, last } : null;
}

/** How many days the ranges cover together, each day counted once. */
export function daysInUnion(ranges: readonly DayRange[]): number {
  const sorted = [...ranges].sort((a, b) => a.first - b.first);
  let total = 0;
  let reached = Number.NEGATIVE_INFINITY;
  for (const { first, last } of sorted) {
    const start = Math.max(first, reached + 1);
    if (last >= start) {
      total += last - start + 1;
      reached = last;
    }
  }
  return total;
}

/**
 * The days on which asking the setting for advice brings the school-closure ground into play
 * (Regs 5(4)(a)): from one week before the first day of the closure to one week before the day
 * it re-opens.
 */
export function closureAdviceWindow(closure: DayRange): DayRange {
  const reopens = closure.last + 1;
  return { first: closure.first - 7, last: reopens - 7 };
}

/** A closure of at least 4 continuous weeks, as Regs 5(4)(a)–(b) require. */
export function isLongClosure(closure: DayRange): boolean {
  return rangeLength(closure) >= 28;
}
