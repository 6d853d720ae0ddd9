/**
 * Reviews of a maintained plan, amendments and phase transfers (rules.md § 2).
 *
 * @module
 */
import { CORONAVIRUS_CITATION, CORONAVIRUS_REG_18A } from "./exception-grounds";
import type { Rule } from "./types";

const REGS = "SEND Regulations 2014";
const IN_FORCE_2014 = { from: "2014-09-01" } as const;

/** CFA s.44(1): a review within each period of 12 months. */
export const annualReview: Rule = {
  id: "annual-review",
  title: "Annual review of the EHC plan",
  duty: "Review the plan: first within the 12 months starting with the date it was made, then within each 12 months starting with the date it was last reviewed.",
  owner: "local-authority",
  strength: "statutory",
  kind: "limit",
  counting: { kind: "months-beginning-with", months: 12 },
  anchor: "the date the plan was made, or the date it was last reviewed (reading lastReviewed)",
  citation: "CFA 2014 s.44(1); SEND Code of Practice 9.166-9.169",
  // No coronavirus ground: the duty is in the Act (CFA s.44(1)), which SI 2020/471, amending only the Regulations, could not change.
  exceptions: [],
  inForce: IN_FORCE_2014,
  verified: true,
};

/** CoP 9.178: for a child under 5, reviews every 3–6 months. */
export const earlyYearsReview: Rule = {
  id: "early-years-review",
  title: "Early-years review (child under 5)",
  duty: "For a child under 5, consider reviewing the plan at least every 3 to 6 months.",
  owner: "local-authority",
  strength: "guidance",
  kind: "limit",
  counting: { kind: "months-after", months: 6 },
  anchor: "the date the plan was made, or the date it was last reviewed",
  citation: "SEND Code of Practice 9.178: the LA 'should consider reviewing an EHC plan for a child under five at least every three to six months'",
  exceptions: [],
  inForce: IN_FORCE_2014,
  verified: true,
};

/** Regs 20(3), 21(3): at least 2 weeks' notice of the review meeting. */
export const reviewInvitations: Rule = {
  id: "review-invitations",
  title: "Invitations to the review meeting",
  duty: "Give everyone who must be invited at least 2 weeks' notice of the review meeting.",
  owner: "review-arranger",
  strength: "statutory",
  kind: "limit",
  counting: { kind: "at-least-before", period: { unit: "days", count: 14 } },
  anchor: "the date of the review meeting",
  citation: `${REGS}, reg 20(3) (reg 21(3) for a child or young person not at school)`,
  exceptions: [],
  inForce: IN_FORCE_2014,
  verified: true,
};

/** Regs 20(4), 21(4): advice gathered and sent to everyone invited at least 2 weeks before. */
export const reviewAdviceCirculated: Rule = {
  id: "review-advice-circulated",
  title: "Advice circulated before the review meeting",
  duty: "Gather advice and information about the child or young person and send it to everyone invited, at least 2 weeks before the meeting.",
  owner: "review-arranger",
  strength: "statutory",
  kind: "limit",
  counting: { kind: "at-least-before", period: { unit: "days", count: 14 } },
  anchor: "the date of the review meeting",
  citation: `${REGS}, reg 20(4) (reg 21(4) for a child or young person not at school)`,
  exceptions: [],
  inForce: IN_FORCE_2014,
  verified: true,
};

/** Regs 20(9), 21(7)–(8): the report of the meeting within 2 weeks. */
export const reviewReport: Rule = {
  id: "review-report",
  title: "Report of the review meeting sent",
  duty: "Write the report of the meeting, with any recommended amendments, and send it to everyone invited.",
  owner: "review-arranger",
  strength: "statutory",
  kind: "limit",
  counting: { kind: "weeks-after", weeks: 2 },
  anchor: "the date of the review meeting",
  citation: `${REGS}, reg 20(7) and (9) (reg 21(7)-(8) for a child or young person not at school)`,
  exceptions: [{ ground: "coronavirus", citation: CORONAVIRUS_CITATION }],
  inForce: IN_FORCE_2014,
  verified: true,
};

/** Regs 20(10), 21(9); Devon (2022): the decision, with proposed amendments, within 4 weeks. */
export const reviewDecision: Rule = {
  id: "review-decision",
  title: "Decision after the review",
  duty: "Decide whether to keep the plan as it is, amend it or cease it, and notify the parent or young person; when amending, the proposed amendments go with the notice.",
  owner: "local-authority",
  strength: "statutory",
  kind: "limit",
  counting: { kind: "weeks-after", weeks: 4 },
  anchor: "the date of the review meeting",
  citation: `${REGS}, reg 20(10) (reg 21(9)); R (L, M and P) v Devon CC [2022] EWHC 493 (Admin)`,
  exceptions: [{ ground: "coronavirus", citation: CORONAVIRUS_CITATION }],
  inForce: IN_FORCE_2014,
  verified: true,
};

/** Regs 22(2)(c): at least 15 days to comment on proposed amendments. */
export const amendmentRepresentations: Rule = {
  id: "amendment-representations",
  title: "Window for comments on proposed amendments",
  duty: "Allow the parent or young person at least 15 days to comment on the proposed amendments, ask for a school and ask for a meeting.",
  owner: "local-authority",
  strength: "statutory",
  kind: "window",
  counting: { kind: "days-beginning-with", days: 15 },
  anchor: "the day the amendment notice was served",
  citation: `${REGS}, reg 22(2)(c)`,
  exceptions: [],
  inForce: IN_FORCE_2014,
  verified: true,
};

/** Regs 22(3): the amended plan within 8 weeks of the amendment notice. */
export const amendedPlan: Rule = {
  id: "amended-plan",
  title: "Amended EHC plan issued",
  duty: "Issue the final amended plan.",
  owner: "local-authority",
  strength: "statutory",
  kind: "limit",
  counting: { kind: "weeks-after", weeks: 8 },
  anchor: "the day the LA sent the amendment notice",
  citation: `${REGS}, reg 22(3)`,
  exceptions: [{ ground: "coronavirus", citation: CORONAVIRUS_CITATION }],
  inForce: IN_FORCE_2014,
  verified: true,
};

/**
 * Regs 22(4): a decision, after proposing amendments, not to amend the plan, notified with its
 * reasons within 8 weeks of the amendment notice (the period of Regs 22(3), the other outcome of
 * the same proposal). The decision can be appealed (CFA s.51(2)(e)).
 */
export const decisionNotToAmend: Rule = {
  id: "decision-not-to-amend",
  title: "Notice of a decision not to amend the plan",
  duty: "Having proposed amendments, tell the parent or young person of a decision not to amend the plan after all, with the reasons for it.",
  owner: "local-authority",
  strength: "statutory",
  kind: "limit",
  counting: { kind: "weeks-after", weeks: 8 },
  anchor: "the day the LA sent the amendment notice",
  citation: `${REGS}, reg 22(4); appealable under CFA 2014 s.51(2)(e)`,
  exceptions: [],
  inForce: IN_FORCE_2014,
  // The stored text of reg 22(4) breaks off before its period: the 8 weeks from the amendment
  // notice is read from reg 22(3) and secondary sources, not from the provision itself.
  verified: false,
};

/** The public id of the three phase-transfer reviews: one deadline a transfer, whatever its kind. */
export const PHASE_TRANSFER_REVIEW = "phase-transfer-review";

const PHASE_TRANSFER = {
  group: PHASE_TRANSFER_REVIEW,
  title: "Plan reviewed and amended before a phase transfer",
  duty: "Review the plan and, where necessary, amend it (naming the next school or college) before the deadline for the transfer.",
  owner: "local-authority",
  strength: "statutory",
  kind: "limit",
  anchor: "the date of the transfer between phases",
  exceptions: [CORONAVIRUS_REG_18A],
  inForce: IN_FORCE_2014,
  verified: true,
} as const;

/** Regs 18(1)(b): before 15 February of the calendar year of a transfer between school phases. */
export const phaseTransferSchool: Rule = {
  ...PHASE_TRANSFER,
  id: "phase-transfer-review-school",
  counting: { kind: "before", day: 15, month: 2 },
  citation: `${REGS}, reg 18(1)(b); phases defined in reg 2(1)`,
};

/** Regs 18(1)(a): before 31 March of the calendar year of a transfer from secondary school to post-16. */
export const phaseTransferPost16: Rule = {
  ...PHASE_TRANSFER,
  id: "phase-transfer-review-post16",
  counting: { kind: "before", day: 31, month: 3 },
  citation: `${REGS}, reg 18(1)(a); phases defined in reg 2(1)`,
};

/** Regs 18(2): at least 5 months before a move between post-16 institutions. */
export const phaseTransferBetweenPost16: Rule = {
  ...PHASE_TRANSFER,
  id: "phase-transfer-review-between-post16",
  counting: { kind: "at-least-before", period: { unit: "months", count: 5 } },
  citation: `${REGS}, reg 18(2)`,
};

/** The rules of reviews and amendments. */
export const REVIEW_RULES: readonly Rule[] = [
  annualReview,
  earlyYearsReview,
  reviewInvitations,
  reviewAdviceCirculated,
  reviewReport,
  reviewDecision,
  amendmentRepresentations,
  amendedPlan,
  decisionNotToAmend,
  phaseTransferSchool,
  phaseTransferPost16,
  phaseTransferBetweenPost16,
];
