/**
 * The output formats of `ehc-timeline timeline --format …`: one renderer per format, each
 * loaded when asked for, so that a run loads only its own format's adapter and library.
 *
 * @module
 */
import type { Timeline } from "../timeline/types";

/** Renders one timeline as the text written to standard output. */
export type TimelineRenderer = (timeline: Timeline) => string;

/** Every format the `timeline` command can write, by name, with how to load its renderer. */
const RENDERERS = {
  json: () => Promise.resolve((timeline: Timeline) => `${JSON.stringify(timeline, null, 2)}\n`),
  text: async () => (await import("../adapters/text")).formatTimelineText,
  // DTSTAMP is the as-of date, so the same case and --as-of give the same file.
  ics: async () => {
    const { formatTimelineIcs } = await import("../adapters/ical");
    return (timeline: Timeline) => formatTimelineIcs(timeline);
  },
  mermaid: async () => (await import("../adapters/mermaid")).formatTimelineMermaid,
  // The same columns as `batch --format csv`, for this one case.
  csv: async () => {
    const { deadlineCsvHeader, deadlineCsvRows } = await import("../adapters/csv");
    return (timeline: Timeline) => deadlineCsvHeader() + deadlineCsvRows(timeline);
  },
  svg: async () => {
    const { formatTimelineSvg } = await import("../adapters/svg");
    return (timeline: Timeline) => formatTimelineSvg(timeline);
  },
} as const satisfies Record<string, () => Promise<TimelineRenderer>>;

/** A format the `timeline` command can write. */
export type TimelineFormat = keyof typeof RENDERERS;

/** The names of the formats, in the order `--help` lists them. */
export const TIMELINE_FORMATS = Object.keys(RENDERERS) as readonly TimelineFormat[];

/** Loads the renderer of a format. */
export function loadRenderer(format: TimelineFormat): Promise<TimelineRenderer> {
  return RENDERERS[format]();
}
