/**
 * The `supportPolicy` option: a preset's name or a policy of the caller's own
 * (graduated-approach.md). Values left out of a policy object take the defaults.
 *
 * @module
 */
import * as z from "zod";
import { CODE_OF_PRACTICE_POLICY, DEFAULT_MINIMUM_RUN_WEEKS, DEFAULT_TERM_BREAK_DAYS, SUPPORT_POLICIES, type SupportPolicyName } from "../law/support-policies";

const presetNames = Object.keys(SUPPORT_POLICIES) as [SupportPolicyName, ...SupportPolicyName[]];
const defaults = CODE_OF_PRACTICE_POLICY;

/** A caller's own SEN support policy. */
export const customSupportPolicySchema = z.object({
  name: z.string().min(1).max(100).meta({ description: "the policy's name, echoed in the timeline's support.policy" }),
  source: z.string().min(1).max(500).meta({ description: "where the values come from" }),
  verified: z.boolean().default(false).meta({ description: "whether every value was checked against the source" }),
  reviewInterval: z
    .discriminatedUnion("kind", [
      z.object({
        kind: z.literal("weeks").meta({ description: "a fixed number of weeks after the plan" }),
        weeks: z.int().min(1).max(52).meta({ description: "weeks from the plan to its review" }),
      }),
      z.object({
        kind: z.literal("months").meta({ description: "a fixed number of months after the plan" }),
        months: z.int().min(1).max(12).meta({ description: "months from the plan to its review" }),
      }),
      z.object({
        kind: z.literal("termly").meta({ description: "by the last day before the next closure that ends a term" }),
        fallbackWeeks: z.int().min(1).max(52).meta({ description: "used when calendar.closures has no closure after the plan" }),
        minimumClosureDays: z
          .int()
          .min(1)
          .max(60)
          .default(DEFAULT_TERM_BREAK_DAYS)
          .meta({
            description: `a break this long, counted with the weekends and bank holidays next to it, ends a term (default ${DEFAULT_TERM_BREAK_DAYS}: a half-term is 9)`,
          }),
        minimumRunWeeks: z
          .int()
          .min(0)
          .max(26)
          .default(DEFAULT_MINIMUM_RUN_WEEKS)
          .meta({
            description: `the plan runs at least this many weeks before its review: a break starting sooner moves it to the next term (default ${DEFAULT_MINIMUM_RUN_WEEKS})`,
          }),
      }),
    ])
    .meta({ description: "how often an SEN support plan is reviewed when the plan names no date" }),
  maximumIntervalMonths: z
    .int()
    .min(1)
    .max(24)
    .default(defaults.maximumIntervalMonths)
    .meta({ description: `the longest gap between a plan and its review, in months (default ${defaults.maximumIntervalMonths})` }),
  parentMeetingsPerYear: z
    .int()
    .min(0)
    .max(12)
    .default(defaults.parentMeetingsPerYear)
    .meta({ description: `review meetings with parents per school year (default ${defaults.parentMeetingsPerYear}; CoP 6.65: at least three)` }),
  cyclesBeforeRequest: z
    .int()
    .min(0)
    .max(10)
    .default(defaults.cyclesBeforeRequest)
    .meta({ description: `complete cycles usually expected before an EHC needs assessment request: local policy, not law (default ${defaults.cyclesBeforeRequest})` }),
  minimumRunMonths: z.int().min(1).max(12).optional().meta({ description: "how long an intervention should run before it is judged not to work, in months" }),
});

/** The `supportPolicy` option: a string must name a preset; an object is a policy of its own. */
export const supportPolicyOptionSchema = z
  .union([z.enum(presetNames), customSupportPolicySchema], {
    error: `expected an SEN support policy preset (${presetNames.join(", ")}) or a policy object`,
  })
  .meta({ description: `an SEN support policy preset (${presetNames.join(", ")}) or a policy object; default code-of-practice` });
