/**
 * Reading a case file: values in, a typed case file or issues with JSON paths out. Nothing
 * here throws for bad input, and no message repeats what the caller sent.
 *
 * @module
 */
import type * as z from "zod";
import { type CaseFile, caseFileEnvelopeSchema, eventEnvelopeSchema, eventsListSchema } from "./case-file";
import { CaseFileError, type InputIssue } from "./case-file-error";
import { type ParseResult, type ZodDecisions, readCaseFile } from "./case-reader";
import { type CaseFileEvent, eventSchemas } from "./events";
import { DATE_OUTSIDE_DAYS, readCivilDate } from "./field-values";
import { formatPath } from "./path";

export { CaseFileError, formatPath, type InputIssue, type ParseResult };
export { UNKNOWN_EVENT_TYPE_MESSAGE, unknownEventTypeIssue } from "./event-types";

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

/** zod's decisions where the fast path is not sure (case-reader.ts). */
const ZOD: ZodDecisions = {
  envelope: (input) => {
    const parsed = caseFileEnvelopeSchema.safeParse(input, PARSE_OPTIONS);
    return parsed.success ? parsed : { success: false, issues: toInputIssues(parsed.error) };
  },
  eventsNotAList: (events) => {
    const list = eventsListSchema.safeParse(events, PARSE_OPTIONS);
    return list.success ? [] : toInputIssues(list.error, ["events"]);
  },
  typedEvent: (value, index) => {
    const typed = eventEnvelopeSchema.safeParse(value, PARSE_OPTIONS);
    return typed.success ? typed : { success: false, issues: toInputIssues(typed.error, ["events", index]) };
  },
  event: (type, raw, index) => {
    const parsed = eventSchemas[type].safeParse(raw, PARSE_OPTIONS);
    return parsed.success ? { success: true, data: withTimeOfDay(parsed.data, raw["date"]) } : { success: false, issues: toInputIssues(parsed.error, ["events", index]) };
  },
};

/**
 * Checks a case file (already decoded from JSON).
 *
 * @example
 * const result = parseCaseFile({ caseId: "C-1", events: [{ type: "assessment-requested", date: "2024-09-04", by: "parent" }] });
 * if (result.success) timeline(result.data, { asOf: "2024-12-01" });
 */
export function parseCaseFile(input: unknown): ParseResult<CaseFile> {
  return readCaseFile(input, ZOD);
}

/** Keeps the time of day in England of an event given as a timestamp (for the `receipt` reading). */
function withTimeOfDay(event: CaseFileEvent, rawDate: unknown): CaseFileEvent {
  // Only a timestamp has a time of day, and none is as short as `YYYY-MM-DD`.
  const secondOfDay = typeof rawDate === "string" && rawDate.length > 10 ? readCivilDate(rawDate)?.secondOfDay : undefined;
  return secondOfDay === undefined ? event : { ...event, secondOfDay };
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
