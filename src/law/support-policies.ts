/**
 * SEN support policies (graduated-approach.md): none of these values is law.
 *
 * @module
 */

/** How often an SEN support plan is reviewed when the plan names no date. */
export type ReviewInterval =
  | { readonly kind: "weeks"; readonly weeks: number }
  /** By the last day before the setting's next closure of a week or more; weeks when no calendar is given. */
  | { readonly kind: "termly"; readonly fallbackWeeks: number };

/** A named set of SEN support policy values, with where they come from. */
export interface SupportPolicy {
  readonly name: string;
  /** Where the values come from (the Code of Practice paragraph, the seed document). */
  readonly source: string;
  readonly reviewInterval: ReviewInterval;
  /** The longest gap between reviews, in months. */
  readonly maximumIntervalMonths: number;
  /** Review meetings with parents per school year (CoP 6.65: at least three). */
  readonly parentMeetingsPerYear: number;
  /** Complete cycles usually expected before an EHC needs assessment request (local policy, not law). */
  readonly cyclesBeforeRequest: number;
}

/** The default policy: the Code of Practice's "three times a year", about a term apart. */
export const CODE_OF_PRACTICE_POLICY: SupportPolicy = {
  name: "code-of-practice",
  source: "SEND Code of Practice 2015, 6.44–6.72 and 6.65",
  reviewInterval: { kind: "weeks", weeks: 12 },
  maximumIntervalMonths: 6,
  parentMeetingsPerYear: 3,
  cyclesBeforeRequest: 2,
};

/** The named presets, by name. */
export const SUPPORT_POLICIES: Readonly<Record<string, SupportPolicy>> = {
  "code-of-practice": CODE_OF_PRACTICE_POLICY,
};

/** The policy a case asks for: a preset's name, a policy of its own, or the default. */
export function resolveSupportPolicy(option: string | SupportPolicy | undefined): SupportPolicy {
  if (option === undefined) return CODE_OF_PRACTICE_POLICY;
  if (typeof option === "string") return SUPPORT_POLICIES[option] ?? CODE_OF_PRACTICE_POLICY;
  return option;
}
