/**
 * Serves the ehc-timeline HTTP handler on Node's own http module, on 127.0.0.1.
 *
 *   npx tsx examples/http-server.ts 8080        # or PORT=8080; 0 picks a free port
 *   curl -X POST --data @examples/cases/assessment-on-time.json 'http://127.0.0.1:8080/timeline?asOf=2025-01-10'
 *
 * The bridge is small: IncomingMessage → fetch Request, fetch Response → ServerResponse.
 * In your project, import from "ehc-timeline/http" instead of the source path.
 */
import { type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import { type HandlerOptions, createHandler } from "../src/adapters/http";

/** A Node request as a fetch Request; the body streams through as it arrives. */
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

/** Writes a fetch Response to a Node response. */
export async function writeResponse(response: Response, res: ServerResponse): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  res.end(Buffer.from(await response.arrayBuffer()));
}

/** Starts the server; resolves when it listens. `port` 0 picks a free port. */
export async function startServer(port: number, options: HandlerOptions = {}): Promise<{ server: Server; url: string }> {
  const handle = createHandler(options);
  const server = createServer((req, res) => {
    handle(toRequest(req))
      .then((response) => writeResponse(response, res))
      .catch(() => {
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const { port: actual } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${actual}` };
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const port = Number(process.argv[2] ?? process.env["PORT"] ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write("usage: http-server.ts [port]   (0 picks a free port)\n");
    process.exit(2);
  }
  const { url } = await startServer(port);
  process.stdout.write(`ehc-timeline listening on ${url}\n`);
}
