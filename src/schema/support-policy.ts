/**
 * The `supportPolicy` option: a preset's name or a policy of the caller's own
 * (graduated-approach.md). Values left out of a policy object take the defaults.
 *
 * @module
 */
import * as z from "zod";
import { CODE_OF_PRACTICE_POLICY, DEFAULT_TERM_BREAK_DAYS, SUPPORT_POLICIES, type SupportPolicyName } from "../law/support-policies";

const presetNames = Object.keys(SUPPORT_POLICIES) as [SupportPolicyName, ...SupportPolicyName[]];
const defaults = CODE_OF_PRACTICE_POLICY;

/** A caller's own SEN support policy. */
export const customSupportPolicySchema = z.object({
  name: z.string().min(1).max(100),
  source: z.string().min(1).max(500).meta({ description: "where the values come from" }),
  verified: z.boolean().default(false).meta({ description: "whether every value was checked against the source" }),
  reviewInterval: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("weeks"), weeks: z.int().min(1).max(52) }),
    z.object({ kind: z.literal("months"), months: z.int().min(1).max(12) }),
    z.object({
      kind: z.literal("termly"),
      fallbackWeeks: z.int().min(1).max(52).meta({ description: "used when calendar.closures has no closure after the plan" }),
      minimumClosureDays: z.int().min(1).max(60).default(DEFAULT_TERM_BREAK_DAYS).meta({ description: "a closure this long ends a term" }),
    }),
  ]),
  maximumIntervalMonths: z.int().min(1).max(24).default(defaults.maximumIntervalMonths),
  parentMeetingsPerYear: z.int().min(0).max(12).default(defaults.parentMeetingsPerYear),
  cyclesBeforeRequest: z.int().min(0).max(10).default(defaults.cyclesBeforeRequest),
  minimumRunMonths: z.int().min(1).max(12).optional(),
});

/** The `supportPolicy` option: a string must name a preset; an object is a policy of its own. */
export const supportPolicyOptionSchema = z
  .union([z.enum(presetNames), customSupportPolicySchema], {
    error: `expected an SEN support policy preset (${presetNames.join(", ")}) or a policy object`,
  })
  .meta({ description: `an SEN support policy preset (${presetNames.join(", ")}) or a policy object; default code-of-practice` });
