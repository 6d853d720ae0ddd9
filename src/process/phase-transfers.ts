/**
 * Transfers between phases of education (rules.md § 2, Regs 18): one review deadline per
 * expected transfer, by its kind.
 *
 * @module
 */
import { type DayNumber, addMonthsClamped, civilDate, fieldsFromDay } from "../dates/civil-date";
import * as reviews from "../law/reviews";
import type { Effect } from "./effects";
import { type CaseEventOf, anchorOf } from "./events";
import type { Anchor } from "./states";
import { type PlanState, type PlanHeld, next } from "./plan-state";
import type { Step } from "./step";

/**
 * The review deadline of each kind of transfer (Regs 18(1)(a)-(b) and 18(2)). Its keys are the
 * kinds {@link trackPhaseTransfer} takes: a kind the case file gains does not compile until it has one.
 */
const PHASE_TRANSFER_RULES = {
  school: reviews.phaseTransferSchool,
  "secondary-to-post16": reviews.phaseTransferPost16,
  "post16-to-post16": reviews.phaseTransferBetweenPost16,
} as const;

/** Regs 18: one deadline per expected transfer, by its kind. */
export function trackPhaseTransfer(plan: PlanState, transfer: DayNumber, kind: keyof typeof PHASE_TRANSFER_RULES, by: Anchor): { plan: PlanState; effects: Effect[] } {
  if (plan.phaseTransfers.includes(transfer)) return { plan, effects: [] };
  const rule = PHASE_TRANSFER_RULES[kind];
  return {
    plan: { ...plan, phaseTransfers: [...plan.phaseTransfers, transfer] },
    effects: [
      {
        type: "open",
        rule,
        qualifier: String(fieldsFromDay(transfer).year),
        anchor: { ...by, day: transfer },
        anchorLabel: `Transfer between phases (${kind}) expected on`,
        // Regs 18 applies within 12 months of the transfer: an earlier review does not count.
        notBefore: addMonthsClamped(transfer, -12),
      },
    ],
  };
}

export function onPhaseTransferExpected(state: PlanHeld, event: CaseEventOf<"phase-transfer-expected">): Step {
  const { plan } = state;
  const tracked = trackPhaseTransfer(plan, civilDate(event.recorded.transferDate), event.recorded.kind, anchorOf(event));
  return next(state, state.stage, tracked.plan, tracked.effects);
}
