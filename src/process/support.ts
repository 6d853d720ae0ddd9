/**
 * Transitions of the graduated approach (graduated-approach.md): numbered Assess → Plan → Do →
 * Review cycles of SEN support. A review starts the next cycle or ends support; an EHC request
 * does not end it (the school keeps providing support while the LA decides), and no EHC stage
 * is ever replaced by `sen-support`.
 *
 * @module
 */
import { civilDate, formatCivilDate } from "../dates/civil-date";
import { supportParentMeetings, supportReview } from "../law/support";
import { judgedTooEarly, reviewDate } from "./support-review-date";
import { schoolYearOf, schoolYearsBetween } from "../dates/school-year";
import type { MachineContext } from "./context";
import { type Effect, problemEffect as problemOf } from "./effects";
import type { Step } from "./step";
import { type CaseEvent, type CaseEventOf, anchorOf } from "./events";
import type { SupportCycle, SupportState } from "./region-states";
import { evolve, type Anchor, type CaseState } from "./states";

/** Support events give the case the `sen-support` stage only while no EHC process has begun. */
function withSupport(state: CaseState, support: SupportState): CaseState {
  return evolve(state, { support, stage: state.stage === "not-started" ? "sen-support" : state.stage });
}

const replaceLast = (cycles: readonly SupportCycle[], cycle: SupportCycle): SupportCycle[] => [...cycles.slice(0, -1), cycle];

/** A new cycle at `started`, after any earlier ones. */
function startCycle(support: SupportState | undefined, started: Anchor): SupportState {
  const cycles = support?.cycles ?? [];
  return { phase: "assess", cycles: [...cycles, { number: cycles.length + 1, started }], meetings: support?.meetings ?? {} };
}

/** Opens the parent-meetings limit of each school year from `first` to `last` (once per year). */
function openSchoolYears(event: CaseEvent, first: number, last: number, context: MachineContext): Effect[] {
  const required = context.supportPolicy.parentMeetingsPerYear;
  if (required === 0) return [];
  return schoolYearsBetween(first, last).map((year) => ({
    type: "open",
    rule: supportParentMeetings,
    qualifier: year.label,
    ifAlreadyOpen: "ignore",
    anchor: { eventId: event.eventId, eventType: event.type, day: year.last },
    anchorLabel: `Last day of the ${year.label} school year; policy ${context.supportPolicy.name}: at least ${required} SEN support reviews with parents in it`,
  }));
}

/** `support-started`: the first Assess stage (again after an exit). */
export function onStarted(state: CaseState, event: CaseEventOf<"support-started">): Step {
  const support = state.support;
  const cycle = support?.cycles[support.cycles.length - 1];
  if (support === undefined || support.phase === "exited") return { state: withSupport(state, startCycle(support, anchorOf(event))), effects: [] };
  // A cycle opened by a review and still without a plan: this event dates its Assess stage.
  if (support.phase === "assess" && cycle?.started.eventType === "support-reviewed") {
    return { state: withSupport(state, { ...support, cycles: replaceLast(support.cycles, { ...cycle, started: anchorOf(event) }) }), effects: [] };
  }
  return { state, effects: [problemOf("support-already-started", event, `cycle ${support.cycles.length} is open`)] };
}

/** `support-plan-agreed`: the Plan stage; the review falls due by the agreed date or the policy interval. */
export function onPlanAgreed(state: CaseState, event: CaseEventOf<"support-plan-agreed">, context: MachineContext): Step {
  const effects: Effect[] = [];
  let support = state.support;
  if (support?.phase === "do") {
    return { state, effects: [problemOf("support-plan-not-reviewed", event, `cycle ${support.cycles.length}`)] };
  }
  if (support === undefined || support.phase === "exited") {
    effects.push(problemOf("support-plan-without-start", event));
    support = startCycle(support, anchorOf(event));
  }
  const cycle = support.cycles[support.cycles.length - 1];
  if (cycle === undefined) return { state, effects };
  const plan = anchorOf(event);
  const reviewBy = event.recorded.reviewBy === undefined ? undefined : civilDate(event.recorded.reviewBy);
  const scheduled = reviewDate(plan.day, reviewBy, context.supportPolicy, context);
  for (const p of scheduled.problems) effects.push(problemOf(p.code, event, `${supportReview.id}:${cycle.number}: ${p.detail}`));
  effects.push({
    type: "open",
    rule: supportReview,
    qualifier: String(cycle.number),
    anchor: { ...plan, day: scheduled.anchorDay },
    anchorLabel: `Cycle ${cycle.number} (begun with event ${cycle.started.eventId}), ${scheduled.anchorLabel}`,
    form: scheduled.form,
  });
  effects.push(...openSchoolYears(event, plan.day, scheduled.due ?? plan.day, context));
  const planned: SupportCycle = { ...cycle, plan, reviewDue: scheduled.due, reviewDueAgreed: scheduled.agreed };
  return { state: withSupport(state, { ...support, phase: "do", cycles: replaceLast(support.cycles, planned) }), effects };
}

/** `support-reviewed`: the Review stage; it satisfies the cycle's review and counts as a meeting with the parents. */
export function onReviewed(state: CaseState, event: CaseEventOf<"support-reviewed">, context: MachineContext): Step {
  const support = state.support;
  const cycle = support?.cycles[support.cycles.length - 1];
  if (support?.phase !== "do" || cycle?.plan === undefined) {
    return { state, effects: [problemOf("support-review-without-plan", event)] };
  }
  const policy = context.supportPolicy;
  const review = anchorOf(event);
  const effects: Effect[] = [{ type: "satisfy", ruleId: supportReview.id, qualifier: String(cycle.number), by: review }];
  if (event.recorded.outcome === "revise" || event.recorded.outcome === "request-assessment") {
    const earliest = judgedTooEarly(cycle.plan.day, review.day, policy);
    if (earliest !== null) {
      effects.push(problemOf("support-review-before-minimum-run", event, `policy ${policy.name}: ${policy.minimumRunMonths} months, to ${formatCivilDate(earliest)}`));
    }
  }
  const year = schoolYearOf(review.day);
  const held = (support.meetings[year.label] ?? 0) + 1;
  effects.push(...openSchoolYears(event, review.day, review.day, context));
  if (held === policy.parentMeetingsPerYear) {
    effects.push({ type: "satisfy", ruleId: supportParentMeetings.id, qualifier: year.label, by: review });
  }
  const reviewed: SupportCycle = { ...cycle, review, outcome: event.recorded.outcome };
  const after: SupportState = { ...support, cycles: replaceLast(support.cycles, reviewed), meetings: { ...support.meetings, [year.label]: held } };
  if (event.recorded.outcome === "exit") {
    // Support ended: a school year still short of its meetings no longer applies; earlier years keep their status.
    effects.push({ type: "not-applicable", ruleId: supportParentMeetings.id, reason: `SEN support ended (event ${event.eventId})`, all: true, fromDay: review.day });
    return { state: withSupport(state, { ...after, phase: "exited" }), effects };
  }
  return { state: withSupport(state, startCycle(after, review)), effects };
}
