/**
 * `ehc-timeline/node-http`: the HTTP handler (`ehc-timeline/http`) served by Node's own `http`
 * module. The bridge is small: an `IncomingMessage` becomes a fetch `Request` whose body
 * streams as it arrives, and a fetch `Response` is written to the `ServerResponse` as it is
 * produced, with back-pressure both ways.
 *
 * @example
 * import { startServer } from "ehc-timeline/node-http";
 * const { url, server } = await startServer(8080, { maxBodyBytes: 1_000_000 });
 *
 * @example
 * // Into a server of your own (or Express): one listener.
 * import { createServer } from "node:http";
 * import { createHandler } from "ehc-timeline/http";
 * import { nodeListener } from "ehc-timeline/node-http";
 * createServer(nodeListener(createHandler())).listen(8080, "127.0.0.1");
 *
 * @module ehc-timeline/node-http
 */
import { type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type Handler, type HandlerOptions, createHandler } from "./http";

/** A Node request as a fetch Request; the body streams through as the handler reads it. */
export function toRequest(req: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = req.method ?? "GET";
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  if (method === "GET" || method === "HEAD") return new Request(url, { method, headers });
  // Pull-based, so an upload is read only as fast as the handler takes it.
  let open = true;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      req.on("data", (chunk: Buffer) => {
        controller.enqueue(new Uint8Array(chunk));
        if ((controller.desiredSize ?? 0) <= 0) req.pause();
      });
      req.on("end", () => open && controller.close());
      req.on("error", (error) => open && controller.error(error));
      req.pause();
    },
    pull() {
      req.resume();
    },
    // The handler stopped reading (a body over the limit): take no more data, but keep the
    // socket so that the 413 answer can still be written.
    cancel() {
      open = false;
      req.removeAllListeners("data");
      req.pause();
    },
  });
  return new Request(url, { method, headers, body, duplex: "half" });
}

/** Writes a fetch Response to a Node response as its body is produced, waiting when the client reads slowly. */
export async function writeResponse(response: Response, res: ServerResponse): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  if (response.body === null) {
    res.end();
    return;
  }
  const reader: ReadableStreamDefaultReader<Uint8Array> = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) await new Promise<void>((resolve) => res.once("drain", resolve).once("close", resolve));
      if (res.destroyed) {
        // The client went away: stop producing the rest.
        await reader.cancel();
        return;
      }
    }
  } finally {
    reader.releaseLock();
  }
  res.end();
}

/** A listener for `http.createServer` (or Express) that answers with `handle`. */
export function nodeListener(handle: Handler): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(toRequest(req))
      .then((response) => writeResponse(response, res))
      .catch(() => {
        // The handler answers its own errors; this is a failure of the socket or of the bridge.
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
  };
}

/** Starts a server on the loopback address; resolves when it listens. `port` 0 picks a free port. */
export async function startServer(port: number, options: HandlerOptions = {}): Promise<{ server: Server; url: string }> {
  const server = createServer(nodeListener(createHandler(options)));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const { port: actual } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${actual}` };
}
