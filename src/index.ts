/**
 * ehc-timeline: the statutory timelines of England's SEND system as pure functions.
 *
 * Parse a case file with {@link parseCaseFile}, then compute its {@link timeline} at a date.
 * Every deadline carries its status, strength, legal citation and plain-English working.
 *
 * @example
 * import { parseCaseFile, timeline } from "ehc-timeline";
 * const parsed = parseCaseFile({
 *   caseId: "C-0042",
 *   events: [{ type: "assessment-requested", date: "2024-09-04", by: "parent" }],
 * });
 * if (parsed.success) {
 *   const result = timeline(parsed.data, { asOf: "2024-12-01" });
 *   result.deadlines.find((d) => d.rule === "final-plan")?.due; // "2025-01-22"
 * }
 *
 * The root holds the engine's public API only: the zod schemas behind the parser and the
 * exception grounds' checks are in `ehc-timeline/schema`, the timeliness report in
 * `ehc-timeline/report`, and each output format in a subpath of its own.
 *
 * @packageDocumentation
 */
export { timeline, type TimelineOptions } from "./timeline/compute";
export { agenda, compareAgendaItems, type AgendaItem, type AgendaOptions } from "./timeline/agenda";
export { timelines, readNdjsonCases, parseNdjsonLine, NOT_UTF8, type NdjsonCase, type NdjsonLine } from "./timeline/batch";
export type { AppliedExceptions, Deadline, DeadlineStatus, Timeline } from "./timeline/types";
export type { Problem } from "./timeline/problems";
export { PROBLEMS, type ProblemCode, type Severity } from "./vocabulary/problems";
export { ArgumentError, type ArgumentErrorCode } from "./vocabulary/argument-error";
export { CaseFileError, parseCaseFile, parseCaseFileJson, parseCaseFileOrThrow, type InputIssue, type ParseResult } from "./schema/parse";
export type { CaseFile, ForeignEvent } from "./schema/case-file";
export { EVENT_TYPES, type CaseFileEvent, type EventType } from "./schema/events";
export { isEventOfType, isForeignEvent, isKnownEvent, type AnyEvent, type EventOf } from "./schema/event-guards";
export { RULES, findRule } from "./law/catalogue";
export { RULE_IDS, type DeadlineKey, type RuleId } from "./law/rule-ids";
export type { ExceptionProvision, Owner, Rule, RuleKind, RuleReading, Strength } from "./law/types";
export { EXCEPTION_GROUNDS } from "./law/ground-ids";
export type { ExceptionGround } from "./law/exception-grounds";
export { DEFAULT_READINGS, type ReadingName, type Readings } from "./law/readings";
export { STAGES, type Stage } from "./vocabulary/stages";
export { ENGLAND_AND_WALES_BANK_HOLIDAYS, BANK_HOLIDAY_TABLE_FIRST_YEAR, BANK_HOLIDAY_TABLE_LAST_YEAR, type BankHoliday } from "./dates/bank-holidays";
export {
  countDeadline,
  isWorkingDayIn,
  todayInEngland,
  type CalendarChanges,
  type CountingForm,
  type CountingFormName,
  type CountingReadings,
  type Period,
} from "./dates/public";
export { CODE_OF_PRACTICE_POLICY, SUPPORT_POLICIES, type ReviewInterval, type SupportPolicy, type SupportPolicyName } from "./law/support-policies";
export type { SupportCycleSummary, SupportReadiness, SupportSummary } from "./timeline/support-summary";
export type { SupportOutcome } from "./process/region-states";
export type { CaseEvent, CaseEventOf } from "./process/events";
export type { DayNumber } from "./dates/civil-date";
export { supportReviewsDue, type SupportReviewDue, type SupportScheduleOptions } from "./support/schedule";
