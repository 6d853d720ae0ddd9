/**
 * Events as the state machine sees them: a known type, an id, a day number, and their place
 * in the input.
 *
 * @module
 */
import type { DayNumber } from "../dates/civil-date";
import type { Anchor } from "./states";
import type { CaseFileEvent, EventType } from "../schema/events";

/**
 * A case-file event as the state machine sees it: its type, its id (the caller's, or `e<n>`),
 * its day and its input position (1-based), with the event as recorded beside them. One shape
 * for every type, and the caller's object is not copied (see bench/).
 */
export type CaseEvent = CaseEventOf<EventType>;

/** The event of one type, or of each of several (a union, told apart by `type`). */
export type CaseEventOf<T extends EventType> = {
  [K in T]: {
    readonly type: K;
    readonly eventId: string;
    readonly day: DayNumber;
    readonly position: number;
    /** The second of the day when the case file gives a time (`receipt` reading), else `undefined`. */
    readonly secondOfDay: number | undefined;
    /** The event as the case file records it: its own fields. */
    readonly recorded: Extract<CaseFileEvent, { readonly type: K }>;
  };
}[T];

/**
 * The process's natural order, for events on the same day (case-file.md: "events on the same
 * day keep the process's natural order"): a request comes before its decision, a draft before
 * its final plan, an SEN support review before the next plan (usually agreed at the same meeting).
 *
 * Disagreement resolution sits on both sides of the process's own acts, because its steps look
 * both ways:
 * - an outcome enables an act, so it comes first: a Tribunal order, an unopposed appeal or a
 *   mediation agreement before the assessment decision, plan, amendment or ceasing it calls for;
 *   a dismissed or withdrawn appeal before the plan ceased that day (CFA s.45(4)). A mediation
 *   is held before its agreement, so `mediation-held` leads the group;
 * - a step taken about a decision comes after it: its notice, contact with the mediation
 *   adviser, the certificate, the appeal.
 * An outcome and the appeal it ends are never on the same day (the Tribunal cannot decide an
 * appeal the day it reaches it), nor a mediation and the decision it is about.
 */
export const NATURAL_ORDER_OF_TYPES = [
  // Graduated approach (SEN support).
  "support-started",
  "support-reviewed",
  "support-plan-agreed",
  // Outcomes of disagreements, before the acts they enable.
  "mediation-held",
  "mediation-agreement",
  "mediation-agreement-carried-out",
  "appeal-withdrawn",
  "tribunal-order",
  "appeal-unopposed",
  "tribunal-recommendation",
  "recommendation-responded",
  // EHC needs assessment and plan.
  "assessment-requested",
  "assessment-decision",
  "advice-requested",
  "advice-received",
  "plan-decision",
  "draft-plan-issued",
  "representations-received",
  "institution-consulted",
  "institution-responded",
  "final-plan-issued",
  "exception-recorded",
  // Maintaining the plan.
  "review-meeting-scheduled",
  "review-invitations-sent",
  "review-advice-circulated",
  "review-meeting-held",
  "review-report-sent",
  "review-decision",
  "amendment-notice-sent",
  "amended-plan-issued",
  "phase-transfer-expected",
  "reassessment-requested",
  "reassessment-decision",
  "plan-transferred-in",
  "transfer-notice-sent",
  "cease-decision",
  "plan-ceased",
  // Steps taken about a decision, after it.
  "decision-notice-sent",
  "mediation-adviser-contacted",
  "mediation-date-notified",
  "mediation-not-arranged",
  "mediation-certificate-issued",
  "appeal-lodged",
] as const satisfies readonly EventType[];

/** Every event type is placed: a new type does not compile until it is (duplicates: test/process). */
type Unplaced = Exclude<EventType, (typeof NATURAL_ORDER_OF_TYPES)[number]>;
const everyTypePlaced: [Unplaced] extends [never] ? true : { unplaced: Unplaced } = true;
void everyTypePlaced;

/**
 * An event's rank for sorting, from its day and its type's index in {@link NATURAL_ORDER_OF_TYPES}:
 * events in input order sorted stably by rank (see sortByRank, internal/speed.ts) are in date order, then the
 * process's natural order, then input order.
 */
export function eventRank(day: DayNumber, typeOrder: number): number {
  return day * NATURAL_ORDER_OF_TYPES.length + typeOrder;
}

/** The event as an anchor: what a rule runs from, or what satisfied it. */
export function anchorOf(event: CaseEvent): Anchor {
  return event.secondOfDay === undefined
    ? { eventId: event.eventId, eventType: event.type, day: event.day }
    : { eventId: event.eventId, eventType: event.type, day: event.day, secondOfDay: event.secondOfDay };
}
