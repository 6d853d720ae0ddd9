/**
 * The limits on events that the command line and the HTTP handler apply before computing, so that
 * no input they accept costs more than about a second (docs/performance.md: long cases). The
 * library's own `timeline()` has none: a caller computing its own data decides what it can afford.
 *
 * @module
 */
import type { InputIssue } from "../schema/case-file-error";

/** The most events one case may hold: far more than any real history (a plan reviewed for 20 years holds a few hundred). */
export const MAX_EVENTS_PER_CASE = 1_000;

/** The most events one HTTP request may hold in all, a case counting at least {@link CASE_WEIGHT}. */
export const MAX_EVENTS_PER_REQUEST = 4_000;

/** What a case of few events counts towards {@link MAX_EVENTS_PER_REQUEST}: each case costs about this many events' work whatever it holds. */
export const CASE_WEIGHT = 5;

/** How many events a case file holds, parsed or not (none when it has no list of them). */
export function eventCount(caseFile: unknown): number {
  if (typeof caseFile !== "object" || caseFile === null) return 0;
  const events = (caseFile as { readonly events?: unknown }).events;
  return Array.isArray(events) ? events.length : 0;
}

/** The issue of a case over its limit (`max`, {@link MAX_EVENTS_PER_CASE} unless given); `at` is the case's own path (`""` alone, `[2]` in a batch). */
export function tooManyEvents(at: string, max = MAX_EVENTS_PER_CASE): InputIssue {
  return { code: "too-many-events", path: at === "" ? "events" : `${at}.events`, message: `a case may hold at most ${max} events` };
}

/** The issue of a request over {@link MAX_EVENTS_PER_REQUEST}. */
export const TOO_MANY_EVENTS_IN_ALL: InputIssue = {
  code: "too-many-events",
  path: "",
  message: `a request may hold at most ${MAX_EVENTS_PER_REQUEST} events in all, a case counting at least ${CASE_WEIGHT}`,
};
