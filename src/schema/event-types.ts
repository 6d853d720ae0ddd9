/**
 * The event types' names, without zod: which types exist, and the issue for one that does not.
 *
 * @module
 */
import type { InputIssue } from "./case-file-error";
import { EVENT_TYPES } from "./contract-tables";
import { didYouMean } from "./did-you-mean";

export { EVENT_TYPES };

/** The name of an event type. */
export type EventType = (typeof EVENT_TYPES)[number];

const KNOWN: ReadonlySet<string> = new Set(EVENT_TYPES);

/** Whether a string names a known event type. */
export function isEventType(type: string): type is EventType {
  return KNOWN.has(type);
}

/** The message of every `unknown-event-type` issue: fixed, the closest type goes in `suggestion`. */
export const UNKNOWN_EVENT_TYPE_MESSAGE = "not an event type the engine knows (a type of the caller's own must start with x-)";

/** The issue for an event type that is neither known nor the caller's own: a misspelling, most likely. */
export function unknownEventTypeIssue(type: string, index: number): InputIssue {
  const suggestion = didYouMean(type, EVENT_TYPES);
  return { code: "unknown-event-type", path: `events[${index}].type`, message: UNKNOWN_EVENT_TYPE_MESSAGE, ...(suggestion === undefined ? {} : { suggestion }) };
}
