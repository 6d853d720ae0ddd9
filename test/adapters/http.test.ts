// The HTTP handler: in-process with fetch-API Requests, then over a real socket through the
// example Node server.
import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Handler, createHandler } from "../../src/adapters/http";
import { startServer } from "../../src/adapters/node-http";
import { EXAMPLE_TEXT, exampleTimeline } from "./fixtures";

const BASE = "http://ehc.test";
const TODAY = "2025-01-10";
const handle: Handler = createHandler({ maxBodyBytes: 64 * 1024, today: () => TODAY });

const post = (path: string, body: NonNullable<RequestInit["body"]>, headers: Record<string, string> = {}): Promise<Response> =>
  handle(new Request(`${BASE}${path}`, { method: "POST", body, headers }));
const get = (path: string, method = "GET"): Promise<Response> => handle(new Request(`${BASE}${path}`, { method }));

/** Reads an error answer and checks it is the issues shape, with no stack trace in it. */
async function issuesOf(response: Response): Promise<{ code: string; path: string; message: string }[]> {
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  const text = await response.text();
  expect(text).not.toMatch(/\bat .+:\d+:\d+|Error:/);
  const body = JSON.parse(text) as { issues: { code: string; path: string; message: string }[] };
  for (const i of body.issues)
    expect(
      Object.keys(i)
        .filter((key) => key !== "key" && key !== "suggestion")
        .sort(),
    ).toEqual(["code", "message", "path"]);
  return body.issues;
}

const invalidCase = JSON.stringify({ caseId: "C-2", events: [{ type: "assessment-requested", date: "2024-13-01", by: "parent" }] });
const secondCase = JSON.stringify({ caseId: "C-3", events: [{ type: "assessment-requested", date: "2024-09-04", by: "parent" }] });

/** A body that never ends: only a reader that stops counting can answer it. */
function endlessBody(): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(1024).fill(0x20);
  return new ReadableStream({ pull: (controller) => controller.enqueue(chunk) });
}

describe("POST /timeline", () => {
  it("answers 200 with the timeline as JSON", async () => {
    const response = await post("/timeline?asOf=2025-01-10", EXAMPLE_TEXT);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(exampleTimeline())));
  });

  it("defaults asOf to today, and rejects an asOf that is not a date", async () => {
    expect(((await (await post("/timeline", EXAMPLE_TEXT)).json()) as { asOf: string }).asOf).toBe(TODAY);
    for (const asOf of ["2025-02-30", "tomorrow", ""]) {
      const response = await post(`/timeline?asOf=${asOf}`, EXAMPLE_TEXT);
      expect(response.status).toBe(400);
      expect(await issuesOf(response)).toEqual([{ code: "invalid-date", path: "query.asOf", message: "asOf must be a calendar date YYYY-MM-DD" }]);
    }
  });

  it("answers 400 for a query parameter it does not read, naming it in key and suggesting the closest", async () => {
    const response = await post("/timeline?as_of=2025-01-10", EXAMPLE_TEXT);
    expect(response.status).toBe(400);
    expect(await issuesOf(response)).toEqual([
      { code: "unknown-parameter", path: "query", key: "as_of", suggestion: "asOf", message: "this query parameter is not known here" },
    ]);
    const report = await post("/report?from=2024-01-01&to=2024-12-31&until=2025-01-01", EXAMPLE_TEXT);
    expect(report.status).toBe(400);
    expect((await issuesOf(report)).map((i) => [i.code, (i as { key?: string }).key])).toEqual([["unknown-parameter", "until"]]);
    expect((await get("/health?verbose=1")).status).toBe(400);
  });

  it("answers 400 with issues for unreadable JSON, text that is not UTF-8, and an invalid case", async () => {
    let response = await post("/timeline", "{ not json");
    expect(response.status).toBe(400);
    expect(await issuesOf(response)).toEqual([{ code: "invalid-json", path: "", message: "the body is not valid JSON" }]);
    response = await post("/timeline", new Uint8Array([0x7b, 0xff, 0x7d]));
    expect((await issuesOf(response))[0]?.code).toBe("invalid-encoding");
    response = await post("/timeline", invalidCase);
    expect(response.status).toBe(400);
    const issues = await issuesOf(response);
    expect(issues.map((i) => i.path)).toEqual(["events[0].date"]);
    expect(JSON.stringify(issues)).not.toContain("2024-13-01");
  });
});

describe("body limit", () => {
  it("answers 413 from the declared length without reading the body", async () => {
    const response = await post("/timeline", "{}", { "content-length": String(64 * 1024 + 1) });
    expect(response.status).toBe(413);
    expect((await issuesOf(response))[0]?.code).toBe("too-large");
  });

  it("answers 413 by counting bytes when no length is declared (an endless body)", async () => {
    const response = await handle(new Request(`${BASE}/timelines`, { method: "POST", body: endlessBody(), duplex: "half" }));
    expect(response.status).toBe(413);
  });
});

describe("routing", () => {
  it("answers 404 for an unknown path, prototype names included", async () => {
    for (const path of ["/nope", "/timeline/", "/__proto__", "/constructor", "/schema/other"]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect((await issuesOf(response))[0]?.code).toBe("not-found");
    }
  });

  it("answers 405 with an Allow header for a wrong method", async () => {
    let response = await get("/timeline");
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    expect((await issuesOf(response))[0]?.code).toBe("method-not-allowed");
    response = await post("/health", "");
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD");
    response = await get("/timeline", "OPTIONS");
    expect(response.status).toBe(204);
    expect(response.headers.get("allow")).toBe("POST");
  });

  it("serves health and both JSON Schemas", async () => {
    let response = await get("/health");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
    response = await get("/health", "HEAD");
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
    for (const name of ["case-file", "timeline"]) {
      response = await get(`/schema/${name}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(((await response.json()) as Record<string, unknown>)["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    }
  });

  it("answers 500 with a generic message when something inside fails", async () => {
    const failing = createHandler({
      today: () => {
        throw new Error("secret detail");
      },
    });
    const response = await failing(new Request(`${BASE}/timeline`, { method: "POST", body: EXAMPLE_TEXT }));
    expect(response.status).toBe(500);
    expect(await issuesOf(response)).toEqual([{ code: "internal-error", path: "", message: "internal error" }]);
  });
});

describe("POST /timelines and /report", () => {
  it("computes a JSON array of cases, in order", async () => {
    const response = await post("/timelines?asOf=2025-01-10", `[${EXAMPLE_TEXT},${secondCase}]`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { caseId: string; asOf: string }[];
    expect(body.map((t) => [t.caseId, t.asOf])).toEqual([
      ["EXAMPLE-001", TODAY],
      ["C-3", TODAY],
    ]);
  });

  it("reads NDJSON, and writes NDJSON when asked to", async () => {
    const ndjson = `${JSON.stringify(JSON.parse(EXAMPLE_TEXT))}\n\n${secondCase}\r\n`;
    let response = await post("/timelines", ndjson, { "content-type": "application/x-ndjson" });
    expect(((await response.json()) as unknown[]).length).toBe(2);
    response = await post("/timelines", ndjson, { "content-type": "application/x-ndjson", accept: "application/x-ndjson" });
    expect(response.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const lines = (await response.text()).trimEnd().split("\n");
    // Line by line, as `ehc-timeline batch`: the blank line answered in its place (test/adapters/http-by-line.test.ts).
    expect(lines.map((l) => JSON.parse(l) as { caseId?: string; skipped?: string }).map((a) => a.caseId ?? a.skipped)).toEqual(["EXAMPLE-001", "blank line", "C-3"]);
  });

  it("answers 400 naming the case in the batch (and the NDJSON line)", async () => {
    let response = await post("/timelines", `[${secondCase},${invalidCase}]`);
    expect(response.status).toBe(400);
    expect((await issuesOf(response)).map((i) => i.path)).toEqual(["[1].events[0].date"]);
    response = await post("/timelines", `${secondCase}\n\n{oops\n`, { "content-type": "application/x-ndjson" });
    expect(await issuesOf(response)).toEqual([{ code: "invalid-json", path: "[1]", message: "line 3: the input is not valid JSON" }]);
    response = await post("/timelines", EXAMPLE_TEXT);
    expect(await issuesOf(response)).toEqual([{ code: "invalid-type", path: "", message: "expected an array of case files" }]);
  });

  it("reports timeliness over a period, and checks the period", async () => {
    let response = await post("/report?from=2024-09-01&to=2024-12-31&asOf=2025-06-01", `[${EXAMPLE_TEXT},${secondCase}]`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ measures: expect.any(Object) });
    response = await post("/report?to=2024-12-31", "[]");
    expect(await issuesOf(response)).toEqual([{ code: "missing", path: "query.from", message: "from is required (YYYY-MM-DD)" }]);
    response = await post("/report?from=2025-01-01&to=2024-12-31", "[]");
    expect((await issuesOf(response))[0]?.path).toBe("query.to");
  });
});

describe("ehc-timeline/node-http over a real socket", () => {
  let server: Server;
  let url: string;
  const call = (path: string, init: RequestInit = {}): Promise<Response> => fetch(`${url}${path}`, { ...init, signal: AbortSignal.timeout(5000) });

  beforeAll(async () => {
    ({ server, url } = await startServer(0, { maxBodyBytes: 8 * 1024, today: () => TODAY }));
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("listens on 127.0.0.1 and answers health", async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await call("/health");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("computes a timeline", async () => {
    const response = await call("/timeline?asOf=2025-01-10", { method: "POST", body: EXAMPLE_TEXT, headers: { "content-type": "application/json" } });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { caseId: string }).caseId).toBe("EXAMPLE-001");
  });

  it("answers 413 for a large body, with or without a declared length", async () => {
    const big = `[${" ".repeat(20 * 1024)}]`;
    let response = await call("/timelines", { method: "POST", body: big });
    expect(response.status).toBe(413);
    const chunked = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 12; i += 1) controller.enqueue(new TextEncoder().encode(" ".repeat(1024)));
        controller.close();
      },
    });
    response = await call("/timelines", { method: "POST", body: chunked, duplex: "half" });
    expect(response.status).toBe(413);
  });

  it("answers 404, 405 and 400 as the handler does", async () => {
    expect((await call("/nowhere")).status).toBe(404);
    const wrong = await call("/timeline");
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("POST");
    const bad = await call("/timeline", { method: "POST", body: "{" });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { issues: { code: string }[] }).issues[0]?.code).toBe("invalid-json");
  });
});

describe("POST /timelines?explain and ?compact, GET /rules", () => {
  interface Line {
    caseId: string;
    deadlines: Record<string, unknown>[];
  }
  const ndjson = { "content-type": "application/x-ndjson", accept: "application/x-ndjson" };
  const body = `${JSON.stringify(JSON.parse(EXAMPLE_TEXT))}\n${secondCase}\n`;
  const lines = async (response: Response): Promise<Line[]> => {
    expect(response.status).toBe(200);
    return (await response.text())
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as Line);
  };

  it("writes explanations only when asked, each answer in its case's place", async () => {
    const plain = await lines(await post("/timelines", body, ndjson));
    expect(plain.map((t) => t.caseId)).toEqual(["EXAMPLE-001", "C-3"]);
    expect(plain.flatMap((t) => t.deadlines).every((d) => (d["explanation"] as string[]).length === 0)).toBe(true);
    const explained = await lines(await post("/timelines?explain=true", body, ndjson));
    expect(explained[0]).toEqual(JSON.parse(JSON.stringify(exampleTimeline())));
    expect(explained.map((t) => t.caseId)).toEqual(["EXAMPLE-001", "C-3"]);
  });

  it("names each deadline's facts by id when compact, the facts served once at /rules", async () => {
    const rules = (await (await get("/rules")).json()) as { rules: Record<string, Record<string, unknown>> };
    const compact = await lines(await post("/timelines?compact=true&explain=true", body, ndjson));
    expect(compact.map((t) => t.caseId)).toEqual(["EXAMPLE-001", "C-3"]);
    const first = compact[0] as Line;
    const restored = first.deadlines.map((d) => {
      const { facts, ...rest } = d;
      const { rule, ...ruleFacts } = rules.rules[facts as string] ?? {};
      expect(rule).toBe(d["rule"]);
      return { ...rest, ...ruleFacts };
    });
    expect({ ...first, deadlines: restored }).toEqual(JSON.parse(JSON.stringify(exampleTimeline())));
    const schema = (await (await get("/schema/timeline-compact")).json()) as { title: string };
    expect(schema.title).toBe("ehc-timeline compact timeline");
  });

  it("takes only true or false", async () => {
    const response = await post("/timelines?compact=yes", body, ndjson);
    expect(response.status).toBe(400);
    expect(await issuesOf(response)).toEqual([{ code: "invalid-value", path: "query.compact", message: "compact must be true or false" }]);
  });
});
