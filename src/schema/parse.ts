/**
 * Reading a case file: values in, a typed case file or issues with JSON paths out. Nothing
 * here throws for bad input, and no message repeats what the caller sent.
 *
 * @module
 */
import type * as z from "zod";
import { type CaseFile, type ForeignEvent, caseFileEnvelopeSchema, eventEnvelopeSchema, eventsListSchema } from "./case-file";
import { type CaseFileEvent, EVENT_TYPES, type EventType, eventSchemas, isEventType } from "./events";
import { CaseFileError, type InputIssue } from "./case-file-error";
import { type FastCheck, UNSURE, fastCheck, isObject } from "./fast-path";
import { DATE_OUTSIDE_DAYS, readCivilDate } from "./fields";
import { formatPath } from "./path";
import { type KeyCheck, isExtension, keyCheck } from "./unknown-keys";
import { didYouMean } from "./did-you-mean";

export { CaseFileError, formatPath, type InputIssue };

/** The outcome of parsing: the typed value, or the issues. */
export type ParseResult<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly issues: readonly InputIssue[] };

/** Inputs are kept on issues only to tell "missing" from "wrong type"; they are never shown. */
const PARSE_OPTIONS = { reportInput: true } as const;

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
      if (issue.params?.["inputIssue"] === DATE_OUTSIDE_DAYS) return "out-of-range";
      return issue.path.some((p) => p === "date" || String(p).endsWith("On") || String(p).endsWith("Date") || p === "from" || p === "to") ? "invalid-date" : "invalid-value";
    default:
      return "invalid-value";
  }
}

/** Issues from a zod error, with paths prefixed. Messages come from the schema, never the input. */
export function toInputIssues(error: z.core.$ZodError, prefix: readonly PropertyKey[] = []): InputIssue[] {
  return error.issues.map((found) => {
    const issue = unionBranchIssue(found);
    const path = [...prefix, ...issue.path];
    const code = issueCode(issue);
    const message = code === "missing" ? "is required" : issue.message;
    return { code, path: formatPath(path), message };
  });
}

/**
 * For a union none of whose branches fit (a holiday given as a date or as an object), the issue
 * of the one branch that had the right type, when there is exactly one: "a day outside the years
 * 0000 to 9999" says more than "Invalid input". Its path is made whole from the union's.
 */
function unionBranchIssue(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== "invalid_union" || issue.errors.length === 0) return issue;
  const fitting = issue.errors.filter((branch) => !branch.some((inner) => inner.code === "invalid_type" && inner.path.length === 0));
  const only = fitting.length === 1 ? fitting[0] : undefined;
  const first = only?.length === 1 ? only[0] : undefined;
  return first === undefined ? issue : { ...first, path: [...issue.path, ...first.path] };
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
  ENVELOPE_KEYS(input, [], issues);
  const events: (CaseFileEvent | ForeignEvent)[] = [];
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
        if (isExtension(raw.type)) events.push(foreignEvent(raw.type, raw));
        else issues.push(unknownEventTypeIssue(raw.type, index));
        continue;
      }
      EVENT_KEYS[raw.type]?.(value, ["events", index], issues);
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

// Unknown keys (unknown-keys.ts): the envelope's own, then each event's by its type.
const ENVELOPE_KEYS = keyCheck(caseFileEnvelopeSchema, ["events"]) as KeyCheck;
const EVENT_KEYS: Readonly<Partial<Record<EventType, KeyCheck>>> = Object.fromEntries(
  EVENT_TYPES.flatMap((type) => {
    const check = keyCheck(eventSchemas[type]);
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

/** The message of every `unknown-event-type` issue: fixed, the closest type goes in `suggestion`. */
export const UNKNOWN_EVENT_TYPE_MESSAGE = "not an event type the engine knows (a type of the caller's own must start with x-)";

/** The issue for an event type that is neither known nor the caller's own: a misspelling, most likely. */
export function unknownEventTypeIssue(type: string, index: number): InputIssue {
  const suggestion = didYouMean(type, EVENT_TYPES);
  return { code: "unknown-event-type", path: `events[${index}].type`, message: UNKNOWN_EVENT_TYPE_MESSAGE, ...(suggestion === undefined ? {} : { suggestion }) };
}

function foreignEvent(type: `x-${string}`, raw: Readonly<Record<string, unknown>>): ForeignEvent {
  const date = typeof raw["date"] === "string" ? readCivilDate(raw["date"])?.date : undefined;
  return {
    type,
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

/** {@link parseCaseFile} for callers who prefer exceptions. */
export function parseCaseFileOrThrow(input: unknown): CaseFile {
  const result = parseCaseFile(input);
  if (!result.success) throw new CaseFileError(result.issues);
  return result.data;
}
