/**
 * Mediation and the appeal itself (rules.md § 6, § 7 "Mediation agreements"). Tribunal orders,
 * unopposed appeals and recommendations are in `tribunal.ts`.
 *
 * `mediation-date-notice` runs back from the mediation's date (`mediation-date-notified`, else the
 * day of `mediation-held`); `mediation-agreement` from a `mediation-agreement` on a matter that
 * cannot be appealed (an appealable one opens the `order-*` limits instead, Regs 42(2)).
 *
 * @module
 */
import { CORONAVIRUS_REG_2A } from "./exception-grounds";
import type { Rule } from "./types";

const REGS = "SEND Regulations 2014";
const IN_FORCE_2014 = { from: "2014-09-01" } as const;
const FROM_NOTICE = "the day written notice of the appealable decision was sent (the decision's own date when no separate notice is recorded)";

/** Regs 33: contact the mediation adviser within 2 months of the notice. Not a Tribunal limit: r.12 does not move it. */
export const mediationContact: Rule = {
  id: "mediation-contact",
  title: "Mediation adviser contacted",
  duty:
    "A parent or young person who wants to appeal contacts the mediation adviser, says they wish to appeal and whether they wish to pursue mediation. " +
    "Needed for a mediation certificate, except for an appeal only about the school or other institution named (or that none is named).",
  owner: "parent-or-young-person",
  strength: "statutory",
  kind: "limit",
  counting: { kind: "months-after", months: 2 },
  anchor: FROM_NOTICE,
  citation: `${REGS}, reg 33; CFA 2014 s.55 (no certificate for an appeal only about s.51(2)(c)(iii)-(iv))`,
  exceptions: [CORONAVIRUS_REG_2A],
  inForce: IN_FORCE_2014,
  verified: true,
};

/** Regs 34(1), 39(1), 39(3): the certificate within 3 working days. */
export const mediationCertificate: Rule = {
  id: "mediation-certificate",
  title: "Mediation certificate issued",
  duty:
    "The mediation adviser issues the mediation certificate: after being told the parent or young person does not wish to pursue mediation, " +
    "after the mediation ends, or after the LA says it cannot arrange mediation in time.",
  owner: "mediation-adviser",
  strength: "statutory",
  kind: "limit",
  counting: { kind: "working-days-after", days: 3 },
  anchor: "the day the adviser was told mediation is not wanted, the day mediation ended, or the day of the LA's notice that it cannot arrange it",
  citation: `${REGS}, regs 34(1), 39(1) and 39(3)`,
  exceptions: [CORONAVIRUS_REG_2A],
  inForce: IN_FORCE_2014,
  // Regs 34–39 seen only as quoted by secondary sources (IPSEA, SENDIASS pages).
  verified: false,
};

/** Regs 36(2) (35(3)–(4) for health-only issues): mediation within 30 days. */
export const mediationArranged: Rule = {
  id: "mediation-arranged",
  title: "Mediation arranged",
  duty: "The LA (or the health commissioning body, for health-only issues) arranges for the mediation to take place.",
  owner: "local-authority",
  strength: "statutory",
  kind: "limit",
  counting: { kind: "days-after", days: 30 },
  anchor: "the day the LA was told the parent or young person wants mediation",
  citation: `${REGS}, reg 36(2); reg 35(3)-(4) for health-only issues`,
  exceptions: [CORONAVIRUS_REG_2A],
  inForce: IN_FORCE_2014,
  // Regs 34–39 seen only as quoted by secondary sources (IPSEA, SENDIASS pages).
  verified: false,
};

/** Regs 37(2): at least 5 working days' notice of the mediation. */
export const mediationDateNotice: Rule = {
  id: "mediation-date-notice",
  title: "Notice of the mediation's date and place",
  duty: "Tell the parent or young person the date and place of the mediation, unless they agree to less notice.",
  owner: "local-authority",
  strength: "statutory",
  kind: "limit",
  counting: { kind: "at-least-before", period: { unit: "working-days", count: 5 } },
  anchor: "the day of the mediation",
  citation: `${REGS}, reg 37(2)`,
  exceptions: [],
  inForce: IN_FORCE_2014,
  // Regs 34–39 seen only as quoted by secondary sources (IPSEA, SENDIASS pages).
  verified: false,
};

/** Regs 20(1)(c) of the HESC Rules: the later of 2 months from the notice and 1 month from the certificate, then r.12. */
export const appeal: Rule = {
  id: "appeal",
  title: "Appeal reaches the Tribunal",
  duty: "The parent or young person's appeal must reach the Tribunal. The limit is the parent's choice to use; after it, an appeal needs the Tribunal to extend time (HESC Rules r.5(3)(a)).",
  owner: "parent-or-young-person",
  strength: "statutory",
  kind: "limit",
  counting: { kind: "months-after", months: 2 },
  anchor: FROM_NOTICE,
  citation: "Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008, r.20(1)(c) and r.12; CFA 2014 s.51",
  exceptions: [],
  inForce: IN_FORCE_2014,
  verified: true,
  tribunalDays: true,
};

/** Regs 42(3): what a mediation agreement on a non-appealable matter requires, within 2 weeks. */
export const mediationAgreement: Rule = {
  id: "mediation-agreement",
  title: "Mediation agreement carried out",
  duty:
    "Where a mediation agreement requires the LA or the health commissioning body to do something that cannot be appealed, do it " +
    "(appealable matters follow the Regs 44 limits as if the agreement were an order, Regs 42(2); the parties may agree other timescales in writing, Regs 42(5)).",
  owner: "local-authority",
  strength: "statutory",
  kind: "limit",
  counting: { kind: "weeks-after", weeks: 2 },
  anchor: "the date of the mediation agreement",
  citation: `${REGS}, reg 42(3)`,
  exceptions: [CORONAVIRUS_REG_2A],
  inForce: IN_FORCE_2014,
  verified: true,
};

/**
 * Regs 35(2): when the mediation issues include health care provision, the LA tells the
 * responsible commissioning body what they are within 3 working days of being told them.
 */
export const mediationHealthNotice: Rule = {
  id: "mediation-health-notice",
  title: "Commissioning body told the mediation issues",
  duty:
    "When the mediation issues are or include health care provision, tell each responsible commissioning body what they are " +
    "(and, where no health care provision or none of a kind is in the plan, the provision the parent or young person wants).",
  owner: "local-authority",
  strength: "statutory",
  kind: "limit",
  counting: { kind: "working-days-after", days: 3 },
  anchor: "the day the LA was told the parent or young person wants mediation on issues that include health care provision",
  citation: `${REGS}, reg 35(2)`,
  exceptions: [],
  inForce: IN_FORCE_2014,
  // Regs 35 seen only as quoted by secondary sources (IPSEA); the stored legislation pages do not hold its text.
  verified: false,
};

/**
 * Regs 35(3): mediation only about health care provision is arranged by the commissioning body,
 * within 30 days of the LA's notice under Regs 35(2). One duty with the LA's (Regs 36(2)): it
 * carries the public id `mediation-arranged`, and the mediation held meets it.
 */
export const mediationArrangedHealth: Rule = {
  ...mediationArranged,
  id: "mediation-arranged-health",
  group: "mediation-arranged",
  duty: "The responsible commissioning body arranges the mediation, when the mediation issues are only about health care provision.",
  owner: "commissioning-body",
  anchor: "the day the LA told the commissioning body the mediation issues (Regs 35(2))",
  citation: `${REGS}, reg 35(3)`,
  exceptions: [],
  // Regs 35 seen only as quoted by secondary sources (IPSEA); the stored legislation pages do not hold its text.
  verified: false,
};

/** Regs 42(4): an agreement reached without the LA is notified to it by the commissioning body within 1 week. */
export const mediationAgreementNotice: Rule = {
  id: "mediation-agreement-notice",
  title: "LA told of a mediation agreement made without it",
  duty: "Where the LA was not a party to the mediation, the responsible commissioning body tells the LA of the mediation agreement.",
  owner: "commissioning-body",
  strength: "statutory",
  kind: "limit",
  counting: { kind: "weeks-after", weeks: 1 },
  anchor: "the date of the mediation agreement",
  citation: `${REGS}, reg 42(4)`,
  exceptions: [],
  inForce: IN_FORCE_2014,
  verified: true,
};

/** Mediation and appeal rules, in the order of the process. */
export const DISPUTE_RULES: readonly Rule[] = [
  mediationContact,
  mediationHealthNotice,
  mediationArranged,
  mediationArrangedHealth,
  mediationDateNotice,
  mediationCertificate,
  mediationAgreement,
  mediationAgreementNotice,
  appeal,
];
