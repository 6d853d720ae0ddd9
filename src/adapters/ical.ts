/**
 * A timeline as an iCalendar file (RFC 5545): one all-day event per dated deadline, for any
 * calendar program. Folding and escaping are ical-generator's.
 *
 * @module ehc-timeline/ical
 */
import ical, { ICalEventTransparency, escape } from "ical-generator";
import type { Deadline, Timeline } from "../timeline/types";
import { deadlineLabel } from "./label";

/** Options of {@link formatTimelineIcs}. */
export interface IcsOptions {
  /**
   * The DTSTAMP of every event, an ISO timestamp (`2025-01-01T00:00:00Z`). Defaults to
   * midnight UTC of the timeline's as-of date, so the same timeline always gives the same file.
   */
  readonly stamp?: string;
  /** The calendar's name (default `EHC deadlines <caseId>`). */
  readonly calendarName?: string;
}

/** Percent-encodes UTF-8 bytes outside `A-Za-z0-9-._~` (lone surrogates become U+FFFD). */
function encodeUidPart(text: string): string {
  let out = "";
  for (const byte of new TextEncoder().encode(text)) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

/**
 * The UID of a deadline's event: the same case and deadline key give the same UID on every
 * run, so a calendar that imports the file again updates the event instead of adding one.
 *
 * @example
 * deadlineUid("C-0042", "advice:EP1"); // "C-0042/advice%3AEP1@ehc-timeline"
 */
export function deadlineUid(caseId: string, key: string): string {
  return `${encodeUidPart(caseId)}/${encodeUidPart(key)}@ehc-timeline`;
}

/** Control characters RFC 5545 text may not hold (line breaks are escaped, not removed). */
const plainText = (text: string): string => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "\ufffd");

/** Midnight UTC of a `YYYY-MM-DD` date plus `days`: all-day values that no machine zone shifts. */
function utcDate(date: string, days = 0): Date {
  const [year = Number.NaN, month = Number.NaN, day = Number.NaN] = date.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day + days));
}

/**
 * The event description: the deadline's title, the facts (status, strength, citation, …), then
 * the working. Calendars that show only the description still say what is due.
 *
 * @example
 * deadlineDescription(finalPlan).split("\n").slice(0, 3); // ["Final EHC plan sent", "Status: pending", "Strength: statutory"]
 */
export function deadlineDescription(deadline: Deadline): string {
  const lines = [
    deadlineLabel(deadline),
    `Status: ${deadline.status}`,
    `Strength: ${deadline.strength}`,
    `Citation: ${deadline.citation}`,
    `Due: ${deadline.due ?? "no date"}`,
    `Key: ${deadline.key}`,
  ];
  if (deadline.doneOn !== null) lines.push(`Done on: ${deadline.doneOn}`);
  if (deadline.indicativeDue !== null) lines.push(`Indicative due (exceptions): ${deadline.indicativeDue}`);
  if (deadline.explanation.length > 0) lines.push("", "Working:", ...deadline.explanation.map((step) => `- ${step}`));
  return lines.join("\n");
}

/**
 * Renders a timeline as iCalendar text. Deadlines with no date are left out.
 *
 * @example
 * formatTimelineIcs(timeline(parsed, { asOf: "2025-01-10" }), { stamp: "2025-01-01T00:00:00Z" });
 * // "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…"
 */
export function formatTimelineIcs(timeline: Timeline, options: IcsOptions = {}): string {
  const stamp = options.stamp === undefined ? utcDate(timeline.asOf) : new Date(options.stamp);
  if (Number.isNaN(stamp.getTime())) throw new RangeError("stamp must be an ISO timestamp such as 2025-01-01T00:00:00Z");
  const calendar = ical({
    // ical-generator writes the name as given: escape it here (commas, semicolons, newlines).
    name: escape(plainText(options.calendarName ?? `EHC deadlines ${timeline.caseId}`), false),
    prodId: { company: "ehc-timeline", product: "ehc-timeline", language: "EN" },
  });
  for (const deadline of timeline.deadlines) {
    if (deadline.due === null) continue;
    calendar.createEvent({
      id: deadlineUid(timeline.caseId, deadline.key),
      allDay: true,
      start: utcDate(deadline.due),
      end: utcDate(deadline.due, 1),
      stamp,
      summary: plainText(`${deadlineLabel(deadline)} [${deadline.status}]`),
      description: plainText(deadlineDescription(deadline)),
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  return calendar.toString();
}
