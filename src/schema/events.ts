/**
 * The event types of a case file (case-file.md § Event types), one zod schema each.
 *
 * @module
 */
import * as z from "zod";
import { EXCEPTION_GROUNDS } from "../law/ground-ids";
import { type EventType } from "./event-types";
import { civilDateField, identifierField } from "./fields";

// The names live in contract-tables.ts, read from these schemas, so that code without zod knows them.
export { EVENT_TYPES, type EventType, isEventType } from "./event-types";

const base = {
  date: civilDateField.meta({ description: "the day it happened: a calendar date YYYY-MM-DD (or an ISO timestamp, read in Europe/London)" }),
  id: identifierField.optional().meta({ description: "the caller's id, echoed in problems and explanations" }),
};

const event = <T extends string, S extends z.ZodRawShape>(type: T, description: string, shape: S) =>
  z.object({ type: z.literal(type).meta({ description: `the event type: ${type}` }), ...base, ...shape }).meta({ description });

const phaseTransferKind = z
  .enum(["school", "secondary-to-post16", "post16-to-post16"])
  .meta({ description: "the transfer: between schools (school), from secondary school to post-16, or between post-16 institutions" });
/** What the Tribunal ordered (Regs 44): also what a mediation agreement on an appealable matter stands for (Regs 42(2)). */
const tribunalOrder = z.enum(["assess", "make-plan", "refer-back", "amend-content", "amend-placement", "continue", "continue-and-amend", "cease", "dismiss"]);
const transferDate = civilDateField.meta({ description: "the day the child or young person moves to the new phase" });
const phaseTransfer = z
  .object({ transferDate, kind: phaseTransferKind })
  .meta({ description: "when the review was held before a transfer between phases of education: the transfer" });
const meetingDate = civilDateField.meta({ description: "the day of the review meeting" });
const servedOn = civilDateField.optional().meta({ description: "the day it was served on the parent or young person, when not the event's date" });
const adviceId = identifierField.meta({ description: "the caller's id of the advice, matching advice-requested and advice-received" });
const institutionId = identifierField.meta({ description: "the caller's id of the school or college, matching institution-consulted and institution-responded" });

/** Every event type the engine knows, by type. */
export const eventSchemas = {
  // Graduated approach (SEN support).
  "support-started": event("support-started", "SEN support began (the first Assess stage).", {}),
  "support-reviewed": event("support-reviewed", "An SEN support plan was reviewed with the parents.", {
    outcome: z
      .enum(["continue", "revise", "exit", "request-assessment"])
      .meta({ description: "what the review decided: continue or revise the support, exit SEN support, or request an EHC needs assessment" }),
  }),
  "support-plan-agreed": event("support-plan-agreed", "An SEN support plan was agreed, with its review date.", {
    reviewBy: civilDateField.optional().meta({ description: "the review date agreed in the plan; without it, the policy's interval applies" }),
  }),
  // EHC needs assessment and plan.
  "assessment-requested": event("assessment-requested", "The LA received a request for an EHC needs assessment (CFA s.36(1)), or became responsible (s.24).", {
    by: z.enum(["parent", "young-person", "school", "other"]).meta({ description: "who made the request" }),
    route: z
      .enum(["request", "became-responsible"])
      .optional()
      .meta({ description: "request (CFA s.36, the default), or the LA became responsible for the child or young person (s.24)" }),
  }),
  "assessment-decision": event("assessment-decision", "The LA told the parent or young person whether it will assess.", {
    outcome: z.enum(["assess", "not-assess"]).meta({ description: "whether the LA will carry out an EHC needs assessment" }),
  }),
  "advice-requested": event("advice-requested", "The LA asked a person or body for advice (Regs 6).", {
    adviceId,
    from: z
      .enum(["parent", "education", "health", "psychology", "social-care", "preparing-for-adulthood", "other"])
      .meta({ description: "whose advice was asked for (Regs 6(1))" }),
    setting: identifierField.optional().meta({ description: "the school or setting asked, matched against calendar.closures" }),
    receivedOn: civilDateField.optional().meta({ description: "the day the person or body received the request (Regs 8(1)); defaults to the event's date" }),
  }),
  "advice-received": event("advice-received", "Advice asked for was received.", { adviceId }),
  "plan-decision": event("plan-decision", "After assessing, the LA decided whether to issue a plan.", {
    outcome: z.enum(["issue", "not-issue"]).meta({ description: "whether the LA will issue an EHC plan" }),
  }),
  "draft-plan-issued": event("draft-plan-issued", "The draft plan was sent (Regs 13(1)).", { servedOn }),
  "representations-received": event("representations-received", "The parent or young person commented on the draft.", {}),
  "institution-consulted": event("institution-consulted", "A school or college was consulted about being named (CFA s.39).", { institutionId }),
  "institution-responded": event("institution-responded", "A consulted school or college replied.", { institutionId }),
  "final-plan-issued": event("final-plan-issued", "The final EHC plan was sent (Regs 13(2)).", {}),
  "exception-recorded": event("exception-recorded", "An exception to a time limit was recorded (Regs 5(4), 8(2), 10(4), 13(3), 27(3), 44(3)).", {
    ground: z.enum(EXCEPTION_GROUNDS).meta({ description: "the exception ground claimed (rules.md § 1, § 7, § 8)" }),
    from: civilDateField.meta({ description: "the first day the circumstances applied" }),
    to: civilDateField.optional().meta({ description: "the last day they applied; when left out, they still apply at the as-of date" }),
    appliesTo: z.array(identifierField).optional().meta({ description: "the rule ids of the limits it is claimed for; default: every limit the ground can apply to" }),
    adviceId: adviceId.optional().meta({ description: "for an exception to the advice limit: the advice it concerns" }),
  }),
  // Maintaining the plan.
  "review-meeting-scheduled": event("review-meeting-scheduled", "A review meeting was arranged.", { meetingDate }),
  "review-invitations-sent": event("review-invitations-sent", "Invitations to a review meeting were sent.", { meetingDate }),
  "review-advice-circulated": event("review-advice-circulated", "Advice for a review meeting was circulated.", { meetingDate }),
  "review-meeting-held": event("review-meeting-held", "A review meeting was held.", { phaseTransfer: phaseTransfer.optional() }),
  "review-report-sent": event("review-report-sent", "The report of a review meeting was sent.", {}),
  "review-decision": event("review-decision", "The LA decided, after a review, to maintain, amend or cease the plan.", {
    outcome: z.enum(["maintain", "amend", "cease"]).meta({ description: "whether the LA will keep the plan as it is, amend it, or cease to maintain it" }),
  }),
  "amendment-notice-sent": event("amendment-notice-sent", "Proposed amendments were sent (Regs 22(2)).", { servedOn }),
  "amended-plan-issued": event("amended-plan-issued", "The amended plan was issued (Regs 22(3)).", {}),
  "amendment-not-made": event(
    "amendment-not-made",
    "Having proposed amendments (Regs 22(2)), the LA decided not to amend the plan and told the parent or young person, with its reasons (Regs 22(4)).",
    {},
  ),
  "direct-payments-started": event(
    "direct-payments-started",
    "The LA made the first direct payment for a personal budget (Special Educational Needs (Personal Budgets) Regulations 2014).",
    {},
  ),
  "direct-payments-reviewed": event("direct-payments-reviewed", "The LA reviewed the making and use of the direct payments (PB Regs 11(2)).", {}),
  "disclosure-requested": event(
    "disclosure-requested",
    "The young person asked the LA to disclose the EHC plan to a higher education institution or to the person assessing them for a disabled students' allowance (Regs 47).",
    {},
  ),
  "plan-disclosed": event("plan-disclosed", "The LA disclosed the EHC plan as the young person asked (Regs 47).", {}),
  "phase-transfer-expected": event("phase-transfer-expected", "A transfer between phases of education is expected.", {
    transferDate,
    kind: phaseTransferKind,
  }),
  "reassessment-requested": event("reassessment-requested", "A reassessment was requested (Regs 24).", {}),
  "reassessment-decision": event("reassessment-decision", "The LA decided whether to reassess (Regs 25).", {
    outcome: z.enum(["reassess", "not-reassess"]).meta({ description: "whether the LA will carry out a reassessment" }),
  }),
  "plan-move-known": event(
    "plan-move-known",
    "The LA maintaining the plan became aware that the child or young person is moving to another LA's area in England (Regs 15(1)-(2)); the event's date is the day it became aware.",
    { moveDate: civilDateField.meta({ description: "the day of the move" }) },
  ),
  "commissioning-change-known": event(
    "commissioning-change-known",
    "The responsible commissioning body became aware that another will become responsible for the child or young person (Regs 15(7) on a move between LAs, Regs 16(2) otherwise); the event's date is the day it became aware.",
    { moveDate: civilDateField.optional().meta({ description: "on a move between LAs: the day of the move; left out for any other change" }) },
  ),
  "commissioning-body-notified": event("commissioning-body-notified", "The old commissioning body told the new one that it is now responsible (Regs 15(7), 16(2)).", {}),
  "health-provision-impracticable": event(
    "health-provision-impracticable",
    "The new commissioning body found it not practicable to secure the health care provision in the plan (Regs 15(8), 16(3)); the event's date is the day it became aware of the change.",
    { after: z.enum(["move", "other"]).meta({ description: "what changed the commissioning body: a move between LAs (Regs 15(8)) or anything else (Regs 16(3))" }) },
  ),
  "health-review-requested": event(
    "health-review-requested",
    "The new commissioning body asked the LA to carry out an EHC needs assessment or to review the plan (Regs 15(8), 16(3)).",
    {},
  ),
  "plan-transferred-in": event("plan-transferred-in", "The plan was transferred from another LA (Regs 15).", {
    planMadeOn: civilDateField.optional().meta({ description: "the day the old LA made the plan" }),
    lastReviewedOn: civilDateField.optional().meta({ description: "the day the plan was last reviewed, when it has been" }),
  }),
  "transfer-notice-sent": event("transfer-notice-sent", "The new LA sent its notice after a plan was transferred in (Regs 15(4)).", {}),
  "cease-decision": event("cease-decision", "The LA decided to cease to maintain the plan.", {}),
  "plan-ceased": event("plan-ceased", "The LA ceased to maintain the plan.", {}),
  // Disagreement resolution.
  "decision-notice-sent": event("decision-notice-sent", "A notice of an appealable decision was sent.", {
    decision: identifierField.meta({ description: "the id (or type) of the event whose decision it notifies" }),
  }),
  "mediation-adviser-contacted": event("mediation-adviser-contacted", "The parent or young person contacted the mediation adviser.", {
    wantsMediation: z.boolean().meta({ description: "whether the parent or young person wants mediation (false: a certificate is due)" }),
    health: z.enum(["included", "only"]).optional().meta({
      description:
        "when the mediation issues include health care provision: included, or only health care (then the commissioning body arranges the mediation, Regs 35(3)); the LA must tell the commissioning body within 3 working days (Regs 35(2))",
    }),
  }),
  "mediation-health-notified": event("mediation-health-notified", "The LA told the responsible commissioning body the mediation issues (Regs 35(2)).", {
    healthOnly: z.boolean().meta({
      description: "whether the mediation issues are only about health care provision: the commissioning body then arranges the mediation within 30 days (Regs 35(3))",
    }),
  }),
  "mediation-held": event("mediation-held", "Mediation took place (the event's date is the day of the mediation).", {}),
  "mediation-certificate-issued": event("mediation-certificate-issued", "A mediation certificate was issued.", {}),
  "mediation-not-arranged": event(
    "mediation-not-arranged",
    "The LA told the mediation adviser it cannot arrange the mediation within 30 days (Regs 39(3)); the certificate is then due.",
    {},
  ),
  "mediation-date-notified": event("mediation-date-notified", "The parent or young person was told the date and place of the mediation (Regs 37(2)).", {
    mediationDate: civilDateField.meta({ description: "the day the mediation is arranged for" }),
  }),
  "mediation-agreement": event("mediation-agreement", "A mediation agreement was made (Regs 42).", {
    appealable: z.boolean().meta({ description: "whether what was agreed could have been appealed to the Tribunal (Regs 42(2)); if not, 2 weeks apply (Regs 42(3))" }),
    localAuthorityParty: z.boolean().optional().meta({
      description: "whether the LA was a party to the mediation (default true); if not, the commissioning body must tell it of the agreement within 1 week (Regs 42(4))",
    }),
    order: tribunalOrder
      .exclude(["dismiss"])
      .optional()
      .meta({ description: "when appealable: the Tribunal order the agreement stands for, whose Regs 44 limits apply (Regs 42(2))" }),
  }).refine((e) => e.appealable === (e.order !== undefined), {
    error: "`order` is required when `appealable` is true, and only then",
    path: ["order"],
  }),
  "mediation-agreement-carried-out": event(
    "mediation-agreement-carried-out",
    "The LA (or the health commissioning body) did what a mediation agreement on a matter that cannot be appealed required (Regs 42(3)); an agreement on an appealable matter is carried out by the acts its order names.",
    {},
  ),
  "mediation-agreement-notified": event(
    "mediation-agreement-notified",
    "The responsible commissioning body told the LA of a mediation agreement made without the LA (Regs 42(4)).",
    {},
  ),
  "appeal-lodged": event("appeal-lodged", "An appeal reached the Tribunal.", {}),
  "appeal-withdrawn": event("appeal-withdrawn", "The parent or young person withdrew the appeal.", {}),
  "tribunal-order": event("tribunal-order", "The Tribunal made an order (Regs 44), or dismissed the appeal (`dismiss`).", {
    order: tribunalOrder.meta({ description: "what the Tribunal ordered (Regs 44), or dismiss" }),
    sentOn: civilDateField.optional().meta({ description: "the day the order was sent (used under the reading orderClock: sent)" }),
  }),
  "appeal-unopposed": event("appeal-unopposed", "The LA told the Tribunal it will not oppose an appeal (Regs 45).", {
    appealAbout: z
      .enum(["assessment", "refusal-to-issue", "content", "placement", "content-and-placement", "cease"])
      .meta({ description: "what the appeal was about: the Regs 45 limits depend on it" }),
  }),
  "tribunal-recommendation": event("tribunal-recommendation", "The Tribunal made a recommendation on health or social care.", {
    area: z.enum(["health", "social-care"]).meta({ description: "health (the commissioning body responds) or social care (the LA responds)" }),
  }),
  "recommendation-responded": event(
    "recommendation-responded",
    "The health commissioning body or the LA responded in writing to the Tribunal's recommendation (SI 2017/1306); it answers the latest recommendation still awaiting a response.",
    {},
  ),
  "recommendation-response-copied": event(
    "recommendation-response-copied",
    "The health commissioning body or the LA sent the Secretary of State a copy of its response to the Tribunal's recommendation (SI 2017/1306 regs 6(6), 7(4)).",
    {},
  ),
} as const satisfies Record<EventType, z.ZodType>;

/**
 * An event as parsed from the case file (dates normalised to `YYYY-MM-DD`). `secondOfDay`
 * is the time of day in England (seconds after midnight) when the date was a timestamp.
 */
export type CaseFileEvent = { [T in EventType]: z.output<(typeof eventSchemas)[T]> & { readonly secondOfDay?: number } }[EventType];

/** The event union, for JSON Schema and documentation. */
export const eventSchema = z.discriminatedUnion("type", Object.values(eventSchemas) as unknown as [(typeof eventSchemas)[EventType], ...(typeof eventSchemas)[EventType][]]);
