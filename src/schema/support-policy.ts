/**
 * The `supportPolicy` option: a preset's name or a policy of the caller's own.
 *
 * @module
 */
import * as z from "zod";
import { SUPPORT_POLICIES } from "../law/support-policies";

const presetNames = Object.keys(SUPPORT_POLICIES) as [string, ...string[]];

/** A custom SEN support policy (graduated-approach.md). */
export const customSupportPolicySchema = z.object({
  name: z.string().min(1).max(100),
  source: z.string().max(500),
  reviewInterval: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("weeks"), weeks: z.int().min(1).max(52) }),
    z.object({ kind: z.literal("termly"), fallbackWeeks: z.int().min(1).max(52) }),
  ]),
  maximumIntervalMonths: z.int().min(1).max(24),
  parentMeetingsPerYear: z.int().min(0).max(12),
  cyclesBeforeRequest: z.int().min(0).max(10),
});

/** The `supportPolicy` option. */
export const supportPolicyOptionSchema = z
  .union([z.enum(presetNames), customSupportPolicySchema])
  .meta({ description: "an SEN support policy preset's name, or a policy object (default code-of-practice)" });
