/**
 * Transitions of the graduated approach (graduated-approach.md): numbered Assess → Plan → Do →
 * Review cycles of SEN support. A review starts the next cycle or ends support; an EHC request
 * does not end it (the school keeps providing support while the LA decides), and no EHC stage
 * is ever replaced by `sen-support`.
 *
 * @module
 */
import { type DayNumber, civilDate, formatCivilDate } from "../dates/civil-date";
import { supportParentMeetings, supportReview } from "../law/support";
import { judgedTooEarly, reviewDate } from "./support-review-date";
import { type SchoolYear, schoolYearOf, schoolYearsBetween } from "../dates/school-year";
import type { MachineContext } from "./context";
import { type Effect, problemEffect as problemOf } from "./effects";
import type { Step } from "./step";
import { type CaseEvent, type CaseEventOf, anchorOf } from "./events";
import type { SupportCycle, SupportCycles, SupportState } from "./region-states";
import { evolve, type Anchor, type CaseState } from "./states";

/** Support events give the case the `sen-support` stage only while no EHC process has begun. */
function withSupport(state: CaseState, support: SupportState): CaseState {
  return evolve(state, { support, stage: state.stage === "not-started" ? "sen-support" : state.stage });
}

/** The cycles with the latest replaced. */
const replaceLast = (cycles: SupportCycles, cycle: SupportCycle): SupportCycles => ({
  latest: cycle,
  earlier: cycles.earlier,
  count: cycles.count,
  first: cycles.earlier === null ? cycle : cycles.first,
});

/** A new cycle at `started`, after any earlier ones. */
function startCycle(support: SupportState | undefined, started: Anchor): SupportState {
  const earlier = support?.cycles ?? null;
  const cycle: SupportCycle = { number: (earlier?.count ?? 0) + 1, started };
  const cycles: SupportCycles = { latest: cycle, earlier, count: cycle.number, first: earlier?.first ?? cycle };
  return { phase: "assess", cycles, meetings: support?.meetings ?? {} };
}

/**
 * The meetings with parents expected in a school year (CoP 6.65, "at least three times each
 * year"). In the year SEN support began (`began`, the first cycle's start) the policy's number is
 * prorated to the part of the year left, to the nearest whole meeting: support begun on 15 July
 * 2025 has 48 of the 365 days of 2024-25 left, 3 × 48 / 365 = 0.39, so no meeting is expected
 * until 2025-26; begun on 9 September 2024, 357 days left, 2.93, so 3.
 */
export function meetingsExpected(year: SchoolYear, began: DayNumber, perYear: number): number {
  if (began <= year.first || began > year.last) return perYear;
  return Math.round((perYear * (year.last - began + 1)) / (year.last - year.first + 1));
}

/** Opens the parent-meetings limit of each school year from `first` to `last` (once per year) in which a meeting is expected. */
function openSchoolYears(event: CaseEvent, first: number, last: number, began: DayNumber, context: MachineContext): Effect[] {
  const perYear = context.supportPolicy.parentMeetingsPerYear;
  if (perYear === 0) return [];
  const effects: Effect[] = [];
  for (const year of schoolYearsBetween(first, last)) {
    const expected = meetingsExpected(year, began, perYear);
    if (expected === 0) continue;
    const prorated =
      expected === perYear
        ? ""
        : ` (prorated: SEN support began on ${formatCivilDate(began)}, with ${year.last - began + 1} of the year's ${year.last - year.first + 1} days left)`;
    effects.push({
      type: "open",
      rule: supportParentMeetings,
      qualifier: year.label,
      ifAlreadyOpen: "ignore",
      anchor: { eventId: event.eventId, eventType: event.type, day: year.last },
      anchorLabel: `Last day of the ${year.label} school year; policy ${context.supportPolicy.name}: at least ${expected} SEN support reviews with parents in it${prorated}`,
    });
  }
  return effects;
}

/** The day SEN support first began: the first cycle's start. */
const supportBegan = (support: SupportState): DayNumber => support.cycles.first.started.day;

/** `support-started`: the first Assess stage (again after an exit). */
export function onStarted(state: CaseState, event: CaseEventOf<"support-started">): Step {
  const support = state.support;
  const cycle = support?.cycles.latest;
  if (support === undefined || support.phase === "exited") return { state: withSupport(state, startCycle(support, anchorOf(event))), effects: [] };
  // A cycle opened by a review and still without a plan: this event dates its Assess stage.
  if (support.phase === "assess" && cycle?.started.eventType === "support-reviewed") {
    return { state: withSupport(state, { ...support, cycles: replaceLast(support.cycles, { ...cycle, started: anchorOf(event) }) }), effects: [] };
  }
  return { state, effects: [problemOf("support-already-started", event, `cycle ${support.cycles.count} is open`)] };
}

/** `support-plan-agreed`: the Plan stage; the review falls due by the agreed date or the policy interval. */
export function onPlanAgreed(state: CaseState, event: CaseEventOf<"support-plan-agreed">, context: MachineContext): Step {
  const effects: Effect[] = [];
  let support = state.support;
  if (support?.phase === "do") {
    return { state, effects: [problemOf("support-plan-not-reviewed", event, `cycle ${support.cycles.count}`)] };
  }
  if (support === undefined || support.phase === "exited") {
    effects.push(problemOf("support-plan-without-start", event));
    support = startCycle(support, anchorOf(event));
  }
  const cycle = support.cycles.latest;
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
  effects.push(...openSchoolYears(event, plan.day, scheduled.due ?? plan.day, supportBegan(support), context));
  const planned: SupportCycle = { ...cycle, plan, reviewDue: scheduled.due, reviewDueAgreed: scheduled.agreed };
  return { state: withSupport(state, { ...support, phase: "do", cycles: replaceLast(support.cycles, planned) }), effects };
}

/** `support-reviewed`: the Review stage; it satisfies the cycle's review and counts as a meeting with the parents. */
export function onReviewed(state: CaseState, event: CaseEventOf<"support-reviewed">, context: MachineContext): Step {
  const support = state.support;
  const cycle = support?.cycles.latest;
  if (support?.phase !== "do" || cycle?.plan === undefined) {
    return { state, effects: [problemOf("support-review-without-plan", event)] };
  }
  const policy = context.supportPolicy;
  const review = anchorOf(event);
  const effects: Effect[] = [{ type: "satisfy", ruleId: supportReview.id, qualifier: String(cycle.number), by: review }];
  if (event.recorded.outcome === "revise" || event.recorded.outcome === "request-assessment") {
    const earliest = judgedTooEarly(cycle.plan.day, review.day, policy);
    if (earliest !== null) {
      effects.push(problemOf("support-review-before-minimum-run", event, `the policy's minimum run: ${policy.minimumRunMonths} months, to ${formatCivilDate(earliest)}`));
    }
  }
  const year = schoolYearOf(review.day);
  const held = (support.meetings[year.label] ?? 0) + 1;
  effects.push(...openSchoolYears(event, review.day, review.day, supportBegan(support), context));
  if (held === meetingsExpected(year, supportBegan(support), policy.parentMeetingsPerYear)) {
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
