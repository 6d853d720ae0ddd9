/**
 * An anchor: an event as rules and states refer to it. Apart from the states so that events,
 * effects and every region can name it without importing the whole state.
 *
 * @module
 */
import type { DayNumber } from "../dates/civil-date";

/** An event that a rule runs from or that satisfies one. */
export interface Anchor {
  readonly eventId: string;
  readonly eventType: string;
  readonly day: DayNumber;
  /** The time of day in England, when the event was given as a timestamp. */
  readonly secondOfDay?: number;
}
