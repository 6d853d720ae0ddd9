/**
 * `ehc-timeline timeline <file>`: one case file's timeline, in the format asked for.
 *
 * @module
 */
import { quickParseCaseFileJson } from "../schema/case-reader";
import { timeline } from "../timeline/compute";
import { MAX_EVENTS_PER_CASE, tooManyEvents } from "../timeline/event-limits";
import { EXIT, asOfOption, readWholeText, reportIssues } from "./common";
import { type TimelineFormat, loadRenderer } from "./formats";
import type { CliIo } from "./io";

/** Prints the timeline of the case file at `file`; resolves to the exit code. */
export async function timelineCommand(io: CliIo, file: string, options: { asOf?: string; format: TimelineFormat }): Promise<number> {
  const asOf = asOfOption(options.asOf, io);
  const [text, render] = await Promise.all([readWholeText(io, file), loadRenderer(options.format)]);
  // zod is loaded only for a case file the fast path is not sure of (docs/performance.md: cold start).
  const parsed = quickParseCaseFileJson(text) ?? (await import("../schema/parse")).parseCaseFileJson(text);
  if (!parsed.success) {
    reportIssues(io, file === "-" ? "stdin" : file, parsed.issues);
    return EXIT.invalid;
  }
  if (parsed.data.events.length > MAX_EVENTS_PER_CASE) {
    reportIssues(io, file === "-" ? "stdin" : file, [tooManyEvents("")]);
    return EXIT.invalid;
  }
  const result = timeline(parsed.data, { asOf });
  io.stdout(render(result));
  return result.problems.some((p) => p.severity === "error") ? EXIT.problems : EXIT.ok;
}
