/**
 * How the executable starts itself as a batch worker thread: built, the file itself; run from
 * source with tsx, the same file after registering tsx in the worker (tsx registers its loader
 * only in the main thread on Node 20, so a worker could not load TypeScript otherwise).
 *
 * @module
 */
import { createRequire } from "node:module";
import type { WorkerOptions, Worker as WorkerThread } from "node:worker_threads";
import type { StartWorker } from "./worker-pool";

/**
 * The argument a batch worker is started with: the executable looks for it before it loads
 * `worker_threads`, which no other start needs (docs/performance.md: cold start).
 */
export const BATCH_WORKER_ARG = "--ehc-timeline-batch-worker";

/** `worker_threads`, loaded when the first worker starts; a worker must be made at once, so by `require`. */
const workerThreads = (): typeof import("node:worker_threads") => createRequire(import.meta.url)("node:worker_threads") as typeof import("node:worker_threads");

/**
 * Without limits V8 sizes each worker's heap for the machine's memory, and two workers then
 * take about 80 MB more at their peak. A worker keeps almost nothing alive from one case to
 * the next, but each case leaves about 30 KB behind: a 16 MB young generation collects it half
 * as often as an 8 MB one, for about 15 MB more at the peak (32 MB was no faster within the
 * machine's noise and took 45 MB more). A ceiling on the old generation makes V8 collect it
 * before it grows far (512 MB is far above what the largest case file needs).
 */
const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 512 } as const;

/** Starts workers running `script`, or `undefined` where no worker could load it (batches then run in this thread). */
export function workerStarter(script: URL): StartWorker | undefined {
  const start = (what: URL | string, options: WorkerOptions): WorkerThread =>
    new (workerThreads().Worker)(what, { ...options, argv: [BATCH_WORKER_ARG], resourceLimits: RESOURCE_LIMITS });
  if (!script.pathname.endsWith(".ts")) return (data) => start(script, { workerData: data });
  let tsx: string;
  try {
    tsx = import.meta.resolve("tsx/esm/api");
  } catch {
    return undefined;
  }
  const code = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); });`;
  return (data) => start(code, { eval: true, workerData: data });
}
