/**
 * Ceasing to maintain a plan (rules.md § 5): no fixed period for the decision, but the plan
 * stays maintained until the appeal window has passed or an appeal is decided.
 *
 * @module
 */
import type { Rule } from "./types";

/**
 * CFA s.45(4): a plan may not be ceased while an appeal can still be brought or is pending.
 * The earliest lawful day is the day after the appeal limit (HESC r.20(1)(c) with r.12).
 */
export const ceaseNotBefore: Rule = {
  id: "cease-not-before",
  title: "Earliest lawful day to cease the plan",
  duty: "Keep maintaining the plan until the time to appeal the decision to cease has passed with no appeal, or an appeal has been decided.",
  owner: "local-authority",
  strength: "statutory",
  kind: "earliest",
  counting: { kind: "months-after", months: 2 },
  anchor: "the day the decision to cease was notified",
  citation: "CFA 2014 s.45(4); Tribunal Procedure (HESC) Rules 2008, r.20(1)(c) and r.12; SEND Regulations 2014, regs 29-31",
  exceptions: [],
  inForce: { from: "2014-09-01" },
  verified: true,
  tribunalDays: true,
};

/** The rules of ceasing. */
export const CEASING_RULES: readonly Rule[] = [ceaseNotBefore];
