/**
 * The states of a case (case-file.md § Timeline, `stage`).
 *
 * @module
 */
import type { DayNumber } from "../dates/civil-date";
import type { DisputeState } from "./disputes";
import type { PlanState } from "./maintenance";
import type { SupportState } from "./support";

/** Every stage of the statutory process, the machine's main region, in the process's order. */
export const STAGES = [
  "not-started",
  "sen-support",
  "awaiting-assessment-decision",
  "not-assessing",
  "assessing",
  "not-issuing",
  "draft-issued",
  "plan-maintained",
  "under-review",
  "amending",
  "reassessing",
  "ceasing",
  "ceased",
] as const;

/** The stage of the statutory process, the machine's main region. */
export type Stage = (typeof STAGES)[number];

/** An event that a rule runs from or that satisfies one. */
export interface Anchor {
  readonly eventId: string;
  readonly eventType: string;
  readonly day: DayNumber;
  /** The time of day in England, when the event was given as a timestamp. */
  readonly secondOfDay?: number;
}

/** One EHC needs-assessment process: from a request to a plan or a decision not to go on. */
export interface AssessmentRound {
  /** 1 for the first request in the case, 2 for the next… */
  readonly number: number;
  /** A first assessment (CFA s.36) or a reassessment of a maintained plan (Regs 24–27). */
  readonly kind: "assessment" | "reassessment";
  readonly request: Anchor;
  readonly decision?: "assess" | "not-assess";
  readonly planDecision?: "issue" | "not-issue";
  readonly draft?: Anchor;
  readonly finalPlan?: Anchor;
}

/** The state of a case: its stage and what the open process has reached. */
export interface CaseState {
  readonly stage: Stage;
  readonly round?: AssessmentRound;
  /** The maintained plan, once there is one. */
  readonly plan?: PlanState;
  /** SEN support, which runs alongside the statutory process. */
  readonly support?: SupportState;
  /** An open disagreement, if any. */
  readonly dispute?: DisputeState;
}

/** The state before any event. */
export const INITIAL_STATE: CaseState = { stage: "not-started" };

/**
 * The state with some regions replaced. `Object.assign`, not a spread: states come in many
 * shapes (regions appear as a case goes on), where a spread is several times slower (bench/).
 */
export function evolve(state: CaseState, changes: Partial<CaseState>): CaseState {
  return Object.assign({}, state, changes);
}
