/**
 * Reading a case file: values in, a typed case file or issues with JSON paths out. Nothing
 * here throws for bad input, and no message repeats what the caller sent.
 *
 * @module
 */
import type * as z from "zod";
import { type CaseFile, type UnknownEvent, caseFileEnvelopeSchema, eventEnvelopeSchema, eventsListSchema } from "./case-file";
import { type CaseFileEvent, EVENT_TYPES, type EventType, eventSchemas, isEventType } from "./events";
import { type FastCheck, UNSURE, fastCheck, isObject } from "./fast-path";
import { readCivilDate } from "./fields";

/** One thing wrong with the input, at a JSON path such as `events[1].date`. */
export interface InputIssue {
  /** A stable code: `invalid-json`, `invalid-type`, `invalid-value`, `missing`, `invalid-date`, … */
  readonly code: string;
  /** Where in the input, as a JavaScript-style path (`events[1].date`); empty for the whole input. */
  readonly path: string;
  readonly message: string;
}

/** The outcome of parsing: the typed value, or the issues. */
export type ParseResult<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly issues: readonly InputIssue[] };

/** Inputs are kept on issues only to tell "missing" from "wrong type"; they are never shown. */
const PARSE_OPTIONS = { reportInput: true } as const;

/** Writes a path as `events[1].date`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const part of path) {
    if (typeof part === "number") text += `[${part}]`;
    else text += text === "" ? String(part) : `.${String(part)}`;
  }
  return text;
}

function issueCode(issue: z.core.$ZodIssue): string {
  if ((issue.code === "invalid_type" || issue.code === "invalid_value") && issue.input === undefined) return "missing";
  switch (issue.code) {
    case "invalid_type":
      return "invalid-type";
    case "invalid_value":
    case "invalid_union":
      return "invalid-value";
    case "too_big":
    case "too_small":
      return "out-of-range";
    case "custom":
      return issue.path.some((p) => p === "date" || String(p).endsWith("On") || String(p).endsWith("Date") || p === "from" || p === "to") ? "invalid-date" : "invalid-value";
    default:
      return "invalid-value";
  }
}

/** Issues from a zod error, with paths prefixed. Messages come from the schema, never the input. */
export function toInputIssues(error: z.core.$ZodError, prefix: readonly PropertyKey[] = []): InputIssue[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    const code = issueCode(issue);
    const message = code === "missing" ? "is required" : issue.message;
    return { code, path: formatPath(path), message };
  });
}

/**
 * Checks a case file (already decoded from JSON).
 *
 * @example
 * const result = parseCaseFile({ caseId: "C-1", events: [{ type: "assessment-requested", date: "2024-09-04", by: "parent" }] });
 * if (result.success) timeline(result.data, { asOf: "2024-12-01" });
 */
export function parseCaseFile(input: unknown): ParseResult<CaseFile> {
  const envelope = parseEnvelope(input);
  const issues: InputIssue[] = envelope.success ? [] : toInputIssues(envelope.error);
  const rawEvents: unknown = typeof input === "object" && input !== null ? (input as { events?: unknown }).events : undefined;
  // `events` is the envelope's last field, so its issue comes after the others, as it would in one schema.
  if (isObject(input) && !Array.isArray(rawEvents)) {
    const list = eventsListSchema.safeParse(rawEvents, PARSE_OPTIONS);
    if (!list.success) issues.push(...toInputIssues(list.error, ["events"]));
  }
  const events: (CaseFileEvent | UnknownEvent)[] = [];
  if (Array.isArray(rawEvents)) {
    for (let index = 0; index < rawEvents.length; index += 1) {
      const value: unknown = rawEvents[index];
      let raw = typedEvent(value);
      if (raw === null) {
        const typed = eventEnvelopeSchema.safeParse(value, PARSE_OPTIONS);
        if (!typed.success) {
          issues.push(...toInputIssues(typed.error, ["events", index]));
          continue;
        }
        raw = typed.data;
      }
      if (!isEventType(raw.type)) {
        events.push(unknownEvent(raw));
        continue;
      }
      const sure = FAST_EVENTS[raw.type]?.(raw) ?? UNSURE;
      if (sure !== UNSURE) {
        events.push(sure as CaseFileEvent);
        continue;
      }
      const parsed = eventSchemas[raw.type].safeParse(raw, PARSE_OPTIONS);
      if (parsed.success) events.push(withTimeOfDay(parsed.data, raw["date"]));
      else issues.push(...toInputIssues(parsed.error, ["events", index]));
    }
  }
  if (!envelope.success || issues.length > 0) return { success: false, issues };
  const { caseId, child, calendar, options } = envelope.data;
  return {
    success: true,
    data: {
      caseId,
      events,
      ...(child === undefined ? {} : { child: child.dateOfBirth === undefined ? {} : { dateOfBirth: child.dateOfBirth } }),
      ...(calendar === undefined ? {} : { calendar }),
      ...(options === undefined ? {} : { options }),
    },
  };
}

// Shortcuts for input that is certainly valid (fast-path.ts); zod decides everything else.
const FAST_ENVELOPE = fastCheck(caseFileEnvelopeSchema);
const FAST_EVENTS: Readonly<Partial<Record<EventType, FastCheck>>> = Object.fromEntries(
  EVENT_TYPES.flatMap((type) => {
    const check = fastCheck(eventSchemas[type]);
    return check === null ? [] : [[type, check]];
  }),
);

function parseEnvelope(input: unknown): z.ZodSafeParseResult<z.output<typeof caseFileEnvelopeSchema>> {
  const sure = FAST_ENVELOPE?.(input) ?? UNSURE;
  if (sure !== UNSURE) return { success: true, data: sure as z.output<typeof caseFileEnvelopeSchema> };
  return caseFileEnvelopeSchema.safeParse(input, PARSE_OPTIONS);
}

interface TypedEvent {
  readonly type: string;
  readonly [key: string]: unknown;
}

/**
 * `eventEnvelopeSchema`'s result for an object with a string `type`, without running it: the
 * same copy (`type`, then every enumerable key but `__proto__`). `null` for anything else,
 * which the schema then reports.
 */
function typedEvent(value: unknown): TypedEvent | null {
  if (!isObject(value)) return null;
  const type = value["type"];
  if (typeof type !== "string") return null;
  const copy: Record<string, unknown> = { type };
  for (const key in value) if (key !== "type" && key !== "__proto__") copy[key] = value[key];
  return copy as TypedEvent;
}

/** Keeps the time of day in England of an event given as a timestamp (for the `receipt` reading). */
function withTimeOfDay(event: CaseFileEvent, rawDate: unknown): CaseFileEvent {
  // Only a timestamp has a time of day, and none is as short as `YYYY-MM-DD`.
  const secondOfDay = typeof rawDate === "string" && rawDate.length > 10 ? readCivilDate(rawDate)?.secondOfDay : undefined;
  return secondOfDay === undefined ? event : { ...event, secondOfDay };
}

function unknownEvent(raw: { readonly type: string; readonly [key: string]: unknown }): UnknownEvent {
  const date = typeof raw["date"] === "string" ? readCivilDate(raw["date"])?.date : undefined;
  return {
    type: raw.type,
    ...(date === undefined ? {} : { date }),
    ...(typeof raw["id"] === "string" ? { id: raw["id"] } : {}),
  };
}

/** Checks a case file given as JSON text; text that is not JSON is one issue at the root. */
export function parseCaseFileJson(text: string): ParseResult<CaseFile> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { success: false, issues: [{ code: "invalid-json", path: "", message: "the input is not valid JSON" }] };
  }
  return parseCaseFile(value);
}

/** Thrown by {@link parseCaseFileOrThrow}; carries the issues. */
export class CaseFileError extends Error {
  override readonly name = "CaseFileError";
  constructor(readonly issues: readonly InputIssue[]) {
    super(issues.map((issue) => `${issue.path || "(root)"}: ${issue.message}`).join("\n"));
  }
}

/** {@link parseCaseFile} for callers who prefer exceptions. */
export function parseCaseFileOrThrow(input: unknown): CaseFile {
  const result = parseCaseFile(input);
  if (!result.success) throw new CaseFileError(result.issues);
  return result.data;
}
