/**
 * EHC needs assessment: the "20-week" process (rules.md § 1). Every limit but the advice and
 * institution ones runs from the day the LA received the request (CFA s.36(1)) or became
 * responsible for the child or young person (CFA s.24).
 *
 * @module
 */
import { ADVICE_GROUNDS, NOT_RECORDED_REG_13, fourGrounds } from "./exception-grounds";
import type { Rule } from "./types";

const REGS = "SEND Regulations 2014";
const IN_FORCE_2014 = { from: "2014-09-01" } as const;
const FROM_REQUEST = "the day the LA received the request for an EHC needs assessment (or became responsible)";

/** Regs 5(1): whether the LA will assess, within 6 weeks. */
export const assessmentDecision: Rule = {
  id: "assessment-decision",
  title: "Decision whether to assess",
  duty: "Tell the parent or young person whether the LA will carry out an EHC needs assessment.",
  owner: "local-authority",
  strength: "statutory",
  kind: "limit",
  counting: { kind: "weeks-after", weeks: 6 },
  anchor: FROM_REQUEST,
  citation: `${REGS}, reg 5(1) (a decision not to assess: reg 4(1))`,
  exceptions: fourGrounds(`${REGS}, reg 5(4)`),
  inForce: IN_FORCE_2014,
  verified: true,
};

/** Regs 8(1): each body asked for advice gives it within 6 weeks of the LA's request. */
export const advice: Rule = {
  id: "advice",
  title: "Advice provided",
  duty: "The person or body asked for advice or information provides it.",
  owner: "advice-giver",
  strength: "statutory",
  kind: "limit",
  counting: { kind: "weeks-after", weeks: 6 },
  anchor: "the day the person or body received the LA's request for advice",
  citation: `${REGS}, reg 8(1) (co-operation under CFA 2014 s.31)`,
  exceptions: ADVICE_GROUNDS,
  inForce: IN_FORCE_2014,
  verified: true,
};

/** A local target, not law: the draft early enough for the 15-day window before week 20. */
export const draftPlan: Rule = {
  id: "draft-plan",
  title: "Draft EHC plan sent (local target)",
  duty: "Send the draft plan early enough that the 15-day window and the consultation of schools fit before week 20.",
  owner: "local-authority",
  strength: "practice",
  kind: "limit",
  counting: { kind: "weeks-after", weeks: 14 },
  anchor: FROM_REQUEST,
  citation: "No provision in law: a common local-authority target (policy value draftPlanTargetWeeks)",
  exceptions: [],
  inForce: IN_FORCE_2014,
  readings: ["draftPlanTargetWeeks"],
  verified: true,
};

/** Regs 10(1): a decision not to make a plan, after assessing, within 16 weeks. */
export const noPlanNotice: Rule = {
  id: "no-plan-notice",
  title: "Notice that no plan will be made",
  duty: "If, after assessing, the LA decides not to make a plan, notify the parent or young person.",
  owner: "local-authority",
  strength: "statutory",
  kind: "limit",
  counting: { kind: "weeks-after", weeks: 16 },
  anchor: FROM_REQUEST,
  citation: `${REGS}, reg 10(1); CFA 2014 s.36(9)`,
  exceptions: fourGrounds(`${REGS}, reg 10(4)`),
  inForce: IN_FORCE_2014,
  verified: true,
};

/** Regs 13(1)(a): at least 15 days to comment on the draft, beginning with the day it was served. */
export const draftRepresentations: Rule = {
  id: "draft-representations",
  title: "Window for comments on the draft plan",
  duty: "Allow the parent or young person at least 15 days to comment, ask for a school and ask for a meeting; the plan must not be finalised before the window has closed.",
  owner: "local-authority",
  strength: "statutory",
  kind: "window",
  counting: { kind: "days-beginning-with", days: 15 },
  anchor: "the day the draft plan was served",
  citation: `${REGS}, reg 13(1)(a); CFA 2014 s.38(2)-(4); SEND Code of Practice 9.77`,
  exceptions: [],
  inForce: IN_FORCE_2014,
  verified: true,
};

/** CoP 9.83 as cited by LAs: a consulted school or college replies within 15 days. */
export const institutionResponse: Rule = {
  id: "institution-response",
  title: "School or college consulted replies",
  duty: "A school or college consulted about being named in the plan responds.",
  owner: "institution",
  strength: "guidance",
  kind: "limit",
  counting: { kind: "days-after", days: 15 },
  anchor: "the day the school or college was consulted",
  citation: "CFA 2014 s.39(2)-(3), s.40(3) (duty to consult, no period); SEND Code of Practice 9.83 as cited by LAs (paragraph number not verified)",
  exceptions: [],
  inForce: IN_FORCE_2014,
  verified: false,
};

/** Regs 13(2): the final plan within 20 weeks of the request. */
export const finalPlan: Rule = {
  id: "final-plan",
  title: "Final EHC plan sent",
  duty: "Send the finalised plan to the parent or young person, the named school or college, and the health commissioning body.",
  owner: "local-authority",
  strength: "statutory",
  kind: "limit",
  counting: { kind: "weeks-after", weeks: 20 },
  anchor: FROM_REQUEST,
  citation: `${REGS}, reg 13(2)`,
  exceptions: [...fourGrounds(`${REGS}, reg 13(3) applying reg 10(4)`), NOT_RECORDED_REG_13],
  inForce: IN_FORCE_2014,
  verified: true,
};

/** The rules of the needs-assessment process, in the order of the process. */
export const ASSESSMENT_RULES: readonly Rule[] = [assessmentDecision, advice, draftPlan, noPlanNotice, draftRepresentations, institutionResponse, finalPlan];
