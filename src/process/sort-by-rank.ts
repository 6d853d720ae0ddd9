/**
 * A stable sort of a short list by a number per item, for the hot path: a case has a handful of
 * events and deadlines, mostly in order already, where an insertion sort on precomputed numbers
 * beats the built-in sort with a comparator (see bench/).
 *
 * @module
 */

/** Longer lists go to the built-in sort (an insertion sort grows with the square). */
const INSERTION_SORT_LIMIT = 32;

/**
 * Sorts `items` in place by `ranks` (`ranks[i]` belongs to `items[i]`; both are reordered),
 * ties keeping their order.
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
