/**
 * The stages of a case (case-file.md § Timeline, `stage`). A word of the engine's vocabulary:
 * the state machine moves through them, the timeline reports one and its schema lists them
 * all, so they sit below every one of those layers.
 *
 * @module
 */

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
