/**
 * The main-thread side of `ehc-timeline batch` on several threads: a fixed pool of batch
 * workers, each batch sent to the least busy one.
 *
 * @module
 */
import type { Worker } from "node:worker_threads";
import type { BatchInput, BatchOutput } from "./batch-job";
import type { BatchReply, BatchRequest, BatchWorkerData } from "./batch-worker";

/** Starts a worker thread running this executable as a batch worker. */
export type StartWorker = (data: BatchWorkerData) => Worker;

interface Waiting {
  readonly resolve: (output: BatchOutput) => void;
  readonly reject: (error: unknown) => void;
}

class PooledWorker {
  readonly waiting = new Map<number, Waiting>();
  private failure: unknown;

  constructor(readonly worker: Worker) {
    worker.on("message", (reply: BatchReply) => {
      const waiting = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      waiting?.resolve(reply);
    });
    worker.on("error", (error) => this.fail(error));
    worker.on("exit", (code) => this.fail(new Error(`batch worker stopped with code ${code}`)));
  }

  send(request: BatchRequest): Promise<BatchOutput> {
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- a worker may fail with any value; it is handed on as it came
    if (this.failure !== undefined) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.set(request.id, { resolve, reject });
      this.worker.postMessage(request, [request.bytes.buffer]);
    });
  }

  private fail(error: unknown): void {
    this.failure ??= error;
    for (const waiting of this.waiting.values()) waiting.reject(this.failure);
    this.waiting.clear();
  }
}

/** A fixed number of batch workers; {@link close} ends them. */
export class WorkerPool {
  private readonly workers: PooledWorker[];
  private nextId = 0;

  constructor(size: number, data: BatchWorkerData, start: StartWorker) {
    this.workers = [];
    try {
      for (let i = 0; i < size; i += 1) this.workers.push(new PooledWorker(start(data)));
    } catch (error) {
      void this.close();
      throw error;
    }
  }

  /** Answers a batch on the worker with the fewest batches waiting. Its bytes are moved, not copied. */
  run(input: BatchInput): Promise<BatchOutput> {
    let best: PooledWorker | undefined;
    for (const pooled of this.workers) if (best === undefined || pooled.waiting.size < best.waiting.size) best = pooled;
    if (best === undefined) return Promise.reject(new Error("no batch workers"));
    this.nextId += 1;
    return best.send({ id: this.nextId, firstLine: input.firstLine, bytes: input.bytes });
  }

  /** Ends every worker, whatever it is doing. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((pooled) => pooled.worker.terminate()));
  }
}
