/**
 * The one vocabulary of the machine's transitions: a {@link Step} is the next state and what the
 * event does besides; {@link stay} keeps the state, {@link refuse} turns the event away.
 *
 * @module
 */
import { type Effect, type Transition, problemEffect } from "./effects";
import type { CaseEvent } from "./events";
import type { CaseState } from "./states";
import type { ProblemCode } from "../vocabulary/problems";

/** One transition of a case: its next state and the event's effects. */
export type Step = Transition<CaseState>;

/** The state is unchanged; the event only has effects. */
export const stay = (state: CaseState, ...effects: Effect[]): Step => ({ state, effects });

/** The event cannot be used in this state: reported, and marked refused (nothing may follow from it). */
export const refuse = (state: CaseState, event: CaseEvent, code: ProblemCode, detail?: string): Step => ({
  state,
  effects: [problemEffect(code, event, detail)],
  refused: true,
});
