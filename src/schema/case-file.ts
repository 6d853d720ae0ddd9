/**
 * The case file (case-file.md): what a caller knows about one child or young person.
 *
 * @module
 */
import * as z from "zod";
import { DEFAULT_READINGS } from "../law/readings";
import { type CaseFileEvent, eventSchema } from "./events";
import { civilDateField, dateOfBirthField, identifierField } from "./fields";
import { supportPolicyOptionSchema } from "./support-policy";

const holidayChange = z.union([
  civilDateField.meta({ description: "a day to add as a holiday" }),
  z.object({
    date: civilDateField.meta({ description: "the day to add or remove" }),
    name: z.string().max(200).optional().meta({ description: "the holiday's name, shown in explanations" }),
    action: z.enum(["add", "remove"]).optional().meta({ description: "add (default) or remove the day" }),
  }),
]);

const closure = z
  .object({
    setting: identifierField.meta({ description: "the school or setting that is closed (matches advice-requested.setting)" }),
    from: civilDateField.meta({ description: "first day closed" }),
    to: civilDateField.meta({ description: "last day closed" }),
  })
  .refine((c) => c.from <= c.to, { error: "`to` is before `from`", path: ["to"] });

/** The calendar a case is counted in: holiday changes and setting closures. */
export const calendarSchema = z
  .object({
    holidays: z.array(holidayChange).optional().meta({ description: "bank holidays to add or remove" }),
    closures: z.array(closure).optional().meta({ description: "closures of schools and settings" }),
  })
  .meta({ description: "changes to the bank-holiday table and the closures of settings" });

const readingEnum = <T extends readonly [string, ...string[]]>(values: T, description: string) => z.enum(values).optional().meta({ description });

/** The readings and policy values a caller may choose (counting.md § Readings). */
export const optionsSchema = z
  .object({
    dayCounting: readingEnum(["statutory", "day-one-inclusive"], `default ${DEFAULT_READINGS.dayCounting}`),
    reviewPeriod: readingEnum(["strict", "anniversary"], `default ${DEFAULT_READINGS.reviewPeriod}`),
    lastReviewed: readingEnum(["decision", "meeting", "final-plan"], `default ${DEFAULT_READINGS.lastReviewed}`),
    phaseTransferDeadline: readingEnum(["before", "on"], `default ${DEFAULT_READINGS.phaseTransferDeadline}`),
    draftPlanTargetWeeks: z.int().min(1).max(20).optional().meta({ description: "default 14" }),
    earlyYearsReviewMonths: z.int().min(3).max(6).optional().meta({ description: "default 6" }),
    orderClock: readingEnum(["made", "sent"], `default ${DEFAULT_READINGS.orderClock}`),
    exceptions: readingEnum(["disapply", "pause"], `default ${DEFAULT_READINGS.exceptions}`),
    exceptionTiming: readingEnum(["after-due", "at-once"], `default ${DEFAULT_READINGS.exceptionTiming}`),
    absenceWithin: readingEnum(["inside", "overlap"], `default ${DEFAULT_READINGS.absenceWithin}`),
    receipt: readingEnum(["as-recorded", "after-5pm-next-working-day"], `default ${DEFAULT_READINGS.receipt}`),
    service: readingEnum(["as-recorded", "first-class-post"], `default ${DEFAULT_READINGS.service}`),
    supportPolicy: supportPolicyOptionSchema.optional(),
  })
  .meta({ description: "readings of ambiguous provisions and local policy values" });

const caseFileShape = {
  caseId: identifierField.meta({ description: "an opaque identifier chosen by the caller; never personal data" }),
  child: z.object({ dateOfBirth: dateOfBirthField.optional() }).optional().meta({ description: "only what the age rules need" }),
  calendar: calendarSchema.optional(),
  options: optionsSchema.optional(),
};

/**
 * An event of the caller's own: its type starts with `x-`. Kept in the parsed case file (type,
 * date and id only), never used by the engine; its other fields are the caller's.
 */
export const foreignEventSchema = z
  .looseObject({
    type: z.string().regex(/^x-/).meta({ description: "a type of the caller's own, starting with x-" }),
  })
  .meta({ description: "an event of the caller's own (type x-…): kept, never used by the engine" });

/**
 * The case file as published in JSON Schema: every event a known type, or a type of the caller's
 * own (`x-…`), one `oneOf` of them all.
 */
export const caseFileSchema = z
  .object({ ...caseFileShape, events: z.array(z.xor([...eventSchema.options, foreignEventSchema])).meta({ description: "dated events, in any order" }) })
  .meta({ title: "ehc-timeline case file", description: "What a caller knows about one child or young person." });

/**
 * The parse-time shape without the events, which are checked one by one after this (so the
 * list is not walked twice). `eventsListSchema` gives the issue when `events` is no list.
 */
export const caseFileEnvelopeSchema = z.object(caseFileShape);
export const eventsListSchema = z.array(z.unknown());

/** Each event is first checked for a string `type`, then against that type's schema. */
export const eventEnvelopeSchema = z.looseObject({ type: z.string({ error: "expected the event type as a string" }) });

/** An event of the caller's own (a type starting with `x-`): kept, never used by the engine. */
export interface ForeignEvent {
  readonly type: `x-${string}`;
  readonly date?: string;
  readonly id?: string;
}

/** A validated case file. */
export interface CaseFile {
  readonly caseId: string;
  readonly child?: { readonly dateOfBirth?: string };
  readonly events: readonly (CaseFileEvent | ForeignEvent)[];
  readonly calendar?: z.output<typeof calendarSchema>;
  readonly options?: z.output<typeof optionsSchema>;
}
