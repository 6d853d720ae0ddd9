/**
 * Events as the state machine sees them: a known type, an id, a day number, and their place
 * in the input.
 *
 * @module
 */
import type { DayNumber } from "../dates/civil-date";
import type { Anchor } from "./states";
import { type CaseFileEvent, EVENT_TYPES, type EventType } from "../schema/events";

/** A case-file event with its id (the caller's, or `e<n>`), its day and its input position (1-based). */
export type CaseEvent = CaseFileEvent & {
  readonly eventId: string;
  readonly day: DayNumber;
  readonly position: number;
};

/** The event of one type. */
export type CaseEventOf<T extends EventType> = Extract<CaseEvent, { readonly type: T }>;

/**
 * The process's natural order, for events on the same day: a request comes before its
 * decision, a draft before its final plan (case-file.md: "events on the same day keep the
 * process's natural order"). It is the order of `eventSchemas`: the contract's order, except
 * that an SEN support review comes before the next plan, usually agreed at the same meeting.
 */
const NATURAL_ORDER: ReadonlyMap<string, number> = new Map(EVENT_TYPES.map((type, index) => [type, index]));

/** Sorts by date, then the process's natural order, then input position. */
export function compareEvents(a: CaseEvent, b: CaseEvent): number {
  return a.day - b.day || (NATURAL_ORDER.get(a.type) ?? 0) - (NATURAL_ORDER.get(b.type) ?? 0) || a.position - b.position;
}

/** The event as an anchor: what a rule runs from, or what satisfied it. */
export function anchorOf(event: CaseEvent): Anchor {
  return event.secondOfDay === undefined
    ? { eventId: event.eventId, eventType: event.type, day: event.day }
    : { eventId: event.eventId, eventType: event.type, day: event.day, secondOfDay: event.secondOfDay };
}
