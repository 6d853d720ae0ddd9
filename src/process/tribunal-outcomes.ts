/**
 * After the Tribunal: orders (Regs 44), unopposed appeals (Regs 45) and recommendations
 * (SI 2017/1306) open the LA's limits, which later acts of the process meet (rules.md § 7).
 *
 * @module
 */
import { civilDate } from "../dates/civil-date";
import { finalPlan } from "../law/assessment";
import { ceaseNotBefore } from "../law/ceasing";
import { appeal, mediationAgreement } from "../law/disputes";
import * as tribunal from "../law/tribunal";
import { publicIdOf } from "../law/catalogue";
import type { Rule } from "../law/types";
import type { MachineContext } from "./context";
import type { Effect, OpenInstance } from "./effects";
import type { CaseEvent, CaseEventOf } from "./events";
import { evolve, type Anchor, type AssessmentRound, type CaseState } from "./states";
import { type DisputeEvent, type DisputeState, EMPTY, anchorOf, findWindow, problemOf, withDispute } from "./dispute-state";
import { pendingProgress, rulesOpenedBy } from "./lifecycle";
import { type Step, stay } from "./step";

/** Meets or closes the pending limits an accepted event concerns; the limits still pending. */
export function meetPending(d: DisputeState, event: CaseEvent, effects: Effect[]): readonly string[] {
  // Nothing pending (most cases): nothing to look up for the event.
  if (d.pending.length === 0) return d.pending;
  const by = anchorOf(event);
  const closed = new Set<string>();
  for (const ruleId of d.pending) {
    // What the event does to each pending limit, as its lifecycle declares (lifecycle.ts).
    const progress = pendingProgress(ruleId, event);
    if (progress === null) continue;
    if (progress.kind === "noted") {
      effects.push({ type: "note", ruleId, label: progress.note, by });
      continue;
    }
    effects.push(progress.kind === "done" ? { type: "satisfy", ruleId, by } : { type: "not-applicable", ruleId, reason: progress.reason });
    closed.add(ruleId);
  }
  return closed.size === 0 ? d.pending : d.pending.filter((id) => !closed.has(id));
}

type OrderKind = CaseEventOf<"tribunal-order">["recorded"]["order"];
type UnopposedKind = CaseEventOf<"appeal-unopposed">["recorded"]["appealAbout"];

/** The limits each order opens (lifecycle.ts): `continue` opens none; dismissing an appeal against ceasing is an order to cease (see `onOrder`). */
const ORDER_RULES = rulesByValue<OrderKind>("tribunal-order", "order", [
  "assess",
  "make-plan",
  "refer-back",
  "amend-content",
  "amend-placement",
  "continue",
  "continue-and-amend",
  "cease",
  "dismiss",
]);
const UNOPPOSED_RULES = rulesByValue<UnopposedKind>("appeal-unopposed", "appealAbout", [
  "assessment",
  "refusal-to-issue",
  "content",
  "placement",
  "content-and-placement",
  "cease",
]);

function rulesByValue<K extends string>(
  type: "tribunal-order" | "appeal-unopposed",
  field: "order" | "appealAbout",
  values: readonly K[],
): Readonly<Record<K, readonly Rule[]>> {
  return Object.fromEntries(values.map((value) => [value, rulesOpenedBy(type, field, value)])) as Record<K, readonly Rule[]>;
}

function without(round: AssessmentRound, field: "decision" | "planDecision"): AssessmentRound {
  const { [field]: _dropped, ...rest } = round;
  return rest;
}

/** The process resumes where the Tribunal sent it back: to a decision whether to assess, or to a plan. */
function resume(state: CaseState, to: "assess" | "plan"): CaseState {
  const round = state.round;
  if (round === undefined) return state;
  if (to === "assess" && state.stage === "not-assessing") return evolve(state, { stage: "awaiting-assessment-decision", round: without(round, "decision") });
  if (to === "plan" && state.stage === "not-issuing") return evolve(state, { stage: "assessing", round: without(round, "planDecision") });
  return state;
}

/** The outcome of an order or an unopposed appeal: its limits, and what else it changes. */
function decided(state: CaseState, event: DisputeEvent, rules: readonly OpenInstance[], extra: Effect[], next: CaseState): Step {
  const d = state.dispute ?? EMPTY;
  const effects: Effect[] = d.appealAgainst === null ? [problemOf("no-appeal-lodged", event)] : [];
  effects.push(...rules, ...extra);
  return withDispute(next, { ...d, appealAgainst: null, pending: [...d.pending, ...rules.map((r) => r.rule.id)] }, effects);
}

/**
 * The plan being ceased is kept: the Tribunal or the LA's concession decided the appeal against
 * it, so the plan is maintained again and the cease decision no longer stands.
 */
function keepPlan(state: CaseState, event: CaseEvent, why: string): { state: CaseState; effects: Effect[] } {
  const plan = state.plan;
  if (plan?.ceaseDecision === undefined) return { state, effects: [] };
  const { ceaseDecision: _overturned, ...kept } = plan;
  return {
    state: evolve(state, { stage: state.stage === "ceasing" ? "plan-maintained" : state.stage, plan: kept }),
    effects: [{ type: "not-applicable", ruleId: ceaseNotBefore.id, reason: why, by: anchorOf(event) }],
  };
}

/** Who set the limits: the Tribunal, or the parties in mediation (Regs 42(2)). */
type Source = "the Tribunal ordered the LA" | "the mediation agreement requires the LA";

/** What an order (or an agreement standing for one) opens, and where it sends the process. */
function ordered(state: CaseState, event: DisputeEvent, order: OrderKind, anchor: Anchor, label: string, source: Source) {
  const opens = ORDER_RULES[order].map((rule): OpenInstance => ({ type: "open", rule, anchor, anchorLabel: label }));
  const extra: Effect[] = [];
  let next = state;
  if (order === "assess") next = resume(state, "assess");
  if (order === "make-plan" || order === "refer-back") next = resume(state, "plan");
  if (order === "make-plan") {
    extra.push({ type: "not-applicable", ruleId: finalPlan.id, reason: `${source} to make and maintain a plan (event ${event.eventId}); the Regs 44(2)(c) limits apply` });
  }
  // An order to continue the plan, amended or not, decides the appeal against ceasing: the case leaves `ceasing` (Regs 44(2)).
  if (order === "continue" || order === "continue-and-amend") {
    const kept = keepPlan(next, event, `${source} to continue to maintain the plan${order === "continue-and-amend" ? " and amend it" : ""}`);
    next = kept.state;
    extra.push(...(kept.effects.length > 0 || order === "continue-and-amend" ? kept.effects : [problemOf("order-continue-without-cease", event)]));
  }
  return { opens, extra, next };
}

/** The decision (its window) an appeal is pending against, if one is known. */
const appealedWindow = (d: DisputeState) => (d.appealAgainst === null ? undefined : findWindow(d, (w) => w.decision.eventId === d.appealAgainst));

/**
 * The appeal ends with no limit for the LA (dismissed, or withdrawn): the working of its appeal
 * limit says so. An appeal tied to no decision has no such limit, so the event is named in a problem.
 */
function appealEnded(d: DisputeState, event: DisputeEvent, how: string): Effect {
  return appealedWindow(d) === undefined
    ? problemOf("no-appealable-decision", event)
    : { type: "note", ruleId: appeal.id, label: `Appeal against the decision in event ${d.appealAgainst} ${how} (no limit for the LA follows)`, by: anchorOf(event) };
}

/**
 * `tribunal-order`: the Regs 44 limits, from the order's date or the day it was sent (reading
 * orderClock). `dismiss` closes the appeal; dismissing an appeal against ceasing is an order to cease.
 */
export function onOrder(state: CaseState, event: CaseEventOf<"tribunal-order">, context: MachineContext): Step {
  const sent = context.readings.orderClock === "sent";
  const anchor: Anchor = sent && event.recorded.sentOn !== undefined ? { ...anchorOf(event), day: civilDate(event.recorded.sentOn) } : anchorOf(event);
  const d = state.dispute ?? EMPTY;
  const againstCease = appealedWindow(d)?.about === "cease";
  const order: OrderKind = event.recorded.order === "dismiss" && againstCease ? "cease" : event.recorded.order;
  const what = order === event.recorded.order ? event.recorded.order : "dismiss: the appeal against ceasing was dismissed, so the plan is to cease";
  const label =
    sent && event.recorded.sentOn !== undefined
      ? `Tribunal order (${what}) sent (reading orderClock: sent)`
      : `Tribunal order (${what}) made (reading orderClock: ${context.readings.orderClock}${sent ? "; no sentOn recorded, so the order's date is used" : ""})`;
  const outcome = ordered(state, event, order, anchor, label, "the Tribunal ordered the LA");
  if (order === "dismiss" && d.appealAgainst !== null) outcome.extra.push(appealEnded(d, event, "dismissed by the Tribunal"));
  return decided(state, event, outcome.opens, outcome.extra, outcome.next);
}

/** `appeal-withdrawn`: the appeal ends; the decision appealed against stands. */
export function onWithdrawn(state: CaseState, event: CaseEventOf<"appeal-withdrawn">): Step {
  const d = state.dispute ?? EMPTY;
  if (d.appealAgainst === null) return { state, effects: [problemOf("no-appeal-pending", event)] };
  return withDispute(state, { ...d, appealAgainst: null }, [appealEnded(d, event, "withdrawn")]);
}

/**
 * `mediation-agreement`: on a matter that cannot be appealed, 2 weeks (Regs 42(3)); on an
 * appealable one, the Regs 44 limits as if the agreement were the order it names (Regs 42(2)),
 * from the agreement's date.
 */
export function onAgreement(state: CaseState, event: CaseEventOf<"mediation-agreement">): Step {
  const d = state.dispute ?? EMPTY;
  const anchor = anchorOf(event);
  const m = d.mediation;
  const effects: Effect[] = m?.wanted === true ? [] : [problemOf("mediation-step-not-requested", event)];
  if (!event.recorded.appealable || event.recorded.order === undefined) {
    effects.push({ type: "open", rule: mediationAgreement, anchor, anchorLabel: "Mediation agreement on a matter that cannot be appealed (Regs 42(3))" });
    return withDispute(state, d, effects);
  }
  const label = `Mediation agreement on an appealable matter (${event.recorded.order}), carried out as if it were a Tribunal order (Regs 42(2))`;
  const outcome = ordered(state, event, event.recorded.order, anchor, label, "the mediation agreement requires the LA");
  effects.push(...outcome.opens, ...outcome.extra);
  return withDispute(outcome.next, { ...d, pending: [...d.pending, ...outcome.opens.map((r) => publicIdOf(r.rule))] }, effects);
}

/**
 * `mediation-agreement-carried-out`: meets the Regs 42(3) limit of the latest agreement on a
 * matter that cannot be appealed still awaiting it; with none, a problem says so.
 */
export function onAgreementCarriedOut(state: CaseState): Step {
  return stay(state);
}

/** `appeal-unopposed`: the Regs 45 limits, from the LA's notice to the Tribunal. */
export function onUnopposed(state: CaseState, event: CaseEventOf<"appeal-unopposed">): Step {
  const anchor = anchorOf(event);
  const both = event.recorded.appealAbout === "content-and-placement";
  const label = `The LA told the Tribunal it will not oppose the appeal (about: ${event.recorded.appealAbout})${both ? "; the content is amended too, so 5 weeks (Regs 45)" : ""}`;
  const opens = UNOPPOSED_RULES[event.recorded.appealAbout].map((rule): OpenInstance => ({
    type: "open",
    rule,
    anchor,
    anchorLabel: label,
    ...(both ? { form: { kind: "weeks-after", weeks: 5 } } : {}),
  }));
  const extra: Effect[] = [];
  let next = state;
  if (event.recorded.appealAbout === "assessment") next = resume(state, "assess");
  if (event.recorded.appealAbout === "refusal-to-issue") {
    next = resume(state, "plan");
    extra.push({
      type: "not-applicable",
      ruleId: finalPlan.id,
      reason: `the LA did not oppose the appeal against its refusal to make a plan (event ${event.eventId}); the Regs 45 limits apply`,
    });
  }
  if (event.recorded.appealAbout === "cease") {
    const kept = keepPlan(next, event, "the LA did not oppose the appeal against ceasing (Regs 45(2))");
    next = kept.state;
    extra.push(...kept.effects);
  }
  return decided(state, event, opens, extra, next);
}

const RECOMMENDATIONS_FROM = civilDate("2018-04-03");

/** `recommendation-responded`: meets the response limit of the latest recommendation awaiting one; with none, a problem says so. */
export function onRecommendationResponded(state: CaseState): Step {
  return stay(state);
}

/** `tribunal-recommendation`: a written response within 5 weeks beginning with it (SI 2017/1306). */
export function onRecommendation(state: CaseState, event: CaseEventOf<"tribunal-recommendation">): Step {
  const d = state.dispute ?? EMPTY;
  const decision = findWindow(d, (w) => w.lodged) ?? d.windows?.window;
  if (decision !== undefined && (decision.decision.day < RECOMMENDATIONS_FROM || decision.about === "assessment")) {
    return { state, effects: [problemOf("recommendation-not-available", event, undefined, decision.decision)] };
  }
  const health = event.recorded.area === "health";
  const owner = health ? "the health commissioning body" : "the LA";
  const anchorLabel = `Tribunal recommendation on ${event.recorded.area} made (response owed by ${owner})`;
  return {
    state,
    effects: [
      { type: "open", rule: health ? tribunal.recommendationResponse : tribunal.recommendationResponseSocialCare, anchor: anchorOf(event), anchorLabel },
      // Its copy to the Secretary of State (SI 2017/1306 regs 6(6), 7(4)).
      { type: "open", rule: health ? tribunal.recommendationResponseCopy : tribunal.recommendationResponseCopySocialCare, anchor: anchorOf(event), anchorLabel },
    ],
  };
}
