/**
 * Small case files for the timeliness report tests, built from a few dates.
 */
import type { CaseFile } from "../../src/schema/case-file";
import { parseCaseFileOrThrow } from "../../src/schema/parse";

type RawEvent = Record<string, unknown> & { type: string; date: string };

function shiftDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A first plan: request, decision, draft 21 days before the final plan, the final plan. */
export function planCase(caseId: string, requested: string, finalPlan: string, options: { decided?: string; extra?: RawEvent[] } = {}): CaseFile {
  return parseCaseFileOrThrow({
    caseId,
    events: [
      { type: "assessment-requested", date: requested, by: "parent" },
      { type: "assessment-decision", date: options.decided ?? shiftDays(requested, 28), outcome: "assess" },
      { type: "draft-plan-issued", date: shiftDays(finalPlan, -21) },
      { id: "final", type: "final-plan-issued", date: finalPlan },
      ...(options.extra ?? []),
    ],
  });
}

/** A claim of an exception to the final-plan limit. */
export function exceptionClaim(ground: string, from: string, to: string): RawEvent {
  return { type: "exception-recorded", date: from, ground, from, to, appliesTo: ["final-plan"] };
}
