/**
 * The `ehc-timeline` command line (case-file.md § CLI). Exit codes: 0 success; 1 the input was
 * read but has problems of severity `error`; 2 the input is unreadable or invalid.
 *
 * @module
 */
import { Command, CommanderError, Option } from "commander";
import { parseCivilDate } from "../dates/civil-date";
import { type InputIssue, parseCaseFileJson } from "../schema/parse";
import { timeline } from "../timeline/compute";
import { TIMELINE_FORMATS } from "./formats";
import type { CliIo } from "./io";

/** Exit codes of the CLI. */
export const EXIT = { ok: 0, problems: 1, invalid: 2 } as const;

/** A user error: a message for stderr and exit code 2, never a stack trace. */
class UsageError extends Error {}

function reportIssues(io: CliIo, source: string, issues: readonly InputIssue[]): void {
  for (const issue of issues) io.stderr(`${source}: ${issue.path || "(root)"}: ${issue.message} [${issue.code}]\n`);
}

function asOfOption(value: string | undefined, io: CliIo): string {
  if (value === undefined) return io.today();
  if (parseCivilDate(value) === null) throw new UsageError("--as-of must be a calendar date YYYY-MM-DD");
  return value;
}

async function readInput(io: CliIo, path: string): Promise<string> {
  try {
    return await io.readText(path);
  } catch {
    throw new UsageError(`cannot read ${path === "-" ? "standard input" : path}`);
  }
}

async function timelineCommand(io: CliIo, file: string, options: { asOf?: string; format: string }): Promise<number> {
  const asOf = asOfOption(options.asOf, io);
  const parsed = parseCaseFileJson(await readInput(io, file));
  if (!parsed.success) {
    reportIssues(io, file === "-" ? "stdin" : file, parsed.issues);
    return EXIT.invalid;
  }
  const result = timeline(parsed.data, { asOf });
  const render = TIMELINE_FORMATS[options.format] ?? TIMELINE_FORMATS["json"];
  io.stdout(render?.(result) ?? "");
  return result.problems.some((p) => p.severity === "error") ? EXIT.problems : EXIT.ok;
}

/** Runs the CLI with user arguments (no `node` and script name); resolves to the exit code. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command()
    .name("ehc-timeline")
    .description("Statutory SEND timelines for England: deadlines with their status, legal source and working.")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showSuggestionAfterError();
  program
    .command("timeline")
    .description("compute the timeline of one case file")
    .argument("<file>", "case file (JSON), or - for standard input")
    .option("--as-of <date>", "the date statuses are judged at (default: today in Europe/London)")
    .addOption(new Option("--format <format>", "output format").choices(Object.keys(TIMELINE_FORMATS)).default("json"))
    .action(async (file: string, options: { asOf?: string; format: string }) => {
      exitCode = await timelineCommand(io, file, options);
    });
  try {
    await program.parseAsync([...args], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.invalid;
    }
    if (error instanceof UsageError) {
      io.stderr(`ehc-timeline: ${error.message}\n`);
      return EXIT.invalid;
    }
    throw error;
  }
}
