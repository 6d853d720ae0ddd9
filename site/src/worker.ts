/** The caseload's web worker: reads and computes off the page's thread, so the page never freezes. */
import { Caseload } from "./caseload";
import type { ToPage, ToWorker } from "./messages";

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: ToPage): void;
}
const scope = globalThis as unknown as WorkerScope;
const caseload = new Caseload();
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event) => {
  const message = event.data;
  queue = queue.then(async () => {
    try {
      if (message.kind === "load") await caseload.load(message.input, (done, total) => scope.postMessage({ kind: "progress", stage: "read", done, total }));
      const result = await caseload.compute(message.query, (done, total) => scope.postMessage({ kind: "progress", stage: "compute", done, total }));
      scope.postMessage({ kind: "result", id: message.id, result });
    } catch (error) {
      scope.postMessage({ kind: "failed", id: message.id, message: error instanceof Error ? error.message : String(error) });
    }
  });
};
