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

/**
 * Regs 27(4)(a): the plan finalised after a reassessment is reviewed "within 12 months of the date
 * on which" it is sent, so by the anniversary of that date, not within the CFA s.44(1) "period of
 * 12 months starting with" it. One duty with the annual review (its group): later reviews follow
 * s.44(1) from the date the plan was last reviewed.
 */
export const reassessmentReview: Rule = {
  id: "reassessment-review",
  group: "annual-review",
  title: "First review of the plan finalised after a reassessment",
  duty: "Review the plan finalised after the reassessment within 12 months of the date it was sent; later reviews follow CFA s.44(1) from the date it was last reviewed.",
  owner: "local-authority",
  strength: "statutory",
  kind: "limit",
  counting: { kind: "months-after", months: 12 },
  anchor: "the date the plan finalised after the reassessment was sent",
  citation: `${REGS}, reg 27(4)(a): 'within 12 months of the date on which' the finalised plan is sent; later reviews CFA 2014 s.44(1)`,
  // No coronavirus ground: none of the temporary paragraphs of SI 2020/471 names reg 27(4).
  exceptions: [],
  inForce: IN_FORCE_2014,
  // Regs 27(4) seen as quoted in the review of this rule, not on legislation.gov.uk itself.
  verified: false,
};

/** The rules of reassessment. */
export const REASSESSMENT_RULES: readonly Rule[] = [reassessmentDecision, reassessmentFinalPlan, reassessmentReview];
