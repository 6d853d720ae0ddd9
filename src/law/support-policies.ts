/**
 * SEN support policies (graduated-approach.md): values as data, each with its source, the
 * local authority's published guidance named. None of them is law.
 *
 * @module
 */

/** How often an SEN support plan is reviewed when the plan names no date. */
export type ReviewInterval =
  | { readonly kind: "weeks"; readonly weeks: number }
  | { readonly kind: "months"; readonly months: number }
  /**
   * By the last school day before the next term break in `calendar.closures`: a closure which,
   * with the weekends and bank holidays next to it, lasts at least `minimumClosureDays` days
   * (default 10), and which starts more than `minimumRunWeeks` weeks (default 4) after the plan;
   * `fallbackWeeks` when there is none.
   */
  | { readonly kind: "termly"; readonly fallbackWeeks: number; readonly minimumClosureDays?: number; readonly minimumRunWeeks?: number };

/** A named set of SEN support policy values, with where they come from. */
export interface SupportPolicy {
  readonly name: string;
  /** Where the values come from (the Code of Practice paragraph, the seed document). */
  readonly source: string;
  /** Whether every value was checked against the source named. */
  readonly verified: boolean;
  readonly reviewInterval: ReviewInterval;
  /** The longest gap between a plan and its review, in months. */
  readonly maximumIntervalMonths: number;
  /** Review meetings with parents per school year (CoP 6.65: at least three). */
  readonly parentMeetingsPerYear: number;
  /** Complete cycles usually expected before an EHC needs assessment request (local policy, not law). */
  readonly cyclesBeforeRequest: number;
  /** How long an intervention should run before it is judged not to work, in months. */
  readonly minimumRunMonths?: number | undefined;
}

/**
 * The length of a break that ends a term when a policy names none. Counted with its weekends, a
 * half-term is 9 days and the Christmas and Easter holidays 16 or more: 10 tells them apart
 * however the school lists its closures.
 */
export const DEFAULT_TERM_BREAK_DAYS = 10;

/**
 * The shortest run of a plan before its termly review, when a policy names none: a term break
 * starting within 4 weeks of the plan moves the review to the end of the next term. The
 * shortest review cycle in the guidance the presets follow is 6-8 weeks (Salford City Council:
 * "A date for review, typically 6-8 weeks"; Bristol City Council: early years every 6-8 weeks),
 * so a review 4 weeks or less after the plan would judge a plan barely begun; a longer minimum
 * would skip whole terms and cost the three meetings a year with parents of CoP 6.65.
 */
export const DEFAULT_MINIMUM_RUN_WEEKS = 4;

/** The default: the Code of Practice's "three times a year", about a term apart. */
export const CODE_OF_PRACTICE_POLICY: SupportPolicy = {
  name: "code-of-practice",
  source:
    "SEND Code of Practice 2015, 6.44-6.72: a review date agreed in each plan (6.48, 6.54); meet parents " +
    " at least three times a year (6.65), so 12 weeks, about a term. The 6-month longest interval and 2 cycles " +
    "are the engine's defaults, from Norfolk County Council's and Salford City Council's published guidance, not the Code",
  verified: false,
  reviewInterval: { kind: "weeks", weeks: 12 },
  maximumIntervalMonths: 6,
  parentMeetingsPerYear: 3,
  cyclesBeforeRequest: 2,
};

const BRISTOL_GUIDANCE = "Bristol City Council's published SEN support guidance (Bristol Local Offer, the graduated approach)";

/** The named presets, by name. Values a document does not state are the defaults. */
export const SUPPORT_POLICIES = {
  "code-of-practice": CODE_OF_PRACTICE_POLICY,
  norfolk: {
    name: "norfolk",
    source:
      "Norfolk County Council's published SEN support guidance (Norfolk Local Offer, 'Assess Plan Do Review - When a child " +
      "isn't making expected progress'): IEPs 'reviewed at least once every six months. It is even better to review them every " +
      "term'; Assess, Plan, Do, Review 'for at least two cycles' before an EHC plan is considered. A term ends at a break of " +
      "10 days or more with its weekends (not a half-term), the plan runs more than 4 weeks first, and the 12-week fallback " +
      "(no calendar) is the engine's approximation of a term",
    verified: true,
    reviewInterval: { kind: "termly", fallbackWeeks: 12 },
    maximumIntervalMonths: 6,
    parentMeetingsPerYear: 3,
    cyclesBeforeRequest: 2,
  },
  salford: {
    name: "salford",
    source:
      "Salford City Council's published SEN support guidance (Salford Local Offer, graduated approach, 'School age: Best " +
      "practice walkthrough'): 'A date for review, typically 6-8 weeks' (8, the later end); " +
      "'The provision in place must be reviewed termly' (read as at most 4 months apart); a request details 'the last " +
      "two/three cycles' (2)",
    verified: true,
    reviewInterval: { kind: "weeks", weeks: 8 },
    maximumIntervalMonths: 4,
    parentMeetingsPerYear: 3,
    cyclesBeforeRequest: 2,
  },
  bristol: {
    name: "bristol",
    source:
      `School plans: ${BRISTOL_GUIDANCE} states that an intervention should usually continue 'for at least 3 months'; ` +
      "the review every 3 to 6 months (6, the later end) is read from the Bristol SEND toolkit, not checked against it",
    verified: false,
    reviewInterval: { kind: "months", months: 6 },
    maximumIntervalMonths: 6,
    parentMeetingsPerYear: 3,
    cyclesBeforeRequest: 2,
    minimumRunMonths: 3,
  },
  "bristol-early-years": {
    name: "bristol-early-years",
    source:
      `Early years: ${BRISTOL_GUIDANCE} states that an intervention should usually continue 'for at least 3 months'; ` +
      "the review every 6 to 8 weeks (8, the later end) is read from the Bristol SEND toolkit, not checked against it",
    verified: false,
    reviewInterval: { kind: "weeks", weeks: 8 },
    maximumIntervalMonths: 6,
    parentMeetingsPerYear: 3,
    cyclesBeforeRequest: 2,
    minimumRunMonths: 3,
  },
} as const satisfies Readonly<Record<string, SupportPolicy>>;

/** The name of a preset. */
export type SupportPolicyName = keyof typeof SUPPORT_POLICIES;

const isPresetName = (name: string): name is SupportPolicyName => Object.hasOwn(SUPPORT_POLICIES, name);

/**
 * The policy a case asks for: a preset's name, a policy of its own, or the default. (Parsing
 * rejects an unknown name; here it falls back to the default.)
 *
 * @example
 * resolveSupportPolicy("norfolk").reviewInterval; // { kind: "termly", fallbackWeeks: 12 }
 */
export function resolveSupportPolicy(option: string | SupportPolicy | undefined): SupportPolicy {
  if (option === undefined) return CODE_OF_PRACTICE_POLICY;
  if (typeof option === "string") return isPresetName(option) ? SUPPORT_POLICIES[option] : CODE_OF_PRACTICE_POLICY;
  return option;
}
