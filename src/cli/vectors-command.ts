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

/**
 * Runs `command` once per vector: the case file on standard input, the as-of date in the
 * environment as `EHC_AS_OF` and in place of `{asOf}` in the command; its standard output must
 * be the timeline as JSON. Prints one line per vector and a `N passed, N failed` line.
 */
export async function vectorsCommand(io: CliIo, options: { check?: string }): Promise<number> {
  if (options.check === undefined) {
    io.stdout(`${JSON.stringify(VECTORS, null, 2)}\n`);
    return EXIT.ok;
  }
  if (io.runShell === undefined) throw new UsageError("--check cannot run commands here");
  let passed = 0;
  let failed = 0;
  for (const vector of VECTORS) {
    const command = options.check.replaceAll("{asOf}", vector.asOf);
    const result = await io.runShell(command, JSON.stringify(vector.caseFile), { EHC_AS_OF: vector.asOf });
    let output: unknown;
    try {
      output = JSON.parse(result.stdout);
    } catch {
      output = undefined;
    }
    const failures = output === undefined ? [`the command printed no JSON (exit ${result.exitCode ?? "none"})`] : checkVector(vector, output);
    if (failures.length === 0) passed += 1;
    else failed += 1;
    io.stdout(failures.length === 0 ? `ok   ${vector.id}\n` : `FAIL ${vector.id}: ${failures.join("; ")}\n`);
  }
  io.stdout(`${passed} vectors passed, ${failed} failed\n`);
  return failed === 0 ? EXIT.ok : EXIT.problems;
}
