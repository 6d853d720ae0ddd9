/**
 * A plan transferred from another local authority in England (rules.md § 4; Regs 15).
 *
 * @module
 */
import { CORONAVIRUS_CITATION } from "./exception-grounds";
import type { Rule } from "./types";

const REGS = "SEND Regulations 2014";
const IN_FORCE_2014 = { from: "2014-09-01" } as const;

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

/** The rules of transfers between authorities. */
export const TRANSFER_RULES: readonly Rule[] = [transferNotice, transferReview];
