/**
 * The rule catalogue: every timescale the engine knows, by id. A new rule is a new record in
 * one of the family files; this file only gathers them.
 *
 * @module
 */
import { asOnePiece } from "../internal/speed";
import { ASSESSMENT_RULES } from "./assessment";
import { CEASING_RULES } from "./ceasing";
import { DISPUTE_RULES } from "./disputes";
import { REASSESSMENT_RULES } from "./reassessment";
import { REVIEW_RULES } from "./reviews";
import { SUPPORT_RULES } from "./support";
import { TRANSFER_RULES } from "./transfers";
import { TRIBUNAL_RULES } from "./tribunal";
import type { Rule } from "./types";

/** Every rule, in the order of the process. */
export const RULES: readonly Rule[] = [
  ...SUPPORT_RULES,
  ...ASSESSMENT_RULES,
  ...REVIEW_RULES,
  ...REASSESSMENT_RULES,
  ...TRANSFER_RULES,
  ...CEASING_RULES,
  ...DISPUTE_RULES,
  ...TRIBUNAL_RULES,
];

// The texts every deadline of a rule repeats, some built from parts, held as one piece.
for (const rule of RULES) {
  asOnePiece(rule.title);
  asOnePiece(rule.citation);
}

const byId: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));

/** The rule with this id, or `undefined`. */
export function findRule(id: string): Rule | undefined {
  return byId.get(id);
}

/** The rule with this id; for ids written in the engine's own code. */
export function ruleById(id: string): Rule {
  const rule = byId.get(id);
  if (rule === undefined) throw new Error(`No rule with id ${id}`);
  return rule;
}

const indexById: ReadonlyMap<string, number> = new Map(RULES.map((rule, index) => [rule.id, index]));

/** The rule's place in {@link RULES} (-1 for an unknown id): for tables indexed by rule. */
export function ruleIndex(id: string): number {
  return indexById.get(id) ?? -1;
}
