/**
 * The states of a case (case-file.md § Timeline, `stage`).
 *
 * @module
 */
import type { Anchor } from "./anchor";
import type { DisputeState, PlanState, SupportState } from "./region-states";
import type { Stage } from "../vocabulary/stages";

export type { Anchor } from "./anchor";
export { STAGES, type Stage } from "../vocabulary/stages";

/** One EHC needs-assessment process: from a request to a plan or a decision not to go on. */
export interface AssessmentRound {
  /** 1 for the first request in the case, 2 for the next… */
  readonly number: number;
  /** A first assessment (CFA s.36) or a reassessment of a maintained plan (Regs 24–27). */
  readonly kind: "assessment" | "reassessment";
  readonly request: Anchor;
  // Every round has every field (`undefined` until known), so all rounds share one shape and
  // the handlers' reads of them stay fast (docs/performance.md: one shape); make one with {@link newRound}.
  readonly decision?: "assess" | "not-assess" | undefined;
  readonly planDecision?: "issue" | "not-issue" | undefined;
  readonly draft?: Anchor | undefined;
  readonly finalPlan?: Anchor | undefined;
  /**
   * The round ended without a plan of its own while a plan is in force: the LA decided after a
   * reassessment not to amend or replace the plan, or a plan was transferred in from another LA
   * during a first assessment (Regs 15). A later event of the round is refused, saying which.
   */
  readonly ended?: { readonly why: "not-amending" | "transfer"; readonly by: Anchor } | undefined;
}

/** A round just requested (or, for a reassessment, decided on), every later field still unknown. */
export function newRound(number: number, kind: AssessmentRound["kind"], request: Anchor, decision?: "assess"): AssessmentRound {
  return { number, kind, request, decision, planDecision: undefined, draft: undefined, finalPlan: undefined, ended: undefined };
}

/** The regions that run alongside the statutory process, in any stage. */
export interface Regions {
  /** SEN support, which runs alongside the statutory process. */
  readonly support?: SupportState | undefined;
  /** An open disagreement, if any. */
  readonly dispute?: DisputeState | undefined;
}

/** No statutory process yet: nothing recorded, or SEN support alone. */
export interface IdleState extends Regions {
  readonly stage: "not-started" | "sen-support";
  readonly round?: undefined;
  readonly plan?: undefined;
}

/** An EHC needs assessment under way, or ended without a plan. */
export interface AssessmentState extends Regions {
  readonly stage: "awaiting-assessment-decision" | "not-assessing" | "assessing" | "not-issuing" | "draft-issued";
  readonly round: AssessmentRound;
  readonly plan?: undefined;
}

/** A maintained plan being reassessed (Regs 24–27): both the plan and the round are known. */
export interface ReassessmentState extends Regions {
  readonly stage: "reassessing";
  readonly round: AssessmentRound;
  readonly plan: PlanState;
}

/** A plan made (here, or transferred in): maintained, reviewed, amended, ceasing or ceased. */
export interface PlanStageState extends Regions {
  readonly stage: "plan-maintained" | "under-review" | "amending" | "ceasing" | "ceased";
  /** The round that made the plan, or one that ended with it in force (`ended`); none for a plan transferred in with no round under way. */
  readonly round?: AssessmentRound;
  readonly plan: PlanState;
}

/**
 * The state of a case: a discriminated union on `stage`, each member carrying what its stage
 * needs (a round while assessing, a plan once one is made), with SEN support and any dispute
 * alongside.
 */
export type CaseState = IdleState | AssessmentState | ReassessmentState | PlanStageState;

/**
 * A state of the one shape every state has: each field present, `undefined` when absent, so
 * the handlers' reads of states stay fast on the hot path (docs/performance.md: one shape).
 */
function stateOf(
  stage: Stage,
  round: AssessmentRound | undefined,
  plan: PlanState | undefined,
  support: SupportState | undefined,
  dispute: DisputeState | undefined,
): CaseState {
  return { stage, round, plan, support, dispute } as CaseState;
}

/** The state before any event. */
export const INITIAL_STATE: CaseState = stateOf("not-started", undefined, undefined, undefined, undefined);

/** The state with some regions replaced (a region given as a key replaces the old one). */
export function evolve(state: CaseState, changes: StateChanges): CaseState {
  return stateOf(
    changes.stage ?? state.stage,
    "round" in changes ? changes.round : state.round,
    "plan" in changes ? changes.plan : state.plan,
    "support" in changes ? changes.support : state.support,
    "dispute" in changes ? changes.dispute : state.dispute,
  );
}

/** What a transition may change in a state; the union's invariants are checked in test/process. */
export interface StateChanges extends Regions {
  readonly stage?: Stage;
  readonly round?: AssessmentRound;
  readonly plan?: PlanState;
}

/**
 * A fresh start in `stage`: only the regions that run alongside the process (SEN support, a
 * dispute) are kept; the round and plan are the ones given.
 */
export function restart(state: CaseState, stage: Stage, round: AssessmentRound | undefined, plan: PlanState | undefined): CaseState {
  return stateOf(stage, round, plan, state.support, state.dispute);
}
