/**
 * The HTTP contract (case-file.md § HTTP) as a fetch-API handler: `Request` in, `Response`
 * out, for any server that speaks fetch (Node via a small bridge, Deno, Bun, workers).
 * Every error answer is `{ issues: [{ code, path, message }] }` (with `key` and `suggestion` for
 * an unknown key or query parameter); none holds a stack trace or
 * repeats what the caller sent.
 *
 * @module ehc-timeline/http
 */
import { civilDateInEngland } from "../dates/england-clock";
import { parseCivilDate } from "../dates/civil-date";
import type { CaseFile } from "../schema/case-file";
import { didYouMean } from "../schema/did-you-mean";
import { type InputIssue, parseCaseFile } from "../schema/parse";
import { timelinessReport } from "../report/timeliness";
import { blankLineAnswer, isBlankLine, parseNdjsonLine, splitLines, timelines, unreadableLineAnswer } from "../timeline/batch";
import { timeline } from "../timeline/compute";
import { RULE_FACTS, compactTimeline } from "../timeline/rule-facts";
import { compactTimelineJson, givesPlainStrings, timelineJson } from "../timeline/timeline-json";
import { CASE_WEIGHT, MAX_EVENTS_PER_CASE, MAX_EVENTS_PER_REQUEST, TOO_MANY_EVENTS_IN_ALL, eventCount, tooManyEvents } from "../timeline/event-limits";
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

/**
 * 413 for a body over the event limits (docs/performance.md: long cases): each case of `cases`
 * (a case file parsed or not) at most {@link MAX_EVENTS_PER_CASE}, all together at most
 * {@link MAX_EVENTS_PER_REQUEST}, a case counting at least {@link CASE_WEIGHT}. `batch` names each case by its place.
 */
function checkEventLimits(cases: readonly unknown[], batch: boolean): void {
  const over: InputIssue[] = [];
  let total = 0;
  cases.forEach((one, index) => {
    const count = eventCount(one);
    total += Math.max(CASE_WEIGHT, count);
    if (count > MAX_EVENTS_PER_CASE) over.push(tooManyEvents(batch ? `[${index}]` : ""));
  });
  if (over.length === 0 && total > MAX_EVENTS_PER_REQUEST) over.push(TOO_MANY_EVENTS_IN_ALL);
  if (over.length > 0) throw new HttpError(413, over);
}

/** The case files of a batch body: a JSON array, or NDJSON (one case file a line). */
async function caseFiles(context: Context): Promise<CaseFile[]> {
  const text = await bodyText(context);
  const contentType = context.request.headers.get("content-type") ?? "";
  const issues: InputIssue[] = [];
  const files: CaseFile[] = [];
  const cases: unknown[] = [];
  const overLimit: InputIssue[] = [];
  if (contentType.toLowerCase().startsWith(NDJSON)) {
    // Paths name the case's place in the batch (`[2].events[0].date`), messages its line.
    let index = -1;
    text.split("\n").forEach((line, lineIndex) => {
      if (isBlankLine(line)) return;
      index += 1;
      const item = parseNdjsonLine(line, lineIndex + 1, MAX_EVENTS_PER_CASE);
      cases.push(item.kind === "case" ? item.caseFile : undefined);
      if (item.kind === "invalid" && item.issues.some((i) => i.code === "too-many-events")) overLimit.push(...prefixed(item.issues, index));
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
    // Before any case is parsed: validating an oversized case would cost what the limit saves.
    checkEventLimits(value, true);
    value.forEach((item: unknown, index) => {
      const parsed = parseCaseFile(item);
      if (parsed.success) files.push(parsed.data);
      else issues.push(...prefixed(parsed.issues, index));
    });
  }
  if (overLimit.length > 0) throw new HttpError(413, overLimit);
  checkEventLimits(cases, true);
  if (issues.length > 0) throw new HttpError(400, issues);
  return files;
}

/** A yes-or-no query parameter: absent or `false` is no, `true` yes, anything else a 400. */
function flagParam(query: URLSearchParams, name: string): boolean {
  const value = query.get(name);
  if (value === null || value === "false") return false;
  if (value === "true") return true;
  throw new HttpError(400, [issue("invalid-value", `query.${name}`, `${name} must be true or false`)]);
}

async function timelineRoute(context: Context): Promise<Response> {
  const asOf = dateParam(context.query, "asOf", context.options.today);
  const value = parseJson(await bodyText(context));
  checkEventLimits([value], false);
  const parsed = parseCaseFile(value);
  if (!parsed.success) throw new HttpError(400, parsed.issues);
  return json(200, timeline(parsed.data, { asOf }));
}

/** Lines answered per pull of the response stream: enough to fill a chunk, few enough that a slow reader holds back the work. */
const LINES_PER_PULL = 32;

/**
 * NDJSON in and NDJSON out: one answer line per input line, as `ehc-timeline batch` writes them
 * (the timeline, `{ line, issues }` for a line that is not a usable case file, `{ line, skipped }`
 * for a blank one), each computed as the client reads. The event limit of the whole request is
 * checked first, since a 200 cannot be taken back; a case over its own limit is answered in its line.
 */
async function timelinesByLine(context: Context, settings: { readonly asOf: string; readonly explain: boolean; readonly compact: boolean }): Promise<Response> {
  const { asOf, explain, compact } = settings;
  const write = compact ? compactTimelineJson : timelineJson;
  const lines = splitLines(await bodyText(context));
  const items = lines.map((text, i) => (isBlankLine(text) ? null : parseNdjsonLine(text, i + 1, MAX_EVENTS_PER_CASE)));
  let total = 0;
  for (const item of items) if (item !== null) total += Math.max(CASE_WEIGHT, item.kind === "case" ? item.caseFile.events.length : 0);
  if (total > MAX_EVENTS_PER_REQUEST) throw new HttpError(413, [TOO_MANY_EVENTS_IN_ALL]);
  const encoder = new TextEncoder();
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      let chunk = "";
      for (const end = Math.min(items.length, next + LINES_PER_PULL); next < end; next += 1) {
        const item = items[next] ?? null;
        const text = lines[next] ?? "";
        if (item === null) chunk += blankLineAnswer(next + 1);
        else if (item.kind === "invalid") chunk += unreadableLineAnswer(item.line, item.issues);
        else chunk += `${write(timeline(item.caseFile, { asOf, explain }), givesPlainStrings(text))}\n`;
      }
      if (chunk !== "") controller.enqueue(encoder.encode(chunk));
      if (next >= items.length) controller.close();
    },
  });
  return new Response(body, { headers: { "content-type": `${NDJSON}; charset=utf-8`, ...COMMON_HEADERS } });
}

async function timelinesRoute(context: Context): Promise<Response> {
  const asOf = dateParam(context.query, "asOf", context.options.today);
  const explain = flagParam(context.query, "explain");
  const compact = flagParam(context.query, "compact");
  const answersNdjson = (context.request.headers.get("accept") ?? "").includes(NDJSON);
  if (answersNdjson && (context.request.headers.get("content-type") ?? "").toLowerCase().startsWith(NDJSON)) return timelinesByLine(context, { asOf, explain, compact });
  const computed = timelines(await caseFiles(context), { asOf, explain });
  const results = compact ? computed.map(compactTimeline) : computed;
  if (answersNdjson) {
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
  /** The query parameters the route reads: any other is a 400 (`unknown-parameter`). */
  readonly parameters: readonly string[];
  readonly handle: (context: Context) => Promise<Response>;
}

const ROUTES: Readonly<Record<string, Route>> = {
  "/timeline": { method: "POST", parameters: ["asOf"], handle: timelineRoute },
  "/timelines": { method: "POST", parameters: ["asOf", "explain", "compact"], handle: timelinesRoute },
  "/report": { method: "POST", parameters: ["from", "to", "asOf"], handle: reportRoute },
  "/schema/case-file": { method: "GET", parameters: [], handle: async () => json(200, JSON_SCHEMAS["case-file"]()) },
  "/schema/timeline": { method: "GET", parameters: [], handle: async () => json(200, JSON_SCHEMAS.timeline()) },
  "/schema/timeline-compact": { method: "GET", parameters: [], handle: async () => json(200, JSON_SCHEMAS["timeline-compact"]()) },
  "/schema/rules": { method: "GET", parameters: [], handle: async () => json(200, JSON_SCHEMAS.rules()) },
  "/rules": { method: "GET", parameters: [], handle: async () => json(200, { rules: RULE_FACTS }) },
  "/health": { method: "GET", parameters: [], handle: async () => json(200, { status: "ok" }) },
};

/**
 * A parameter the route does not read (`?as_of=` for `asOf`) would otherwise change nothing
 * unseen: each is an issue, its name in `key` (never in the message), with the closest name.
 */
function checkParameters(query: URLSearchParams, route: Route): void {
  const issues: InputIssue[] = [];
  for (const name of new Set(query.keys())) {
    if (route.parameters.includes(name)) continue;
    const suggestion = didYouMean(name, route.parameters);
    issues.push({
      code: "unknown-parameter",
      path: "query",
      message: "this query parameter is not known here",
      key: name,
      ...(suggestion === undefined ? {} : { suggestion }),
    });
  }
  if (issues.length > 0) throw new HttpError(400, issues);
}

const londonToday = (): string => civilDateInEngland(new Date());

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
      checkParameters(url.searchParams, route);
      const response = await route.handle({ request, query: url.searchParams, options: settings });
      return request.method === "HEAD" ? new Response(null, { status: response.status, headers: response.headers }) : response;
    } catch (error) {
      if (error instanceof HttpError) return json(error.status, { issues: error.issues }, error.headers);
      return json(500, { issues: [issue("internal-error", "", "internal error")] });
    }
  };
}
