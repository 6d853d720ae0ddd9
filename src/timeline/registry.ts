/**
 * The rule instances of one case while its events are folded: opened, satisfied, closed.
 *
 * @module
 */
import type { Effect, LaterOfCandidate, OpenInstance } from "../process/effects";
import type { Anchor } from "../process/states";
import { RULES, ruleIndex } from "../law/catalogue";
import { type Problem, problem } from "./problems";

/**
 * One occurrence of a rule in a case. Every field is there from the start, `undefined` until
 * known: one shape for every instance, and no storage to grow when a field is set (see bench/).
 */
export interface Instance {
  readonly seed: OpenInstance;
  readonly key: string;
  done: Anchor | undefined;
  notApplicable: string | undefined;
  /** The day from which `notApplicable` holds; a duty due before it keeps its status. */
  notApplicableFrom: number | undefined;
  /** The event that made it not applicable. */
  notApplicableBy: Anchor | undefined;
  exceptionsBarredBecause: string | undefined;
  /** Periods added after opening; the deadline is the latest end of all. */
  laterOf: readonly LaterOfCandidate[];
  /** The due date once computed, for the checks that compare acts with it. */
  dueDay: number | null | undefined;
  /** Facts noted on the instance, for its working. */
  notes: readonly { readonly label: string; readonly by: Anchor }[];
}

/** An act that must follow a window, checked once the window's last day is known. */
export interface WindowCheck {
  readonly window: Instance;
  readonly act: Anchor;
  readonly code: Extract<Effect, { type: "after-window" }>["problem"];
}

/** Shared by every instance with no further periods or notes (most): replaced, never changed. */
const NONE: readonly never[] = Object.freeze([]);

const isOpen = (instance: Instance): boolean => instance.done === undefined && instance.notApplicable === undefined;

/**
 * Applies effects, keeping instances in the order they were opened. Instances are indexed by
 * rule only: a case has a handful of each, so a scan for a qualifier costs less than building
 * a key for a map on every effect (see bench/).
 */
export class InstanceRegistry {
  readonly instances: Instance[] = [];
  readonly problems: Problem[] = [];
  readonly exceptionEventIds: string[] = [];
  readonly windowChecks: WindowCheck[] = [];
  /** Each rule's instances, by the rule's place in the catalogue (cheaper than a map a case). */
  private readonly byRule: (Instance[] | undefined)[] = new Array<Instance[] | undefined>(RULES.length);

  private instancesOf(ruleId: string): Instance[] | undefined {
    return this.byRule[ruleIndex(ruleId)];
  }

  /** The latest instance that is neither done nor closed (and, for an act on `actDay`, that it can satisfy). */
  private openInstance(ruleId: string, qualifier: string | undefined, actDay?: number): Instance | undefined {
    const list = this.instancesOf(ruleId) ?? NONE;
    for (let i = list.length - 1; i >= 0; i -= 1) {
      const instance = list[i];
      if (instance === undefined || !isOpen(instance)) continue;
      // With no qualifier, any instance of the rule; with one, only an instance of that name.
      if (qualifier !== undefined && instance.seed.qualifier !== qualifier) continue;
      if (actDay !== undefined && instance.seed.notBefore !== undefined && actDay < instance.seed.notBefore) continue;
      return instance;
    }
    return undefined;
  }

  private latest(ruleId: string): Instance | undefined {
    const list = this.instancesOf(ruleId);
    return list?.[list.length - 1];
  }

  private open(seed: OpenInstance): void {
    const ruleId = seed.rule.id;
    const index = ruleIndex(ruleId);
    let list = this.byRule[index];
    if (seed.ifAlreadyOpen === "ignore" && list?.some((other) => other.seed.qualifier === seed.qualifier)) return;
    if (seed.ifAlreadyOpen !== undefined && seed.ifAlreadyOpen !== "ignore" && this.openInstance(ruleId, seed.qualifier) !== undefined) {
      this.problems.push(problem(seed.ifAlreadyOpen, seed.anchor.eventId));
      return;
    }
    // Keys are unique within the timeline: a repeat takes `:2`, `:3`… Keys of one rule all
    // start with its id (ids have no colon), so only the rule's own instances can clash.
    const base = seed.qualifier === undefined ? ruleId : `${ruleId}:${seed.qualifier}`;
    let key = base;
    if (list === undefined) this.byRule[index] = list = [];
    else for (let n = 2; keyTaken(list, key); n += 1) key = `${base}:${n}`;
    const instance: Instance = {
      seed,
      key,
      done: undefined,
      notApplicable: undefined,
      notApplicableFrom: undefined,
      notApplicableBy: undefined,
      exceptionsBarredBecause: undefined,
      laterOf: seed.laterOf ?? NONE,
      dueDay: undefined,
      notes: NONE,
    };
    this.instances.push(instance);
    list.push(instance);
  }

  /** A rule's instances with that qualifier, or all of the rule's when no qualifier is given. */
  private candidates(ruleId: string, qualifier: string | undefined): Instance[] {
    const list = this.instancesOf(ruleId) ?? [];
    return qualifier === undefined ? list : list.filter((instance) => instance.seed.qualifier === qualifier);
  }

/** Applies one effect of a transition. */
  apply(effect: Effect): void {
    switch (effect.type) {
      case "open":
        this.open(effect);
        return;
      case "satisfy": {
        const instance = this.openInstance(effect.ruleId, effect.qualifier, effect.by.day);
        if (instance !== undefined) instance.done = effect.by;
        else if (effect.orProblem !== undefined) this.problems.push(problem(effect.orProblem, effect.by.eventId));
        return;
      }
      case "not-applicable": {
        const targets = effect.all ? this.candidates(effect.ruleId, effect.qualifier).filter(isOpen) : [this.openInstance(effect.ruleId, effect.qualifier)];
        for (const instance of targets) {
          if (instance === undefined) continue;
          instance.notApplicable = effect.reason;
          if (effect.fromDay !== undefined) instance.notApplicableFrom = effect.fromDay;
          if (effect.by !== undefined) instance.notApplicableBy = effect.by;
        }
        return;
      }
      case "note": {
        const instance = this.latest(effect.ruleId);
        if (instance !== undefined) instance.notes = [...instance.notes, { label: effect.label, by: effect.by }];
        return;
      }
      case "bar-exceptions": {
        const instance = this.latest(effect.ruleId);
        if (instance !== undefined) instance.exceptionsBarredBecause = effect.reason;
        return;
      }
      case "add-later-of": {
        const instance = this.openInstance(effect.ruleId, effect.qualifier);
        if (instance !== undefined) instance.laterOf = [...instance.laterOf, effect.candidate];
        return;
      }
      case "after-window": {
        const window = this.latest(effect.windowRuleId);
        if (window !== undefined) this.windowChecks.push({ window, act: effect.act, code: effect.problem });
        return;
      }
      case "exception-claim":
        this.exceptionEventIds.push(effect.eventId);
        return;
      case "problem":
        this.problems.push(problem(effect.code, effect.eventId, effect.detail));
        return;
      default:
        effect satisfies never;
    }
  }
}

function keyTaken(list: readonly Instance[], key: string): boolean {
  for (const instance of list) if (instance.key === key) return true;
  return false;
}
