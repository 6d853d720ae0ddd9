/**
 * The facts every deadline of a rule repeats (title, strength, owner, citation, verified), for
 * the compact timeline: `ehc-timeline rules` (and `GET /rules`) give them once, by id, and each
 * compact deadline names its own by `facts` instead of carrying them.
 *
 * @module
 */
import { RULES, publicIdOf } from "../law/catalogue";
import type { Owner, Strength } from "../law/types";
import type { CompactDeadline, CompactTimeline, Deadline, Timeline } from "./types";

/** One entry of the rules' facts: the rule id its deadlines carry, and what each would repeat. */
export interface RuleFacts {
  readonly rule: string;
  readonly title: string;
  readonly strength: Strength;
  readonly owner: Owner;
  readonly citation: string;
  readonly verified: boolean;
}

/**
 * Every rule's facts, by the catalogue's own id of the rule. That id is the deadline's `rule`
 * unless the rule is one of a group, whose deadlines share the group's id while their citation
 * or owner can differ (the phase-transfer review under reg 18(1)(a), 18(1)(b) or 18(2)).
 */
export const RULE_FACTS: Readonly<Record<string, RuleFacts>> = Object.fromEntries(
  RULES.map((rule) => [rule.id, { rule: publicIdOf(rule), title: rule.title, strength: rule.strength, owner: rule.owner, citation: rule.citation, verified: rule.verified }]),
);

const byRule = new Map<string, string[]>();
for (const [id, facts] of Object.entries(RULE_FACTS)) byRule.set(facts.rule, [...(byRule.get(facts.rule) ?? []), id]);

const sameFacts = (facts: RuleFacts, d: Deadline): boolean =>
  facts.title === d.title && facts.strength === d.strength && facts.owner === d.owner && facts.citation === d.citation && facts.verified === d.verified;

/** The id in {@link RULE_FACTS} of a deadline's facts. */
export function factsIdOf(d: Deadline): string {
  const ids = byRule.get(d.rule);
  if (ids?.length === 1) return ids[0] as string;
  const id = ids?.find((candidate) => sameFacts(RULE_FACTS[candidate] as RuleFacts, d));
  if (id === undefined) throw new Error("a deadline's facts are none of the catalogue's");
  return id;
}

/** A deadline without its rule's facts, which it names by id. */
export function compactDeadline(d: Deadline): CompactDeadline {
  return {
    rule: d.rule,
    facts: factsIdOf(d),
    key: d.key,
    due: d.due,
    status: d.status,
    doneOn: d.doneOn,
    doneBy: d.doneBy,
    anchor: d.anchor,
    counting: d.counting,
    reading: d.reading,
    exception: d.exception,
    indicativeDue: d.indicativeDue,
    explanation: d.explanation,
  };
}

/** A timeline whose deadlines name their rules' facts instead of carrying them. */
export function compactTimeline(t: Timeline): CompactTimeline {
  return { ...t, deadlines: t.deadlines.map(compactDeadline) };
}
