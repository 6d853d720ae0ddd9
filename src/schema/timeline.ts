/**
 * The timeline as a zod schema (case-file.md § Timeline): the source of its published JSON
 * Schema. The types in `timeline/types.ts` stay the source of truth; the checks at the end of
 * that file (the timeline sits above this layer) and of this one fail to compile when the two
 * drift apart.
 *
 * @module
 */
import * as z from "zod";
import type { Owner, Strength } from "../law/types";
import { eventSchemas } from "./events";
import { PROBLEMS, type ProblemCode, type Severity } from "../vocabulary/problems";
import { STAGES } from "../vocabulary/stages";

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ description: "a calendar date YYYY-MM-DD" });

const STATUSES = ["pending", "overdue", "met", "late", "disapplied", "not-applicable", "open", "closed"] as const;
const STRENGTHS = ["statutory", "guidance", "practice"] as const satisfies readonly Strength[];
const OWNERS = [
  "local-authority",
  "advice-giver",
  "institution",
  "parent-or-young-person",
  "mediation-adviser",
  "commissioning-body",
  "review-arranger",
  "old-local-authority",
  "new-local-authority",
  "school",
] as const satisfies readonly Owner[];
const SEVERITIES = ["error", "warning"] as const satisfies readonly Severity[];

const appliedExceptionsSchema = z
  .object({
    reading: z.enum(["disapply", "pause"]).meta({ description: "the exceptions reading used (counting.md § Readings): disapply or pause" }),
    grounds: z.array(z.string()).meta({ description: "the exception grounds applied (rules.md § 1)" }),
    events: z.array(z.string()).meta({ description: "the exception-recorded events used, by id" }),
    daysCovered: z.int().min(0).meta({ description: "calendar days covered within the period, each counted once" }),
    citations: z.array(z.string()).meta({ description: "the provisions that create the grounds" }),
  })
  .meta({ description: "the exceptions that changed a deadline" });

const supportCycleSchema = z.object({
  number: z.int().min(1).meta({ description: "the cycle's number, from 1" }),
  startedOn: date.meta({ description: "the day its Assess stage began: support started, or the previous cycle was reviewed" }),
  events: z
    .object({
      started: z.string().meta({ description: "the event that began the cycle, by id" }),
      plan: z.string().nullable().meta({ description: "the support-plan-agreed event, by id; null until a plan is agreed" }),
      review: z.string().nullable().meta({ description: "the support-reviewed event, by id; null until the plan is reviewed" }),
    })
    .meta({ description: "the events of the cycle, by id: what began it, its plan, its review" }),
  planAgreedOn: date.nullable().meta({ description: "the day the SEN support plan was agreed; null until then" }),
  reviewBy: date.nullable().meta({ description: "when the review falls due: the date agreed in the plan, or the policy's" }),
  reviewByAgreed: z.boolean().meta({ description: "whether reviewBy was agreed in the plan (false: from the policy)" }),
  reviewedOn: date.nullable().meta({ description: "the day the plan was reviewed; null until then" }),
  outcome: eventSchemas["support-reviewed"].shape.outcome.nullable().meta({ description: "the review's outcome; null until the plan is reviewed" }),
  deadlineKey: z.string().nullable().meta({ description: "the key of the cycle's support-review deadline" }),
});

const supportSchema = z
  .object({
    policy: z
      .object({
        name: z.string().meta({ description: "the policy's name: a preset's, or the caller's own" }),
        source: z.string().meta({ description: "where the policy's values come from" }),
        verified: z.boolean().meta({ description: "whether every value was checked against the source" }),
      })
      .meta({ description: "the SEN support policy the review dates were counted under (graduated-approach.md)" }),
    status: z.enum(["active", "exited"]).meta({ description: "exited once a review ended support (it may start again)" }),
    phase: z.enum(["assess", "do"]).nullable().meta({ description: "where the latest cycle is: assess (no plan yet), do (the plan awaits review); null once exited" }),
    cycles: z.array(supportCycleSchema).meta({ description: "the Assess, Plan, Do, Review cycles so far" }),
    completeCycles: z.int().min(0).meta({ description: "cycles whose plan has been reviewed" }),
    readiness: z
      .object({
        completeCycles: z.int().min(0).meta({ description: "cycles whose plan has been reviewed" }),
        policyMinimum: z.int().min(0).meta({ description: "the policy's usual number of cycles before an EHC needs assessment request" }),
        meetsPolicy: z.boolean().meta({ description: "whether completeCycles reaches policyMinimum" }),
        note: z.string().meta({ description: "says that this is local policy, not law" }),
      })
      .meta({ description: "local policy, not law: never a reason to refuse a request" }),
  })
  .meta({ description: "SEN support: the policy, the cycles and readiness for an EHC needs assessment request" });

/** One deadline of a case. */
export const deadlineSchema = z
  .object({
    rule: z.string().meta({ description: "the rule's id (rules.md)" }),
    key: z.string().meta({ description: "unique within the timeline: the rule id, or rule:qualifier when the rule repeats" }),
    title: z.string().meta({ description: "what must be done, in plain English" }),
    due: date.nullable().meta({ description: "the last day on which the act is in time; null when the law sets no date" }),
    status: z.enum(STATUSES).meta({ description: "limits: pending, overdue, met, late, disapplied, not-applicable; windows: open, closed" }),
    doneOn: date.nullable().meta({ description: "when the act was done, if it was" }),
    doneBy: z.string().nullable().meta({ description: "the event that did it, by id" }),
    strength: z.enum(STRENGTHS).meta({ description: "how binding the rule is: statutory (a legal duty), guidance (statutory guidance) or practice (local practice)" }),
    owner: z.enum(OWNERS).meta({ description: "who must act" }),
    citation: z.string().meta({ description: "the legal source" }),
    verified: z.boolean().meta({ description: "whether the citation was checked against the provision's text" }),
    anchor: z
      .object({
        event: z.string().meta({ description: "the anchor event's type" }),
        eventId: z.string().meta({ description: "the anchor event, by id (the caller's, or e<n>)" }),
        date: date.meta({ description: "the anchor event's date" }),
      })
      .meta({ description: "the event the period runs from" }),
    counting: z.string().meta({ description: "the counting form, as in rules.md (weeks-after(20))" }),
    reading: z.record(z.string(), z.union([z.string(), z.number()])).meta({ description: "the readings and policy values that produced the date" }),
    exception: appliedExceptionsSchema.nullable().meta({ description: "the exceptions that changed the deadline; null when none did" }),
    indicativeDue: date.nullable().meta({ description: "under the disapply reading, the due date moved on by the exception days: information, not law" }),
    explanation: z.array(z.string()).meta({ description: "the working, step by step, in plain English" }),
  })
  .meta({ description: "one deadline: its date, status, legal source and working" });

/** One problem found in a case's history. */
export const problemSchema = z
  .object({
    code: z.enum(Object.keys(PROBLEMS) as [ProblemCode, ...ProblemCode[]]).meta({ description: "what kind of problem, stable across versions" }),
    severity: z.enum(SEVERITIES).meta({ description: "error: the history is wrong; warning: it is only doubtful or incomplete" }),
    eventId: z.string().nullable().meta({ description: "the event it concerns, by id (the caller's, or e<n>)" }),
    relatedEventId: z.string().optional().meta({ description: "another event it refers to (the decision, the request that started the process), by id" }),
    key: z.string().optional().meta({ description: "the deadline it concerns, by key" }),
    message: z.string().meta({ description: "its code's fixed wording in plain English: never anything the caller wrote" }),
    detail: z.string().optional().meta({ description: "a fact in the engine's own words and numbers (a rule id, a date, the limits concerned); never the caller's text" }),
  })
  .meta({ description: "an inconsistency found in the case's history; never thrown" });

/** The timeline of one case, as the engine returns it. */
export const timelineSchema = z
  .object({
    caseId: z.string().meta({ description: "the case file's caseId, as given" }),
    asOf: date.meta({ description: "the date statuses are judged at" }),
    stage: z.enum(STAGES).meta({ description: "the state machine's current state" }),
    dispute: z.enum(["mediation", "appeal", "order"]).nullable().meta({ description: "an open dispute, if any" }),
    deadlines: z.array(deadlineSchema).meta({ description: "in due-date order, undated last" }),
    problems: z.array(problemSchema).meta({ description: "every inconsistency found in the case's history; never thrown" }),
    support: supportSchema.nullable().meta({ description: "null when the case has no SEN support events" }),
  })
  .meta({ title: "ehc-timeline timeline", description: "The timeline of one case: stage, deadlines and problems." });

// Compile-time checks: every enum above lists exactly its type's members.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const enumsMatch: [Same<(typeof STRENGTHS)[number], Strength>, Same<(typeof OWNERS)[number], Owner>, Same<(typeof SEVERITIES)[number], Severity>] = [true, true, true];
void enumsMatch;

/** A deadline of the compact form: the rule's facts (title, strength, owner, citation, verified) named by id instead of carried. */
export const compactDeadlineSchema = z
  .object({
    rule: deadlineSchema.shape.rule,
    facts: z.string().meta({ description: "the rule's facts, by their id in the rules' facts (ehc-timeline rules, GET /rules)" }),
    ...deadlineSchema.omit({ rule: true, title: true, strength: true, owner: true, citation: true, verified: true }).shape,
  })
  .meta({ description: "one deadline of the compact form: its date, status and working, its rule's facts named by id" });

/** The timeline of one case in the compact form (batch --compact, /timelines?compact=true). */
export const compactTimelineSchema = timelineSchema
  .extend({ deadlines: z.array(compactDeadlineSchema).meta({ description: "in due-date order, undated last" }) })
  .meta({ title: "ehc-timeline compact timeline", description: "The timeline of one case, each deadline naming its rule's facts by id." });

/** The facts every deadline of one rule repeats. */
export const ruleFactsSchema = z
  .object({
    rule: deadlineSchema.shape.rule,
    title: deadlineSchema.shape.title,
    strength: deadlineSchema.shape.strength,
    owner: deadlineSchema.shape.owner,
    citation: deadlineSchema.shape.citation,
    verified: deadlineSchema.shape.verified,
  })
  .meta({ description: "what every deadline of the rule repeats, and the rule id its deadlines carry" });

/** The rules' facts, by id: what compact deadlines name in `facts`. */
export const rulesSchema = z
  .object({ rules: z.record(z.string(), ruleFactsSchema).meta({ description: "each rule's facts, by the id compact deadlines give in facts" }) })
  .meta({ title: "ehc-timeline rules", description: "The facts of every rule of the catalogue, sent once for compact timelines." });
