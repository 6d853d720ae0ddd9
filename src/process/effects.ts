/**
 * What a transition does besides changing the state: it opens rule instances, satisfies or
 * closes them, records exception claims, and reports problems. Plain data, applied by the
 * timeline.
 *
 * @module
 */
import type { DayNumber } from "../dates/civil-date";
import type { CountingForm } from "../dates/counting";
import type { Rule } from "../law/types";
import type { ProblemCode } from "../vocabulary/problems";
import type { Anchor } from "./anchor";

/** How the anchor's day may be moved by a reading before counting. */
export type AnchorAdjustment = "receipt" | "service";

/** Another anchor and form a deadline may run from: the deadline is the later of them all. */
export interface LaterOfCandidate {
  readonly anchor: Anchor;
  readonly anchorLabel: string;
  readonly form: CountingForm;
  /**
   * A period that runs from an act not yet done (the mediation certificate after an in-time
   * contact, HESC Rules r.20(1)(c)), in words: until it is done the deadline has no last day, and
   * the period added when it is done replaces this one.
   */
  readonly awaited?: string;
}

/** A rule instance the transition opens. */
export interface OpenInstance {
  readonly type: "open";
  readonly rule: Rule;
  /** The instance's name within its rule (`EP1` for `advice:EP1`); none when the rule occurs once. */
  readonly qualifier?: string;
  /** What its period runs from, and how readings may move that day. */
  readonly anchor: Anchor;
  readonly anchorLabel: string;
  readonly adjust?: AnchorAdjustment;
  /** A policy value that replaces the rule's own form (draftPlanTargetWeeks). */
  readonly form?: CountingForm;
  /** For instances tied to one advice request. */
  readonly adviceId?: string;
  /**
   * When an instance with the same key exists: report this problem instead of opening one more
   * (while it is still open), or `ignore` (whatever its state: one per meeting, say).
   */
  readonly ifAlreadyOpen?: ProblemCode | "ignore";
  /** Acts before this day do not satisfy the instance (a review too early for a phase transfer). */
  readonly notBefore?: DayNumber;
  /** Other periods that run at the same time: the deadline is the latest of them (Regs 15(5)). */
  readonly laterOf?: readonly LaterOfCandidate[];
}

/** Everything a transition can do besides changing the state. */
export type Effect =
  | OpenInstance
  | {
      readonly type: "satisfy";
      readonly ruleId: string;
      readonly qualifier?: string;
      readonly by: Anchor;
      /** The problem to report when no open instance matches (advice never requested). */
      readonly orProblem?: ProblemCode;
    }
  | {
      readonly type: "not-applicable";
      readonly ruleId: string;
      readonly qualifier?: string;
      readonly reason: string;
      /** Every open instance of the rule, not only the latest (a plan ceased). */
      readonly all?: boolean;
      /** From this day only: a duty already due before it stays as it was (a plan ceased). */
      readonly fromDay?: DayNumber;
      /** The event that made it not applicable, named in the working. */
      readonly by?: Anchor;
    }
  | { readonly type: "bar-exceptions"; readonly ruleId: string; readonly reason: string }
  | {
      /** A fact noted on the latest instance of a rule, in its working (comments received on a draft). */
      readonly type: "note";
      readonly ruleId: string;
      readonly label: string;
      readonly by: Anchor;
    }
  | {
      /** A further period for an open instance: the deadline becomes the later end (HESC r.20(1)(c)). */
      readonly type: "add-later-of";
      readonly ruleId: string;
      readonly qualifier?: string;
      readonly candidate: LaterOfCandidate;
    }
  | {
      /** An act that must come after a window has closed (a final plan after the 15 days). */
      readonly type: "after-window";
      readonly windowRuleId: string;
      readonly act: Anchor;
      readonly problem: ProblemCode;
    }
  | { readonly type: "exception-claim"; readonly eventId: string }
  | { readonly type: "problem"; readonly code: ProblemCode; readonly eventId: string; readonly detail?: string; readonly relatedEventId?: string };

/** The result of one transition. */
export interface Transition<S> {
  readonly state: S;
  /**
   * The step's own list, made for it and shared with nothing: the machine adds to it what every
   * accepted event does besides (the wiring table's acts, the appeal windows) without a copy.
   */
  readonly effects: Effect[];
  /** The event could not be used in this state (its effects say why): nothing may follow from it. */
  readonly refused?: boolean;
}

/**
 * A problem about an event, as an effect. `detail` is in the engine's own words (never the
 * caller's text); `related` is another event the problem refers to, named by id in its own field.
 */
export function problemEffect(code: ProblemCode, event: { readonly eventId: string }, detail?: string, related?: { readonly eventId: string }): Effect {
  return {
    type: "problem",
    code,
    eventId: event.eventId,
    ...(detail === undefined ? {} : { detail }),
    ...(related === undefined ? {} : { relatedEventId: related.eventId }),
  };
}
