/**
 * Transitions of the EHC needs-assessment process (rules.md § 1): request → decision →
 * assessment → draft → final plan.
 *
 * @module
 */
import { civilDate } from "../dates/civil-date";
import type { CountingForm } from "../dates/counting";
import { match } from "ts-pattern";
import * as law from "../law/assessment";
import { reassessmentFinalPlan } from "../law/reassessment";
import type { MachineContext } from "./context";
import { type Effect, type OpenInstance, type Transition, problemEffect } from "./effects";
import { type CaseEvent, type CaseEventOf, anchorOf } from "./events";
import { startPlan } from "./plan-state";
import { finishReassessment } from "./reassessment";
import { STAGES, evolve, newRound, restart, type Anchor, type AssessmentRound, type CaseState } from "./states";

type Step = Transition<CaseState>;

const stay = (state: CaseState, ...effects: Effect[]): Step => ({ state, effects });

/** The event cannot be used in this state: reported, and marked refused. */
const reject = (state: CaseState, event: CaseEvent, code: Extract<Effect, { type: "problem" }>["code"], related?: { readonly eventId: string }): Step => ({
  state,
  effects: [problemEffect(code, event, undefined, related)],
  refused: true,
});

/** An event of the process with no open request: dated before one, or with none at all. */
function noOpenRequest(state: CaseState, event: CaseEvent, context: MachineContext): Step {
  const laterRequest = context.lastRequestDay !== null && context.lastRequestDay > event.day;
  return reject(state, event, laterRequest ? "event-before-request" : "no-request");
}

/**
 * An event of a round that has ended while a plan is in force (`AssessmentRound.ended`): refused,
 * with the reason. `null` when the case has no such round.
 */
function endedRound(state: CaseState, event: CaseEvent): Step | null {
  const ended = state.round?.ended;
  if (ended === undefined || STAGE_ROLES[state.stage] !== "plan-exists") return null;
  return reject(state, event, ended.why === "transfer" ? "assessment-ended-by-transfer" : "reassessment-ended", ended.by);
}

/**
 * The local draft target as a counting form: one frozen object per value the option allows
 * (1-20 weeks), made at load, so no form is made per request and nothing is filled in later.
 */
const DRAFT_TARGET_FORMS: readonly CountingForm[] = Array.from({ length: 21 }, (_, weeks) => Object.freeze({ kind: "weeks-after", weeks }));
const draftTargetForm = (weeks: number): CountingForm => DRAFT_TARGET_FORMS[weeks] ?? { kind: "weeks-after", weeks };

const REQUEST_LABEL = "Request for an EHC needs assessment received";

/**
 * A limit that runs from the request, counted from its receipt. A function, not a closure in
 * the handler: nothing is made per request but the instance (docs/performance.md: no closure a call).
 */
function fromRequest(rule: OpenInstance["rule"], request: Anchor, label: string): OpenInstance {
  return { type: "open", rule, anchor: request, anchorLabel: label, adjust: "receipt" };
}

/** `assessment-requested`: a new process starts, unless one is already running. */
export function onAssessmentRequested(state: CaseState, event: CaseEventOf<"assessment-requested">, context: MachineContext): Step {
  if (state.plan !== undefined && state.stage !== "ceased") return reject(state, event, "request-with-plan");
  if (state.stage === "awaiting-assessment-decision" || state.stage === "assessing" || state.stage === "draft-issued") {
    return reject(state, event, "request-during-process", state.round.request);
  }
  const request = anchorOf(event);
  const label = event.recorded.route === "became-responsible" ? "The LA became responsible for the child or young person (CFA s.24)" : REQUEST_LABEL;
  return {
    // A new request after a plan has ceased starts afresh: the old plan no longer counts.
    state: restart(state, "awaiting-assessment-decision", newRound((state.round?.number ?? 0) + 1, "assessment", request), undefined),
    effects: [
      fromRequest(law.assessmentDecision, request, label),
      {
        type: "open",
        rule: law.draftPlan,
        anchor: request,
        anchorLabel: label,
        adjust: "receipt",
        form: draftTargetForm(context.readings.draftPlanTargetWeeks),
      },
      fromRequest(law.noPlanNotice, request, label),
      fromRequest(law.finalPlan, request, label),
    ],
  };
}

/** `assessment-decision`: satisfies the 6-week limit; a "no" ends the process. */
export function onAssessmentDecision(state: CaseState, event: CaseEventOf<"assessment-decision">, context: MachineContext): Step {
  const round = state.round;
  const ended = endedRound(state, event);
  if (ended !== null) return ended;
  // No round, one that made its plan, or one a transfer in ended before the plan ceased: no request is open.
  if (round === undefined || round.finalPlan !== undefined || round.ended !== undefined) {
    return noOpenRequest(state, event, context);
  }
  // A decision already recorded; a later act (advice asked for) only implies one, so this is it.
  if (round.decision !== undefined) return reject(state, event, "second-assessment-decision");
  // The decision meets the 6-week limit (lifecycle.ts).
  if (event.recorded.outcome === "assess") {
    const decided: AssessmentRound = { ...round, decision: "assess" };
    return { state: evolve(state, { stage: stageOf(decided), round: decided }), effects: [] };
  }
  const reason = "the LA decided not to assess";
  return {
    state: evolve(state, { stage: "not-assessing", round: { ...round, decision: "not-assess" } }),
    effects: [
      // A decision not to assess is governed by Regs 4(1): no exceptions but the temporary coronavirus one (reg 4(3)).
      {
        type: "bar-exceptions",
        ruleId: law.assessmentDecision.id,
        reason: "a decision not to assess (Regs 4(1)) has no exceptions, but for coronavirus in 2020 (reg 4(3))",
      },
      { type: "not-applicable", ruleId: law.draftPlan.id, reason, by: anchorOf(event) },
      { type: "not-applicable", ruleId: law.noPlanNotice.id, reason, by: anchorOf(event) },
      { type: "not-applicable", ruleId: law.finalPlan.id, reason, by: anchorOf(event) },
    ],
  };
}

/** What an assessment-stage event meets in each stage of the case. */
type StageRole = "no-request" | "not-assessing" | "not-issuing" | "in-process" | "plan-exists";

/**
 * The role of every stage, matched once per stage with ts-pattern's exhaustive match (a new
 * stage does not compile until it is placed), then looked up per event on the hot path.
 */
const STAGE_ROLES: Readonly<Record<CaseState["stage"], StageRole>> = Object.fromEntries(
  STAGES.map((stage) => [
    stage,
    match<CaseState["stage"], StageRole>(stage)
      .with("not-started", "sen-support", "ceased", () => "no-request")
      .with("not-assessing", () => "not-assessing")
      .with("not-issuing", () => "not-issuing")
      .with("awaiting-assessment-decision", "assessing", "draft-issued", "reassessing", () => "in-process")
      .with("plan-maintained", "under-review", "amending", "ceasing", () => "plan-exists")
      .exhaustive(),
  ]),
) as Record<CaseState["stage"], StageRole>;

/**
 * The round an assessment-stage event belongs to, or the step that rejects it. An event with
 * no decision recorded before it implies the LA decided to assess: the warning is pushed onto
 * `effects`, the handler's own list (no list or wrapper is made per event; docs/performance.md: no closure a call).
 */
function assessingRound(state: CaseState, event: CaseEvent, context: MachineContext, effects: Effect[]): AssessmentRound | Step {
  const round = state.round;
  if (round === undefined) return noOpenRequest(state, event, context);
  switch (STAGE_ROLES[state.stage]) {
    case "no-request":
      return noOpenRequest(state, event, context);
    case "not-assessing":
      return reject(state, event, "not-assessing");
    case "not-issuing":
      return reject(state, event, "not-issuing");
    case "in-process":
      // Acting without a recorded decision implies one to assess; the decision may still follow.
      if (round.decision === undefined) effects.push(problemEffect("decision-not-recorded", event));
      return round;
    case "plan-exists":
      // A plan exists: a round that ended with it refuses the event; otherwise each handler
      // decides whether its event can still belong to the round.
      return endedRound(state, event) ?? round;
  }
}

const isStep = (value: AssessmentRound | Step): value is Step => "state" in value;

/** The stage an assessing round is in once its latest act is known. */
const stageOf = (round: AssessmentRound): CaseState["stage"] =>
  round.finalPlan
    ? "plan-maintained"
    : round.kind === "reassessment"
      ? "reassessing"
      : round.draft
        ? "draft-issued"
        : round.decision === undefined
          ? "awaiting-assessment-decision"
          : "assessing";

/** `advice-requested`: one 6-week limit per advice request (Regs 8(1)). */
export function onAdviceRequested(state: CaseState, event: CaseEventOf<"advice-requested">, context: MachineContext): Step {
  const effects: Effect[] = [];
  const round = assessingRound(state, event, context, effects);
  if (isStep(round)) return round;
  if (round.finalPlan) return reject(state, event, "draft-after-final");
  const { adviceId } = event.recorded;
  // Regs 8(1): six weeks from the day the body received the request; the request's own
  // date when no receipt is recorded, moved by the `service` reading when posted. Written
  // out, not spread: one object of a fixed shape per request (docs/performance.md: one shape).
  effects.push(
    event.recorded.receivedOn === undefined
      ? {
          type: "open",
          rule: law.advice,
          qualifier: adviceId,
          adviceId,
          ifAlreadyOpen: "advice-already-requested",
          anchor: anchorOf(event),
          anchorLabel: `Advice requested (adviceId ${adviceId}, from ${event.recorded.from})`,
          adjust: "service",
        }
      : {
          type: "open",
          rule: law.advice,
          qualifier: adviceId,
          adviceId,
          ifAlreadyOpen: "advice-already-requested",
          anchor: { ...anchorOf(event), day: civilDate(event.recorded.receivedOn) },
          anchorLabel: `Request for advice received (adviceId ${adviceId}, from ${event.recorded.from})`,
        },
  );
  return { state: evolve(state, { stage: stageOf(round), round }), effects };
}

/** `plan-decision`: to issue (the 16-week notice no longer applies) or not (it is the notice). */
export function onPlanDecision(state: CaseState, event: CaseEventOf<"plan-decision">, context: MachineContext): Step {
  const effects: Effect[] = [];
  const round = assessingRound(state, event, context, effects);
  if (isStep(round)) return round;
  if (round.planDecision !== undefined) return reject(state, event, "second-plan-decision");
  if (round.finalPlan) return reject(state, event, "draft-after-final");
  if (event.recorded.outcome === "issue") {
    effects.push({ type: "not-applicable", ruleId: law.noPlanNotice.id, reason: "the LA decided to issue a plan", by: anchorOf(event) });
    // Deciding to issue implies deciding to assess: a case already assessing (after an order to make a plan, say) stays so.
    const stage = stageOf(round) === "awaiting-assessment-decision" && state.stage === "assessing" ? "assessing" : stageOf(round);
    return { state: evolve(state, { stage, round: { ...round, planDecision: "issue" } }), effects };
  }
  if (round.kind === "reassessment" && state.plan !== undefined) {
    // After a reassessment the plan in force stays maintained as it is: no plan falls due (Regs 27(2)).
    // The reassessment ends here: a later draft or final plan cannot finish it. The decision not
    // to amend the plan after a reassessment is appealable under CFA s.51(2)(e) (disputes.ts).
    const ended: AssessmentRound = { ...round, planDecision: "not-issue", ended: { why: "not-amending", by: anchorOf(event) } };
    effects.push({
      type: "not-applicable",
      ruleId: reassessmentFinalPlan.id,
      reason: "the LA decided not to amend or replace the plan after reassessing",
      by: anchorOf(event),
    });
    return { state: evolve(state, { stage: "plan-maintained", round: ended }), effects };
  }
  const reason = "the LA decided not to issue a plan";
  effects.push(
    { type: "satisfy", ruleId: law.noPlanNotice.id, by: anchorOf(event) },
    { type: "not-applicable", ruleId: law.draftPlan.id, reason, by: anchorOf(event) },
    { type: "not-applicable", ruleId: law.finalPlan.id, reason, by: anchorOf(event) },
  );
  return { state: evolve(state, { stage: "not-issuing", round: { ...round, planDecision: "not-issue" } }), effects };
}

/** `draft-plan-issued`: satisfies the local draft target and opens the 15-day window. */
export function onDraftPlanIssued(state: CaseState, event: CaseEventOf<"draft-plan-issued">, context: MachineContext): Step {
  const effects: Effect[] = [];
  const round = assessingRound(state, event, context, effects);
  if (isStep(round)) return round;
  if (round.finalPlan) return reject(state, event, "draft-after-final");
  const draft = anchorOf(event);
  const served: Anchor = event.recorded.servedOn === undefined ? draft : { ...draft, day: civilDate(event.recorded.servedOn) };
  if (round.planDecision === undefined) {
    effects.push({ type: "not-applicable", ruleId: law.noPlanNotice.id, reason: "the LA issued a draft plan, so it decided to make one", by: draft });
  }
  // A recorded servedOn is the service date; otherwise the `service` reading may apply.
  effects.push(
    event.recorded.servedOn === undefined
      ? { type: "open", rule: law.draftRepresentations, anchor: served, anchorLabel: "Draft plan sent", adjust: "service" }
      : { type: "open", rule: law.draftRepresentations, anchor: served, anchorLabel: "Draft plan served" },
  );
  const drafted: AssessmentRound = { ...round, planDecision: round.planDecision ?? "issue", draft };
  return { state: evolve(state, { stage: stageOf(drafted), round: drafted }), effects };
}

/** `representations-received`: comments on the draft; needs an open draft. */
export function onRepresentationsReceived(state: CaseState, event: CaseEventOf<"representations-received">, context: MachineContext): Step {
  if (state.round === undefined) return noOpenRequest(state, event, context);
  const ended = endedRound(state, event);
  if (ended !== null) return ended;
  if (!state.round.draft || state.round.finalPlan) return reject(state, event, state.round.finalPlan ? "draft-after-final" : "no-draft");
  // Noted on the window: the window itself stays open to its last day whatever is received.
  return stay(state, { type: "note", ruleId: law.draftRepresentations.id, label: "Comments on the draft received", by: anchorOf(event) });
}

/** `institution-consulted`: a school or college replies within 15 days (CoP 9.83). */
export function onInstitutionConsulted(state: CaseState, event: CaseEventOf<"institution-consulted">, context: MachineContext): Step {
  const effects: Effect[] = [];
  const round = assessingRound(state, event, context, effects);
  if (isStep(round)) return round;
  effects.push({
    type: "open",
    rule: law.institutionResponse,
    qualifier: event.recorded.institutionId,
    ifAlreadyOpen: "institution-already-consulted",
    anchor: anchorOf(event),
    anchorLabel: `School or college consulted (institutionId ${event.recorded.institutionId})`,
  });
  return { state: evolve(state, { stage: stageOf(round), round }), effects };
}

/** `final-plan-issued`: satisfies the 20-week limit, after the draft window has closed. */
export function onFinalPlanIssued(state: CaseState, event: CaseEventOf<"final-plan-issued">, context: MachineContext): Step {
  const effects: Effect[] = [];
  const round = assessingRound(state, event, context, effects);
  if (isStep(round)) return round;
  if (round.finalPlan) return reject(state, event, "duplicate-event");
  if (round.kind === "reassessment") return finishReassessment(state, event, context);
  const plan = anchorOf(event);
  if (round.draft) {
    effects.push({ type: "after-window", windowRuleId: law.draftRepresentations.id, act: plan, problem: "final-before-window-closed" });
  } else {
    effects.push({ type: "problem", code: "final-before-draft", eventId: event.eventId });
  }
  if (round.planDecision === undefined) {
    effects.push({ type: "not-applicable", ruleId: law.noPlanNotice.id, reason: "the LA issued a plan", by: plan });
  }
  const started = startPlan(plan, "Final EHC plan issued", context);
  for (const effect of started.effects) effects.push(effect);
  return {
    state: evolve(state, { stage: "plan-maintained", round: { ...round, planDecision: "issue", finalPlan: plan }, plan: started.plan }),
    effects,
  };
}

/** `advice-received`: satisfies the open advice request with the same adviceId. */
export function onAdviceReceived(state: CaseState, event: CaseEventOf<"advice-received">, context: MachineContext): Step {
  if (state.round === undefined) return noOpenRequest(state, event, context);
  const ended = endedRound(state, event);
  if (ended !== null) return ended;
  // It meets the request with its adviceId (lifecycle.ts).
  return stay(state);
}

/** `institution-responded`: satisfies the open consultation with the same institutionId. */
export function onInstitutionResponded(state: CaseState, event: CaseEventOf<"institution-responded">, context: MachineContext): Step {
  if (state.round === undefined) return noOpenRequest(state, event, context);
  const ended = endedRound(state, event);
  if (ended !== null) return ended;
  // It meets the consultation with its institutionId (lifecycle.ts).
  return stay(state);
}

/** `exception-recorded`: kept as a claim, checked against each limit once all are known. */
export function onExceptionRecorded(state: CaseState, event: CaseEventOf<"exception-recorded">): Step {
  return stay(state, { type: "exception-claim", eventId: event.eventId });
}
