/**
 * The SEN support part of a timeline: the cycles so far and readiness for an EHC request.
 *
 * @module
 */
import type { MachineContext } from "../process/context";
import type { CaseState } from "../process/states";

/** SEN support in a timeline. */
export interface SupportSummary {
  readonly cycles: readonly unknown[];
}

/** The support summary of a case, or `null` when it has no SEN support events. */
export function summarizeSupport(_state: CaseState, _context: MachineContext): SupportSummary | null {
  return null;
}
