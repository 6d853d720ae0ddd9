/**
 * `ehc-timeline vectors [--check <command>]`: prints the conformance vectors, or runs another
 * implementation over them and says which it meets.
 *
 * @module
 */
import vectors from "../../test/vectors/vectors.json";
import { type Vector, checkVector } from "../vectors/check";
import { EXIT, UsageError } from "./common";
import type { CliIo } from "./io";

/** The published vectors, bundled with the command line. */
export const VECTORS = vectors as unknown as readonly Vector[];

/** The result of one vector under `--check`, as `--json` reports it. */
export interface VectorResult {
  readonly id: string;
  readonly passed: boolean;
  /** What differed, or why no timeline could be read. */
  readonly failures: readonly string[];
  readonly exitCode: number | null;
  readonly timedOut: boolean;
  readonly milliseconds: number;
}

/** A vector's command that runs longer than this is stopped and the vector fails: one vector must not hang a CI job. */
const DEFAULT_TIMEOUT_SECONDS = 60;

function timeoutOption(value: string | undefined): number {
  if (value === undefined) return DEFAULT_TIMEOUT_SECONDS * 1000;
  const seconds = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || seconds <= 0 || seconds > 3600) throw new UsageError("--timeout must be a number of seconds above 0 and at most 3600");
  return seconds * 1000;
}

type Shell = NonNullable<CliIo["runShell"]>;

async function checkOne(runShell: Shell, vector: Vector, check: string, timeoutMs: number): Promise<VectorResult> {
  const command = check.replaceAll("{asOf}", vector.asOf);
  const started = performance.now();
  const result = await runShell(command, JSON.stringify(vector.caseFile), { EHC_AS_OF: vector.asOf }, timeoutMs);
  const milliseconds = Math.round(performance.now() - started);
  const timedOut = result.timedOut === true;
  let output: unknown;
  try {
    output = timedOut ? undefined : JSON.parse(result.stdout);
  } catch {
    output = undefined;
  }
  const failures = timedOut
    ? [`the command ran past ${timeoutMs / 1000} s and was stopped`]
    : output === undefined
      ? [`the command printed no JSON (exit ${result.exitCode ?? "none"})`]
      : checkVector(vector, output);
  return { id: vector.id, passed: failures.length === 0, failures, exitCode: result.exitCode, timedOut, milliseconds };
}

/**
 * Runs `command` once per vector: the case file on standard input, the as-of date in the
 * environment as `EHC_AS_OF` and in place of `{asOf}` in the command; its standard output must
 * be the timeline as JSON. Each run is stopped after `--timeout` seconds (default 60). Prints one
 * line per vector and a `N vectors passed, N failed` line, or with `--json` one JSON report.
 */
export async function vectorsCommand(io: CliIo, options: { check?: string; timeout?: string; json?: boolean }): Promise<number> {
  if (options.check === undefined) {
    if (options.timeout !== undefined || options.json === true) throw new UsageError("--timeout and --json go with --check");
    io.stdout(`${JSON.stringify(VECTORS, null, 2)}\n`);
    return EXIT.ok;
  }
  if (io.runShell === undefined) throw new UsageError("--check cannot run commands here");
  const timeoutMs = timeoutOption(options.timeout);
  const results: VectorResult[] = [];
  for (const vector of VECTORS) {
    const result = await checkOne(io.runShell, vector, options.check, timeoutMs);
    results.push(result);
    if (options.json !== true) io.stdout(result.passed ? `ok   ${result.id}\n` : `FAIL ${result.id}: ${result.failures.join("; ")}\n`);
  }
  const passed = results.filter((r) => r.passed).length;
  const failed = results.length - passed;
  io.stdout(
    options.json === true
      ? `${JSON.stringify({ passed, failed, timeoutSeconds: timeoutMs / 1000, vectors: results }, null, 2)}\n`
      : `${passed} vectors passed, ${failed} failed\n`,
  );
  return failed === 0 ? EXIT.ok : EXIT.problems;
}
