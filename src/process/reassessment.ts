/**
 * Transitions of a reassessment of the plan (rules.md § 3, Regs 24–27): the request, the
 * decision, and the plan finalised after it.
 *
 * @module
 */
import { addMonthsClamped } from "../dates/civil-date";
import { draftRepresentations } from "../law/assessment";
import { reassessmentDecision, reassessmentFinalPlan, reassessmentReview } from "../law/reassessment";
import type { MachineContext } from "./context";
import { endsOn } from "./lifecycle";
import { type Effect, problemEffect } from "./effects";
import { type CaseEvent, type CaseEventOf, anchorOf } from "./events";
import { evolve, newRound, type CaseState } from "./states";
import { type PlanState, type PlanHeld, next, startPlan, withoutField } from "./plan-state";
import type { Step } from "./step";

/** Regs 24: a request within 6 months of the last assessment may be refused (reported, never blocked). */
const SIX_MONTHS = 6;

export function onReassessmentRequested(state: PlanHeld, event: CaseEventOf<"reassessment-requested">): Step {
  const { plan } = state;
  const request = anchorOf(event);
  const effects: Effect[] = [{ type: "open", rule: reassessmentDecision, anchor: request, anchorLabel: "Request for a reassessment received", adjust: "receipt" }];
  const assessed = plan.assessedOn;
  if (assessed !== null && request.day < addMonthsClamped(assessed.day, SIX_MONTHS)) {
    effects.push(problemEffect("reassessment-refusable", event, "within 6 months of the assessment finished", assessed));
  }
  return next(state, state.stage, { ...plan, reassessmentRequest: request }, effects);
}

export function onReassessmentDecision(state: PlanHeld, event: CaseEventOf<"reassessment-decision">): Step {
  const { plan } = state;
  const decision = anchorOf(event);
  const effects: Effect[] = [];
  // Without a request, the LA decided to reassess of its own accord (Regs 27(2)).
  if (plan.reassessmentRequest !== undefined) effects.push({ type: "satisfy", ruleId: reassessmentDecision.id, by: decision });
  const updated = withoutField(plan, "reassessmentRequest");
  if (event.recorded.outcome === "not-reassess") return next(state, state.stage, updated, effects);
  effects.push({ type: "open", rule: reassessmentFinalPlan, anchor: decision, anchorLabel: "Notice that the LA will reassess" });
  return {
    state: evolve(state, { stage: "reassessing", plan: updated, round: newRound((state.round?.number ?? 0) + 1, "reassessment", decision, "assess") }),
    effects,
  };
}

/**
 * The plan finalised after a reassessment (a final or an amended plan): satisfies Regs 27(2)
 * and restarts the review periods from its date, the first to the anniversary of it (Regs 27(4)(a)).
 */
export function finishReassessment(state: CaseState, event: CaseEvent, context: MachineContext): Step {
  const issued = anchorOf(event);
  const effects: Effect[] = [{ type: "satisfy", ruleId: reassessmentFinalPlan.id, by: issued }];
  if (state.round?.draft !== undefined) {
    effects.push({ type: "after-window", windowRuleId: draftRepresentations.id, act: issued, problem: "final-before-window-closed" });
  }
  // The old plan's review periods end (lifecycle.ts); one already overdue stays so: the new plan does not erase a breach before it.
  endsOn("reassessment-finished", issued, effects);
  const started = startPlan(
    issued,
    "Finalised plan sent after the reassessment (Regs 27(4)(a): reviewed 'within 12 months of the date on which' it is sent)",
    context,
    reassessmentReview,
  );
  const plan: PlanState = { ...started.plan, phaseTransfers: state.plan?.phaseTransfers ?? [] };
  return {
    state: evolve(state, { stage: "plan-maintained", plan, ...(state.round ? { round: { ...state.round, finalPlan: issued } } : {}) }),
    effects: [...effects, ...started.effects.filter((e) => e.type !== "problem")],
  };
}
