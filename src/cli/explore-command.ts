/**
 * `ehc-timeline explore`: serves the case explorer (site/dist, built by `npm run site`) on the
 * loopback address and prints where. The page runs the library in the browser; the server
 * only hands out its files, and the page sends nothing back.
 *
 * @module
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { type Server, createServer } from "node:http";
import { dirname, extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { UsageError } from "./common";
import type { CliIo } from "./io";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

/** The page's policy, sent as a header too (frame-ancestors cannot be set from the page). */
export const SITE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; worker-src 'self'; connect-src 'none'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

/** The built site: the first `site/dist` with an index.html, looking up from this module's folder. */
export function findSiteDir(from: string = dirname(fileURLToPath(import.meta.url))): string | null {
  let folder = from;
  for (;;) {
    const candidate = join(folder, "site", "dist");
    if (existsSync(join(candidate, "index.html"))) return candidate;
    const parent = dirname(folder);
    if (parent === folder) return null;
    folder = parent;
  }
}

/** A running server of the site. */
export interface SiteServer {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

/** Serves the files of `root` (GET and HEAD only) on the loopback address; port 0 picks a free one. */
export function serveSite(root: string, port = 0): Promise<SiteServer> {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const send = (status: number, body: string | Buffer, type = "text/plain; charset=utf-8"): void => {
      response.writeHead(status, {
        "content-type": type,
        "content-security-policy": SITE_CSP,
        "x-content-type-options": "nosniff",
        "referrer-policy": "no-referrer",
        "cache-control": "no-store",
      });
      response.end(request.method === "HEAD" ? undefined : body);
    };
    if (request.method !== "GET" && request.method !== "HEAD") {
      send(405, "method not allowed\n");
      return;
    }
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = resolve(base, `.${path.endsWith("/") ? `${path}index.html` : path}`);
    if (file !== base && !file.startsWith(base + sep)) {
      send(404, "not found\n");
      return;
    }
    readFile(file).then(
      (body) => send(200, body, TYPES[extname(file)] ?? "application/octet-stream"),
      () => send(404, "not found\n"),
    );
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const actual = typeof address === "object" && address !== null ? address.port : port;
      resolvePromise({
        url: `http://127.0.0.1:${actual}/`,
        server,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

/** The `explore` command: serves until interrupted. */
export async function exploreCommand(io: CliIo, options: { port?: string }): Promise<number> {
  const port = options.port === undefined ? 0 : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError("--port must be a whole number from 0 to 65535");
  const root = findSiteDir();
  if (root === null) throw new UsageError("the case explorer is not built: run `npm run site` first");
  let site: SiteServer;
  try {
    site = await serveSite(root, port);
  } catch {
    throw new UsageError(`cannot listen on 127.0.0.1:${port}`);
  }
  io.stdout(`The case explorer is at ${site.url}\n(only this computer can reach it; press Ctrl+C to stop)\n`);
  await new Promise<void>((done) => {
    const stop = (): void => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      void site.close().then(done);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  return 0;
}
