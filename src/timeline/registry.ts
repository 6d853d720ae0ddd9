/**
 * The rule instances of one case while its events are folded: opened, satisfied, closed.
 *
 * @module
 */
import type { DayNumber } from "../dates/civil-date";
import type { CountingForm } from "../dates/counting";
import type { AnchorAdjustment, Effect, LaterOfCandidate, OpenInstance } from "../process/effects";
import type { Anchor } from "../process/states";
import type { Rule } from "../law/types";
import { PUBLIC_INDEX_OF_RULE, PUBLIC_RULE_IDS, RULES, publicIdIndex, publicIdOf, ruleIndex } from "../law/catalogue";
import { NONE } from "../internal/speed";
import { type Problem, problem } from "./problems";

/**
 * One occurrence of a rule in a case. Every field is there from the start, `undefined` until
 * known: one shape for every instance, and no storage to grow when a field is set. What the
 * transition opened it with is copied in: those effects come in many shapes, and the deadline's
 * reads of one shape stay fast (docs/performance.md: one shape a rule instance).
 */
export interface Instance {
  readonly rule: Rule;
  /** The rule's place in the catalogue (`RULES`), for tables indexed by rule. */
  readonly ruleIndex: number;
  /** Its name within its rule (`EP1` for `advice:EP1`), as opened. */
  readonly qualifier: string | undefined;
  /** What its period runs from, and how readings may move that day. */
  readonly anchor: Anchor;
  readonly anchorLabel: string;
  readonly adjust: AnchorAdjustment | undefined;
  /** A policy value that replaces the rule's own form (draftPlanTargetWeeks). */
  readonly form: CountingForm | undefined;
  readonly adviceId: string | undefined;
  /** Acts before this day do not satisfy it. */
  readonly notBefore: DayNumber | undefined;
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
  /** The instance of the same public id opened before this one: each group's instances form a chain. */
  readonly previousOfRule: Instance | undefined;
}

/** An act that must follow a window, checked once the window's last day is known. */
export interface WindowCheck {
  readonly window: Instance;
  readonly act: Anchor;
  readonly code: Extract<Effect, { type: "after-window" }>["problem"];
}

const isOpen = (instance: Instance): boolean => instance.done === undefined && instance.notApplicable === undefined;

/**
 * Applies effects, keeping instances in the order they were opened. Instances are indexed by
 * rule only, newest first along a chain: a case has a handful of each, so a scan for a qualifier
 * costs less than building a key for a map on every effect, and no list is kept per rule (docs/performance.md:
 * one shape a rule instance).
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

  /** The latest instance of a public id (effects name rules by it). */
  private latest(ruleId: string): Instance | undefined {
    return this.latestOfRule[publicIdIndex(ruleId)];
  }

  /** The latest instance that is neither done nor closed (and, for an act on `actDay`, that it can satisfy). */
  private openInstance(ruleId: string, qualifier: string | undefined, actDay?: number): Instance | undefined {
    for (let instance = this.latest(ruleId); instance !== undefined; instance = instance.previousOfRule) {
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
    if (seed.ifAlreadyOpen === "ignore" && withQualifier(previous, seed.qualifier) !== undefined) return;
    if (seed.ifAlreadyOpen !== undefined && seed.ifAlreadyOpen !== "ignore" && this.openInstance(ruleId, seed.qualifier) !== undefined) {
      this.problems.push(problem(seed.ifAlreadyOpen, seed.anchor.eventId));
      return;
    }
    // Keys are unique within the timeline: a repeat takes `:2`, `:3`… Keys of one rule all
    // start with its id (ids have no colon), so only the rule's own instances can clash.
    const base = seed.qualifier === undefined ? ruleId : `${ruleId}:${seed.qualifier}`;
    let key = base;
    for (let n = 2; keyTaken(previous, key); n += 1) key = `${base}:${n}`;
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
    };
    this.instances.push(instance);
    this.latestOfRule[chain] = instance;
  }

  /** A rule's open instances with that qualifier (all of the rule's when none is given), newest first. */
  private openCandidates(ruleId: string, qualifier: string | undefined): Instance[] {
    const found: Instance[] = [];
    for (let instance = this.latest(ruleId); instance !== undefined; instance = instance.previousOfRule) {
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

/** Whether an instance of the chain from `latest` has this key. */
function keyTaken(latest: Instance | undefined, key: string): boolean {
  for (let instance = latest; instance !== undefined; instance = instance.previousOfRule) if (instance.key === key) return true;
  return false;
}

/** The first instance of the chain from `latest` with this qualifier (or none, for none). */
function withQualifier(latest: Instance | undefined, qualifier: string | undefined): Instance | undefined {
  for (let instance = latest; instance !== undefined; instance = instance.previousOfRule) if (instance.qualifier === qualifier) return instance;
  return undefined;
}
