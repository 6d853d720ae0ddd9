/**
 * How the executable starts itself as a batch worker thread: built, the file itself; run from
 * source with tsx, the same file after registering tsx in the worker (tsx registers its loader
 * only in the main thread on Node 20, so a worker could not load TypeScript otherwise).
 *
 * @module
 */
import { Worker } from "node:worker_threads";
import type { StartWorker } from "./worker-pool";

/** Starts workers running `script`, or `undefined` where no worker could load it (batches then run in this thread). */
export function workerStarter(script: URL): StartWorker | undefined {
  if (!script.pathname.endsWith(".ts")) return (data) => new Worker(script, { workerData: data });
  let tsx: string;
  try {
    tsx = import.meta.resolve("tsx/esm/api");
  } catch {
    return undefined;
  }
  const code = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); });`;
  return (data) => new Worker(code, { eval: true, workerData: data });
}
