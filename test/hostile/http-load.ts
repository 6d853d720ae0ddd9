/**
 * Run in a child process with `--expose-gc` by http-load.test.ts: serves the HTTP handler on the
 * loopback address, sends rounds of 200 concurrent requests (valid cases, bodies over the cap,
 * wrong methods, bad JSON, invalid cases holding canary text), checks every answer, and prints
 * one JSON line: the failures found and the heap after a forced collection before and after.
 */
import { startServer } from "../../src/adapters/node-http";
import onTime from "../../examples/cases/assessment-on-time.json";

const CANARY = "Zoe Canary-Smith";
const CONCURRENT = 200;
const ROUNDS = Number(process.env["EHC_HTTP_ROUNDS"] ?? "5");
const MAX_BODY = 16 * 1024;

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error("run with --expose-gc");

const heapAfterCollection = (): number => {
  for (let i = 0; i < 3; i += 1) gc();
  return process.memoryUsage().heapUsed;
};

type Kind = "valid" | "too-large" | "wrong-method" | "bad-json" | "invalid-case";
const KINDS: readonly Kind[] = ["valid", "too-large", "wrong-method", "bad-json", "invalid-case"];
const EXPECTED: Readonly<Record<Kind, number>> = { valid: 200, "too-large": 413, "wrong-method": 405, "bad-json": 400, "invalid-case": 400 };

function requestFor(kind: Kind, url: string): [string, RequestInit] {
  const at = `${url}/timeline?asOf=2025-01-10`;
  const headers = { "content-type": "application/json" };
  switch (kind) {
    case "valid":
      return [at, { method: "POST", body: JSON.stringify(onTime), headers }];
    case "too-large":
      return [at, { method: "POST", body: JSON.stringify({ ...onTime, caseId: CANARY, note: CANARY.repeat(2000) }), headers }];
    case "wrong-method":
      return [at, { method: "PUT", body: CANARY }];
    case "bad-json":
      return [at, { method: "POST", body: `{"caseId": "${CANARY}", oops`, headers }];
    case "invalid-case":
      return [at, { method: "POST", body: JSON.stringify({ caseId: CANARY, events: [{ type: "assessment-requested", date: CANARY, by: CANARY, id: CANARY }] }), headers }];
  }
}

async function one(kind: Kind, url: string, failures: string[]): Promise<void> {
  const [target, init] = requestFor(kind, url);
  let response: Response;
  try {
    response = await fetch(target, init);
  } catch (error) {
    // A 413 may close the connection before the whole body is sent: the client then sees the socket end.
    if (kind === "too-large") return;
    failures.push(`${kind}: ${String(error)}`);
    return;
  }
  const text = await response.text();
  if (response.status !== EXPECTED[kind]) failures.push(`${kind}: status ${response.status}`);
  if (kind === "valid") return;
  if (text.includes("Canary") || /\bat .+:\d+:\d+|Error:/.test(text)) failures.push(`${kind}: body repeats the input or holds a stack: ${text.slice(0, 200)}`);
  const issues = (JSON.parse(text) as { issues?: { path: string }[] }).issues ?? [];
  if (issues.length === 0) failures.push(`${kind}: no issues`);
  if (kind === "invalid-case" && !issues.some((i) => i.path === "events[0].date")) failures.push(`${kind}: no issue at events[0].date`);
}

async function round(url: string, failures: string[]): Promise<void> {
  await Promise.all(Array.from({ length: CONCURRENT }, (_, i) => one(KINDS[i % KINDS.length] ?? "valid", url, failures)));
}

const { server, url } = await startServer(0, { maxBodyBytes: MAX_BODY, today: () => "2025-01-10" });
const failures: string[] = [];
// One round first, so that what is made once (compiled code, tables, sockets' buffers) is counted in the start.
await round(url, failures);
const before = heapAfterCollection();
for (let i = 0; i < ROUNDS; i += 1) await round(url, failures);
server.closeAllConnections();
await new Promise((resolve) => server.close(resolve));
const after = heapAfterCollection();
process.stdout.write(`${JSON.stringify({ failures: failures.slice(0, 10), failureCount: failures.length, url, before, after })}\n`);
