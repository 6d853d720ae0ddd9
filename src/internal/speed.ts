/**
 * The speed tricks shared between the engine's parts. Every trick, here or in the one place it
 * serves, is in the ledger of docs/performance.md with what it gains and the test that guards it;
 * the code cites an entry as `(docs/performance.md: <entry>)`.
 *
 * Not part of the public API. Nothing here holds state.
 *
 * @module
 */

/**
 * The shared frozen empty list (docs/performance.md: frozen empties): most instances, cases and
 * limits have no further periods, notes, closures, claims or working, and share this one instead
 * of each making its own. Frozen, so a push onto it throws instead of reaching every other user.
 */
export const NONE: readonly never[] = Object.freeze([]);

/**
 * `text`, held by V8 as one piece from now on (docs/performance.md: string flattening; reading a
 * character does it): a string built by joining is otherwise kept as its pieces, and every line of working
 * that uses a remembered text would carry them all, to be walked again when the output is written.
 */
export function asOnePiece(text: string): string {
  text.charCodeAt(0);
  return text;
}

/** Longer lists go to the built-in sort (an insertion sort grows with the square). */
const INSERTION_SORT_LIMIT = 32;

/**
 * Sorts `items` in place by `ranks` (`ranks[i]` belongs to `items[i]`; both are reordered), ties
 * keeping their order (docs/performance.md: sort by rank). A case has a handful of events and deadlines,
 * mostly in order already, where an insertion sort on numbers worked out beforehand beats the
 * built-in sort with a comparator.
 */
export function sortByRank<T>(items: T[], ranks: number[]): void {
  const count = items.length;
  if (count > INSERTION_SORT_LIMIT) {
    const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => (ranks[a] as number) - (ranks[b] as number) || a - b);
    const sortedItems = order.map((i) => items[i] as T);
    const sortedRanks = order.map((i) => ranks[i] as number);
    for (let i = 0; i < count; i += 1) {
      items[i] = sortedItems[i] as T;
      ranks[i] = sortedRanks[i] as number;
    }
    return;
  }
  for (let i = 1; i < count; i += 1) {
    const rank = ranks[i] as number;
    const item = items[i] as T;
    let j = i - 1;
    for (; j >= 0 && (ranks[j] as number) > rank; j -= 1) {
      ranks[j + 1] = ranks[j] as number;
      items[j + 1] = items[j] as T;
    }
    ranks[j + 1] = rank;
    items[j + 1] = item;
  }
}
