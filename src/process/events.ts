/**
 * Events as the state machine sees them: a known type, an id, a day number, and their place
 * in the input.
 *
 * @module
 */
import type { DayNumber } from "../dates/civil-date";
import type { Anchor } from "./anchor";
import type { CaseFileEvent } from "../schema/events";
import { EVENT_TYPES, type EventType } from "../schema/event-types";

/**
 * A case-file event as the state machine sees it: its type, its id (the caller's, or `e<n>`),
 * its day and its input position (1-based), with the event as recorded beside them. One shape
 * for every type, and the caller's object is not copied (docs/performance.md: events not copied).
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
 * An event's rank for sorting, from its day and its type's place in the natural order (event-table.ts):
 * events in input order sorted stably by rank (see sortByRank, internal/speed.ts) are in date order, then the
 * process's natural order, then input order.
 */
export function eventRank(day: DayNumber, typeOrder: number): number {
  return day * EVENT_TYPES.length + typeOrder;
}

/** The event as an anchor: what a rule runs from, or what satisfied it. */
export function anchorOf(event: CaseEvent): Anchor {
  return event.secondOfDay === undefined
    ? { eventId: event.eventId, eventType: event.type, day: event.day }
    : { eventId: event.eventId, eventType: event.type, day: event.day, secondOfDay: event.secondOfDay };
}
