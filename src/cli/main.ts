#!/usr/bin/env node
/**
 * The `ehc-timeline` executable.
 *
 * @module
 */
import { flushStdout, processIo } from "./io";
import { runCli } from "./program";

runCli(process.argv.slice(2), processIo).then(
  (code) => {
    flushStdout();
    process.exitCode = code;
  },
  () => {
    flushStdout();
    // An internal fault, not a user error: say so without a stack trace.
    process.stderr.write("ehc-timeline: internal error; please report it with the command you ran\n");
    process.exitCode = 70;
  },
);
