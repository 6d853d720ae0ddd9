/**
 * Serves the ehc-timeline HTTP handler on Node's own http module, on 127.0.0.1.
 *
 *   npx tsx examples/http-server.ts 8080        # or PORT=8080; 0 picks a free port
 *   curl -X POST --data @examples/cases/assessment-on-time.json 'http://127.0.0.1:8080/timeline?asOf=2025-01-10'
 *
 * The bridge ships in the package: in your project, import { startServer } from "ehc-timeline/node-http".
 */
import { startServer } from "../src/adapters/node-http";

const port = Number(process.argv[2] ?? process.env["PORT"] ?? 8080);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write("usage: http-server.ts [port]   (0 picks a free port)\n");
  process.exit(2);
}
const { url } = await startServer(port);
process.stdout.write(`ehc-timeline listening on ${url}\n`);
