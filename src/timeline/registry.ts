/**
 * The rule instances of one case while its events are folded: opened, satisfied, closed.
 *
 * @module
 */
import type { Effect, OpenInstance } from "../process/effects";
import type { Anchor } from "../process/states";
import { PUBLIC_INDEX_OF_RULE, PUBLIC_RULE_IDS, RULES, publicIdIndex, publicIdOf, ruleIndex } from "../law/catalogue";
import { NONE } from "../internal/speed";
import { type Problem, problem } from "./problems";
import { ChainIndex, isOpen } from "./chain-index";
import type { Instance } from "./instance";

export type { Instance } from "./instance";

/** An act that must follow a window, checked once the window's last day is known. */
export interface WindowCheck {
  readonly window: Instance;
  readonly act: Anchor;
  readonly code: Extract<Effect, { type: "after-window" }>["problem"];
}

/** A chain longer than this gets a {@link ChainIndex}; a shorter one is walked. */
const LONG_CHAIN = 8;

/**
 * Applies effects, keeping instances in the order they were opened. Instances are indexed by
 * rule only, newest first along a chain: a case has a handful of each, so a scan for a qualifier
 * costs less than building a key for a map on every effect, and no list is kept per rule (docs/performance.md:
 * one shape a rule instance). A chain that grows long (a case of many reviews, advice requests
 * or appeals) gets an index instead, so that no effect walks its closed instances
 * (docs/performance.md: long chains indexed).
 */
export class InstanceRegistry {
  readonly instances: Instance[] = [];
  readonly problems: Problem[] = [];
  readonly exceptionEventIds: string[] = [];
  readonly windowChecks: WindowCheck[] = [];
  /**
   * Each public id's latest instance, by its place in {@link PUBLIC_RULE_IDS} (cheaper than a map
   * a case): the rules of a group share one chain, as they share keys and the acts that meet them.
   */
  private readonly latestOfRule: (Instance | undefined)[] = new Array<Instance | undefined>(PUBLIC_RULE_IDS.length);
  /** The indexes of the long chains, by the same places; none until a chain passes {@link LONG_CHAIN}. */
  private indexOfChain: (ChainIndex | undefined)[] | undefined;

  /** The latest instance of a public id (effects name rules by it). */
  private latest(ruleId: string): Instance | undefined {
    return this.latestOfRule[publicIdIndex(ruleId)];
  }

  private chainIndex(chain: number): ChainIndex | undefined {
    return this.indexOfChain === undefined ? undefined : this.indexOfChain[chain];
  }

  /** The latest instance that is neither done nor closed (and, for an act on `actDay`, that it can satisfy). */
  private openInstance(ruleId: string, qualifier: string | undefined, actDay?: number): Instance | undefined {
    const chain = publicIdIndex(ruleId);
    const index = this.chainIndex(chain);
    if (index !== undefined) return index.newestOpen(qualifier, actDay);
    for (let instance = this.latestOfRule[chain]; instance !== undefined; instance = instance.previousOfRule) {
      if (!isOpen(instance)) continue;
      // With no qualifier, any instance of the rule; with one, only an instance of that name.
      if (qualifier !== undefined && instance.qualifier !== qualifier) continue;
      if (actDay !== undefined && instance.notBefore !== undefined && actDay < instance.notBefore) continue;
      return instance;
    }
    return undefined;
  }

  private open(seed: OpenInstance): void {
    const ruleId = publicIdOf(seed.rule);
    const index = ruleIndex(seed.rule.id);
    const chain = PUBLIC_INDEX_OF_RULE[index] ?? -1;
    const previous = this.latestOfRule[chain];
    const chainIndex = this.chainIndex(chain);
    if (seed.ifAlreadyOpen === "ignore" && (chainIndex === undefined ? withQualifier(previous, seed.qualifier) !== undefined : chainIndex.hasQualifier(seed.qualifier)))
      return;
    if (seed.ifAlreadyOpen !== undefined && seed.ifAlreadyOpen !== "ignore" && this.openInstance(ruleId, seed.qualifier) !== undefined) {
      this.problems.push(problem(seed.ifAlreadyOpen, seed.anchor.eventId));
      return;
    }
    // Keys are unique within the timeline: a repeat takes `:2`, `:3`… Keys of one rule all
    // start with its id (ids have no colon), so only the rule's own instances can clash.
    const base = seed.qualifier === undefined ? ruleId : `${ruleId}:${seed.qualifier}`;
    const key = chainIndex === undefined ? freeKey(previous, base) : chainIndex.freeKey(base);
    const instance: Instance = {
      // The catalogue's copy of the rule, in the shape every rule shares.
      rule: RULES[index] ?? seed.rule,
      ruleIndex: index,
      qualifier: seed.qualifier,
      anchor: seed.anchor,
      anchorLabel: seed.anchorLabel,
      adjust: seed.adjust,
      form: seed.form,
      adviceId: seed.adviceId,
      notBefore: seed.notBefore,
      key,
      done: undefined,
      notApplicable: undefined,
      notApplicableFrom: undefined,
      notApplicableBy: undefined,
      exceptionsBarredBecause: undefined,
      laterOf: seed.laterOf ?? NONE,
      dueDay: undefined,
      notes: NONE,
      previousOfRule: previous,
      chainLength: previous === undefined ? 1 : previous.chainLength + 1,
    };
    this.instances.push(instance);
    this.latestOfRule[chain] = instance;
    if (chainIndex !== undefined) chainIndex.add(instance);
    else if (instance.chainLength > LONG_CHAIN) {
      this.indexOfChain ??= new Array<ChainIndex | undefined>(PUBLIC_RULE_IDS.length);
      this.indexOfChain[chain] = new ChainIndex(instance);
    }
  }

  /** A rule's open instances with that qualifier (all of the rule's when none is given), newest first. */
  private openCandidates(ruleId: string, qualifier: string | undefined): Instance[] {
    const chain = publicIdIndex(ruleId);
    const index = this.chainIndex(chain);
    if (index !== undefined) return index.allOpen(qualifier);
    const found: Instance[] = [];
    for (let instance = this.latestOfRule[chain]; instance !== undefined; instance = instance.previousOfRule) {
      if (isOpen(instance) && (qualifier === undefined || instance.qualifier === qualifier)) found.push(instance);
    }
    return found;
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
        const targets = effect.all ? this.openCandidates(effect.ruleId, effect.qualifier) : [this.openInstance(effect.ruleId, effect.qualifier)];
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
        // A period awaiting an act gives way to the period that act starts (LaterOfCandidate.awaited).
        if (instance !== undefined) instance.laterOf = [...instance.laterOf.filter((c) => c.awaited === undefined), effect.candidate];
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
        this.problems.push(problem(effect.code, effect.eventId, effect.detail, undefined, effect.relatedEventId));
        return;
      default:
        effect satisfies never;
    }
  }
}

/** Whether an instance of the chain from `latest` has this key. */
function keyTaken(latest: Instance | undefined, key: string): boolean {
  for (let instance = latest; instance !== undefined; instance = instance.previousOfRule) if (instance.key === key) return true;
  return false;
}

/** `base` if no instance of the chain from `latest` has it as its key, else the first of `base:2`, `base:3`… that none has. */
function freeKey(latest: Instance | undefined, base: string): string {
  let key = base;
  for (let n = 2; keyTaken(latest, key); n += 1) key = `${base}:${n}`;
  return key;
}

/** The first instance of the chain from `latest` with this qualifier (or none, for none). */
function withQualifier(latest: Instance | undefined, qualifier: string | undefined): Instance | undefined {
  for (let instance = latest; instance !== undefined; instance = instance.previousOfRule) if (instance.qualifier === qualifier) return instance;
  return undefined;
}
