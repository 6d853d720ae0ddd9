/**
 * The SEN support part of a timeline: the policy, the numbered cycles with their dates and
 * outcomes, and readiness for an EHC needs assessment request (information only, never a bar).
 *
 * @module
 */
import { formatCivilDate } from "../dates/civil-date";
import { supportReview } from "../law/support";
import type { MachineContext } from "../process/context";
import type { CaseState } from "../process/states";
import type { SupportCycle, SupportCycles, SupportOutcome } from "../process/region-states";

/** One Assess → Plan → Do → Review cycle. Dates are `YYYY-MM-DD`; `null` until they happen. */
export interface SupportCycleSummary {
  readonly number: number;
  /** The day its Assess stage began: support started, or the previous cycle was reviewed. */
  readonly startedOn: string;
  /** The events of the cycle, by id: what began it, its plan, its review. */
  readonly events: { readonly started: string; readonly plan: string | null; readonly review: string | null };
  readonly planAgreedOn: string | null;
  /** When the review falls due: the date agreed in the plan, or the policy's. */
  readonly reviewBy: string | null;
  /** Whether `reviewBy` was agreed in the plan (`false`: from the policy). */
  readonly reviewByAgreed: boolean;
  readonly reviewedOn: string | null;
  readonly outcome: SupportOutcome | null;
  /** The key of the cycle's `support-review` deadline, once a plan is agreed. */
  readonly deadlineKey: string | null;
}

/** How the cycles so far compare with the policy's usual minimum before an EHC request. */
export interface SupportReadiness {
  readonly completeCycles: number;
  readonly policyMinimum: number;
  readonly meetsPolicy: boolean;
  /** Always says that this is local policy, not law. */
  readonly note: string;
}

/** SEN support in a timeline. */
export interface SupportSummary {
  readonly policy: { readonly name: string; readonly source: string; readonly verified: boolean };
  /** `exited` once a review ended support (it may start again). */
  readonly status: "active" | "exited";
  /** Where the latest cycle is: `assess` (no plan yet), `do` (the plan awaits review); `null` once exited. */
  readonly phase: "assess" | "do" | null;
  readonly cycles: readonly SupportCycleSummary[];
  /** Cycles whose plan has been reviewed. */
  readonly completeCycles: number;
  readonly readiness: SupportReadiness;
}

/** The readiness note: CFA 2014 s.36(8) is the whole legal test for an assessment. */
export const READINESS_NOTE =
  "Local policy, not law: the duty to assess (CFA 2014 s.36(8)) sets no minimum number of SEN support cycles, so this is information and never a reason to refuse a request.";

const dateOrNull = (day: number | null | undefined): string | null => (day === undefined || day === null ? null : formatCivilDate(day));

function cycleSummary(cycle: SupportCycle): SupportCycleSummary {
  return {
    number: cycle.number,
    startedOn: formatCivilDate(cycle.started.day),
    events: { started: cycle.started.eventId, plan: cycle.plan?.eventId ?? null, review: cycle.review?.eventId ?? null },
    planAgreedOn: dateOrNull(cycle.plan?.day),
    reviewBy: dateOrNull(cycle.reviewDue),
    reviewByAgreed: cycle.reviewDueAgreed ?? false,
    reviewedOn: dateOrNull(cycle.review?.day),
    outcome: cycle.outcome ?? null,
    deadlineKey: cycle.plan === undefined ? null : `${supportReview.id}:${cycle.number}`,
  };
}

/** The cycles in the order they began. */
function oldestFirst(cycles: SupportCycles): SupportCycle[] {
  const list: SupportCycle[] = [];
  for (let at: SupportCycles | null = cycles; at !== null; at = at.earlier) list.push(at.latest);
  return list.reverse();
}

/** The support summary of a case, or `null` when none of its SEN support events was used. */
export function summarizeSupport(state: CaseState, context: MachineContext): SupportSummary | null {
  const support = state.support;
  if (support === undefined) return null;
  const { name, source, verified, cyclesBeforeRequest } = context.supportPolicy;
  const cycles = oldestFirst(support.cycles);
  const completeCycles = cycles.filter((cycle) => cycle.review !== undefined).length;
  return {
    policy: { name, source, verified },
    status: support.phase === "exited" ? "exited" : "active",
    phase: support.phase === "exited" ? null : support.phase,
    cycles: cycles.map(cycleSummary),
    completeCycles,
    readiness: { completeCycles, policyMinimum: cyclesBeforeRequest, meetsPolicy: completeCycles >= cyclesBeforeRequest, note: READINESS_NOTE },
  };
}
