/**
 * Transitions of a maintained plan (rules.md §§ 2–5): reviews, amendments, phase transfers,
 * reassessment, transfers between authorities, ceasing.
 *
 * @module
 */
import { match } from "ts-pattern";
import { type DayNumber, addMonthsClamped, civilDate, fieldsFromDay, formatCivilDate } from "../dates/civil-date";
import { countFrom } from "../dates/counting";
import { academicYearEnd } from "../dates/school-year";
import { ENGLAND_AND_WALES } from "../dates/working-days";
import * as assessment from "../law/assessment";
import { ceaseNotBefore } from "../law/ceasing";
import { reassessmentDecision, reassessmentFinalPlan } from "../law/reassessment";
import * as reviews from "../law/reviews";
import { transferNotice, transferReview } from "../law/transfers";
import type { Rule } from "../law/types";
import type { MachineContext } from "./context";
import { type Effect, type OpenInstance, type Transition, problemEffect } from "./effects";
import { type CaseEvent, type CaseEventOf, anchorOf } from "./events";
import { evolve, regionsOf, type Anchor, type AssessmentRound, type CaseState, type Stage } from "./states";

/** The maintained plan. */
export interface PlanState {
  /** When the plan (or the plan now in force after a reassessment) was made. */
  readonly madeOn: Anchor;
  /** The start of the current review period: the plan's date or the date it was last reviewed. */
  readonly reviewedFrom: Anchor;
  /** The review meeting held and awaiting its decision. */
  readonly meeting?: Anchor;
  /** A review decision to amend, waiting for its amendment notice (Devon 2022). */
  readonly amendDecision?: Anchor;
  /** The amendment notice awaiting its amended plan. */
  readonly amendmentNotice?: Anchor;
  /**
   * The review decision to amend that the pending amendment notice carries out; none for an
   * amendment no review led to (reading lastReviewed: final-plan completes only that review).
   */
  readonly amendmentReview?: Anchor;
  /** A request for reassessment awaiting a decision. */
  readonly reassessmentRequest?: Anchor;
  /** The decision to cease, while the plan is still maintained. */
  readonly ceaseDecision?: Anchor;
  /** The date of a meeting arranged and not yet held. */
  readonly scheduledMeeting?: DayNumber;
  /** Phase transfers already being tracked, by transfer date. */
  readonly phaseTransfers: readonly DayNumber[];
  /** The first review after a transfer in is the transfer review, not an annual one. */
  readonly transferReviewDue: boolean;
  /** When the last EHC needs assessment or reassessment finished, when known (Regs 24). */
  readonly assessedOn: Anchor | null;
}

type Step = Transition<CaseState>;

const COUNTING = (context: MachineContext) => ({ calendar: ENGLAND_AND_WALES, readings: context.readings });

/** The year a period ends in, to name its instance (`annual-review:2026`). */
function dueYear(rule: Rule, anchor: DayNumber, context: MachineContext): string {
  const due = countFrom(rule.counting, anchor, COUNTING(context));
  return String(fieldsFromDay(due ?? anchor).year);
}

/** The day a child turns 5. */
const fifthBirthday = (dateOfBirth: DayNumber): DayNumber => addMonthsClamped(dateOfBirth, 60);

/**
 * After a transfer in, the first early-years period runs at least this long from the transfer:
 * the shortest interval CoP 9.178 sets ("at least every three to six months"), as Regs 15(5)
 * gives the new LA at least 3 months for its first review.
 */
const EARLY_YEARS_AFTER_TRANSFER = { kind: "months-after", months: 3 } as const;

/**
 * The next early-years review running from `from` (CoP 9.178), when the child is under 5 on its
 * due date. After a transfer in (`transfer`), it falls due on the later of that period and 3
 * months from the transfer (Regs 15(5) by analogy): the new LA is never held to a date before
 * it held the plan.
 */
function openEarlyYearsPeriod(from: Anchor, label: string, context: MachineContext, transfer?: Anchor): Effect[] {
  const months = context.readings.earlyYearsReviewMonths;
  const form = { kind: "months-after", months } as const;
  let due = countFrom(form, from.day, COUNTING(context));
  const fromTransfer = transfer === undefined ? null : countFrom(EARLY_YEARS_AFTER_TRANSFER, transfer.day, COUNTING(context));
  if (fromTransfer !== null && (due === null || fromTransfer > due)) due = fromTransfer;
  if (context.dateOfBirth === null || due === null || due >= fifthBirthday(context.dateOfBirth)) return [];
  const { year, month } = fieldsFromDay(due);
  return [
    {
      type: "open",
      rule: reviews.earlyYearsReview,
      qualifier: `${year}-${String(month).padStart(2, "0")}`,
      anchor: from,
      anchorLabel: `${label}; the child is under 5 on the due date (policy value earlyYearsReviewMonths = ${months})`,
      form,
      ...(transfer === undefined
        ? {}
        : {
            laterOf: [
              {
                anchor: transfer,
                anchorLabel: "Plan transferred in from another LA (CoP 9.178: at least 3 months from the transfer, as Regs 15(5) gives for the first review)",
                form: EARLY_YEARS_AFTER_TRANSFER,
              },
            ],
          }),
    },
  ];
}

/** Opens the next review periods running from `from`: annual (CFA s.44) and, under 5, early-years (CoP 9.178). */
function openReviewPeriods(from: Anchor, label: string, context: MachineContext): Effect[] {
  return [
    { type: "open", rule: reviews.annualReview, qualifier: dueYear(reviews.annualReview, from.day, context), anchor: from, anchorLabel: label },
    ...openEarlyYearsPeriod(from, label, context),
  ];
}

/**
 * A plan has been made (a final plan, a plan after reassessment, or one transferred in): the
 * review periods start from its date.
 */
export function startPlan(made: Anchor, label: string, context: MachineContext): { plan: PlanState; effects: Effect[] } {
  const effects = openReviewPeriods(made, label, context);
  if (context.dateOfBirth === null) effects.push({ type: "problem", code: "no-date-of-birth", eventId: made.eventId });
  return { plan: { madeOn: made, reviewedFrom: made, phaseTransfers: [], transferReviewDue: false, assessedOn: made }, effects };
}

/** A review is complete on `by`'s date: the current periods are satisfied and the next ones start. */
function completeReview(plan: PlanState, by: Anchor, context: MachineContext): { plan: PlanState; effects: Effect[] } {
  const effects: Effect[] = [
    { type: "satisfy", ruleId: plan.transferReviewDue ? transferReview.id : reviews.annualReview.id, by },
    { type: "satisfy", ruleId: reviews.earlyYearsReview.id, by },
  ];
  // After a transfer in, the first review is the Regs 15(5) one; the annual periods run from it.
  effects.push(...openReviewPeriods(by, `Plan last reviewed (reading lastReviewed: ${context.readings.lastReviewed})`, context));
  return { plan: { ...plan, reviewedFrom: by, transferReviewDue: false }, effects };
}

/** A copy of the plan without one optional field (exactOptionalPropertyTypes forbids `undefined`). */
function withoutField<K extends "meeting" | "amendDecision" | "amendmentNotice" | "amendmentReview" | "reassessmentRequest" | "scheduledMeeting">(
  plan: PlanState,
  field: K,
): PlanState {
  const { [field]: _dropped, ...rest } = plan;
  return rest as PlanState;
}

/** The plan, or a problem: a plan event needs a maintained plan. */
function withPlan(state: CaseState, event: CaseEvent, then: (plan: PlanState) => Step): Step {
  if (state.plan === undefined) return { state, effects: [problemEffect("no-plan", event)], refused: true };
  if (state.stage === "ceased") return { state, effects: [problemEffect("plan-already-ceased", event)], refused: true };
  return then(state.plan);
}

const next = (state: CaseState, stage: Stage, plan: PlanState, effects: Effect[]): Step => ({
  state: evolve(state, { stage, plan }),
  effects,
});

/** The stage a plan returns to once a review or an amendment is finished. */
const restingStage = (plan: PlanState): Stage => (plan.ceaseDecision !== undefined ? "ceasing" : "plan-maintained");

/** A duty before a meeting, named by the meeting's date; opened once per meeting. */
const meetingInstance = (rule: Rule, meeting: DayNumber, anchor: Anchor): OpenInstance => ({
  type: "open",
  rule,
  qualifier: formatMeeting(meeting),
  anchor: { ...anchor, day: meeting },
  anchorLabel: `Review meeting (arranged by event ${anchor.eventId}) on`,
  ifAlreadyOpen: "ignore",
});

/** Instances tied to a meeting or a notice are named by its date (`review-decision:2024-11-06`). */
const formatMeeting = formatCivilDate;

/** The two duties that precede a meeting (Regs 20(3)–(4)), opened once per meeting date. */
const arrangeMeeting = (meeting: DayNumber, by: Anchor): OpenInstance[] => [
  meetingInstance(reviews.reviewInvitations, meeting, by),
  meetingInstance(reviews.reviewAdviceCirculated, meeting, by),
];

/** A meeting arranged; one arranged for another date and not yet held no longer applies. */
function onMeetingScheduled(state: CaseState, event: CaseEventOf<"review-meeting-scheduled">): Step {
  return withPlan(state, event, (plan) => {
    const meeting = civilDate(event.meetingDate);
    const effects: Effect[] = [];
    if (plan.scheduledMeeting !== undefined && plan.scheduledMeeting !== meeting) {
      for (const rule of [reviews.reviewInvitations, reviews.reviewAdviceCirculated]) {
        effects.push({
          type: "not-applicable",
          ruleId: rule.id,
          qualifier: formatMeeting(plan.scheduledMeeting),
          reason: "the meeting was rearranged",
          by: anchorOf(event),
        });
      }
    }
    effects.push(...arrangeMeeting(meeting, anchorOf(event)));
    return next(state, state.stage, { ...plan, scheduledMeeting: meeting }, effects);
  });
}

/** Invitations or advice sent before a meeting: satisfies the duty for that meeting's date. */
function onBeforeMeeting(state: CaseState, event: CaseEventOf<"review-invitations-sent" | "review-advice-circulated">): Step {
  return withPlan(state, event, () => {
    const meeting = civilDate(event.meetingDate);
    const rule = event.type === "review-invitations-sent" ? reviews.reviewInvitations : reviews.reviewAdviceCirculated;
    return {
      state,
      effects: [
        // Opened here too, for a meeting not recorded as arranged.
        meetingInstance(rule, meeting, anchorOf(event)),
        { type: "satisfy", ruleId: rule.id, qualifier: formatMeeting(meeting), by: anchorOf(event) },
      ],
    };
  });
}

function onMeetingHeld(state: CaseState, event: CaseEventOf<"review-meeting-held">, context: MachineContext): Step {
  return withPlan(state, event, (plan) => {
    const meeting = anchorOf(event);
    const label = "Review meeting held";
    const effects: Effect[] = [
      ...arrangeMeeting(meeting.day, meeting),
      { type: "open", rule: reviews.reviewReport, qualifier: formatMeeting(meeting.day), anchor: meeting, anchorLabel: label },
      { type: "open", rule: reviews.reviewDecision, qualifier: formatMeeting(meeting.day), anchor: meeting, anchorLabel: label },
    ];
    let updated: PlanState = { ...withoutField(plan, "scheduledMeeting"), meeting };
    if (event.phaseTransfer !== undefined) {
      const tracked = trackPhaseTransfer(updated, civilDate(event.phaseTransfer.transferDate), event.phaseTransfer.kind, meeting);
      updated = tracked.plan;
      effects.push(...tracked.effects);
    }
    if (context.readings.lastReviewed === "meeting") {
      const done = completeReview(updated, meeting, context);
      updated = done.plan;
      effects.push(...done.effects);
    }
    return next(state, "under-review", updated, effects);
  });
}

function onReportSent(state: CaseState, event: CaseEventOf<"review-report-sent">): Step {
  return withPlan(state, event, () => ({
    state,
    effects: [{ type: "satisfy", ruleId: reviews.reviewReport.id, by: anchorOf(event), orProblem: "no-review-meeting" }],
  }));
}

function onReviewDecision(state: CaseState, event: CaseEventOf<"review-decision">, context: MachineContext): Step {
  return withPlan(state, event, (plan) => {
    const decision = anchorOf(event);
    const effects: Effect[] = plan.meeting === undefined ? [problemEffect("no-review-meeting", event)] : [];
    let updated = withoutField(plan, "meeting");
    // Devon (2022): the proposed amendments go with the notice of a decision to amend. A notice
    // already sent for this review (on or after its meeting, and not yet tied to another review)
    // went with it, so the decision is complete now, on the later of the two dates.
    const noticeSent =
      event.outcome === "amend" &&
      plan.meeting !== undefined &&
      plan.amendmentNotice !== undefined &&
      plan.amendmentReview === undefined &&
      plan.amendmentNotice.day >= plan.meeting.day
        ? plan.amendmentNotice
        : undefined;
    if (event.outcome !== "amend" || noticeSent !== undefined) effects.push({ type: "satisfy", ruleId: reviews.reviewDecision.id, by: decision });
    if (noticeSent !== undefined) {
      effects.push({ type: "note", ruleId: reviews.reviewDecision.id, label: "Decision to amend; its amendment notice was already sent", by: noticeSent });
    } else if (event.outcome === "amend") {
      effects.push({ type: "note", ruleId: reviews.reviewDecision.id, label: "Decision to amend recorded, complete when its amendments are sent", by: decision });
    }
    if (event.outcome === "maintain") effects.push({ type: "satisfy", ruleId: reviews.phaseTransferSchool.id, by: decision });
    // Devon (2022): a decision to amend is complete only with its amendments, so that review
    // completes when the amendment notice is sent (onAmendmentNotice), or now if it already was.
    // Under lastReviewed: final-plan an amending review completes with its amended plan (onAmendedPlan).
    const reviewDone =
      context.readings.lastReviewed === "decision"
        ? event.outcome !== "amend" || noticeSent !== undefined
        : context.readings.lastReviewed === "final-plan" && event.outcome !== "amend";
    if (reviewDone) {
      const done = completeReview(updated, decision, context);
      updated = done.plan;
      effects.push(...done.effects);
    }
    return match(event.outcome)
      .with("maintain", () => next(state, restingStage(updated), updated, effects))
      .with("amend", () =>
        // With its notice already sent, the decision is not left pending: a later notice is another amendment.
        next(state, "amending", noticeSent === undefined ? { ...updated, amendDecision: decision } : { ...updated, amendmentReview: decision }, effects),
      )
      .with("cease", () => {
        const ceasing = openCeasing(updated, decision);
        return next(state, "ceasing", ceasing.plan, [...effects, ...ceasing.effects]);
      })
      .exhaustive();
  });
}

function onAmendmentNotice(state: CaseState, event: CaseEventOf<"amendment-notice-sent">, context: MachineContext): Step {
  return withPlan(state, event, (current) => {
    const notice = anchorOf(event);
    const effects: Effect[] = [];
    let plan = current;
    if (plan.amendDecision !== undefined && context.readings.lastReviewed === "decision") {
      const done = completeReview(plan, notice, context);
      plan = done.plan;
      effects.push(...done.effects);
    }
    if (plan.amendDecision !== undefined) {
      // The notice completes the review decision; sent after the decision it breaches Devon.
      effects.push({ type: "satisfy", ruleId: reviews.reviewDecision.id, by: notice });
      if (notice.day > plan.amendDecision.day) effects.push(problemEffect("amendment-notice-after-decision", event, `decision event ${plan.amendDecision.eventId}`));
    }
    const served: Anchor = event.servedOn === undefined ? notice : { ...notice, day: civilDate(event.servedOn) };
    effects.push(
      {
        type: "open",
        rule: reviews.amendmentRepresentations,
        qualifier: formatMeeting(notice.day),
        anchor: served,
        anchorLabel: event.servedOn === undefined ? "Amendment notice sent" : "Amendment notice served",
        ...(event.servedOn === undefined ? { adjust: "service" as const } : {}),
      },
      { type: "open", rule: reviews.amendedPlan, qualifier: formatMeeting(notice.day), anchor: notice, anchorLabel: "Amendment notice sent" },
    );
    // The review this notice carries out, if any: a decision to amend waiting for it.
    const review = plan.amendDecision ?? plan.amendmentReview;
    const rest = withoutField(withoutField(plan, "amendDecision"), "amendmentReview");
    const updated: PlanState = { ...rest, amendmentNotice: notice, ...(review === undefined ? {} : { amendmentReview: review }) };
    return next(state, state.stage === "reassessing" ? "reassessing" : "amending", updated, effects);
  });
}

function onAmendedPlan(state: CaseState, event: CaseEventOf<"amended-plan-issued">, context: MachineContext): Step {
  return withPlan(state, event, (plan) => {
    const issued = anchorOf(event);
    if (state.stage === "reassessing" && state.round !== undefined) return finishReassessment(state, event, context);
    const effects: Effect[] = [
      { type: "satisfy", ruleId: reviews.amendedPlan.id, by: issued },
      { type: "satisfy", ruleId: reviews.phaseTransferSchool.id, by: issued },
    ];
    // An amendment the Tribunal ordered, or the LA conceded, follows the order's own short limits
    // (Regs 44(2), 45), not the Regs 22 notice and window.
    const ordered = state.dispute?.pending.some((ruleId) => ruleId.includes("amend")) ?? false;
    if (plan.amendmentNotice !== undefined && !ordered) {
      effects.push({ type: "after-window", windowRuleId: reviews.amendmentRepresentations.id, act: issued, problem: "amended-before-window-closed" });
    } else if (!ordered) {
      effects.push(problemEffect("no-amendment-notice", event));
    }
    // Only an amendment that follows a review's decision to amend completes that review.
    const review = plan.amendmentReview ?? plan.amendDecision;
    let updated = withoutField(withoutField(withoutField(plan, "amendmentNotice"), "amendmentReview"), "amendDecision");
    if (context.readings.lastReviewed === "final-plan" && review !== undefined) {
      const done = completeReview(updated, issued, context);
      updated = done.plan;
      effects.push(...done.effects);
    }
    return next(state, restingStage(updated), updated, effects);
  });
}

/** Regs 18: one deadline per expected transfer, by its kind. */
function trackPhaseTransfer(
  plan: PlanState,
  transfer: DayNumber,
  kind: "school" | "secondary-to-post16" | "post16-to-post16",
  by: Anchor,
): { plan: PlanState; effects: Effect[] } {
  if (plan.phaseTransfers.includes(transfer)) return { plan, effects: [] };
  const rule = match(kind)
    .with("school", () => reviews.phaseTransferSchool)
    .with("secondary-to-post16", () => reviews.phaseTransferPost16)
    .with("post16-to-post16", () => reviews.phaseTransferBetweenPost16)
    .exhaustive();
  return {
    plan: { ...plan, phaseTransfers: [...plan.phaseTransfers, transfer] },
    effects: [
      {
        type: "open",
        rule,
        qualifier: String(fieldsFromDay(transfer).year),
        anchor: { ...by, day: transfer },
        anchorLabel: `Transfer between phases (${kind}) expected on`,
        // Regs 18 applies within 12 months of the transfer: an earlier review does not count.
        notBefore: addMonthsClamped(transfer, -12),
      },
    ],
  };
}

function onPhaseTransferExpected(state: CaseState, event: CaseEventOf<"phase-transfer-expected">): Step {
  return withPlan(state, event, (plan) => {
    const tracked = trackPhaseTransfer(plan, civilDate(event.transferDate), event.kind, anchorOf(event));
    return next(state, state.stage, tracked.plan, tracked.effects);
  });
}

/** Regs 24: a request within 6 months of the last assessment may be refused (reported, never blocked). */
const SIX_MONTHS = 6;

function onReassessmentRequested(state: CaseState, event: CaseEventOf<"reassessment-requested">): Step {
  return withPlan(state, event, (plan) => {
    const request = anchorOf(event);
    const effects: Effect[] = [
      { type: "open", rule: reassessmentDecision, anchor: request, anchorLabel: "Request for a reassessment received", adjust: "receipt" },
    ];
    const assessed = plan.assessedOn;
    if (assessed !== null && request.day < addMonthsClamped(assessed.day, SIX_MONTHS)) {
      effects.push(problemEffect("reassessment-refusable", event, `within 6 months of the assessment finished by event ${assessed.eventId}`));
    }
    return next(state, state.stage, { ...plan, reassessmentRequest: request }, effects);
  });
}

function onReassessmentDecision(state: CaseState, event: CaseEventOf<"reassessment-decision">): Step {
  return withPlan(state, event, (plan) => {
    const decision = anchorOf(event);
    const effects: Effect[] = [];
    // Without a request, the LA decided to reassess of its own accord (Regs 27(2)).
    if (plan.reassessmentRequest !== undefined) effects.push({ type: "satisfy", ruleId: reassessmentDecision.id, by: decision });
    const updated = withoutField(plan, "reassessmentRequest");
    if (event.outcome === "not-reassess") return next(state, state.stage, updated, effects);
    effects.push({ type: "open", rule: reassessmentFinalPlan, anchor: decision, anchorLabel: "Notice that the LA will reassess" });
    return {
      state: {
        ...state,
        stage: "reassessing",
        plan: updated,
        round: { number: (state.round?.number ?? 0) + 1, kind: "reassessment", request: decision, decision: "assess" },
      },
      effects,
    };
  });
}

/**
 * The plan finalised after a reassessment (a final or an amended plan): satisfies Regs 27(2)
 * and restarts the review periods from its date (Regs 27(4)).
 */
export function finishReassessment(state: CaseState, event: CaseEvent, context: MachineContext): Step {
  const issued = anchorOf(event);
  const effects: Effect[] = [{ type: "satisfy", ruleId: reassessmentFinalPlan.id, by: issued }];
  if (state.round?.draft !== undefined) {
    effects.push({ type: "after-window", windowRuleId: "draft-representations", act: issued, problem: "final-before-window-closed" });
  }
  for (const ruleId of [reviews.annualReview.id, reviews.earlyYearsReview.id, transferReview.id]) {
    // A review already overdue stays so: the new plan does not erase a breach before it.
    effects.push({
      type: "not-applicable",
      ruleId,
      reason: "the plan was reassessed; the next review runs from the new plan (Regs 27(4))",
      all: true,
      fromDay: issued.day,
      by: issued,
    });
  }
  const started = startPlan(issued, "Plan finalised after reassessment (Regs 27(4))", context);
  const plan: PlanState = { ...started.plan, phaseTransfers: state.plan?.phaseTransfers ?? [] };
  return {
    state: evolve(state, { stage: "plan-maintained", plan, ...(state.round ? { round: { ...state.round, finalPlan: issued } } : {}) }),
    effects: [...effects, ...started.effects.filter((e) => e.type !== "problem")],
  };
}

/** Whether two anchors are the same act (the same event on the same day). */
const sameAct = (a: Anchor, b: Anchor): boolean => a.day === b.day && a.eventId === b.eventId;

/**
 * The date the transferred plan was last reviewed (or made), with how it is known: recorded on
 * the transfer, or else the history of the plan already followed here; `null` when neither.
 */
function lastReviewOnTransfer(
  previous: PlanState | undefined,
  event: CaseEventOf<"plan-transferred-in">,
  transfer: Anchor,
  context: MachineContext,
): { anchor: Anchor; label: string } | null {
  const recorded = event.lastReviewedOn ?? event.planMadeOn;
  if (recorded !== undefined) {
    return {
      anchor: { ...transfer, day: civilDate(recorded) },
      label: event.lastReviewedOn === undefined ? "Plan made (as recorded on the transfer)" : "Plan last reviewed (as recorded on the transfer)",
    };
  }
  if (previous === undefined) return null;
  return {
    anchor: previous.reviewedFrom,
    label: sameAct(previous.reviewedFrom, previous.madeOn) ? "Plan made" : `Plan last reviewed (reading lastReviewed: ${context.readings.lastReviewed})`,
  };
}

function onTransferredIn(state: CaseState, event: CaseEventOf<"plan-transferred-in">, context: MachineContext): Step {
  const transfer = anchorOf(event);
  const previous = state.plan;
  // Dates recorded on the transfer win; without them, the plan's own history here is used.
  const lastReview = lastReviewOnTransfer(previous, event, transfer, context);
  const effects: Effect[] = [
    { type: "open", rule: transferNotice, anchor: transfer, anchorLabel: "Plan transferred in from another LA" },
  ];
  // Regs 15(5): the later of 12 months from the plan or its last review, and 3 months from the transfer.
  const review: OpenInstance = {
    type: "open",
    rule: transferReview,
    anchor: transfer,
    anchorLabel: "Plan transferred in from another LA",
    ...(lastReview === null ? {} : { laterOf: [{ anchor: lastReview.anchor, anchorLabel: lastReview.label, form: reviews.annualReview.counting }] }),
  };
  effects.push(review);
  if (lastReview === null) effects.push(problemEffect("transfer-without-review-date", event));
  effects.push({
    type: "not-applicable",
    ruleId: reviews.annualReview.id,
    reason: "the plan moved to another LA; the new LA's review runs under Regs 15(5)",
    all: true,
    fromDay: transfer.day,
    by: transfer,
  });
  const reviewedFrom: Anchor = lastReview === null ? transfer : lastReview.anchor;
  // CoP 9.178: a child under 5 keeps early-years reviews after the move, from the same last review
  // as the Regs 15(5) period. One already running here from that date, and due on or after the
  // transfer, goes on; otherwise it restarts, and the new one falls due no earlier than 3 months
  // from the transfer (openEarlyYearsPeriod). One already due before the move keeps its status.
  const earlyYearsDue = countFrom({ kind: "months-after", months: context.readings.earlyYearsReviewMonths }, reviewedFrom.day, COUNTING(context));
  const running = previous !== undefined && previous.reviewedFrom.day === reviewedFrom.day && earlyYearsDue !== null && earlyYearsDue >= transfer.day;
  if (!running) {
    effects.push({
      type: "not-applicable",
      ruleId: reviews.earlyYearsReview.id,
      reason: "the plan moved to another LA; early-years reviews run from the last review recorded on the transfer",
      all: true,
      fromDay: transfer.day,
      by: transfer,
    });
    effects.push(...openEarlyYearsPeriod(reviewedFrom, lastReview === null ? "Plan transferred in from another LA" : lastReview.label, context, transfer));
  }
  // Regs 15(3)(a): the plan is treated as made by the new LA on the day the old LA made it.
  const made: Anchor = event.planMadeOn === undefined ? (previous?.madeOn ?? reviewedFrom) : { ...transfer, day: civilDate(event.planMadeOn) };
  if (context.dateOfBirth === null) effects.push({ type: "problem", code: "no-date-of-birth", eventId: event.eventId });
  const plan: PlanState = {
    madeOn: made,
    reviewedFrom,
    phaseTransfers: previous?.phaseTransfers ?? [],
    transferReviewDue: true,
    assessedOn: event.planMadeOn === undefined ? (previous?.assessedOn ?? null) : made,
  };
  const round = state.round;
  if (round !== undefined && FIRST_ASSESSMENT_UNDER_WAY.has(state.stage)) {
    // A first EHC needs assessment here had not ended: the plan now in force ends it (Regs 15(3)).
    // Every limit of it still open closes; one already due before the move keeps its status.
    effects.push(problemEffect("transfer-during-assessment", event));
    for (const ruleId of ROUND_LIMITS) {
      effects.push({ type: "not-applicable", ruleId, reason: "a plan was transferred in from another LA (Regs 15)", all: true, fromDay: transfer.day, by: transfer });
    }
    const ended: AssessmentRound = { ...round, ended: { why: "transfer", by: transfer } };
    return { state: { ...regionsOf(state), stage: "plan-maintained", plan, round: ended }, effects };
  }
  if (round === undefined || round.kind === "reassessment" || round.finalPlan !== undefined || round.ended !== undefined) {
    return { state: evolve(state, { stage: "plan-maintained", plan }), effects };
  }
  // An assessment that ended here without a plan (not to assess, not to issue) long before: nothing of it is open.
  return { state: { ...regionsOf(state), stage: "plan-maintained", plan }, effects };
}

/** The stages of a first EHC needs assessment under way: a transfer in ends it. */
const FIRST_ASSESSMENT_UNDER_WAY: ReadonlySet<Stage> = new Set<Stage>(["awaiting-assessment-decision", "assessing", "draft-issued"]);

/** Every limit a first assessment's round may have open (Regs 4(1), 8(1), 13(2); CoP 9.83; the local draft target). */
const ROUND_LIMITS = [
  assessment.assessmentDecision.id,
  assessment.advice.id,
  assessment.draftPlan.id,
  assessment.noPlanNotice.id,
  assessment.finalPlan.id,
  assessment.institutionResponse.id,
] as const;

function onTransferNotice(state: CaseState, event: CaseEventOf<"transfer-notice-sent">): Step {
  return withPlan(state, event, () => ({
    state,
    effects: [{ type: "satisfy", ruleId: transferNotice.id, by: anchorOf(event), orProblem: "no-transfer" }],
  }));
}

/** CFA s.45(4): after a decision to cease, the plan is maintained until the appeal time has passed. */
function openCeasing(plan: PlanState, decision: Anchor): { plan: PlanState; effects: Effect[] } {
  return {
    plan: { ...plan, ceaseDecision: decision },
    effects: [{ type: "open", rule: ceaseNotBefore, anchor: decision, anchorLabel: "Decision to cease to maintain the plan notified" }],
  };
}

function onCeaseDecision(state: CaseState, event: CaseEventOf<"cease-decision">): Step {
  return withPlan(state, event, (plan) => {
    if (plan.ceaseDecision !== undefined) return { state, effects: [problemEffect("duplicate-event", event)], refused: true };
    const ceasing = openCeasing(plan, anchorOf(event));
    return next(state, "ceasing", ceasing.plan, ceasing.effects);
  });
}

function onPlanCeased(state: CaseState, event: CaseEventOf<"plan-ceased">): Step {
  return withPlan(state, event, (plan) => {
    const ceased = anchorOf(event);
    const effects: Effect[] =
      plan.ceaseDecision === undefined
        ? [problemEffect("ceased-without-decision", event)]
        : [
            { type: "after-window", windowRuleId: ceaseNotBefore.id, act: ceased, problem: "ceased-too-early" },
            // Named in the working of the earliest lawful day, so a ceasing on time is accounted for too.
            { type: "note", ruleId: ceaseNotBefore.id, label: "Plan ceased", by: ceased },
          ];
    const reason = "the plan was ceased";
    for (const rule of [...reviews.REVIEW_RULES, transferReview, transferNotice, reassessmentFinalPlan]) {
      effects.push({ type: "not-applicable", ruleId: rule.id, reason, all: true, fromDay: ceased.day, by: ceased });
    }
    return next(state, "ceased", plan, effects);
  });
}

type MaintenanceEvent = CaseEventOf<
  | "review-meeting-scheduled"
  | "review-invitations-sent"
  | "review-advice-circulated"
  | "review-meeting-held"
  | "review-report-sent"
  | "review-decision"
  | "amendment-notice-sent"
  | "amended-plan-issued"
  | "phase-transfer-expected"
  | "reassessment-requested"
  | "reassessment-decision"
  | "plan-transferred-in"
  | "transfer-notice-sent"
  | "cease-decision"
  | "plan-ceased"
>;

/** The events of a maintained plan. */
export function onMaintenanceEvent(state: CaseState, event: MaintenanceEvent, context: MachineContext): Step {
  return match(event)
    .with({ type: "review-meeting-scheduled" }, (e) => onMeetingScheduled(state, e))
    .with({ type: "review-invitations-sent" }, { type: "review-advice-circulated" }, (e) => onBeforeMeeting(state, e))
    .with({ type: "review-meeting-held" }, (e) => onMeetingHeld(state, e, context))
    .with({ type: "review-report-sent" }, (e) => onReportSent(state, e))
    .with({ type: "review-decision" }, (e) => onReviewDecision(state, e, context))
    .with({ type: "amendment-notice-sent" }, (e) => onAmendmentNotice(state, e, context))
    .with({ type: "amended-plan-issued" }, (e) => onAmendedPlan(state, e, context))
    .with({ type: "phase-transfer-expected" }, (e) => onPhaseTransferExpected(state, e))
    .with({ type: "reassessment-requested" }, (e) => onReassessmentRequested(state, e))
    .with({ type: "reassessment-decision" }, (e) => onReassessmentDecision(state, e))
    .with({ type: "plan-transferred-in" }, (e) => onTransferredIn(state, e, context))
    .with({ type: "transfer-notice-sent" }, (e) => onTransferNotice(state, e))
    .with({ type: "cease-decision" }, (e) => onCeaseDecision(state, e))
    .with({ type: "plan-ceased" }, (e) => onPlanCeased(state, e))
    .exhaustive();
}

/**
 * CFA s.46: a plan may be maintained until the end of the academic year in which the young
 * person turns 25 (the academic year ending on 31 July).
 */
export function planEndProblems(state: CaseState, context: MachineContext): Extract<Effect, { type: "problem" }>[] {
  if (state.plan === undefined || state.stage === "ceased" || context.dateOfBirth === null) return [];
  const lastDay = academicYearEnd(addMonthsClamped(context.dateOfBirth, 25 * 12));
  return context.asOf > lastDay
    ? [{ type: "problem", code: "plan-beyond-age-25", eventId: state.plan.madeOn.eventId, detail: `the academic year ended ${formatCivilDate(lastDay)}` }]
    : [];
}
