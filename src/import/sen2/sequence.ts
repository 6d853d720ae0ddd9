/**
 * Case ids as a sequence (`sen2-s000001`, …): readable ids for a caller that keeps which child
 * has which number itself (the CLI in a lookup file the user asks for; the case explorer only on
 * the page). A child given again keeps its number; a new child gets the next one.
 *
 * @module
 */

const PREFIX = "sen2-s";
const DIGITS = 6;

/** The number of a sequence id, or `null` when the text is not one. */
export function sequenceNumber(caseId: string): number | null {
  if (!caseId.startsWith(PREFIX)) return null;
  const digits = caseId.slice(PREFIX.length);
  return /^\d+$/.test(digits) ? Number(digits) : null;
}

/** Gives sequence ids by identity key, starting after any already given. */
export class SequencePseudonyms {
  private readonly byIdentity = new Map<string, string>();
  private next = 1;

  /** Takes an id given before (from a lookup); `false` when it is not a sequence id or the child already has one. */
  known(identityKey: string, caseId: string): boolean {
    const number = sequenceNumber(caseId);
    if (number === null || number < 1 || this.byIdentity.has(identityKey)) return false;
    this.byIdentity.set(identityKey, caseId);
    this.next = Math.max(this.next, number + 1);
    return true;
  }

  /** The id of a child: the one it had, or the next number. Bound, so it can be passed as `pseudonym`. */
  readonly pseudonym = (identityKey: string): string => {
    const had = this.byIdentity.get(identityKey);
    if (had !== undefined) return had;
    const id = `${PREFIX}${String(this.next).padStart(DIGITS, "0")}`;
    this.next += 1;
    this.byIdentity.set(identityKey, id);
    return id;
  };

  /** Every id given, `[identityKey, caseId]`: the known ones as they were given, then the new in number order. */
  entries(): IterableIterator<[string, string]> {
    return this.byIdentity.entries();
  }
}
