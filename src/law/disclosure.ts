/**
 * Disclosure of a plan for higher education (rules.md § 2 "Disclosure for higher education";
 * Regs 47).
 *
 * @module
 */
import type { Rule } from "./types";

/**
 * Regs 47: on the young person's request, the LA discloses the plan to the higher education
 * institution, or to the person assessing them for a disabled students' allowance, within 15
 * working days.
 */
export const higherEducationDisclosure: Rule = {
  id: "higher-education-disclosure",
  title: "Plan disclosed for higher education",
  duty: "Disclose the young person's EHC plan to the higher education institution, or to the person assessing them for a disabled students' allowance, as they asked.",
  owner: "local-authority",
  strength: "statutory",
  kind: "limit",
  counting: { kind: "working-days-after", days: 15 },
  anchor: "the day the LA received the young person's request to disclose the plan",
  citation: "SEND Regulations 2014, reg 47",
  exceptions: [],
  inForce: { from: "2014-09-01" },
  // The stored pages hold only the Regulations' explanatory note on reg 47, not its text: the 15
  // working days, and that they run after the request, are not checked against the provision.
  verified: false,
};

/** The rules of disclosure. */
export const DISCLOSURE_RULES: readonly Rule[] = [higherEducationDisclosure];
