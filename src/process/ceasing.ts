/**
 * Ceasing to maintain the plan (rules.md § 5): the decision, the plan kept until the appeal
 * time has passed (CFA s.45(4)), the plan ceased, and the end of the academic year of age 25 (CFA s.46).
 *
 * @module
 */
import { addMonthsClamped, formatCivilDate } from "../dates/civil-date";
import { academicYearEnd } from "../dates/school-year";
import { ceaseNotBefore } from "../law/ceasing";
import type { MachineContext } from "./context";
import { endsOn } from "./lifecycle";
import { type Effect, problemEffect } from "./effects";
import { type CaseEventOf, anchorOf } from "./events";
import type { Anchor, CaseState } from "./states";
import { type PlanState, type PlanHeld, next } from "./plan-state";
import type { Step } from "./step";

/** CFA s.45(4): after a decision to cease, the plan is maintained until the appeal time has passed. */
export function openCeasing(plan: PlanState, decision: Anchor): { plan: PlanState; effects: Effect[] } {
  return {
    plan: { ...plan, ceaseDecision: decision },
    effects: [{ type: "open", rule: ceaseNotBefore, anchor: decision, anchorLabel: "Decision to cease to maintain the plan notified" }],
  };
}

export function onCeaseDecision(state: PlanHeld, event: CaseEventOf<"cease-decision">): Step {
  const { plan } = state;
  if (plan.ceaseDecision !== undefined) return { state, effects: [problemEffect("duplicate-event", event)], refused: true };
  const ceasing = openCeasing(plan, anchorOf(event));
  return next(state, "ceasing", ceasing.plan, ceasing.effects);
}

export function onPlanCeased(state: PlanHeld, event: CaseEventOf<"plan-ceased">): Step {
  const { plan } = state;
  const ceased = anchorOf(event);
  const effects: Effect[] =
    plan.ceaseDecision === undefined
      ? [problemEffect("ceased-without-decision", event)]
      : [
          { type: "after-window", windowRuleId: ceaseNotBefore.id, act: ceased, problem: "ceased-too-early" },
          // Named in the working of the earliest lawful day, so a ceasing on time is accounted for too.
          { type: "note", ruleId: ceaseNotBefore.id, label: "Plan ceased", by: ceased },
        ];
  // Every duty of the plan still open ends (lifecycle.ts: the rules that end at "plan-ceased").
  endsOn("plan-ceased", ceased, effects);
  return next(state, "ceased", plan, effects);
}

/**
 * CFA s.46: a plan may be maintained until the end of the academic year in which the young
 * person turns 25 (the academic year ending on 31 July).
 */
export function planEndProblems(state: CaseState, context: MachineContext): Extract<Effect, { type: "problem" }>[] {
  if (state.plan === undefined || state.stage === "ceased" || context.dateOfBirth === null) return [];
  const lastDay = academicYearEnd(addMonthsClamped(context.dateOfBirth, 25 * 12));
  return context.asOf > lastDay
    ? [{ type: "problem", code: "plan-beyond-age-25", eventId: state.plan.madeOn.eventId, detail: `the academic year ended ${formatCivilDate(lastDay)}` }]
    : [];
}
