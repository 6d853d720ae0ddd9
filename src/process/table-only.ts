/**
 * Events whose only effects are the wiring table's (lifecycle.ts): each opens or meets a rule
 * and changes nothing in the case's state.
 *
 * @module
 */
import type { CaseState } from "./states";
import { type Step, stay } from "./step";

/** The handler of such an event: the state as it was. */
export function tableOnly(state: CaseState): Step {
  return stay(state);
}
