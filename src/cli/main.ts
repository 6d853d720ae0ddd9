#!/usr/bin/env node
/**
 * The `ehc-timeline` executable. The same file, started as a worker thread with batch worker
 * data, answers batches for `ehc-timeline batch` instead (batch-worker.ts).
 *
 * @module
 */
import { type CliIo, flushStdout, processIo } from "./io";
import { runCli } from "./program";
import { BATCH_WORKER_ARG, workerStarter } from "./worker-start";

/** Runs the command line on this process's arguments. */
function runMain(): void {
  // This very file is the worker: bundled or run from source, its URL is where the code is.
  const start = workerStarter(new URL(import.meta.url));
  const io: CliIo = start === undefined ? processIo : { ...processIo, threads: { cores: processIo.threads?.cores ?? 1, start } };
  runCli(process.argv.slice(2), io).then(
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
}

/** Serves batches when this file was started as a batch worker thread; otherwise runs the command line. */
async function runWorkerOrMain(): Promise<void> {
  const threads = await import("node:worker_threads");
  const data: unknown = threads.workerData;
  // Loaded only in a worker, so that the command line's start does not load the batch engine.
  const { isBatchWorkerData, serveBatches } = await import("./batch-worker");
  if (!threads.isMainThread && threads.parentPort !== null && isBatchWorkerData(data)) serveBatches(threads.parentPort, data);
  else runMain();
}

// Only a worker is started with the argument; a user who gives it gets the command line's answer to it.
if (process.argv.includes(BATCH_WORKER_ARG)) void runWorkerOrMain();
else runMain();
