/**
 * The public ids of the rules (what a deadline's \`rule\` names), as a type editors complete. The
 * catalogue's records are typed \`Rule\`, so their ids are plain strings: this list is the
 * literal form, and test/law/rule-ids.test.ts holds it equal to the catalogue. A new rule adds
 * its id here.
 *
 * @module
 */

/** Every public rule id, in the order of the catalogue. */
export const RULE_IDS = [
  "support-review",
  "support-parent-meetings",
  "assessment-decision",
  "advice",
  "draft-plan",
  "no-plan-notice",
  "draft-representations",
  "institution-response",
  "final-plan",
  "annual-review",
  "early-years-review",
  "review-invitations",
  "review-advice-circulated",
  "review-report",
  "review-decision",
  "amendment-representations",
  "amended-plan",
  "decision-not-to-amend",
  "phase-transfer-review",
  "direct-payments-review",
  "higher-education-disclosure",
  "reassessment-decision",
  "reassessment-final-plan",
  "plan-transfer",
  "transfer-notice",
  "transfer-review",
  "commissioning-body-notice",
  "health-review-request",
  "cease-not-before",
  "mediation-contact",
  "mediation-health-notice",
  "mediation-arranged",
  "mediation-date-notice",
  "mediation-certificate",
  "mediation-agreement",
  "mediation-agreement-notice",
  "appeal",
  "order-assess-notice",
  "order-assess-no-plan",
  "order-assess-final-plan",
  "order-draft-plan",
  "order-final-plan",
  "order-reconsider",
  "order-amend-content",
  "order-amend-placement",
  "order-continue-and-amend",
  "order-cease",
  "unopposed-assess-notice",
  "unopposed-assess-no-plan",
  "unopposed-assess-final-plan",
  "unopposed-amend-content",
  "unopposed-amend-placement",
  "unopposed-draft-plan",
  "unopposed-final-plan",
  "unopposed-cease-amend",
  "recommendation-response",
  "recommendation-response-copy",
] as const;

/** A rule's public id: \`"final-plan"\`, \`"appeal"\`, … */
export type RuleId = (typeof RULE_IDS)[number];

/** A deadline's key: the rule id, or \`rule:qualifier\` when the rule repeats (\`support-review:2\`, \`appeal:e7\`). */
export type DeadlineKey = RuleId | `${RuleId}:${string}`;
