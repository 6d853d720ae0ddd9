/**
 * The worker-thread side of `ehc-timeline batch`: batches of lines in, their answers out as
 * one byte buffer each, handed over without a copy.
 *
 * @module
 */
import type { MessagePort } from "node:worker_threads";
import { type BatchInput, type BatchOutput, type BatchSettings, runBatch } from "./batch-job";
import { ByteOutput } from "./byte-output";

/** The `workerData` of a batch worker: what tells the executable to serve batches. */
export interface BatchWorkerData {
  readonly ehcTimelineBatchWorker: BatchSettings;
}

/** A batch sent to a worker, numbered so that its answer can be matched. */
export interface BatchRequest extends BatchInput {
  readonly id: number;
}

/** A worker's answer to one batch. */
export interface BatchReply extends BatchOutput {
  readonly id: number;
}

/** Whether `data` starts a batch worker (and not some other use of the file as a worker). */
export function isBatchWorkerData(data: unknown): data is BatchWorkerData {
  if (typeof data !== "object" || data === null) return false;
  const settings: unknown = (data as { ehcTimelineBatchWorker?: unknown }).ehcTimelineBatchWorker;
  return typeof settings === "object" && settings !== null && typeof (settings as { asOf?: unknown }).asOf === "string";
}

/** Serves batches on `port` until the main thread ends the worker. */
export function serveBatches(port: MessagePort, data: BatchWorkerData): void {
  const settings = data.ehcTimelineBatchWorker;
  // One scratch buffer for every batch of this thread; each answer is copied out of it once.
  const output = new ByteOutput(4 << 20);
  port.on("message", (request: BatchRequest) => {
    const reply: BatchReply = { id: request.id, ...runBatch(request, settings, output) };
    port.postMessage(reply, [reply.bytes.buffer]);
  });
}
