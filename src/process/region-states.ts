/**
 * The regions of a case's state as data: the maintained plan, SEN support and an open dispute.
 * Only shapes, apart from the transitions that change them, so that the state can name them
 * and the transitions can import the state without a cycle.
 *
 * @module
 */
import type { DayNumber } from "../dates/civil-date";
import type { Anchor } from "./anchor";
import type { CaseEventOf } from "./events";

/** The maintained plan. */
export interface PlanState {
  /** When the plan (or the plan now in force after a reassessment) was made. */
  readonly madeOn: Anchor;
  /** The start of the current review period: the plan's date or the date it was last reviewed. */
  readonly reviewedFrom: Anchor;
  /** The review meeting held and awaiting its decision. */
  readonly meeting?: Anchor;
  /** A review decision to amend, waiting for its amendment notice (Devon 2022). */
  readonly amendDecision?: Anchor;
  /** The amendment notice awaiting its amended plan. */
  readonly amendmentNotice?: Anchor;
  /**
   * The review decision to amend that the pending amendment notice carries out; none for an
   * amendment no review led to (reading lastReviewed: final-plan completes only that review).
   */
  readonly amendmentReview?: Anchor;
  /** A request for reassessment awaiting a decision. */
  readonly reassessmentRequest?: Anchor;
  /** The decision to cease, while the plan is still maintained. */
  readonly ceaseDecision?: Anchor;
  /** The date of a meeting arranged and not yet held. */
  readonly scheduledMeeting?: DayNumber;
  /** Phase transfers already being tracked, by transfer date. */
  readonly phaseTransfers: readonly DayNumber[];
  /** The first review after a transfer in is the transfer review, not an annual one. */
  readonly transferReviewDue: boolean;
  /** When the last EHC needs assessment or reassessment finished, when known (Regs 24). */
  readonly assessedOn: Anchor | null;
}

/** What a review decided. */
export type SupportOutcome = CaseEventOf<"support-reviewed">["recorded"]["outcome"];

/** One Assess → Plan → Do → Review cycle. */
export interface SupportCycle {
  /** 1 for the first cycle in the case, 2 for the next… */
  readonly number: number;
  /** The event its Assess stage began with: `support-started`, or the review that ended the cycle before. */
  readonly started: Anchor;
  readonly plan?: Anchor;
  /** The review date: agreed in the plan, or from the policy; `null` when the policy gives none. */
  readonly reviewDue?: DayNumber | null;
  readonly reviewDueAgreed?: boolean;
  readonly review?: Anchor;
  readonly outcome?: SupportOutcome;
}

/**
 * The cycles so far, from the latest back: a new state shares the earlier cycles instead of
 * copying them, so a case of many cycles costs the same per event as one of few.
 */
export interface SupportCycles {
  readonly latest: SupportCycle;
  readonly earlier: SupportCycles | null;
  /** The latest cycle's number: how many there are. */
  readonly count: number;
  readonly first: SupportCycle;
}

/**
 * The SEN support region of a case. `assess`: the latest cycle has no plan yet; `do`: its plan
 * awaits review; `exited`: a review ended support.
 */
export interface SupportState {
  readonly phase: "assess" | "do" | "exited";
  readonly cycles: SupportCycles;
  /** Review meetings with parents, by school year (`2024-25`). */
  readonly meetings: Readonly<Record<string, number>>;
}

/** What an appealable decision is about (CFA s.51(2)(a)–(f)). */
export type DecisionKind = "assessment" | "plan" | "contents" | "amendment" | "reassessment" | "no-amendment" | "cease";

/** The parent's windows for one appealable decision. */
export interface AppealWindow {
  readonly decision: Anchor;
  /** The day the windows run from: the decision's, or that of the notice that moved them (Regs 33: "after written notice"). */
  readonly from: DayNumber;
  readonly about: DecisionKind;
  /** The qualifier of the pair now open: the decision's id, or the id of the notice that moved it. */
  readonly qualifier: string;
  readonly contacted: Anchor | null;
  readonly certificate: Anchor | null;
  readonly lodged: boolean;
}

/**
 * The windows so far, newest first: a new state shares the older windows instead of copying
 * them, and the windows an event looks for and changes are nearly always the newest.
 */
export interface AppealWindows {
  readonly window: AppealWindow;
  readonly older: AppealWindows | null;
}

/** A mediation (or a choice not to mediate) after contact with the mediation adviser. */
export interface Mediation {
  /** The decision it is about (its event id), when one is known. */
  readonly decisionId: string | null;
  readonly wanted: boolean;
  readonly held: boolean;
  readonly certified: boolean;
  /** The LA told the adviser it cannot arrange the mediation within 30 days (Regs 39(3)). */
  readonly notArranged: boolean;
}

/** The dispute region of a case. */
export interface DisputeState {
  readonly open: "mediation" | "appeal" | "order" | null;
  readonly windows: AppealWindows | null;
  readonly mediation: Mediation | null;
  /** The decision (event id) an appeal is pending against; `""` when none is known. `null`: no appeal pending. */
  readonly appealAgainst: string | null;
  /** Order and unopposed-appeal limits not yet done, by rule id. */
  readonly pending: readonly string[];
}
