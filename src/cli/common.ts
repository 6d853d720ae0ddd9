/**
 * What the CLI's commands share: exit codes, usage errors, option checks, messages.
 *
 * @module
 */
import { parseCivilDate } from "../dates/civil-date";
import type { InputIssue } from "../schema/parse";
import type { CliIo } from "./io";
import { issueText } from "./issue-text";
import { NotUtf8Error } from "./utf8-input";

/** Exit codes of the CLI. */
export const EXIT = { ok: 0, problems: 1, invalid: 2 } as const;

/** A user error: a one-line message for stderr and exit code 2, never a stack trace. */
export class UsageError extends Error {}

/** Exit code 2 for a user error, its message written to stderr; anything else is thrown on (an internal fault). */
export function exitForUsageError(error: unknown, io: Pick<CliIo, "stderr">): number {
  if (!(error instanceof UsageError)) throw error;
  io.stderr(`ehc-timeline: ${error.message}\n`);
  return EXIT.invalid;
}

/** The usage error (exit 2) for a file that could not be read: not UTF-8 (utf8-input.ts), or unreadable. */
export function readError(error: unknown, path: string): UsageError {
  if (error instanceof UsageError) return error;
  if (error instanceof NotUtf8Error) return new UsageError(`${sourceName(path)}: the input is not UTF-8 text [invalid-encoding]`);
  return new UsageError(`cannot read ${sourceName(path)}`);
}

/** Text without the byte-order mark it may start with (utf8-input.ts). */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A whole input file as text, by the one rule for text input (utf8-input.ts). */
export async function readWholeText(io: CliIo, path: string): Promise<string> {
  try {
    return withoutBom(await io.readText(path));
  } catch (error) {
    throw readError(error, path);
  }
}

/** Writes input issues to stderr, one line each, naming the JSON path. */
export function reportIssues(io: CliIo, source: string, issues: readonly InputIssue[]): void {
  if (issues.length > 0) io.stderr(issueText(source, issues));
}

/** A `YYYY-MM-DD` option value, checked. */
export function dateOption(name: string, value: string): string {
  if (parseCivilDate(value) === null) throw new UsageError(`${name} must be a calendar date YYYY-MM-DD`);
  return value;
}

/** The most worker threads `--jobs` may ask for: more would only cost memory. */
export const MAX_JOBS = 256;

/** `--jobs`: how many threads compute a batch, by default one per core. */
export function jobsOption(value: string | undefined, cores: number): number {
  if (value === undefined) return Math.max(1, Math.min(cores, MAX_JOBS));
  const jobs = /^[0-9]+$/.test(value) ? Number(value) : Number.NaN;
  if (!(jobs >= 1 && jobs <= MAX_JOBS)) throw new UsageError(`--jobs must be a whole number from 1 to ${MAX_JOBS}`);
  return jobs;
}

/** `--as-of`, by default today in Europe/London. */
export function asOfOption(value: string | undefined, io: CliIo): string {
  return value === undefined ? io.today() : dateOption("--as-of", value);
}

/** How an input is named in messages. */
export function sourceName(path: string): string {
  return path === "-" ? "standard input" : path;
}
