/**
 * Reading a case file's values, with zod only where the fast path is not sure (fast-path.ts).
 * Given zod's decisions (parse.ts), it reads any input; given none, it reads the certainly
 * valid case file that most callers send, and answers `null` for anything else, so a command
 * that gets such a file never loads zod (docs/performance.md: cold start).
 *
 * @module
 */
import type { CaseFile, ForeignEvent, caseFileEnvelopeSchema } from "./case-file";
import type { InputIssue } from "./case-file-error";
import type { CheckShape } from "./contract-shapes";
import { ENVELOPE_CHECK, ENVELOPE_KEYS, EVENT_CHECKS, EVENT_KEYS } from "./contract-tables";
import { type EventType, isEventType, unknownEventTypeIssue } from "./event-types";
import type { CaseFileEvent } from "./events";
import { type FastCheck, UNSURE, compileCheck, isObject } from "./fast-path";
import { readCivilDate } from "./field-values";
import { type KeyCheck, compileKeyCheck, isExtension } from "./unknown-keys";
import type * as z from "zod";

/** The outcome of parsing: the typed value, or the issues. */
export type ParseResult<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly issues: readonly InputIssue[] };

/** The case file without its events, as its schema gives it. */
export type CaseFileEnvelope = z.output<typeof caseFileEnvelopeSchema>;

/** An object with a string `type`: an event before its type's schema is applied. */
export interface TypedEvent {
  readonly type: string;
  readonly [key: string]: unknown;
}

/** What zod decides where the fast path is not sure (parse.ts gives them). */
export interface ZodDecisions {
  /** The case file without its events. */
  envelope(input: unknown): ParseResult<CaseFileEnvelope>;
  /** The issues of an `events` that is no list. */
  eventsNotAList(events: unknown): readonly InputIssue[];
  /** An event that is no object with a string `type`. */
  typedEvent(value: unknown, index: number): ParseResult<TypedEvent>;
  /** An event against its type's schema. */
  event(type: EventType, raw: TypedEvent, index: number): ParseResult<CaseFileEvent>;
}

// Shortcuts for input that is certainly valid, and the unknown keys (unknown-keys.ts): the
// envelope's own, then each event's by its type.
const checkOrUnsure = (shape: CheckShape | null): FastCheck => (shape === null ? () => UNSURE : compileCheck(shape));
const FAST_ENVELOPE = checkOrUnsure(ENVELOPE_CHECK);
const FAST_EVENTS = new Map<string, FastCheck>(Object.entries(EVENT_CHECKS).map(([type, shape]) => [type, checkOrUnsure(shape)]));
const NO_KEYS: KeyCheck = () => undefined;
const ENVELOPE_UNKNOWN_KEYS = ENVELOPE_KEYS === null ? NO_KEYS : compileKeyCheck(ENVELOPE_KEYS, ["events"]);
const EVENT_UNKNOWN_KEYS = new Map<string, KeyCheck>(Object.entries(EVENT_KEYS).map(([type, shape]) => [type, shape === null ? NO_KEYS : compileKeyCheck(shape)]));

/**
 * Reads a case file (already decoded from JSON). With zod's decisions, the result for any input;
 * without, the case file when the fast path is sure of all of it, else `null`.
 */
export function readCaseFile(input: unknown, zod: ZodDecisions): ParseResult<CaseFile>;
export function readCaseFile(input: unknown, zod: null): ParseResult<CaseFile> | null;
export function readCaseFile(input: unknown, zod: ZodDecisions | null): ParseResult<CaseFile> | null {
  const sure = FAST_ENVELOPE(input);
  let envelope: ParseResult<CaseFileEnvelope>;
  if (sure !== UNSURE) envelope = { success: true, data: sure as CaseFileEnvelope };
  else if (zod === null) return null;
  else envelope = zod.envelope(input);
  const issues: InputIssue[] = envelope.success ? [] : [...envelope.issues];
  const rawEvents: unknown = typeof input === "object" && input !== null ? (input as { events?: unknown }).events : undefined;
  // `events` is the envelope's last field, so its issue comes after the others, as it would in one schema.
  if (isObject(input) && !Array.isArray(rawEvents)) {
    if (zod === null) return null;
    issues.push(...zod.eventsNotAList(rawEvents));
  }
  ENVELOPE_UNKNOWN_KEYS(input, [], issues);
  const events: (CaseFileEvent | ForeignEvent)[] = [];
  if (Array.isArray(rawEvents)) {
    for (let index = 0; index < rawEvents.length; index += 1) {
      // Without zod, any issue so far means zod must decide (and tell all of them).
      if (zod === null && issues.length > 0) return null;
      const value: unknown = rawEvents[index];
      let raw = typedEvent(value);
      if (raw === null) {
        if (zod === null) return null;
        const typed = zod.typedEvent(value, index);
        if (!typed.success) {
          issues.push(...typed.issues);
          continue;
        }
        raw = typed.data;
      }
      if (!isEventType(raw.type)) {
        if (isExtension(raw.type)) events.push(foreignEvent(raw.type, raw));
        else issues.push(unknownEventTypeIssue(raw.type, index));
        continue;
      }
      EVENT_UNKNOWN_KEYS.get(raw.type)?.(value, ["events", index], issues);
      const event = FAST_EVENTS.get(raw.type)?.(raw) ?? UNSURE;
      if (event !== UNSURE) {
        events.push(event as CaseFileEvent);
        continue;
      }
      if (zod === null) return null;
      const parsed = zod.event(raw.type, raw, index);
      if (parsed.success) events.push(parsed.data);
      else issues.push(...parsed.issues);
    }
  }
  if (zod === null && issues.length > 0) return null;
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

/**
 * A case file given as JSON text, when it is certainly valid, read without zod; `null` when zod
 * must decide (parse.ts's `parseCaseFileJson`), text that is not JSON included.
 */
export function quickParseCaseFileJson(text: string): ParseResult<CaseFile> | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  return readCaseFile(value, null);
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

function foreignEvent(type: `x-${string}`, raw: Readonly<Record<string, unknown>>): ForeignEvent {
  const date = typeof raw["date"] === "string" ? readCivilDate(raw["date"])?.date : undefined;
  return {
    type,
    ...(date === undefined ? {} : { date }),
    ...(typeof raw["id"] === "string" ? { id: raw["id"] } : {}),
  };
}
