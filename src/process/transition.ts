/**
 * The state machine: `transition(state, event)` returns the next state and what the event
 * opens, satisfies or closes, as data. The event table gives each type's handler and what it
 * decides that can be appealed; the step every accepted event then takes (the limits the wiring
 * table says it meets, the parent's appeal windows, the Tribunal's limits it meets) is the same
 * for all.
 *
 * @module
 */
import type { EventType } from "../schema/events";
import type { MachineContext } from "./context";
import type { DecisionKind } from "./dispute-state";
import { withAppealWindows } from "./disputes";
import { EVENT_TABLE, type EventRow } from "./event-table";
import type { CaseEvent } from "./events";
import { pushTableActs, tableActsOf } from "./lifecycle";
import { type PlanHeld, planHeld } from "./plan-state";
import type { CaseState } from "./states";
import type { Step } from "./step";

/** A row of the event table as dispatch reads it: one shape for every type, so its reads stay fast (docs/performance.md). */
interface Dispatch {
  readonly handle: (state: CaseState, event: CaseEvent, context: MachineContext) => Step;
  readonly requiresPlan: boolean;
  readonly appealable: ((event: CaseEvent, before: CaseState) => DecisionKind | null) | null;
}

// The casts only join each row's event type to the event's (the table's mapped type checks each row).
const DISPATCH = Object.fromEntries(
  (Object.entries(EVENT_TABLE) as [EventType, EventRow<EventType>][]).map(([type, row]) => [
    type,
    { handle: row.handle as Dispatch["handle"], requiresPlan: row.requires === "plan", appealable: (row.appealable ?? null) as Dispatch["appealable"] },
  ]),
) as Readonly<Record<EventType, Dispatch>>;

/** The next state of a case after one event, and the effects of the event. */
export function transition(state: CaseState, event: CaseEvent, context: MachineContext): Step {
  const row = DISPATCH[event.type];
  const step = row.requiresPlan ? (planHeld(state, event) ?? row.handle(state as PlanHeld, event, context)) : row.handle(state, event, context);
  if (step.refused === true) return step;
  // The acts the wiring table applies itself go after the handler's, on a copy of its list.
  const acts = tableActsOf(event.type);
  let effects = step.effects;
  if (acts !== undefined) {
    const copy = effects.slice();
    pushTableActs(copy, event, acts);
    effects = copy;
  }
  return withAppealWindows(step, effects, acts !== undefined, event, row.appealable === null ? null : row.appealable(event, state));
}
