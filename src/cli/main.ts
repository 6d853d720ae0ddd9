#!/usr/bin/env node
/**
 * The `ehc-timeline` executable. The same file, started as a worker thread with batch worker
 * data, answers batches for `ehc-timeline batch` instead (batch-worker.ts).
 *
 * @module
 */
import { fileURLToPath } from "node:url";
import { enableCompileCache } from "./compile-cache";
import { flushStdout, processIo } from "./io";
import { runCli } from "./program";
import { BATCH_WORKER_ARG, workerStarter } from "./worker-start";

/** Runs the command line on this process's arguments. */
function runMain(): void {
  // This very file is the worker: bundled or run from source, its URL is where the code is.
  runCli(process.argv.slice(2), processIo(workerStarter(new URL(import.meta.url)))).then(
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

// Built, the chunks beside this file are compiled from V8's code cache: the engine's compiling
// is most of what a cold start costs beyond Node.js's own (docs/performance.md: cold start).
if (import.meta.url.endsWith(".cjs")) enableCompileCache(fileURLToPath(new URL("cli", import.meta.url)));

// Only a worker is started with the argument; a user who gives it gets the command line's answer to it.
if (process.argv.includes(BATCH_WORKER_ARG)) void runWorkerOrMain();
else runMain();
