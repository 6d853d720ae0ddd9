/**
 * The HTTP contract (case-file.md § HTTP) as a fetch-API handler: `Request` in, `Response`
 * out, for any server that speaks fetch (Node via a small bridge, Deno, Bun, workers).
 * Every error answer is `{ issues: [{ code, path, message }] }`; none holds a stack trace or
 * repeats what the caller sent.
 *
 * @module ehc-timeline/http
 */
import { DateTime } from "luxon";
import { parseCivilDate } from "../dates/civil-date";
import type { CaseFile } from "../schema/case-file";
import { type InputIssue, parseCaseFile } from "../schema/parse";
import { timelinessReport } from "../report/timeliness";
import { isBlankLine, parseNdjsonLine, timelines } from "../timeline/batch";
import { timeline } from "../timeline/compute";
import { readBody } from "./http-body";
import { JSON_SCHEMAS } from "./json-schema";

/** Options of {@link createHandler}. */
export interface HandlerOptions {
  /** The largest request body accepted, in bytes (default 10 MiB); larger gets 413. */
  readonly maxBodyBytes?: number;
  /** Today's date `YYYY-MM-DD`, the default `asOf` (default: today in Europe/London). */
  readonly today?: () => string;
}

/** A fetch-API request handler. */
export type Handler = (request: Request) => Promise<Response>;

const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;
const NDJSON = "application/x-ndjson";

/** An answer other than 200, carried up to the route table. */
class HttpError {
  constructor(
    readonly status: number,
    readonly issues: readonly InputIssue[],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {}
}

const issue = (code: string, path: string, message: string): InputIssue => ({ code, path, message });

const COMMON_HEADERS = { "cache-control": "no-store", "x-content-type-options": "nosniff" } as const;

function json(status: number, value: unknown, headers: Readonly<Record<string, string>> = {}): Response {
  return new Response(`${JSON.stringify(value)}\n`, {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...COMMON_HEADERS, ...headers },
  });
}

interface Context {
  readonly request: Request;
  readonly query: URLSearchParams;
  readonly options: Required<HandlerOptions>;
}

function dateParam(query: URLSearchParams, name: string, fallback?: () => string): string {
  const value = query.get(name);
  if (value === null && fallback !== undefined) return fallback();
  if (value === null) throw new HttpError(400, [issue("missing", `query.${name}`, `${name} is required (YYYY-MM-DD)`)]);
  if (parseCivilDate(value) === null) throw new HttpError(400, [issue("invalid-date", `query.${name}`, `${name} must be a calendar date YYYY-MM-DD`)]);
  return value;
}

async function bodyText(context: Context): Promise<string> {
  const body = await readBody(context.request, context.options.maxBodyBytes);
  if (body.ok) return body.text;
  if (body.reason === "too-large") {
    throw new HttpError(413, [issue("too-large", "", `the body is over the limit of ${context.options.maxBodyBytes} bytes`)], { connection: "close" });
  }
  const message = body.reason === "invalid-encoding" ? "the body is not UTF-8 text" : "the body could not be read";
  throw new HttpError(400, [issue(body.reason, "", message)]);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, [issue("invalid-json", "", "the body is not valid JSON")]);
  }
}

const prefixed = (issues: readonly InputIssue[], index: number): InputIssue[] =>
  issues.map((i) => ({ ...i, path: i.path === "" ? `[${index}]` : i.path.startsWith("[") ? `[${index}]${i.path}` : `[${index}].${i.path}` }));

/** The case files of a batch body: a JSON array, or NDJSON (one case file a line). */
async function caseFiles(context: Context): Promise<CaseFile[]> {
  const text = await bodyText(context);
  const contentType = context.request.headers.get("content-type") ?? "";
  const issues: InputIssue[] = [];
  const files: CaseFile[] = [];
  if (contentType.toLowerCase().startsWith(NDJSON)) {
    // Paths name the case's place in the batch (`[2].events[0].date`), messages its line.
    let index = -1;
    text.split("\n").forEach((line, lineIndex) => {
      if (isBlankLine(line)) return;
      index += 1;
      const item = parseNdjsonLine(line, lineIndex + 1);
      if (item.kind === "case") files.push(item.caseFile);
      else
        issues.push(
          ...prefixed(
            item.issues.map((i) => ({ ...i, message: `line ${item.line}: ${i.message}` })),
            index,
          ),
        );
    });
  } else {
    const value = parseJson(text);
    if (!Array.isArray(value)) throw new HttpError(400, [issue("invalid-type", "", "expected an array of case files")]);
    value.forEach((item: unknown, index) => {
      const parsed = parseCaseFile(item);
      if (parsed.success) files.push(parsed.data);
      else issues.push(...prefixed(parsed.issues, index));
    });
  }
  if (issues.length > 0) throw new HttpError(400, issues);
  return files;
}

async function timelineRoute(context: Context): Promise<Response> {
  const asOf = dateParam(context.query, "asOf", context.options.today);
  const parsed = parseCaseFile(parseJson(await bodyText(context)));
  if (!parsed.success) throw new HttpError(400, parsed.issues);
  return json(200, timeline(parsed.data, { asOf }));
}

async function timelinesRoute(context: Context): Promise<Response> {
  const asOf = dateParam(context.query, "asOf", context.options.today);
  const results = timelines(await caseFiles(context), { asOf });
  if ((context.request.headers.get("accept") ?? "").includes(NDJSON)) {
    return new Response(results.map((r) => `${JSON.stringify(r)}\n`).join(""), {
      headers: { "content-type": `${NDJSON}; charset=utf-8`, ...COMMON_HEADERS },
    });
  }
  return json(200, results);
}

async function reportRoute(context: Context): Promise<Response> {
  const from = dateParam(context.query, "from");
  const to = dateParam(context.query, "to");
  if (from > to) throw new HttpError(400, [issue("invalid-value", "query.to", "to must not be before from")]);
  const asOf = dateParam(context.query, "asOf", context.options.today);
  return json(200, timelinessReport(await caseFiles(context), { from, to, asOf }));
}

interface Route {
  readonly method: "GET" | "POST";
  readonly handle: (context: Context) => Promise<Response>;
}

const ROUTES: Readonly<Record<string, Route>> = {
  "/timeline": { method: "POST", handle: timelineRoute },
  "/timelines": { method: "POST", handle: timelinesRoute },
  "/report": { method: "POST", handle: reportRoute },
  "/schema/case-file": { method: "GET", handle: async () => json(200, JSON_SCHEMAS["case-file"]()) },
  "/schema/timeline": { method: "GET", handle: async () => json(200, JSON_SCHEMAS.timeline()) },
  "/health": { method: "GET", handle: async () => json(200, { status: "ok" }) },
};

const londonToday = (): string => DateTime.now().setZone("Europe/London").toISODate() ?? "";

/**
 * Creates the handler.
 *
 * @example
 * const handle = createHandler({ maxBodyBytes: 1_000_000 });
 * const response = await handle(new Request("http://localhost/timeline?asOf=2025-01-10", { method: "POST", body: text }));
 * response.status; // 200
 */
export function createHandler(options: HandlerOptions = {}): Handler {
  const settings: Required<HandlerOptions> = {
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    today: options.today ?? londonToday,
  };
  return async (request) => {
    try {
      const url = new URL(request.url);
      const route = Object.hasOwn(ROUTES, url.pathname) ? ROUTES[url.pathname] : undefined;
      if (route === undefined) return json(404, { issues: [issue("not-found", "", "no such resource")] });
      const allow = route.method === "GET" ? "GET, HEAD" : "POST";
      if (request.method === "OPTIONS") return new Response(null, { status: 204, headers: { allow } });
      const method = request.method === "HEAD" && route.method === "GET" ? "GET" : request.method;
      if (method !== route.method) {
        return json(405, { issues: [issue("method-not-allowed", "", `use ${allow}`)] }, { allow });
      }
      const response = await route.handle({ request, query: url.searchParams, options: settings });
      return request.method === "HEAD" ? new Response(null, { status: response.status, headers: response.headers }) : response;
    } catch (error) {
      if (error instanceof HttpError) return json(error.status, { issues: error.issues }, error.headers);
      return json(500, { issues: [issue("internal-error", "", "internal error")] });
    }
  };
}
