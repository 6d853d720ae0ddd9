/**
 * What the LA (or health body) must do after the Tribunal (rules.md § 7): orders (Regs 44),
 * unopposed appeals (Regs 45) and recommendations (SI 2017/1306). Every limit runs in weeks
 * from the order or the LA's notice to the Tribunal; none moves off weekends (not a Tribunal limit).
 *
 * @module
 */
import { CORONAVIRUS_RECOMMENDATIONS, CORONAVIRUS_REG_2A, orderGrounds } from "./exception-grounds";
import type { ExceptionProvision, Rule } from "./types";

const REGS = "SEND Regulations 2014";
const REGS_44_3 = orderGrounds(`${REGS}, reg 44(3)`);
const REGS_45_7 = orderGrounds(`${REGS}, reg 45(7)`);
/** Regs 45(7) excuses only paragraphs (3) to (6): the limits of paragraph (3A) have only the temporary coronavirus ground of reg 45(8). */
const REGS_45_8: readonly ExceptionProvision[] = [{ ground: "coronavirus", citation: `${REGS}, reg 45(8), inserted by SI 2020/471 (1 May to 25 September 2020)` }];
/** The temporary coronavirus ground alone (SI 2020/471). */
const REG_2A: readonly ExceptionProvision[] = [CORONAVIRUS_REG_2A];

interface Limit {
  readonly id: string;
  readonly title: string;
  readonly duty: string;
  readonly weeks: number | null;
  readonly citation: string;
  readonly exceptions?: readonly ExceptionProvision[];
}

const ORDER_ANCHOR =
  "the day the Tribunal's order was made (reading orderClock: or the day it was sent), or the day of a mediation agreement on an appealable matter (Regs 42(2))";

/** What every limit after the Tribunal shares; an order's adds its clock, an unopposed appeal's its own anchor and source. */
const afterTribunal = (limit: Limit): Rule => ({
  id: limit.id,
  title: limit.title,
  duty: limit.duty,
  owner: "local-authority",
  strength: "statutory",
  kind: "limit",
  counting: limit.weeks === null ? { kind: "as-soon-as-practicable" } : { kind: "weeks-after", weeks: limit.weeks },
  anchor: ORDER_ANCHOR,
  citation: `${REGS}, ${limit.citation}`,
  exceptions: limit.exceptions ?? [],
  inForce: { from: "2014-09-01" },
  // Regs 44(2) seen as quoted by secondary sources, not on legislation.gov.uk itself.
  verified: false,
});

/** A limit set by a Tribunal order (Regs 44): it runs from the order's date or the day it was sent (reading orderClock). */
const order = (limit: Limit): Rule => ({ ...afterTribunal(limit), readings: ["orderClock"] });

export const orderAssessNotice = order({
  id: "order-assess-notice",
  title: "Notice of assessment after a Tribunal order",
  duty: "After an order to assess or reassess, notify the parent or young person that the LA will do so.",
  weeks: 2,
  citation: "reg 44(2)(b)",
  exceptions: REGS_44_3,
});
export const orderAssessNoPlan = order({
  id: "order-assess-no-plan",
  title: "Notice of no plan after an ordered assessment",
  duty: "If, after the ordered assessment, the LA decides a plan is not needed, notify the parent or young person with reasons.",
  weeks: 10,
  citation: "reg 44(2)(b)(i)",
  exceptions: REGS_44_3,
});
export const orderAssessFinalPlan = order({
  id: "order-assess-final-plan",
  title: "Final plan after an ordered assessment",
  duty: "If, after the ordered assessment, the LA decides a plan is needed, send the finalised plan.",
  weeks: 14,
  citation: "reg 44(2)(b)(ii)",
  exceptions: REGS_44_3,
});
export const orderDraftPlan = order({
  id: "order-draft-plan",
  title: "Draft plan after an order to make a plan",
  duty: "After an order to make and maintain a plan, issue the draft plan.",
  weeks: 5,
  citation: "reg 44(2)(c)(i)",
  exceptions: REGS_44_3,
});
export const orderFinalPlan = order({
  id: "order-final-plan",
  title: "Final plan after an order to make a plan",
  duty: "After an order to make and maintain a plan, send the finalised plan.",
  weeks: 11,
  citation: "reg 44(2)(c)(ii)",
  exceptions: REGS_44_3,
});
export const orderReconsider = order({
  id: "order-reconsider",
  title: "Reconsideration after the case was referred back",
  duty: "Reconsider the decision the Tribunal referred back, then issue a draft plan or notify the decision not to make one.",
  weeks: 2,
  citation: "reg 44(2)",
  exceptions: REG_2A,
});
export const orderAmendContent = order({
  id: "order-amend-content",
  title: "Plan amended (needs or provision) after an order",
  duty: "Amend the description of needs or the special educational provision as ordered and issue the amended plan.",
  weeks: 5,
  citation: "reg 44(2)",
  exceptions: REG_2A,
});
export const orderAmendPlacement = order({
  id: "order-amend-placement",
  title: "Plan amended (school named) after an order",
  duty: "Amend the school or other institution, or the type, named in the plan as ordered.",
  weeks: 2,
  citation: "reg 44(2)",
  exceptions: REG_2A,
});
export const orderContinueAndAmend = order({
  id: "order-continue-and-amend",
  title: "Plan continued and amended after an order",
  duty: "Continue to maintain the plan and amend it as ordered.",
  weeks: 5,
  citation: "reg 44(2)",
  exceptions: REG_2A,
});
export const orderCease = order({
  id: "order-cease",
  title: "Plan ceased after the appeal was dismissed",
  duty: "The appeal against ceasing was dismissed: cease to maintain the plan immediately.",
  weeks: null,
  citation: "reg 44(2)(a)",
});

const UNOPPOSED_ANCHOR = "the day the LA told the Tribunal it will not oppose the appeal";

/** Regs 45 as substituted by SI 2015/359 reg 8, from 23 March 2015 (the limits before then were different). */
const unopposed = (limit: Limit): Rule => ({
  ...afterTribunal(limit),
  anchor: UNOPPOSED_ANCHOR,
  citation: `${REGS}, ${limit.citation} (as substituted by SI 2015/359, reg 8)`,
  inForce: { from: "2015-03-23" },
  // The limits were read on legislation.gov.uk (SI 2015/359 reg 8); Regs 45(7) only in secondary sources.
  // Regs 45(8) (the coronavirus ground of the 3A limits) also not read there.
  verified: limit.exceptions !== REGS_45_7 && limit.exceptions !== REGS_45_8,
});

export const unopposedAssessNotice = unopposed({
  id: "unopposed-assess-notice",
  title: "Notice of assessment after an unopposed appeal",
  duty: "The LA did not oppose an appeal about an assessment or reassessment: notify the parent or young person that it will make it.",
  weeks: 2,
  citation: "reg 45(3)",
  exceptions: REGS_45_7,
});
export const unopposedAssessNoPlan = unopposed({
  id: "unopposed-assess-no-plan",
  title: "Notice of no plan after an unopposed appeal",
  duty: "If, after that assessment, the LA decides a plan is not needed, notify the parent or young person with reasons.",
  weeks: 10,
  citation: "reg 45(3A)(a)",
  exceptions: REGS_45_8,
});
export const unopposedAssessFinalPlan = unopposed({
  id: "unopposed-assess-final-plan",
  title: "Final plan after an unopposed appeal about assessment",
  duty: "If, after that assessment, the LA decides a plan is needed, send the finalised plan.",
  weeks: 14,
  citation: "reg 45(3A)(b)",
  exceptions: REGS_45_8,
});
export const unopposedAmendContent = unopposed({
  id: "unopposed-amend-content",
  title: "Amended plan after an unopposed appeal about its content",
  duty: "Issue the amended plan.",
  weeks: 5,
  citation: "reg 45(4)",
  exceptions: REG_2A,
});
export const unopposedAmendPlacement = unopposed({
  id: "unopposed-amend-placement",
  title: "Amended plan after an unopposed appeal about the school named",
  duty: "Issue the amended plan naming the school or institution (5 weeks when the content is amended too).",
  weeks: 2,
  citation: "reg 45",
  exceptions: REG_2A,
});
export const unopposedDraftPlan = unopposed({
  id: "unopposed-draft-plan",
  title: "Draft plan after an unopposed appeal against a refusal to make one",
  duty: "Issue the draft plan.",
  weeks: 5,
  citation: "reg 45",
  exceptions: REGS_45_7,
});
export const unopposedFinalPlan = unopposed({
  id: "unopposed-final-plan",
  title: "Final plan after an unopposed appeal against a refusal to make one",
  duty: "Send the finalised plan.",
  weeks: 11,
  citation: "reg 45",
  exceptions: REGS_45_7,
});
export const unopposedCeaseAmend = unopposed({
  id: "unopposed-cease-amend",
  title: "Plan continued and amended after an unopposed appeal against ceasing",
  duty: "Continue to maintain the plan and, where it is to be amended, issue the amended plan.",
  weeks: 5,
  citation: "reg 45",
  exceptions: REG_2A,
});

/** SI 2017/1306: a written response to a health or social care recommendation within 5 weeks beginning with it. */
export const recommendationResponse: Rule = {
  id: "recommendation-response",
  title: "Response to the Tribunal's recommendation",
  duty: "Respond in writing to the Tribunal's recommendation on health or social care, saying what will be done and giving reasons for any decision not to follow it.",
  owner: "commissioning-body",
  strength: "statutory",
  kind: "limit",
  counting: { kind: "days-beginning-with", days: 35 },
  anchor: "the day the Tribunal made the recommendation",
  citation:
    "Special Educational Needs and Disability (First-tier Tribunal Recommendations Power) Regulations 2017 (SI 2017/1306), regs 3 and 6-7 " +
    "(appeals about decisions or plans made on or after 3 April 2018), unless the Tribunal set another period",
  exceptions: [CORONAVIRUS_RECOMMENDATIONS],
  inForce: { from: "2018-04-03" },
  verified: false,
};

/** The same duty owed by the LA, for a social care recommendation: one group with the health body's. */
export const recommendationResponseSocialCare: Rule = {
  ...recommendationResponse,
  id: "recommendation-response-social-care",
  group: "recommendation-response",
  owner: "local-authority",
};

/**
 * SI 2017/1306 reg 6(6): the commissioning body sends the Secretary of State a copy of its response
 * to a health recommendation. Counted, like the response, 5 weeks beginning with the recommendation:
 * a copy sent with the response meets both.
 */
export const recommendationResponseCopy: Rule = {
  id: "recommendation-response-copy",
  title: "Response to the recommendation copied to the Secretary of State",
  duty: "Send the Secretary of State a copy of the written response to the Tribunal's recommendation.",
  owner: "commissioning-body",
  strength: "statutory",
  kind: "limit",
  counting: { kind: "days-beginning-with", days: 35 },
  anchor: "the day the Tribunal made the recommendation",
  citation: "Special Educational Needs and Disability (First-tier Tribunal Recommendations Power) Regulations 2017 (SI 2017/1306), reg 6(6)",
  exceptions: [],
  inForce: { from: "2018-04-03" },
  // The stored pages hold only the explanatory note of SI 2017/1306: that the copy is due within the
  // response's own period is this engine's reading, not checked against the provision.
  verified: false,
};

/** SI 2017/1306 reg 7(4): the same copy, owed by the LA for a social care recommendation. */
export const recommendationResponseCopySocialCare: Rule = {
  ...recommendationResponseCopy,
  id: "recommendation-response-copy-social-care",
  group: "recommendation-response-copy",
  owner: "local-authority",
  citation: "Special Educational Needs and Disability (First-tier Tribunal Recommendations Power) Regulations 2017 (SI 2017/1306), reg 7(4)",
};

/** The rules of orders, unopposed appeals and recommendations. */
export const TRIBUNAL_RULES: readonly Rule[] = [
  orderAssessNotice,
  orderAssessNoPlan,
  orderAssessFinalPlan,
  orderDraftPlan,
  orderFinalPlan,
  orderReconsider,
  orderAmendContent,
  orderAmendPlacement,
  orderContinueAndAmend,
  orderCease,
  unopposedAssessNotice,
  unopposedAssessNoPlan,
  unopposedAssessFinalPlan,
  unopposedAmendContent,
  unopposedAmendPlacement,
  unopposedDraftPlan,
  unopposedFinalPlan,
  unopposedCeaseAmend,
  recommendationResponse,
  recommendationResponseSocialCare,
  recommendationResponseCopy,
  recommendationResponseCopySocialCare,
];
