/**
 * A timeline's JSON text, exactly as `JSON.stringify` writes it, joined from its parts when no
 * string in it needs escaping. `ehc-timeline batch` writes about 9 KB of JSON a case, and on
 * Node 20 joining the parts takes about half the time `JSON.stringify` does (see bench/).
 *
 * @module
 */
import { DEFAULT_READINGS_JSON } from "./readings-used";
import type { Deadline, Timeline } from "./types";

/**
 * Whether a case file's JSON text can give only plain strings: JSON writes a quote, a backslash,
 * a control character or a lone surrogate inside a string only as an escape, which starts with a
 * backslash. The engine's own text is plain too (test/timeline/timeline-json.test.ts reads every
 * string of its source), so every string of such a case's timeline goes into JSON as it is.
 */
export function givesPlainStrings(caseFileJson: string): boolean {
  return !caseFileJson.includes("\\");
}

/**
 * The JSON text of `timeline`, the same as `JSON.stringify(timeline)`. `plain` says that no
 * string in it needs escaping (see {@link givesPlainStrings}); otherwise `JSON.stringify` writes it.
 */
export function timelineJson(timeline: Timeline, plain: boolean): string {
  if (!plain) return JSON.stringify(timeline);
  let text = `{"caseId":"${timeline.caseId}","asOf":"${timeline.asOf}","stage":"${timeline.stage}","dispute":${orNull(timeline.dispute)},"deadlines":[`;
  const { deadlines } = timeline;
  for (let i = 0; i < deadlines.length; i += 1) text += (i === 0 ? "" : ",") + deadlineJson(deadlines[i] as Deadline);
  return `${text}],"problems":${timeline.problems.length === 0 ? "[]" : JSON.stringify(timeline.problems)},"support":${
    timeline.support === null ? "null" : JSON.stringify(timeline.support)
  }}`;
}

/** A deadline's fields in the order the engine makes them, which is the order `JSON.stringify` follows. */
function deadlineJson(d: Deadline): string {
  let text =
    `{"rule":"${d.rule}","key":"${d.key}","title":"${d.title}","due":${orNull(d.due)},"status":"${d.status}",` +
    `"doneOn":${orNull(d.doneOn)},"doneBy":${orNull(d.doneBy)},"strength":"${d.strength}","owner":"${d.owner}",` +
    `"citation":"${d.citation}","verified":${d.verified},` +
    `"anchor":{"event":"${d.anchor.event}","eventId":"${d.anchor.eventId}","date":"${d.anchor.date}"},"counting":"${d.counting}",` +
    `"reading":${readingJson(d.reading)},"exception":${d.exception === null ? "null" : JSON.stringify(d.exception)},` +
    `"indicativeDue":${orNull(d.indicativeDue)},"explanation":[`;
  const lines = d.explanation;
  for (let i = 0; i < lines.length; i += 1) text += `${i === 0 ? '"' : ',"'}${lines[i] as string}"`;
  return `${text}]}`;
}

const orNull = (text: string | null): string => (text === null ? "null" : `"${text}"`);

/** The default readings' objects are shared by every deadline of every case that gives no options: their text is written once. */
function readingJson(reading: Deadline["reading"]): string {
  return DEFAULT_READINGS_JSON.get(reading) ?? JSON.stringify(reading);
}
