/**
 * SEN support rules (rules.md § 9, graduated-approach.md): guidance and local practice, never
 * statutory. Their intervals come from the case's SEN support policy.
 *
 * @module
 */
import type { Rule } from "./types";

/** The SEND Code of Practice 0–25 came into force on 1 September 2014. */
const IN_FORCE_2014 = { from: "2014-09-01" } as const;

/** A review of each SEN support plan by the date agreed in it, else the policy interval. */
export const supportReview: Rule = {
  id: "support-review",
  title: "SEN support plan reviewed",
  duty: "Review the SEN support plan with the child and parents by the date agreed in the plan; where none was agreed, within the SEN support policy's interval.",
  owner: "school",
  strength: "practice",
  kind: "limit",
  counting: { kind: "on-date" },
  anchor: "the review date agreed in the SEN support plan; else the date the plan was agreed",
  citation:
    "No statutory time limit. Local practice: each plan sets a date for review (SEND Code of Practice 2015, 6.48, 6.54; the " +
    "published SEN support guidance of Ealing Council, Norfolk County Council and Salford City Council); the interval is the SEN support policy's",
  exceptions: [],
  inForce: IN_FORCE_2014,
  verified: true,
};

/** CoP 6.65: meet parents at least three times each year, counted per school year. */
export const supportParentMeetings: Rule = {
  id: "support-parent-meetings",
  title: "SEN support meetings with parents in the school year",
  duty:
    "Meet the parents of a pupil on SEN support at least three times each school year (1 September to 31 August; the policy may set another number), counted as SEN support reviews; " +
    "in the year support began, the share of the year left, to the nearest whole meeting.",
  owner: "school",
  strength: "guidance",
  kind: "limit",
  counting: { kind: "on-date" },
  anchor: "the last day of the school year (31 August)",
  citation: "SEND Code of Practice 2015, 6.65 ('at least three times each year' seen only in secondary sources)",
  exceptions: [],
  inForce: IN_FORCE_2014,
  verified: false,
};

/** The rules of the graduated approach. */
export const SUPPORT_RULES: readonly Rule[] = [supportReview, supportParentMeetings];
