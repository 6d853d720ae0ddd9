/**
 * Reassessment of a maintained plan (rules.md § 3). Regs 26 and 27(1) apply the advice and
 * draft-window rules of the first assessment, so those rules are reused, not copied.
 *
 * @module
 */
import { CORONAVIRUS_CITATION, fourGrounds } from "./exception-grounds";
import type { Rule } from "./types";

const REGS = "SEND Regulations 2014";
const IN_FORCE_2014 = { from: "2014-09-01" } as const;

/** Regs 25(1): whether the LA will reassess, within 15 days of the request. */
export const reassessmentDecision: Rule = {
  id: "reassessment-decision",
  title: "Decision whether to reassess",
  duty: "Tell the parent or young person whether the LA will carry out a reassessment.",
  owner: "local-authority",
  strength: "statutory",
  kind: "limit",
  counting: { kind: "days-after", days: 15 },
  anchor: "the day the LA received the request for a reassessment",
  citation: `${REGS}, reg 25(1)`,
  exceptions: [{ ground: "coronavirus", citation: CORONAVIRUS_CITATION }],
  inForce: IN_FORCE_2014,
  verified: true,
};

/** Regs 27(2): the amended or replacement plan within 14 weeks of the notice to reassess. */
export const reassessmentFinalPlan: Rule = {
  id: "reassessment-final-plan",
  title: "Plan finalised after reassessment",
  duty: "Send the finalised amended or replacement plan.",
  owner: "local-authority",
  strength: "statutory",
  kind: "limit",
  counting: { kind: "weeks-after", weeks: 14 },
  anchor: "the day the LA gave notice that it will reassess (or decided to reassess of its own accord)",
  citation: `${REGS}, reg 27(2)`,
  exceptions: fourGrounds(`${REGS}, reg 27(3)`),
  inForce: IN_FORCE_2014,
  verified: true,
};

/** The rules of reassessment. */
export const REASSESSMENT_RULES: readonly Rule[] = [reassessmentDecision, reassessmentFinalPlan];
