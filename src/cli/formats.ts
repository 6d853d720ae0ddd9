/**
 * The output formats of `ehc-timeline timeline --format …`: one renderer per format.
 *
 * @module
 */
import { formatTimelineIcs } from "../adapters/ical";
import { formatTimelineMermaid } from "../adapters/mermaid";
import { formatTimelineText } from "../adapters/text";
import type { Timeline } from "../timeline/types";

/** Renders one timeline as the text written to standard output. */
export type TimelineRenderer = (timeline: Timeline) => string;

/** Every format the `timeline` command can write, by name. */
export const TIMELINE_FORMATS: Readonly<Record<string, TimelineRenderer>> = {
  json: (timeline) => `${JSON.stringify(timeline, null, 2)}\n`,
  text: formatTimelineText,
  // DTSTAMP is the as-of date, so the same case and --as-of give the same file.
  ics: (timeline) => formatTimelineIcs(timeline),
  mermaid: formatTimelineMermaid,
};
