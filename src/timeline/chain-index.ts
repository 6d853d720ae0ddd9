/**
 * What the registry keeps about one long chain of rule instances (a case of many reviews, advice
 * requests or appeals), so that opening, satisfying and closing an instance costs the same
 * whatever the chain's length: the keys taken, the qualifiers seen, and the open instances.
 *
 * @module
 */
import type { Instance } from "./instance";

/** Whether an instance is neither done nor closed. */
export const isOpen = (instance: Instance): boolean => instance.done === undefined && instance.notApplicable === undefined;

/** Closed instances met in a walk past which a list is rewritten without them. */
const COMPACT_AFTER = 16;

/** Drops the closed instances of a list, keeping the order of the rest. */
function compact(list: Instance[]): void {
  let kept = 0;
  for (const instance of list) if (isOpen(instance)) list[kept++] = instance;
  list.length = kept;
}

/**
 * The index of one chain. Open instances are listed oldest first, all together and by
 * qualifier; an instance closed since it was listed is dropped when a lookup meets it, so the
 * registry never has to tell the index that an instance closed.
 */
export class ChainIndex {
  private readonly keys = new Set<string>();
  /** For each base key already taken, the number from which to look for the next free `base:n`. */
  private readonly nextNumber = new Map<string, number>();
  private readonly qualifiers = new Set<string | undefined>();
  private readonly open: Instance[] = [];
  private readonly openByQualifier = new Map<string, Instance[]>();

  /** The index of the chain ending with `latest`. */
  constructor(latest: Instance) {
    const newestFirst: Instance[] = [];
    for (let instance: Instance | undefined = latest; instance !== undefined; instance = instance.previousOfRule) newestFirst.push(instance);
    for (let i = newestFirst.length - 1; i >= 0; i -= 1) this.add(newestFirst[i] as Instance);
  }

  /** Adds the chain's newest instance. */
  add(instance: Instance): void {
    this.keys.add(instance.key);
    this.qualifiers.add(instance.qualifier);
    if (!isOpen(instance)) return;
    this.open.push(instance);
    if (instance.qualifier === undefined) return;
    const list = this.openByQualifier.get(instance.qualifier);
    if (list === undefined) this.openByQualifier.set(instance.qualifier, [instance]);
    else list.push(instance);
  }

  /** Whether an instance of the chain, open or not, has this qualifier (or none, for none). */
  hasQualifier(qualifier: string | undefined): boolean {
    return this.qualifiers.has(qualifier);
  }

  /**
   * `base` if no instance has it as its key, else the first of `base:2`, `base:3`… that none
   * has. Keys are only ever added, so the search for a base goes on from where it last stopped;
   * the key returned is taken at once by the instance it names.
   */
  freeKey(base: string): string {
    if (!this.keys.has(base)) return base;
    let n = this.nextNumber.get(base) ?? 2;
    let key = `${base}:${n}`;
    while (this.keys.has(key)) key = `${base}:${(n += 1)}`;
    this.nextNumber.set(base, n + 1);
    return key;
  }

  /** The newest open instance with that qualifier (any, for none) that an act on `actDay` may satisfy. */
  newestOpen(qualifier: string | undefined, actDay: number | undefined): Instance | undefined {
    const list = qualifier === undefined ? this.open : this.openByQualifier.get(qualifier);
    if (list === undefined) return undefined;
    let closedMet = 0;
    let found: Instance | undefined;
    for (let i = list.length - 1; i >= 0; i -= 1) {
      const instance = list[i] as Instance;
      if (!isOpen(instance)) {
        if (i === list.length - 1) list.pop();
        else closedMet += 1;
        continue;
      }
      if (actDay !== undefined && instance.notBefore !== undefined && actDay < instance.notBefore) continue;
      found = instance;
      break;
    }
    if (closedMet > COMPACT_AFTER && closedMet * 2 > list.length) compact(list);
    return found;
  }

  /** Every open instance with that qualifier (all, for none), newest first. */
  allOpen(qualifier: string | undefined): Instance[] {
    const list = qualifier === undefined ? this.open : this.openByQualifier.get(qualifier);
    if (list === undefined) return [];
    compact(list);
    return list.slice().reverse();
  }
}
