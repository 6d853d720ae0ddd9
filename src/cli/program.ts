/**
 * The `ehc-timeline` command line (case-file.md § CLI). Exit codes: 0 success; 1 the input was
 * read but has problems of severity `error`; 2 the input is unreadable or invalid.
 *
 * A plain `timeline <file>` run, the one a case system starts for each case, is read without
 * commander (plain-timeline.ts): commander and its help texts are loaded only for anything else
 * (the CLI's cold start: docs/performance.md).
 *
 * @module
 */
import { exitForUsageError } from "./common";
import type { CliIo } from "./io";
import { plainTimelineRun } from "./plain-timeline";

export { EXIT } from "./common";

/** Runs the CLI with user arguments (no `node` and script name); resolves to the exit code. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const plain = plainTimelineRun(args);
  if (plain === null) return (await import("./commander-program")).runProgram(args, io);
  try {
    const { timelineCommand } = await import("./timeline-command");
    return await timelineCommand(io, plain.file, plain.options);
  } catch (error) {
    return exitForUsageError(error, io);
  }
}
