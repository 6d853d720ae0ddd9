/**
 * Transitions of disagreement resolution: mediation, appeals, Tribunal orders, unopposed
 * appeals and recommendations (rules.md §§ 6–7).
 *
 * An appealable decision (CFA s.51(2)) opens the parent's two windows on its own date; a later
 * `decision-notice-sent` naming it moves them to the notice's date. Orders and unopposed appeals
 * open the LA's limits (Regs 44, 45), which later acts of the process satisfy.
 *
 * @module
 */
import { type DayNumber, civilDate, formatCivilDate } from "../dates/civil-date";
import { type CountingForm, countFrom } from "../dates/counting";
import { ceaseNotBefore } from "../law/ceasing";
import * as law from "../law/disputes";
import type { MachineContext } from "./context";
import type { Effect, LaterOfCandidate, OpenInstance } from "./effects";
import type { CaseEvent, CaseEventOf } from "./events";
import type { Anchor, CaseState } from "./states";
import {
  type AppealWindow,
  type DecisionKind,
  type DisputeEvent,
  type DisputeState,
  EMPTY,
  type Mediation,
  anchorOf,
  findWindow,
  problemOf,
  replaceWindow,
  withDispute,
  withWindow,
} from "./dispute-state";
import type { Step } from "./step";
import { meetPending } from "./tribunal-outcomes";

// --- Appealable decisions and their windows ---------------------------------------------------

const PLACEMENT_NOTE =
  "an appeal only about the school or institution named, or that none is named, needs no mediation certificate (CFA s.55, s.51(2)(c)(iii)-(iv)), which changes no date";

const DECISION_LABEL: Readonly<Record<DecisionKind, string>> = {
  assessment: "Decision not to carry out an EHC needs assessment (appealable: CFA s.51(2)(a))",
  plan: "Decision, after assessing, not to make an EHC plan (appealable: CFA s.51(2)(b))",
  contents: `EHC plan finalised (appealable: CFA s.51(2)(c), s.51(3)(a); ${PLACEMENT_NOTE})`,
  amendment: `EHC plan amended or replaced (appealable: CFA s.51(2)(c), s.51(3)(b); ${PLACEMENT_NOTE})`,
  reassessment: "Decision not to reassess (appealable: CFA s.51(2)(d))",
  "no-amendment": "Decision after a review to keep the plan unamended (appealable: CFA s.51(2)(e))",
  cease: "Decision to cease to maintain the plan (appealable: CFA s.51(2)(f))",
};

/** The label of a decision not to amend the plan that ends a reassessment (a `plan-decision` of `not-issue`). */
const REASSESSED_UNAMENDED = "Decision after a reassessment not to amend or replace the plan (appealable: CFA s.51(2)(e))";

/** How a window's decision is described: by its kind, and for s.51(2)(e) by whether a review or a reassessment led to it. */
const labelOf = (about: DecisionKind, decision: { readonly eventType: string }): string =>
  about === "no-amendment" && decision.eventType === "plan-decision" ? REASSESSED_UNAMENDED : DECISION_LABEL[about];

const MONTHS_2: CountingForm = { kind: "months-after", months: 2 };

/** HESC r.20(1)(c)(ii): one month from the certificate, if later. */
const certificatePeriod = (certificate: Anchor): LaterOfCandidate => ({
  anchor: certificate,
  anchorLabel: "Mediation certificate issued (HESC Rules r.20(1)(c)(ii): 1 month from it, if later)",
  form: { kind: "months-after", months: 1 },
});

/**
 * HESC r.20(1)(c) and CFA s.55(3): once the parent has contacted the mediation adviser in time, the
 * appeal waits for the certificate, without which it cannot be made: no last day is known until it is issued.
 */
const certificateAwaited = (contact: Anchor): LaterOfCandidate => ({
  anchor: contact,
  anchorLabel: "Mediation adviser contacted in time (Regs 33)",
  form: { kind: "months-after", months: 1 },
  awaited:
    "No mediation certificate has been issued yet: the appeal runs to 1 month from it if that is later (HESC Rules r.20(1)(c)(ii)), " +
    "and no appeal can be made without it (CFA s.55(3)), so the window stays open until it is issued.",
});

/** The later period of the appeal, if any: 1 month from the certificate, or the certificate awaited after an in-time contact. */
function appealLaterOf(window: Pick<AppealWindow, "contacted" | "certificate" | "from">, context: MachineContext): LaterOfCandidate | null {
  if (window.certificate !== null) return certificatePeriod(window.certificate);
  if (window.contacted !== null && !contactLate(window.contacted.day, window.from, context)) return certificateAwaited(window.contacted);
  return null;
}

/** Whether a contact came after the 2 months of Regs 33 from the day the windows run from. */
function contactLate(contact: DayNumber, from: DayNumber, context: MachineContext): boolean {
  const lastDay = countFrom(law.mediationContact.counting, from, context.reviewCounting);
  return lastDay !== null && contact > lastDay;
}

/** The parent's two windows (Regs 33; HESC r.20(1)(c)) running from `from`, pushed onto `effects`. */
function openWindows(effects: Effect[], from: Anchor, label: string, qualifier: string, later: LaterOfCandidate | null): void {
  const appealLabel = `${label}; the appeal runs 2 months from it (HESC Rules r.20(1)(c)(i))`;
  effects.push(
    { type: "open", rule: law.mediationContact, qualifier, anchor: from, anchorLabel: label },
    later === null
      ? { type: "open", rule: law.appeal, qualifier, anchor: from, anchorLabel: appealLabel }
      : { type: "open", rule: law.appeal, qualifier, anchor: from, anchorLabel: appealLabel, laterOf: [later] },
  );
}

/**
 * After any accepted event, adding to its step's own list of effects: an appealable decision (`kind`,
 * from the event table) opens the parent's windows (mediation contact and appeal) on its own date;
 * later acts meet the limits of an order or unopposed appeal.
 */
export function withAppealWindows(step: Step, event: CaseEvent, kind: DecisionKind | null): Step {
  const d = step.state.dispute ?? EMPTY;
  const ceasedInAppeal = event.type === "plan-ceased" && d.appealAgainst !== null;
  if (kind === null && d.pending.length === 0 && !ceasedInAppeal) return step;
  const effects = step.effects;
  const pending = meetPending(d, event, effects);
  let windows = d.windows;
  if (ceasedInAppeal && findWindow(d, (w) => w.decision.eventId === d.appealAgainst && w.about === "cease") !== undefined) {
    effects.push(problemOf("ceased-during-appeal", event));
  }
  if (kind !== null) {
    const decision = anchorOf(event);
    openWindows(effects, decision, labelOf(kind, decision), event.eventId, null);
    windows = withWindow(d, { decision, from: decision.day, about: kind, qualifier: event.eventId, contacted: null, certificate: null, lodged: false });
  }
  return withDispute(step.state, { ...d, windows, pending }, effects);
}

// --- The dispute events -----------------------------------------------------------------------

/** The window a notice names: by event id, or by type (the latest such decision). */
function namedWindow(d: DisputeState, decision: string): AppealWindow | undefined {
  return findWindow(d, (w) => w.decision.eventId === decision) ?? findWindow(d, (w) => w.decision.eventType === decision);
}

/** The window a mediation or an appeal belongs to: the one mediated, else the latest not appealed. */
function currentWindow(d: DisputeState): AppealWindow | undefined {
  const mediated = d.mediation?.decisionId;
  // Decision ids are unique among the windows: the first found from either end is the one.
  return findWindow(d, (w) => w.decision.eventId === mediated && !w.lodged) ?? findWindow(d, (w) => !w.lodged);
}

/** `decision-notice-sent`: the windows run from the notice instead of the decision's own date. */
export function onNotice(state: CaseState, event: CaseEventOf<"decision-notice-sent">, context: MachineContext): Step {
  const d = state.dispute ?? EMPTY;
  const target = namedWindow(d, event.recorded.decision);
  if (target === undefined) return { state, effects: [problemOf("notice-unknown-decision", event)] };
  if (target.lodged) return { state, effects: [problemOf("notice-after-appeal", event, undefined, target.decision)] };
  const notice = anchorOf(event);
  const reason = `a separate notice was recorded (event ${event.eventId})`;
  const label = `Notice sent of the decision in event ${target.decision.eventId}: ${labelOf(target.about, target.decision)}`;
  const effects: Effect[] = [
    { type: "not-applicable", ruleId: law.mediationContact.id, qualifier: target.qualifier, reason },
    { type: "not-applicable", ruleId: law.appeal.id, qualifier: target.qualifier, reason },
  ];
  const moved = { ...target, qualifier: event.eventId, from: notice.day };
  openWindows(effects, notice, label, event.eventId, appealLaterOf(moved, context));
  if (target.contacted !== null) effects.push({ type: "satisfy", ruleId: law.mediationContact.id, qualifier: event.eventId, by: target.contacted });
  // CFA s.45(4): the plan is kept until the appeal time has passed, which now runs from the notice.
  if (target.about === "cease") {
    effects.push({ type: "add-later-of", ruleId: ceaseNotBefore.id, candidate: { anchor: notice, anchorLabel: "Notice of the decision to cease sent", form: MONTHS_2 } });
  }
  return withDispute(state, { ...d, windows: replaceWindow(d, moved) }, effects);
}

/** The window a contact is about: the latest not yet contacted nor appealed, else the current one. */
function contactWindow(d: DisputeState): AppealWindow | undefined {
  return findWindow(d, (w) => w.contacted === null && !w.lodged) ?? currentWindow(d);
}

/**
 * `mediation-adviser-contacted`: meets Regs 33; then mediation (Regs 36(2)) or a certificate (Regs 34(1)).
 * A contact in time leaves the appeal open until the certificate (HESC r.20(1)(c), CFA s.55(3)); after
 * the 2 months no certificate may be issued (Regs 34(2)), so none is due and the appeal needs the
 * Tribunal's permission (Regs 34(3)).
 */
export function onContact(state: CaseState, event: CaseEventOf<"mediation-adviser-contacted">, context: MachineContext): Step {
  const d = state.dispute ?? EMPTY;
  const contact = anchorOf(event);
  const target = contactWindow(d);
  const effects: Effect[] = [];
  let windows = d.windows;
  const late = target?.contacted === null && contactLate(contact.day, target.from, context);
  if (target === undefined) effects.push(problemOf("no-appealable-decision", event));
  else if (target.contacted === null) {
    effects.push({ type: "satisfy", ruleId: law.mediationContact.id, qualifier: target.qualifier, by: contact });
    if (!late && target.certificate === null && !target.lodged) {
      effects.push({ type: "add-later-of", ruleId: law.appeal.id, qualifier: target.qualifier, candidate: certificateAwaited(contact) });
    }
    windows = replaceWindow(d, { ...target, contacted: contact });
  }
  if (event.recorded.wantsMediation) {
    // Mediation only about health care is arranged by the commissioning body, from the LA's notice to it (Regs 35(3)).
    if (event.recorded.health !== "only")
      effects.push({
        type: "open",
        rule: law.mediationArranged,
        anchor: contact,
        anchorLabel: "The parent or young person said they wish to pursue mediation (the engine takes this as the day the LA was told, Regs 36(2))",
      });
  } else if (late) {
    effects.push(problemOf("mediation-contact-late", event));
  } else {
    effects.push({
      type: "open",
      rule: law.mediationCertificate,
      anchor: contact,
      anchorLabel: "The parent or young person told the mediation adviser they do not wish to pursue mediation (Regs 34(1))",
    });
  }
  const mediation: Mediation = {
    decisionId: target?.decision.eventId ?? null,
    wanted: event.recorded.wantsMediation,
    held: false,
    certified: false,
    notArranged: false,
  };
  return withDispute(state, { ...d, windows, mediation }, effects);
}

/** The mediation a step belongs to: the one requested, else one taken as requested (with a problem). */
function mediationFor(d: DisputeState, event: DisputeEvent, effects: Effect[]): Mediation {
  const m = d.mediation;
  if (m?.wanted === true) return m;
  effects.push(problemOf("mediation-step-not-requested", event));
  const decisionId = m?.decisionId ?? currentWindow(d)?.decision.eventId ?? null;
  return { decisionId, wanted: true, held: false, certified: false, notArranged: false };
}

/** Regs 37(2): notice of the mediation's date at least 5 working days before it, one instance per date. */
const dateNotice = (day: DayNumber, by: Anchor, label: string): OpenInstance => ({
  type: "open",
  rule: law.mediationDateNotice,
  qualifier: formatCivilDate(day),
  anchor: { ...by, day },
  anchorLabel: label,
  ifAlreadyOpen: "ignore",
});

/** `mediation-date-notified`: meets Regs 37(2) for that date (a rearranged mediation needs a notice of its own). */
export function onDateNotified(state: CaseState, event: CaseEventOf<"mediation-date-notified">): Step {
  const d = state.dispute ?? EMPTY;
  const effects: Effect[] = [];
  const m = mediationFor(d, event, effects);
  const day = civilDate(event.recorded.mediationDate);
  const by = anchorOf(event);
  effects.push(dateNotice(day, by, `Mediation (its date and place notified by event ${event.eventId}) on`), {
    type: "satisfy",
    ruleId: law.mediationDateNotice.id,
    qualifier: formatCivilDate(day),
    by,
    orProblem: "mediation-date-already-notified",
  });
  return withDispute(state, { ...d, mediation: m }, effects);
}

/**
 * `mediation-held`: meets Regs 36(2); the certificate is due within 3 working days (Regs 39(1)).
 * Notice of its date was owed at least 5 working days before (Regs 37(2)): with no notice of
 * this date recorded, the duty is dated from the day it was held.
 */
export function onMediationHeld(state: CaseState, event: CaseEventOf<"mediation-held">): Step {
  const d = state.dispute ?? EMPTY;
  const held = anchorOf(event);
  const m = d.mediation;
  const effects: Effect[] =
    m !== null && m.wanted && !m.held ? [{ type: "satisfy", ruleId: law.mediationArranged.id, by: held }] : [problemOf("mediation-not-requested", event)];
  effects.push(
    { type: "open", rule: law.mediationCertificate, anchor: held, anchorLabel: "Mediation ended (Regs 39(1))" },
    dateNotice(held.day, held, "Mediation held (no notice of this date recorded) on"),
  );
  const decisionId = m?.decisionId ?? currentWindow(d)?.decision.eventId ?? null;
  const mediation: Mediation = { decisionId, wanted: true, held: true, certified: false, notArranged: m?.notArranged ?? false };
  return withDispute(state, { ...d, mediation }, effects);
}

/** `mediation-not-arranged`: the LA cannot arrange mediation within 30 days; the certificate within 3 working days (Regs 39(3)). */
export function onNotArranged(state: CaseState, event: CaseEventOf<"mediation-not-arranged">): Step {
  const d = state.dispute ?? EMPTY;
  const effects: Effect[] = [];
  const m = mediationFor(d, event, effects);
  effects.push({
    type: "open",
    rule: law.mediationCertificate,
    anchor: anchorOf(event),
    anchorLabel: "The LA told the mediation adviser it cannot arrange the mediation within 30 days (Regs 39(3))",
  });
  return withDispute(state, { ...d, mediation: { ...m, notArranged: true } }, effects);
}

/** `mediation-certificate-issued`: meets the certificate duty and may extend the appeal (HESC r.20(1)(c)(ii)). */
export function onCertificate(state: CaseState, event: CaseEventOf<"mediation-certificate-issued">): Step {
  const d = state.dispute ?? EMPTY;
  const certificate = anchorOf(event);
  const m = d.mediation;
  const effects: Effect[] = [];
  // Owed after a "no", after mediation, or after the LA's notice that it cannot arrange it (Regs 39(3)); a
  // certificate while mediation is awaited with no such notice recorded has no duty dated for it.
  if (m === null) effects.push(problemOf("certificate-without-contact", event));
  else if (!m.certified && (!m.wanted || m.held || m.notArranged)) effects.push({ type: "satisfy", ruleId: law.mediationCertificate.id, by: certificate });
  const target = currentWindow(d);
  let windows = d.windows;
  if (target !== undefined) {
    effects.push({ type: "add-later-of", ruleId: law.appeal.id, qualifier: target.qualifier, candidate: certificatePeriod(certificate) });
    if (target.about === "cease") {
      effects.push({ type: "add-later-of", ruleId: ceaseNotBefore.id, candidate: certificatePeriod(certificate) });
    }
    windows = replaceWindow(d, { ...target, certificate });
  } else if (m !== null) {
    effects.push(problemOf("no-appealable-decision", event));
  }
  return withDispute(state, { ...d, windows, mediation: m === null ? null : { ...m, certified: true } }, effects);
}

/** `appeal-lodged`: meets the appeal limit; the dispute is before the Tribunal. */
export function onAppealLodged(state: CaseState, event: CaseEventOf<"appeal-lodged">): Step {
  const d = state.dispute ?? EMPTY;
  const target = currentWindow(d);
  if (target === undefined) return withDispute(state, { ...d, appealAgainst: "" }, [problemOf("no-appealable-decision", event)]);
  const effects: Effect[] = [{ type: "satisfy", ruleId: law.appeal.id, qualifier: target.qualifier, by: anchorOf(event) }];
  if (target.contacted === null) {
    effects.push({
      type: "not-applicable",
      ruleId: law.mediationContact.id,
      qualifier: target.qualifier,
      reason:
        `the appeal was lodged (event ${event.eventId}) with no contact with the mediation adviser recorded; ` +
        "none is needed for an appeal only about the school or institution named (CFA s.55), otherwise the Tribunal needs a certificate",
    });
  }
  return withDispute(state, { ...d, windows: replaceWindow(d, { ...target, lodged: true }), appealAgainst: target.decision.eventId }, effects);
}

/** The dispute open at the end of the events, for the timeline's `dispute`. */
export function openDispute(state: CaseState): DisputeState["open"] {
  return state.dispute?.open ?? null;
}
