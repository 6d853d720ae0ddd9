/**
 * "Did you mean …?": the name in a fixed list closest to a misspelled one, for input issues
 * about unknown keys and event types. The suggestion is always one of the engine's own names.
 *
 * @module
 */

const LONGEST_NAME = 64;

/** Lower case without separators: `served_on` and `servedOn` read alike. */
const folded = (name: string): string => name.toLowerCase().replace(/[-_\s]/g, "");

/** The initials of a camelCase or kebab-case name: `dateOfBirth` is `dob`. */
const initials = (name: string): string =>
  name
    .split(/(?=[A-Z])|[-_]/)
    .map((word) => word.charAt(0).toLowerCase())
    .join("");

/** Levenshtein distance, counting adjacent swaps as one edit (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const row = rows[i] as number[];
      const above = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (rows[i - 2]?.[j - 2] as number) + 1);
      row[j] = best;
    }
  }
  return rows[a.length]?.[b.length] as number;
}

/**
 * The known name closest to `given`, or `undefined` when none is close: the same name folded
 * (`served_on`), its initials (`dob`), or within a third of its length in edits (`dayCountng`).
 */
export function didYouMean(given: string, known: Iterable<string>): string | undefined {
  // No name of the engine is this long: a longer one is no misspelling of it.
  if (given.length > LONGEST_NAME) return undefined;
  const target = folded(given);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of known) {
    const candidate = folded(name);
    if (candidate === target || (target.length >= 3 && initials(name) === target)) return name;
    const distance = editDistance(target, candidate);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = name;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(target.length / 3)) ? best : undefined;
}
