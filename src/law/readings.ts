/**
 * The readings of ambiguous provisions and the policy values a caller may choose
 * (counting.md § Readings). Each default is the reading closest to the text.
 *
 * @module
 */
import type { CountingReadings } from "../dates/counting";

/** Every reading and policy value, with its default filled in. */
export interface Readings extends CountingReadings {
  /** What "the date it was last reviewed" (CFA s.44(1)) means: the decision, the meeting, or the amended plan. */
  readonly lastReviewed: "decision" | "meeting" | "final-plan";
  /** The local target for the draft plan, in weeks from the request (practice, 1–20). */
  readonly draftPlanTargetWeeks: number;
  /** The interval of early-years reviews in months (CoP 9.178, 3–6). */
  readonly earlyYearsReviewMonths: number;
  /** Whether Tribunal-order limits run from the order's date (`made`) or the day it was sent. */
  readonly orderClock: "made" | "sent";
  /** `disapply`: a recorded exception turns a limit off; `pause`: it moves the due date. */
  readonly exceptions: "disapply" | "pause";
  /**
   * When a recorded exception turns a limit off under `disapply`: `after-due`, once its due date has
   * passed (the Regulations excuse a limit only "if it is impractical" to meet it, which is known
   * when the time has run out); `at-once`, from the day the exception is recorded.
   */
  readonly exceptionTiming: "after-due" | "at-once";
  /**
   * How an absence must meet a limit's period: `inside`, the shortest absence lies within the period
   * ("during that time period", Regs 10(4)(d)); `overlap`, the absence lasts that long in all and
   * at least one of its days falls within the period.
   */
  readonly absenceWithin: "inside" | "overlap";
  /** `as-recorded`, or a request after 5pm / on a non-working day counts from the next working day. */
  readonly receipt: "as-recorded" | "after-5pm-next-working-day";
  /** `as-recorded`, or a document posted first class is served on the second working day after posting. */
  readonly service: "as-recorded" | "first-class-post";
}

/** The default readings (counting.md § Readings, first column). */
export const DEFAULT_READINGS: Readings = {
  dayCounting: "statutory",
  reviewPeriod: "strict",
  phaseTransferDeadline: "before",
  lastReviewed: "decision",
  draftPlanTargetWeeks: 14,
  earlyYearsReviewMonths: 6,
  orderClock: "made",
  exceptions: "disapply",
  exceptionTiming: "after-due",
  absenceWithin: "inside",
  receipt: "as-recorded",
  service: "as-recorded",
};

/** The name of a reading. */
export type ReadingName = keyof Readings;
