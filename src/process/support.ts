/**
 * Transitions of the graduated approach: Assess → Plan → Do → Review cycles of SEN support.
 *
 * @module
 */
import type { MachineContext } from "./context";
import type { Transition } from "./effects";
import type { CaseEventOf } from "./events";
import type { CaseState } from "./states";

/** The SEN support region of a case. */
export interface SupportState {
  readonly cycles: number;
}

type Step = Transition<CaseState>;
type SupportEvent = CaseEventOf<"support-started" | "support-plan-agreed" | "support-reviewed">;

/** The graduated approach's events. */
export function onSupportEvent(state: CaseState, event: SupportEvent, _context: MachineContext): Step {
  return { state, effects: [{ type: "problem", code: "event-not-modelled", eventId: event.eventId, detail: event.type }] };
}
