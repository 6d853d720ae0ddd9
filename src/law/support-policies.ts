/**
 * SEN support policies (graduated-approach.md): values as data, each with its source. None of
 * them is law; the seed documents are in `shared/seeds/`.
 *
 * @module
 */

/** How often an SEN support plan is reviewed when the plan names no date. */
export type ReviewInterval =
  | { readonly kind: "weeks"; readonly weeks: number }
  | { readonly kind: "months"; readonly months: number }
  /**
   * By the last day before the next closure in `calendar.closures` of at least
   * `minimumClosureDays` days (default 7); `fallbackWeeks` when there is none.
   */
  | { readonly kind: "termly"; readonly fallbackWeeks: number; readonly minimumClosureDays?: number };

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

/** The closure length that ends a term when a policy names none: a week or more. */
export const DEFAULT_TERM_BREAK_DAYS = 7;

/** The default: the Code of Practice's "three times a year", about a term apart. */
export const CODE_OF_PRACTICE_POLICY: SupportPolicy = {
  name: "code-of-practice",
  source:
    "SEND Code of Practice 2015, 6.44-6.72: a review date agreed in each plan (6.48, 6.54; seeds/000_f2af69484c438ead.txt, " +
    "'evaluated by the agreed review date'); meet parents at least three times a year (6.65), so 12 weeks, about a term. " +
    "The 6-month longest interval and 2 cycles are graduated-approach.md's defaults, from Norfolk and Salford, not the Code",
  verified: false,
  reviewInterval: { kind: "weeks", weeks: 12 },
  maximumIntervalMonths: 6,
  parentMeetingsPerYear: 3,
  cyclesBeforeRequest: 2,
};

const BRISTOL_SEED = "seeds/003_1ea0923c368095e5.txt";

/** The named presets, by name. Values a document does not state are the defaults. */
export const SUPPORT_POLICIES = {
  "code-of-practice": CODE_OF_PRACTICE_POLICY,
  norfolk: {
    name: "norfolk",
    source:
      "Norfolk Local Offer, seeds/002_cb6c5561bc4b7223.txt: IEPs 'reviewed at least once every six months. It is even better " +
      "to review them every term'; Assess, Plan, Do, Review 'for at least two cycles' before an EHC plan is considered. " +
      "The 12-week fallback (no calendar) is the engine's approximation of a term",
    verified: true,
    reviewInterval: { kind: "termly", fallbackWeeks: 12 },
    maximumIntervalMonths: 6,
    parentMeetingsPerYear: 3,
    cyclesBeforeRequest: 2,
  },
  salford: {
    name: "salford",
    source:
      "Salford graduated approach, seeds/004_f0b546401fdc8832.txt: 'A date for review, typically 6-8 weeks' (8, the later end); " +
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
      `Bristol, school plans: ${BRISTOL_SEED} states only that an intervention should usually continue 'for at least 3 months'; ` +
      "the review every 3 to 6 months (6, the later end) is graduated-approach.md's reading of the Bristol toolkit, not in the seed",
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
      `Bristol, early years: ${BRISTOL_SEED} states only that an intervention should usually continue 'for at least 3 months'; ` +
      "the review every 6 to 8 weeks (8, the later end) is graduated-approach.md's reading of the Bristol toolkit, not in the seed",
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
