/**
 * A plan transferred from another local authority in England (rules.md § 4; Regs 15).
 *
 * @module
 */
import { CORONAVIRUS_CITATION } from "./exception-grounds";
import type { Rule } from "./types";

const REGS = "SEND Regulations 2014";
const IN_FORCE_2014 = { from: "2014-09-01" } as const;

/**
 * Regs 15(2): the OLD authority transfers the plan on the day of the move or, where it became
 * aware of the move fewer than 15 working days before it, within 15 working days beginning with
 * the day it became aware: the later of the two days. (The duty is the old LA's, not the new
 * LA's: the new LA's duties run from the transfer, Regs 15(3)-(5).)
 */
export const planTransfer: Rule = {
  id: "plan-transfer",
  title: "Plan transferred to the new LA",
  duty: "Transfer the EHC plan to the LA of the area the child or young person is moving to.",
  owner: "old-local-authority",
  strength: "statutory",
  kind: "limit",
  counting: { kind: "working-days-beginning-with", days: 15 },
  anchor: "the day the LA maintaining the plan became aware of the move (and the day of the move)",
  citation: `${REGS}, reg 15(2)`,
  exceptions: [],
  inForce: IN_FORCE_2014,
  verified: true,
};

/** Regs 15(4): the new LA's notice within 6 weeks of the transfer. */
export const transferNotice: Rule = {
  id: "transfer-notice",
  title: "Notice after a plan is transferred in",
  duty: "Tell the parent or young person that the plan has transferred, whether the LA will reassess, and when it will review the plan.",
  owner: "new-local-authority",
  strength: "statutory",
  kind: "limit",
  counting: { kind: "weeks-after", weeks: 6 },
  anchor: "the day the plan was transferred",
  citation: `${REGS}, reg 15(4)`,
  exceptions: [{ ground: "coronavirus", citation: CORONAVIRUS_CITATION }],
  inForce: IN_FORCE_2014,
  verified: true,
};

/**
 * Regs 15(5): the new LA reviews the plan by the later of the end of 12 months from the plan
 * or its last review, and 3 months from the transfer.
 */
export const transferReview: Rule = {
  id: "transfer-review",
  title: "First review after a plan is transferred in",
  duty: "Review the transferred plan.",
  owner: "new-local-authority",
  strength: "statutory",
  kind: "limit",
  counting: { kind: "months-beginning-with", months: 3 },
  anchor: "the day the plan was transferred (and the date the plan was made or last reviewed)",
  citation: `${REGS}, reg 15(5)`,
  exceptions: [{ ground: "coronavirus", citation: CORONAVIRUS_CITATION }],
  inForce: IN_FORCE_2014,
  verified: true,
};

// The commissioning bodies' duties when a child or young person changes commissioning body. The
// stored pages break off Regs 15 at paragraph (5) and do not hold Regs 16: the paragraphs and
// periods below follow secondary sources (council and IPSEA pages), so none is marked verified.
const HEALTH = {
  owner: "commissioning-body",
  strength: "statutory",
  kind: "limit",
  counting: { kind: "working-days-beginning-with", days: 15 },
  exceptions: [],
  inForce: IN_FORCE_2014,
  verified: false,
} as const;

/** The public id of the old commissioning body's notice to the new one, on a move or otherwise. */
export const COMMISSIONING_BODY_NOTICE = "commissioning-body-notice";

/** Regs 15(7): on a move between LAs, the old body tells the new one on the day of the move, or within 15 working days of learning of it if later. */
export const commissioningBodyNoticeOnMove: Rule = {
  ...HEALTH,
  id: "commissioning-body-notice-move",
  group: COMMISSIONING_BODY_NOTICE,
  title: "New commissioning body told of the change",
  duty: "The old responsible commissioning body tells the new one that it is now responsible for the child or young person.",
  anchor: "the day the old commissioning body became aware of the move (and the day of the move)",
  citation: `${REGS}, reg 15(7)`,
};

/** Regs 16(2): a change of commissioning body for any other reason: the notice within 15 working days of learning of it. */
export const commissioningBodyNotice: Rule = {
  ...commissioningBodyNoticeOnMove,
  id: "commissioning-body-notice",
  anchor: "the day the old commissioning body became aware of the change",
  citation: `${REGS}, reg 16(2)`,
};

/** The public id of the new commissioning body's request to the LA. */
export const HEALTH_REVIEW_REQUEST = "health-review-request";

/** Regs 15(8): after a move, a new body that cannot practicably secure the health care provision asks the new LA to assess or review. */
export const healthReviewRequestOnMove: Rule = {
  ...HEALTH,
  id: "health-review-request-move",
  group: HEALTH_REVIEW_REQUEST,
  title: "LA asked to assess or review the health care provision",
  duty: "Where it is not practicable for the new commissioning body to secure the health care provision in the plan, it asks the LA to carry out an EHC needs assessment or to review the plan.",
  anchor: "the day the new commissioning body became aware of the change",
  citation: `${REGS}, reg 15(8)`,
};

/** Regs 16(3): the same request after a change of commissioning body for any other reason. */
export const healthReviewRequest: Rule = { ...healthReviewRequestOnMove, id: "health-review-request", citation: `${REGS}, reg 16(3)` };

/** The rules of transfers between authorities. */
export const TRANSFER_RULES: readonly Rule[] = [
  planTransfer,
  transferNotice,
  transferReview,
  commissioningBodyNoticeOnMove,
  commissioningBodyNotice,
  healthReviewRequestOnMove,
  healthReviewRequest,
];
