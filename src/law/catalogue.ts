/**
 * The rule catalogue: every timescale the engine knows, by id. A new rule is a new record in
 * one of the family files; this file only gathers them.
 *
 * @module
 */
import { asOnePiece } from "../internal/speed";
import { ASSESSMENT_RULES } from "./assessment";
import { CEASING_RULES } from "./ceasing";
import { DIRECT_PAYMENT_RULES } from "./direct-payments";
import { DISCLOSURE_RULES } from "./disclosure";
import { DISPUTE_RULES } from "./disputes";
import { REASSESSMENT_RULES } from "./reassessment";
import { REVIEW_RULES } from "./reviews";
import { SUPPORT_RULES } from "./support";
import { TRANSFER_RULES } from "./transfers";
import { TRIBUNAL_RULES } from "./tribunal";
import type { Rule } from "./types";

/**
 * A rule with every field present, in one order: the catalogue's rules share one shape, so the
 * engine's reads of a deadline's rule stay fast whatever rule it is (docs/performance.md).
 */
function inOneShape(rule: Rule): Rule {
  return {
    id: rule.id,
    group: rule.group,
    title: rule.title,
    duty: rule.duty,
    owner: rule.owner,
    strength: rule.strength,
    kind: rule.kind,
    counting: rule.counting,
    anchor: rule.anchor,
    citation: rule.citation,
    exceptions: rule.exceptions,
    inForce: rule.inForce,
    verified: rule.verified,
    tribunalDays: rule.tribunalDays,
    readings: rule.readings,
  };
}

/** Every rule, in the order of the process, each in one shape (the family files' records, copied). */
export const RULES: readonly Rule[] = [
  ...SUPPORT_RULES,
  ...ASSESSMENT_RULES,
  ...REVIEW_RULES,
  ...DIRECT_PAYMENT_RULES,
  ...DISCLOSURE_RULES,
  ...REASSESSMENT_RULES,
  ...TRANSFER_RULES,
  ...CEASING_RULES,
  ...DISPUTE_RULES,
  ...TRIBUNAL_RULES,
].map(inOneShape);

// The texts every deadline of a rule repeats, some built from parts, held as one piece.
for (const rule of RULES) {
  asOnePiece(rule.title);
  asOnePiece(rule.citation);
}

/** The id a rule's deadlines carry: its group's, or its own (see {@link Rule.group}). */
export const publicIdOf = (rule: Rule): string => rule.group ?? rule.id;

/** Every public id, once each, in the order of the catalogue: what deadlines, keys and exception claims name. */
export const PUBLIC_RULE_IDS: readonly string[] = [...new Set(RULES.map(publicIdOf))];

const byId: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));
const firstOfGroup: ReadonlyMap<string, Rule> = new Map([...RULES].reverse().map((rule) => [publicIdOf(rule), rule]));

/** The rule with this id, or, for a group's public id, its first rule; `undefined` for neither. */
export function findRule(id: string): Rule | undefined {
  return byId.get(id) ?? firstOfGroup.get(id);
}

const indexById: ReadonlyMap<string, number> = new Map(RULES.map((rule, index) => [rule.id, index]));

/** The rule's place in {@link RULES} (-1 for an unknown id): for tables indexed by rule. */
export function ruleIndex(id: string): number {
  return indexById.get(id) ?? -1;
}

const indexByPublicId: ReadonlyMap<string, number> = new Map(PUBLIC_RULE_IDS.map((id, index) => [id, index]));

/** The place in {@link PUBLIC_RULE_IDS} of each rule's public id, by the rule's place in {@link RULES}. */
export const PUBLIC_INDEX_OF_RULE: readonly number[] = RULES.map((rule) => PUBLIC_RULE_IDS.indexOf(publicIdOf(rule)));

/** A public id's place in {@link PUBLIC_RULE_IDS} (-1 for an unknown one): for tables indexed by group. */
export function publicIdIndex(publicId: string): number {
  return indexByPublicId.get(publicId) ?? -1;
}
