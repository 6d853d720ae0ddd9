/**
 * Narrowing the events of a parsed case file: by type (`e.type === "assessment-decision"`
 * gives `e.outcome` directly, since a foreign event's type is `x-…`), or with these guards.
 *
 * @module
 */
import type { ForeignEvent } from "./case-file";
import type { CaseFileEvent } from "./events";
import { type EventType, isEventType } from "./event-types";
import { isExtension } from "./unknown-keys";

/** The parsed event of one type: `EventOf<"assessment-decision">` has `outcome`. */
export type EventOf<T extends EventType> = Extract<CaseFileEvent, { readonly type: T }>;

/** Any event of a parsed case file. */
export type AnyEvent = CaseFileEvent | ForeignEvent;

/** Whether an event is of the given type. */
export function isEventOfType<T extends EventType>(event: AnyEvent, type: T): event is EventOf<T> {
  return event.type === type;
}

/** Whether an event is of a type the engine knows. */
export function isKnownEvent(event: AnyEvent): event is CaseFileEvent {
  return isEventType(event.type);
}

/** Whether an event is of the caller's own type (`x-…`), which the engine never uses. */
export function isForeignEvent(event: AnyEvent): event is ForeignEvent {
  return isExtension(event.type);
}
